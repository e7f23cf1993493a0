/** English text for screener. Keep keys in step with ../es/screener.ts. */
export const screener = {} as const
