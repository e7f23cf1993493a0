import { addDays, isWeekend, type LocalDate } from './local-date.ts'

/**
 * The days a school is in session: the first and last day of the school year and the weekdays
 * inside it that the school is closed (holidays, breaks, teacher work days).
 * A school day is a weekday inside the year that is not a closed day (34 CFR 300.11(c)).
 */
export interface SchoolCalendar {
  readonly firstDay: LocalDate
  readonly lastDay: LocalDate
  readonly closedDays: ReadonlySet<LocalDate>
}

export function schoolCalendar(input: {
  firstDay: LocalDate
  lastDay: LocalDate
  closedDays?: Iterable<LocalDate>
}): SchoolCalendar {
  return { firstDay: input.firstDay, lastDay: input.lastDay, closedDays: new Set(input.closedDays ?? []) }
}

export function isSchoolDay(calendar: SchoolCalendar, date: LocalDate): boolean {
  return (
    date >= calendar.firstDay &&
    date <= calendar.lastDay &&
    !isWeekend(date) &&
    !calendar.closedDays.has(date)
  )
}

/** A business day is Monday to Friday and not a listed holiday (34 CFR 300.11(b)). */
export function isBusinessDay(holidays: ReadonlySet<LocalDate>, date: LocalDate): boolean {
  return !isWeekend(date) && !holidays.has(date)
}

/**
 * The Nth day after `from` that satisfies `counts` (the trigger day is day 0).
 * Returns undefined when fewer than N such days exist before `limit`.
 */
export function nthCountedDayAfter(
  from: LocalDate,
  n: number,
  counts: (date: LocalDate) => boolean,
  limit: LocalDate,
): LocalDate | undefined {
  let date = from
  let counted = 0
  while (counted < n) {
    date = addDays(date, 1)
    if (date > limit) return undefined
    if (counts(date)) counted += 1
  }
  return date
}
