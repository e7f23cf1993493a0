/** English text for errors. Keep keys in step with ../es/errors.ts. */
export const errors = {} as const
