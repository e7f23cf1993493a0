/** English text for letters. Keep keys in step with ../es/letters.ts. */
export const letters = {} as const
