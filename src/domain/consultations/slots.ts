import { compareDates, type Instant, type LocalDate, toEpochDay } from '../dates/local-date.ts'
import { type Problem, problem } from '../problems.ts'
import { type Availability, checkAvailability } from './availability.ts'
import { epochMillisecondsOf } from './iso-instant.ts'
import {
  type Booking,
  openStartsOn,
  reasonStartIsClosed,
  type SlotCalendar,
  type SlotUnavailableReason,
  slotCalendar,
} from './slot-calendar.ts'
import {
  formatWithOffset,
  isTimeZone,
  localEpochDayAt,
  MS_PER_DAY,
  momentsWithLocalTime,
  startOfLocalDay,
  type ZoneClock,
  zoneClock,
} from './zone-clock.ts'

export type { Booking, SlotUnavailableReason }

/** A moment written with the offset of the viewer's zone at that moment: `2026-03-09T07:00:00-07:00`. */
export type OffsetDateTime = string & { readonly __brand: 'OffsetDateTime' }

/** An open time a family can book, shown on the viewer's clock. */
export interface Slot {
  readonly start: OffsetDateTime
  readonly end: OffsetDateTime
}

/** A question to the slot engine: which calls of `length` minutes are open from `from` to `to`? */
export interface SlotRequest {
  readonly availability: Availability
  readonly bookings: readonly Booking[]
  /** Minutes; one of availability.lengths. */
  readonly length: number
  readonly now: Instant
  /** First and last dates, inclusive, on the viewer's calendar (the dates the family sees). */
  readonly from: LocalDate
  readonly to: LocalDate
  /** The family's IANA time zone; slots are written with its offsets. */
  readonly viewerTimeZone: string
}

/**
 * Every problem with a slot request, each naming its field as in the JSON contract
 * (`availability.weekly[0].end`, `length`, `to`, `bookings[3].end` …). Messages are catalog keys.
 */
export function checkSlotRequest(request: SlotRequest): Problem[] {
  const problems = checkAvailability(request.availability)
  if (!isTimeZone(request.viewerTimeZone))
    problems.push(problem('viewerTimeZone', 'booking.problems.timeZone'))
  if (!request.availability.lengths.includes(request.length)) {
    problems.push(lengthNotOffered(request.availability))
  }
  if (compareDates(request.to, request.from) < 0)
    problems.push(problem('to', 'booking.problems.toBeforeFrom'))
  request.bookings.forEach((booking, index) => {
    if (epochMillisecondsOf(booking.end) <= epochMillisecondsOf(booking.start)) {
      problems.push(problem(`bookings[${index}].end`, 'booking.problems.bookingEndNotAfterStart'))
    }
  })
  return problems
}

function lengthNotOffered(availability: Availability): Problem {
  return problem('length', 'booking.problems.lengthNotOffered', {
    lengths: [...availability.lengths].sort((a, b) => a - b).join(', '),
  })
}

/**
 * The open slots of a checked request, in time order: every start on the advocate's grid whose date on
 * the viewer's calendar lies from `from` to `to`, that is at least the minimum notice after `now`, on a
 * date inside the horizon and below the daily maximum, inside the advocate's hours, and clear of every
 * booking by the buffer. Conventions: docs/consultations.md.
 */
export function listOpenSlots(request: SlotRequest): Slot[] {
  const calendar = slotCalendar(request.availability, request.bookings, request.length, request.now)
  const viewer = zoneClock(request.viewerTimeZone)
  const fromDay = toEpochDay(request.from)
  const toDay = toEpochDay(request.to)
  const shown = momentsWithLocalTime(viewer, fromDay * MS_PER_DAY, (toDay + 1) * MS_PER_DAY)
  const first = shown[0]
  const last = shown[shown.length - 1]
  if (!first || !last) return []
  const low = Math.max(first.start, calendar.earliestStart)
  const high = last.end
  if (low >= high) return []
  // One date more on each side: the exact tests below decide; the margin only guards the loop's bounds.
  const firstDay = Math.max(localEpochDayAt(calendar.clock, low) - 1, calendar.firstDay)
  const lastDay = Math.min(localEpochDayAt(calendar.clock, high - 1) + 1, calendar.lastDay)
  const starts: number[] = []
  for (let day = firstDay; day <= lastDay; day += 1) {
    for (const start of openStartsOn(calendar, day)) {
      const viewerDay = localEpochDayAt(viewer, start)
      if (viewerDay >= fromDay && viewerDay <= toDay) starts.push(start)
    }
  }
  starts.sort((a, b) => a - b)
  return starts.map((start) => toSlot(viewer, start, calendar.lengthMs))
}

