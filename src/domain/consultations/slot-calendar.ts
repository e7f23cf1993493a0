import { type Instant, toEpochDay } from '../dates/local-date.ts'
import { weekdayIndex } from '../deadlines/day-math.ts'
import {
  type Availability,
  isDayOff,
  parseEndTime,
  parseStartTime,
  WEEKDAYS,
  weekdayNumber,
} from './availability.ts'
import { type Interval, mergeIntervals, overlapsAny } from './interval.ts'
import { epochMillisecondsOf } from './iso-instant.ts'
import {
  localEpochDayAt,
  MS_PER_DAY,
  MS_PER_MINUTE,
  momentsWithLocalTime,
  type ZoneClock,
  zoneClock,
} from './zone-clock.ts'

/** A consultation already booked with the advocate (any length, on any day). */
export interface Booking {
  readonly start: Instant
  readonly end: Instant
}

/** Why a start time cannot be booked, in the order they are checked. */
export type SlotUnavailableReason =
  | 'length-not-offered'
  | 'too-soon'
  | 'beyond-horizon'
  | 'day-full'
  | 'outside-hours'
  | 'taken'

/** Wall-clock hours of one date, in minutes after midnight (`end` may be 1440). */
interface MinuteRange {
  readonly start: number
  readonly end: number
}

/**
 * Everything a slot search needs, worked out once: the advocate's clock, bookings widened by the
 * buffer, bookings per date, the first and last bookable moments. Dates are days since 1970-01-01 on
 * the advocate's calendar. Real-time stretches of each date are computed when first needed.
 */
export interface SlotCalendar {
  readonly clock: ZoneClock
  readonly lengthMs: number
  readonly earliestStart: number
  readonly firstDay: number
  readonly lastDay: number
  readonly maxPerDay: number
  readonly busy: readonly Interval[]
  readonly bookingsPerDay: ReadonlyMap<number, number>
  readonly weekly: ReadonlyMap<number, readonly MinuteRange[]>
  /** By epoch day. */
  readonly exceptions: ReadonlyMap<number, readonly MinuteRange[]>
  readonly openTime: Map<number, readonly Interval[]>
}

/** Prepares a search for calls of `length` minutes, given a checked availability and the bookings. */
export function slotCalendar(
  availability: Availability,
  bookings: readonly Booking[],
  length: number,
  now: Instant,
): SlotCalendar {
  const clock = zoneClock(availability.timeZone)
  const nowMs = epochMillisecondsOf(now)
  const bufferMs = availability.bufferMinutes * MS_PER_MINUTE
  const busy: Interval[] = []
  const bookingsPerDay = new Map<number, number>()
  for (const booking of bookings) {
    const start = epochMillisecondsOf(booking.start)
    busy.push({ start: start - bufferMs, end: epochMillisecondsOf(booking.end) + bufferMs })
    const day = localEpochDayAt(clock, start)
    bookingsPerDay.set(day, (bookingsPerDay.get(day) ?? 0) + 1)
  }
  const firstDay = localEpochDayAt(clock, nowMs)
  return {
    clock,
    lengthMs: length * MS_PER_MINUTE,
    earliestStart: nowMs + availability.minimumNoticeMinutes * MS_PER_MINUTE,
    firstDay,
    lastDay: firstDay + availability.horizonDays - 1,
    maxPerDay: availability.maxPerDay,
    busy: mergeIntervals(busy),
    bookingsPerDay,
    weekly: weeklyRanges(availability),
    exceptions: exceptionRanges(availability),
    openTime: new Map(),
  }
}

function weeklyRanges(availability: Availability): Map<number, MinuteRange[]> {
  const byDay = new Map<number, MinuteRange[]>(WEEKDAYS.map((day) => [weekdayNumber(day), []]))
  for (const hours of availability.weekly) byDay.get(weekdayNumber(hours.day))?.push(toRange(hours))
  return byDay
}

function exceptionRanges(availability: Availability): Map<number, MinuteRange[]> {
  const byDay = new Map<number, MinuteRange[]>()
  for (const exception of availability.exceptions) {
    const day = toEpochDay(exception.date)
    const list = byDay.get(day) ?? []
    if (!isDayOff(exception)) list.push(toRange(exception))
    byDay.set(day, list)
  }
  // A day off wins over hours on the same date (checkAvailability reports that combination).
  for (const exception of availability.exceptions)
    if (isDayOff(exception)) byDay.set(toEpochDay(exception.date), [])
  return byDay
}

