/** English text for disputes. Keep keys in step with ../es/disputes.ts. */
export const disputes = {} as const
