/** English text for booking. Keep keys in step with ../es/booking.ts. */
export const booking = {} as const
