import { type Instant, parseLocalDate, toEpochDay } from '../dates/local-date.ts'
import { dateOf } from '../deadlines/epoch-dates.ts'

const MS_PER_DAY = 86_400_000
const ISO_INSTANT =
  /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/

/**
 * Reads a moment written in ISO 8601 with a `Z` or an offset (`2026-03-09T14:00:00Z`,
 * `2026-03-09T10:00-04:00`) and gives its epoch milliseconds, or undefined when the text is not one.
 * A moment without an offset is refused: it could mean a different time in every zone.
 * Written by hand rather than with Temporal because a slot search reads hundreds of bookings.
 */
export function parseEpochMilliseconds(text: string): number | undefined {
  const match = ISO_INSTANT.exec(text)
  if (!match) return undefined
  const [, datePart, hh, mm, ss, fraction, zulu, sign, offsetHh, offsetMm] = match
  const date = parseLocalDate(datePart as string)
  if (date === undefined) return undefined
  const hours = Number(hh)
  const minutes = Number(mm)
  const seconds = ss === undefined ? 0 : Number(ss)
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined
  let offsetMs = 0
  if (zulu === undefined) {
    const offsetHours = Number(offsetHh)
    const offsetMinutes = Number(offsetMm)
    if (offsetHours > 23 || offsetMinutes > 59) return undefined
    offsetMs = (sign === '-' ? -1 : 1) * (offsetHours * 3_600_000 + offsetMinutes * 60_000)
  }
  const milliseconds = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000)
  return (
    toEpochDay(date) * MS_PER_DAY +
    hours * 3_600_000 +
    minutes * 60_000 +
    seconds * 1000 +
    milliseconds -
    offsetMs
  )
}

/** Reads an ISO moment with an offset and writes it as an Instant in UTC; undefined when it is not one. */
export function parseInstant(text: string): Instant | undefined {
  const epochMs = parseEpochMilliseconds(text)
  return epochMs === undefined ? undefined : instantFromEpochMilliseconds(epochMs)
}

/** The epoch milliseconds of an Instant the program already checked; throws on anything else. */
export function epochMillisecondsOf(instant: Instant): number {
  const epochMs = parseEpochMilliseconds(instant)
  if (epochMs === undefined) throw new RangeError(`Not an ISO instant: ${instant}`)
  return epochMs
}

/** Epoch milliseconds written as `2026-03-09T14:00:00.000Z`. */
export function instantFromEpochMilliseconds(epochMs: number): Instant {
  const day = Math.floor(epochMs / MS_PER_DAY)
  return `${formatDateAndTime(day, epochMs - day * MS_PER_DAY, true)}Z` as Instant
}

// `HH:MM:SS` of each whole minute of a day, written once: a slot search writes thousands of them.
const MINUTE_TEXTS: string[] = Array.from({ length: 1440 }, (_, minute) => {
  const hours = Math.floor(minute / 60)
  return `${two(hours)}:${two(minute - hours * 60)}:00`
})

/** `YYYY-MM-DDTHH:MM:SS` (with `.mmm` when asked) for a day number and the milliseconds into that day. */
export function formatDateAndTime(epochDay: number, msOfDay: number, withMilliseconds: boolean): string {
  // Dates are written through the deadline engine's cache of recently written days.
  const date = dateOf(epochDay)
  if (!withMilliseconds && msOfDay % 60_000 === 0) return `${date}T${MINUTE_TEXTS[msOfDay / 60_000]}`
  const hours = Math.floor(msOfDay / 3_600_000)
  const minutes = Math.floor((msOfDay % 3_600_000) / 60_000)
  const seconds = Math.floor((msOfDay % 60_000) / 1000)
  const time = `${two(hours)}:${two(minutes)}:${two(seconds)}`
  return withMilliseconds ? `${date}T${time}.${String(msOfDay % 1000).padStart(3, '0')}` : `${date}T${time}`
}

function two(value: number): string {
  return value < 10 ? `0${value}` : String(value)
}
