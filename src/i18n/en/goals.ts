/** English text for goals. Keep keys in step with ../es/goals.ts. */
export const goals = {} as const