function toSlot(viewer: ZoneClock, start: number, lengthMs: number): Slot {
  return {
    start: formatWithOffset(viewer, start) as OffsetDateTime,
    end: formatWithOffset(viewer, start + lengthMs) as OffsetDateTime,
  }
}

/**
 * Why a call of `length` minutes starting at `start` cannot be booked, or undefined when it can.
 * Agrees with listOpenSlots: a start is bookable exactly when listOpenSlots would list it.
 */
export function slotUnavailableReason(
  availability: Availability,
  bookings: readonly Booking[],
  start: Instant,
  length: number,
  now: Instant,
): SlotUnavailableReason | undefined {
  if (!availability.lengths.includes(length)) return 'length-not-offered'
  const calendar = slotCalendar(availability, bookings, length, now)
  return reasonStartIsClosed(calendar, epochMillisecondsOf(start))
}

/**
 * True when a call of `length` minutes starting at `start` can be booked now. The booking service
 * calls it again inside its write transaction, with the bookings read in that transaction.
 */
export function isSlotBookable(
  availability: Availability,
  bookings: readonly Booking[],
  start: Instant,
  length: number,
  now: Instant,
): boolean {
  return slotUnavailableReason(availability, bookings, start, length, now) === undefined
}

/**
 * The `n` open slots nearest to `wanted` (before or after it; on a tie the earlier one), in time order,
 * written on the viewer's clock. For the answer "that time was just taken — here are the nearest open
 * times". Searches outward from the wanted date, one date each way at a time, and stops as soon as no
 * date further out can hold a nearer slot.
 */
export function nearestOpenSlots(
  availability: Availability,
  bookings: readonly Booking[],
  wanted: Instant,
  length: number,
  now: Instant,
  viewerTimeZone: string,
  n: number,
): Slot[] {
  if (n <= 0 || !availability.lengths.includes(length)) return []
  const calendar = slotCalendar(availability, bookings, length, now)
  const wantedMs = epochMillisecondsOf(wanted)
  const firstDay = calendar.firstDay
  const lastDay = calendar.lastDay
  const centre = Math.min(Math.max(localEpochDayAt(calendar.clock, wantedMs), firstDay), lastDay)
  const found: number[] = []
  for (let ring = 0; centre - ring >= firstDay || centre + ring <= lastDay; ring += 1) {
    const days = ring === 0 ? [centre] : [centre - ring, centre + ring]
    for (const day of days) if (day >= firstDay && day <= lastDay) found.push(...openStartsOn(calendar, day))
    if (
      found.length >= n &&
      nthDistance(found, wantedMs, n) <= unsearchedDistance(calendar, centre, ring, wantedMs)
    ) {
      break
    }
  }
  const nearest = found
    .sort((a, b) => Math.abs(a - wantedMs) - Math.abs(b - wantedMs) || a - b)
    .slice(0, n)
    .sort((a, b) => a - b)
  const viewer = zoneClock(viewerTimeZone)
  return nearest.map((start) => toSlot(viewer, start, calendar.lengthMs))
}

function nthDistance(starts: readonly number[], wantedMs: number, n: number): number {
  const distances = starts.map((start) => Math.abs(start - wantedMs)).sort((a, b) => a - b)
  return distances[n - 1] ?? Number.POSITIVE_INFINITY
}

/** No start on a date outside `centre ± ring` is nearer to `wantedMs` than this. */
function unsearchedDistance(calendar: SlotCalendar, centre: number, ring: number, wantedMs: number): number {
  const after =
    centre + ring + 1 > calendar.lastDay
      ? Number.POSITIVE_INFINITY
      : startOfLocalDay(calendar.clock, centre + ring + 1) - wantedMs
  const before =
    centre - ring - 1 < calendar.firstDay
      ? Number.POSITIVE_INFINITY
      : wantedMs - startOfLocalDay(calendar.clock, centre - ring)
  return Math.min(after, before)
}
