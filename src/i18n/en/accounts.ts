/** English text for accounts. Keep keys in step with ../es/accounts.ts. */
export const accounts = {} as const
