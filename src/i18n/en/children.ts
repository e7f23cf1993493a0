/** English text for children. Keep keys in step with ../es/children.ts. */
export const children = {} as const
