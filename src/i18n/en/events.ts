/** English text for events. Keep keys in step with ../es/events.ts. */
export const events = {} as const
