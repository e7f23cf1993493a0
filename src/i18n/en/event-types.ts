/** English text for eventTypes. Keep keys in step with ../es/event-types.ts. */
export const eventTypes = {} as const
