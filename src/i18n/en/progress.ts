/** English text for progress. Keep keys in step with ../es/progress.ts. */
export const progress = {} as const