function toRange(hours: { readonly start: string; readonly end: string }): MinuteRange {
  return { start: parseStartTime(hours.start) ?? 0, end: parseEndTime(hours.end) ?? 0 }
}

/**
 * The real-time stretches in which a date's hours fall, merged (hours that touch become one stretch).
 * A moment belongs to a date's hours when the advocate's wall clock shows that date and a time inside
 * the hours; see momentsWithLocalTime for what that means on the days the clocks change.
 */
export function openTimeOn(calendar: SlotCalendar, day: number): readonly Interval[] {
  const cached = calendar.openTime.get(day)
  if (cached) return cached
  // Weekly hours are keyed 1 = Monday … 7 = Sunday (weekdayNumber).
  const ranges = calendar.exceptions.get(day) ?? calendar.weekly.get(weekdayIndex(day) + 1) ?? []
  const pieces: Interval[] = []
  for (const range of ranges) {
    const base = day * MS_PER_DAY
    pieces.push(
      ...momentsWithLocalTime(
        calendar.clock,
        base + range.start * MS_PER_MINUTE,
        base + range.end * MS_PER_MINUTE,
      ),
    )
  }
  const merged = mergeIntervals(pieces)
  calendar.openTime.set(day, merged)
  return merged
}

/**
 * Where open time that contains `[stretch.start, end)` stops, following it across midnight into the
 * next dates when the next date's hours begin exactly where these end (22:00–24:00, then 00:00–02:00).
 */
function openUntil(calendar: SlotCalendar, day: number, stretch: Interval, wanted: number): number {
  let end = stretch.end
  // A call is at most 8 hours long, so it reaches the next date at most; one date more covers a zone
  // that skips a date (Samoa, 30 December 2011).
  for (let next = day + 1; end < wanted && next <= day + 2; next += 1) {
    const joined = openTimeOn(calendar, next).find((interval) => interval.start === end)
    if (!joined) break
    end = joined.end
  }
  return end
}

/** Reasons that hold for a whole date: outside the horizon, or its bookings already at the daily maximum. */
function dayReason(calendar: SlotCalendar, day: number): SlotUnavailableReason | undefined {
  if (day > calendar.lastDay) return 'beyond-horizon'
  if ((calendar.bookingsPerDay.get(day) ?? 0) >= calendar.maxPerDay) return 'day-full'
  return undefined
}

/** Reasons for one start on the grid of `stretch`, a stretch of the date's open time. */
function startReason(
  calendar: SlotCalendar,
  day: number,
  stretch: Interval,
  start: number,
): SlotUnavailableReason | undefined {
  const end = start + calendar.lengthMs
  if (start < calendar.earliestStart) return 'too-soon'
  if (end > openUntil(calendar, day, stretch, end)) return 'outside-hours'
  if (overlapsAny(calendar.busy, start, end)) return 'taken'
  return undefined
}

/**
 * Every bookable start on one date of the advocate's calendar, in time order. Starts lie on a grid of
 * the call's length counted from the beginning of each stretch of open time (09:00, 09:30, 10:00 … for
 * 30-minute calls from 09:00), in real minutes, so the grid stays whole across a clock change.
 */
export function openStartsOn(calendar: SlotCalendar, day: number): number[] {
  if (day < calendar.firstDay || dayReason(calendar, day) !== undefined) return []
  const starts: number[] = []
  for (const stretch of openTimeOn(calendar, day)) {
    for (let start = stretch.start; start < stretch.end; start += calendar.lengthMs) {
      if (startReason(calendar, day, stretch, start) === undefined) starts.push(start)
    }
  }
  return starts
}

/**
 * Why one start cannot be booked, or undefined when it can. Gives the same answer as openStartsOn:
 * a start is bookable exactly when openStartsOn lists it.
 */
export function reasonStartIsClosed(
  calendar: SlotCalendar,
  start: number,
): SlotUnavailableReason | undefined {
  if (start < calendar.earliestStart) return 'too-soon'
  const day = localEpochDayAt(calendar.clock, start)
  const reason = dayReason(calendar, day)
  if (reason) return reason
  const stretch = openTimeOn(calendar, day).find(
    (interval) => start >= interval.start && start < interval.end,
  )
  if (!stretch || (start - stretch.start) % calendar.lengthMs !== 0) return 'outside-hours'
  return startReason(calendar, day, stretch, start)
}
