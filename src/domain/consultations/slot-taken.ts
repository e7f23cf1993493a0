import type { Instant } from '../dates/local-date.ts'
import { type Message, message } from '../messages.ts'
import type { Availability } from './availability.ts'
import { type Booking, nearestOpenSlots, type Slot } from './slots.ts'

/** How many other times the "just taken" answer offers. */
export const NEAREST_SLOTS_OFFERED = 3

/** What a family reads when the time they chose was booked by someone else a moment before. */
export interface SlotTakenAnswer {
  readonly message: Message
  readonly nearest: readonly Slot[]
}

/**
 * The answer for a start that was just taken: a calm sentence and the nearest open times on the
 * family's clock (none when nothing else is open, with a sentence that says so).
 */
export function slotTakenAnswer(
  availability: Availability,
  bookings: readonly Booking[],
  wanted: Instant,
  length: number,
  now: Instant,
  viewerTimeZone: string,
  n = NEAREST_SLOTS_OFFERED,
): SlotTakenAnswer {
  const nearest = nearestOpenSlots(availability, bookings, wanted, length, now, viewerTimeZone, n)
  return nearest.length > 0
    ? { message: message('booking.slotTaken.nearest'), nearest }
    : { message: message('booking.slotTaken.noneOpen', { length }), nearest }
}
