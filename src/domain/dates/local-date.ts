import { Temporal } from 'temporal-polyfill'

/**
 * A calendar date with no time and no zone, written `YYYY-MM-DD`.
 * Deadlines are calendar dates in the family's jurisdiction, never instants (see docs/decisions/003).
 * The brand keeps an arbitrary string from being used where a checked date is expected.
 */
export type LocalDate = string & { readonly __brand: 'LocalDate' }

/** A point in time, ISO 8601 in UTC (`2026-09-02T14:03:00.000Z`). Used for audit and appointments. */
export type Instant = string & { readonly __brand: 'Instant' }

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Reads `YYYY-MM-DD`; returns undefined for anything that is not a real calendar date (2026-02-30). */
export function parseLocalDate(text: string): LocalDate | undefined {
  const match = ISO_DATE.exec(text)
  if (!match) return undefined
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return text as LocalDate
}

/** Like parseLocalDate but throws: for dates the program itself wrote (fixtures, tests, data files). */
export function localDate(text: string): LocalDate {
  const date = parseLocalDate(text)
  if (date === undefined) throw new RangeError(`Not a calendar date: ${text}`)
  return date
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Year, month (1–12) and day of a date, without allocating a Temporal object. */
export function dateParts(date: LocalDate): { year: number; month: number; day: number } {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  }
}

/**
 * Days since 1970-01-01 (negative before). Day arithmetic runs on these integers because the
 * deadline engine evaluates hundreds of thousands of children a second; the algorithm is the
 * proleptic Gregorian "days from civil" conversion.
 */
export function toEpochDay(date: LocalDate): number {
  const { year, month, day } = dateParts(date)
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

/** The inverse of toEpochDay. */
export function fromEpochDay(epochDay: number): LocalDate {
  const z = epochDay + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  return formatParts(year, month, day)
}

function formatParts(year: number, month: number, day: number): LocalDate {
  const y = String(year).padStart(4, '0')
  const m = month < 10 ? `0${month}` : String(month)
  const d = day < 10 ? `0${day}` : String(day)
  return `${y}-${m}-${d}` as LocalDate
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days)
}

/**
 * Adds calendar months. The day is clamped to the end of a shorter month (31 January + 1 month =
 * 28 or 29 February), which is how Temporal and the courts read "one month after".
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = dateParts(date)
  const index = year * 12 + (month - 1) + months
  const newYear = Math.floor(index / 12)
  const newMonth = index - newYear * 12 + 1
  return formatParts(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)))
}

/** Adds years; 29 February lands on 28 February in a year that is not a leap year. */
export function addYears(date: LocalDate, years: number): LocalDate {
  return addMonths(date, years * 12)
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from)
}

/** -1, 0 or 1. `YYYY-MM-DD` strings order correctly as text, which keeps this cheap. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function isBefore(a: LocalDate, b: LocalDate): boolean {
  return a < b
}

export function isAfter(a: LocalDate, b: LocalDate): boolean {
  return a > b
}

export function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return a <= b ? a : b
}

export function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b
}

/** ISO day of the week: 1 = Monday … 7 = Sunday. */
export function dayOfWeek(date: LocalDate): number {
  // 1970-01-01 was a Thursday (4).
  const mod = (((toEpochDay(date) + 3) % 7) + 7) % 7
  return mod + 1
}

export function isWeekend(date: LocalDate): boolean {
  return dayOfWeek(date) >= 6
}

/** Age in whole years on a given day (a birthday on 29 February counts from 28 February in other years). */
export function ageOn(dateOfBirth: LocalDate, on: LocalDate): number {
  const birth = dateParts(dateOfBirth)
  const day = dateParts(on)
  let age = day.year - birth.year
  const birthdayThisYear = addYears(dateOfBirth, age)
  if (on < birthdayThisYear) age -= 1
  return age
}

/** The Temporal value for a date, for code at the edges that formats or needs Temporal's API. */
export function toPlainDate(date: LocalDate): Temporal.PlainDate {
  return Temporal.PlainDate.from(date)
}

/** A date in a given IANA time zone at a given instant: how the edges turn "now" into "today". */
export function dateInZone(instant: Instant, timeZone: string): LocalDate {
  return Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).toPlainDate().toString() as LocalDate
}
