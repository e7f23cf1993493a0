/**
 * Day arithmetic on epoch days (days since 1970-01-01), the engine's hot path: no strings, no
 * objects. The LocalDate versions in ../dates/local-date.ts do the same for code that reads better
 * with dates; these exist because the engine counts hundreds of thousands of children a second.
 */

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayIndex(epochDay: number): number {
  return (((epochDay + 3) % 7) + 7) % 7
}

export function isWeekendDay(epochDay: number): boolean {
  return weekdayIndex(epochDay) >= 5
}

/** Weekdays (Monday to Friday) in the span after `from` up to and including `to`. */
export function weekdaysBetween(from: number, to: number): number {
  return to <= from ? 0 : weekdaysThrough(to) - weekdaysThrough(from)
}

// Weekdays from Monday 1969-12-29 (epoch day -3) through `epochDay`, negative before it.
function weekdaysThrough(epochDay: number): number {
  const k = epochDay + 3
  const weeks = Math.floor(k / 7)
  const rest = k - weeks * 7
  return weeks * 5 + Math.min(rest + 1, 5)
}

// Conversions for 1970–2079 are kept once computed (0 = not yet).
const CACHED_DAYS = 40_000
const civilCache = new Int32Array(CACHED_DAYS)

/** Year, month and day packed as yyyymmdd, without allocating (proleptic Gregorian). */
export function civilFromEpoch(epochDay: number): number {
  if (epochDay >= 0 && epochDay < CACHED_DAYS) {
    const cached = civilCache[epochDay] ?? 0
    if (cached !== 0) return cached
    const civil = computeCivil(epochDay)
    civilCache[epochDay] = civil
    return civil
  }
  return computeCivil(epochDay)
}

function computeCivil(epochDay: number): number {
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
  return year * 10000 + month * 100 + day
}

// Days before the first of each month in a common year.
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

/** The epoch day of a year, month and day (integer arithmetic for years 1 to 9999). */
export function epochFromCivil(year: number, month: number, day: number): number {
  if (year < 1) return epochFromCivilAnyYear(year, month, day)
  const y = year - 1
  // Whole days in the years before this one, from 1 January of year 1, less the days to 1970.
  const before = y * 365 + ((y / 4) | 0) - ((y / 100) | 0) + ((y / 400) | 0) - 719162
  const leap = (year & 3) === 0 && (year % 100 !== 0 || year % 400 === 0)
  return before + (DAYS_BEFORE_MONTH[month] ?? 0) + (leap && month > 2 ? 1 : 0) + day - 1
}

// The proleptic Gregorian "days from civil" conversion, for years before 1.
function epochFromCivilAnyYear(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

function daysInMonthOf(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

// Month arithmetic inside 1970–2079 reads tables built once: the month (counted from January 1970)
// and the day of the month of each day, and the first day of each month.
const TABLE_MONTHS = Math.ceil(CACHED_DAYS / 365.2425) * 12
const monthStarts = new Int32Array(TABLE_MONTHS + 1)
const monthOfDay = new Uint16Array(CACHED_DAYS)
const dayOfMonth = new Uint8Array(CACHED_DAYS)
for (let month = 0; month <= TABLE_MONTHS; month += 1) {
  monthStarts[month] = epochFromCivil(1970 + Math.floor(month / 12), (month % 12) + 1, 1)
}
for (let month = 0; month < TABLE_MONTHS; month += 1) {
  const first = monthStarts[month] ?? 0
  const end = Math.min(monthStarts[month + 1] ?? 0, CACHED_DAYS)
  for (let day = first; day < end; day += 1) {
    monthOfDay[day] = month
    dayOfMonth[day] = day - first + 1
  }
}

/**
 * Adds calendar months; a day that does not exist in the target month is clamped to its last day
 * (31 January + 1 month = 28 February; 29 February + 1 year = 28 February).
 */
export function addMonthsToEpoch(epochDay: number, months: number): number {
  if (epochDay >= 0 && epochDay < CACHED_DAYS) {
    const target = (monthOfDay[epochDay] ?? 0) + months
    if (target >= 0 && target < TABLE_MONTHS) {
      const first = monthStarts[target] ?? 0
      const length = (monthStarts[target + 1] ?? 0) - first
      const day = dayOfMonth[epochDay] ?? 1
      return first + Math.min(day, length) - 1
    }
  }
  const civil = civilFromEpoch(epochDay)
  const year = Math.floor(civil / 10000)
  const month = Math.floor(civil / 100) % 100
  const day = civil % 100
  const index = year * 12 + (month - 1) + months
  const newYear = Math.floor(index / 12)
  const newMonth = index - newYear * 12 + 1
  return epochFromCivil(newYear, newMonth, Math.min(day, daysInMonthOf(newYear, newMonth)))
}

/** True when adding months moved the day of the month (a clamp: 29 Feb → 28 Feb, 31 Jan → 28 Feb). */
export function monthArithmeticClamped(from: number, to: number): boolean {
  return civilFromEpoch(from) % 100 !== civilFromEpoch(to) % 100
}

/** The year of an epoch day. */
export function yearOf(epochDay: number): number {
  return Math.floor(civilFromEpoch(epochDay) / 10000)
}

/**
 * The Nth business day after `from` (n > 0) or before it (n < 0): Monday to Friday and not a
 * listed holiday (34 CFR 300.11(b)). The day of the trigger is day 0.
 */
export function nthBusinessDay(from: number, n: number, holidays: ReadonlySet<number>): number {
  const step = n < 0 ? -1 : 1
  let remaining = Math.abs(n)
  let day = from
  while (remaining > 0) {
    day += step
    if (!isWeekendDay(day) && !holidays.has(day)) remaining -= 1
  }
  return day
}

/** Listed holidays that fall on a weekday strictly between two days (either order). */
export function weekdayHolidaysBetween(a: number, b: number, holidays: ReadonlySet<number>): number {
  const from = Math.min(a, b)
  const to = Math.max(a, b)
  let count = 0
  for (const day of holidays) if (day > from && day < to && !isWeekendDay(day)) count += 1
  return count
}
