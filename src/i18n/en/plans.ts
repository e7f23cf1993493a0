/** English text for plans. Keep keys in step with ../es/plans.ts. */
export const plans = {} as const
