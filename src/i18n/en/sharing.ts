/** English text for sharing. Keep keys in step with ../es/sharing.ts. */
export const sharing = {} as const
