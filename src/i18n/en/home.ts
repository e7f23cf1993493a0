/** English text for home. Keep keys in step with ../es/home.ts. */
export const home = {} as const
