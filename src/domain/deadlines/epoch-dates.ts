import { fromEpochDay, type LocalDate } from '../dates/local-date.ts'
import { epochFromCivil } from './day-math.ts'

/**
 * LocalDate ↔ epoch day on the engine's hot path. Same results as toEpochDay / fromEpochDay in
 * ../dates/local-date.ts, without allocating substrings, and with recently written dates reused
 * (a district's children share most of their due dates).
 */

/** The epoch day of a checked `YYYY-MM-DD` date (years 1 to 9999). */
export function epochOf(date: LocalDate): number {
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48)
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48)
  const day = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48)
  return epochFromCivil(year, month, day)
}

// Dates from 1970 to 2079 are kept in an array once written; others are written each time.
const CACHED_DAYS = 40_000
const written: (LocalDate | undefined)[] = new Array(CACHED_DAYS)

/** The LocalDate of an epoch day. */
export function dateOf(epochDay: number): LocalDate {
  if (epochDay < 0 || epochDay >= CACHED_DAYS) return fromEpochDay(epochDay)
  let date = written[epochDay]
  if (date === undefined) {
    date = fromEpochDay(epochDay)
    written[epochDay] = date
  }
  return date
}
