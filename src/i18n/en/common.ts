/** English text for common. Keep keys in step with ../es/common.ts. */
export const common = {} as const
