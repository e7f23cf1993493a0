/** English text for deadlines. Keep keys in step with ../es/deadlines.ts. */
export const deadlines = {} as const
