import { addDays, dateParts, dayOfWeek, type LocalDate, toEpochDay } from '../dates/local-date.ts'

/** The Monday that starts the ISO week holding `date` (weeks run Monday to Sunday). */
export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, 1 - dayOfWeek(date))
}

/** ISO day of the week (1 = Monday … 7 = Sunday) of an epoch day, without building a date string. */
export function epochDayOfWeek(epochDay: number): number {
  // 1970-01-01 (epoch day 0) was a Thursday.
  return ((((epochDay + 3) % 7) + 7) % 7) + 1
}

/**
 * The ISO 8601 week label, `2026-W37`. The week belongs to the year that holds its Thursday, so
 * 29 December 2025 (a Monday) is in `2026-W01` and 1 January 2027 (a Friday) is in `2026-W53`.
 */
export function isoWeekLabel(date: LocalDate): string {
  const thursday = addDays(mondayOf(date), 3)
  const { year } = dateParts(thursday)
  const firstOfYear = toEpochDay(`${String(year).padStart(4, '0')}-01-01` as LocalDate)
  const week = Math.floor((toEpochDay(thursday) - firstOfYear) / 7) + 1
  return `${String(year).padStart(4, '0')}-W${week < 10 ? `0${week}` : week}`
}
