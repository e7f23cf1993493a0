/** English text for imports. Keep keys in step with ../es/imports.ts. */
export const imports = {} as const
