import { Temporal } from 'temporal-polyfill'
import { type Interval, mergeIntervals } from './interval.ts'
import { formatDateAndTime } from './iso-instant.ts'

export const MS_PER_MINUTE = 60_000
export const MS_PER_DAY = 86_400_000

/** No zone is further than 14 hours from UTC (Kiribati is +14:00); an hour more leaves room. */
const OFFSET_REACH_MS = 15 * 3_600_000

/** A stretch of time during which a zone keeps one offset from UTC: `[start, end)`, in epoch milliseconds. */
interface OffsetSpan {
  readonly start: number
  readonly end: number
  readonly offsetMs: number
}

/**
 * The wall clock of one IANA time zone. Temporal gives the zone's offsets and the moments they change
 * (daylight-saving transitions); the clock keeps each stretch of constant offset it has asked about,
 * so the many conversions a slot search makes are plain arithmetic. zoneClock gives one per zone.
 *
 * "Local milliseconds" below means the wall-clock reading written as if it were UTC:
 * 2026-03-09 10:00 on the wall is `Date.UTC(2026, 2, 9, 10)`, whatever the zone.
 */
export interface ZoneClock {
  readonly timeZone: string
  readonly spans: OffsetSpan[]
}

const TIME_ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]*$/

/** True for a time zone name Temporal knows (America/New_York, Pacific/Honolulu, UTC). */
export function isTimeZone(text: string): boolean {
  if (!TIME_ZONE_NAME.test(text)) return false
  try {
    Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(text)
    return true
  } catch {
    return false
  }
}

// One clock per zone for the life of the process: a zone's offsets are facts of the time zone
// database, so the stretches one slot search asked Temporal for serve every later search.
const CLOCKS = new Map<string, ZoneClock>()

/** The clock of a zone the program already checked with isTimeZone (shared: its spans only grow). */
export function zoneClock(timeZone: string): ZoneClock {
  let clock = CLOCKS.get(timeZone)
  if (clock === undefined) {
    clock = { timeZone, spans: [] }
    CLOCKS.set(timeZone, clock)
  }
  return clock
}

function spanAt(clock: ZoneClock, epochMs: number): OffsetSpan {
  for (const span of clock.spans) {
    if (epochMs >= span.start && epochMs < span.end) return span
  }
  const zoned = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(clock.timeZone)
  // "previous" means strictly before, so ask from one nanosecond later to find a change at this very moment.
  const justAfter = Temporal.Instant.fromEpochNanoseconds(zoned.epochNanoseconds + 1n).toZonedDateTimeISO(
    clock.timeZone,
  )
  const span: OffsetSpan = {
    start: justAfter.getTimeZoneTransition('previous')?.epochMilliseconds ?? Number.NEGATIVE_INFINITY,
    end: zoned.getTimeZoneTransition('next')?.epochMilliseconds ?? Number.POSITIVE_INFINITY,
    offsetMs: zoned.offsetNanoseconds / 1_000_000,
  }
  clock.spans.push(span)
  return span
}

/** Offsets in force from `from` up to `to`, in time order. */
function spansBetween(clock: ZoneClock, from: number, to: number): OffsetSpan[] {
  const spans = [spanAt(clock, from)]
  let last = spans[0] as OffsetSpan
  while (last.end < to) {
    last = spanAt(clock, last.end)
    spans.push(last)
  }
  return spans
}

/** The zone's offset from UTC at a moment, in milliseconds (−4 h in New York in summer). */
export function offsetAt(clock: ZoneClock, epochMs: number): number {
  return spanAt(clock, epochMs).offsetMs
}

/** What the wall clock reads at a moment, as local milliseconds. */
export function localMillisecondsAt(clock: ZoneClock, epochMs: number): number {
  return epochMs + offsetAt(clock, epochMs)
}

/** The calendar date on the wall at a moment, as days since 1970-01-01. */
export function localEpochDayAt(clock: ZoneClock, epochMs: number): number {
  return Math.floor(localMillisecondsAt(clock, epochMs) / MS_PER_DAY)
}

/**
 * Every moment at which the wall clock reads a time in `[fromLocal, toLocal)`, as merged intervals.
 * This is how wall-clock hours become real time on the days the clocks change:
 * - spring forward: 02:00–03:00 never shows on the wall, so hours 00:00–04:00 last three real hours;
 * - fall back: 01:00–02:00 shows twice, so hours 00:00–04:00 last five real hours, and hours
 *   01:30–03:00 are two stretches (the first 01:30–02:00, then the second 01:30 to 03:00).
 */
export function momentsWithLocalTime(clock: ZoneClock, fromLocal: number, toLocal: number): Interval[] {
  const pieces: Interval[] = []
  for (const span of spansBetween(clock, fromLocal - OFFSET_REACH_MS, toLocal + OFFSET_REACH_MS)) {
    const start = Math.max(span.start, fromLocal - span.offsetMs)
    const end = Math.min(span.end, toLocal - span.offsetMs)
    if (start < end) pieces.push({ start, end })
  }
  return mergeIntervals(pieces)
}

/** The first moment at which a calendar date has begun on the wall (midnight, or later if midnight is skipped). */
export function startOfLocalDay(clock: ZoneClock, epochDay: number): number {
  // A zone can skip a whole date (Samoa skipped 30 December 2011): then the next date's start is the answer.
  for (let day = epochDay; ; day += 1) {
    const first = momentsWithLocalTime(clock, day * MS_PER_DAY, (day + 1) * MS_PER_DAY)[0]
    if (first) return first.start
  }
}

/** A moment written with the zone's offset at that moment: `2026-03-09T07:00:00-07:00`. */
export function formatWithOffset(clock: ZoneClock, epochMs: number): string {
  const offsetMs = offsetAt(clock, epochMs)
  const local = epochMs + offsetMs
  const day = Math.floor(local / MS_PER_DAY)
  return `${formatDateAndTime(day, local - day * MS_PER_DAY, false)}${formatOffset(offsetMs)}`
}

// A zone has a handful of offsets; each is written once.
const OFFSET_TEXTS = new Map<number, string>()

function formatOffset(offsetMs: number): string {
  let text = OFFSET_TEXTS.get(offsetMs)
  if (text === undefined) {
    text = writeOffset(offsetMs)
    OFFSET_TEXTS.set(offsetMs, text)
  }
  return text
}

function writeOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+'
  const total = Math.abs(Math.round(offsetMs / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const text = `${sign}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
  // Offsets with seconds only occur before standard time (New York was −04:56:02 until 1883).
  return seconds === 0 ? text : `${text}:${String(seconds).padStart(2, '0')}`
}
