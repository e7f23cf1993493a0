/** English text for guides. Keep keys in step with ../es/guides.ts. */
export const guides = {} as const
