import type { LocalDate } from '../dates/local-date.ts'
import type { SchoolCalendar } from '../dates/school-calendar.ts'
import { type Problem, problem } from '../problems.ts'
import { isWeekendDay } from './day-math.ts'
import { epochOf } from './epoch-dates.ts'
import type { Pause } from './law-data.ts'

/**
 * Days that count, precomputed once per school calendar so that "the Nth school day after" is two
 * array reads. `days` lists the counted days in order; `through[d - start]` is how many of them fall
 * on or before day d. Outside [start, end] nothing is known: days before `start` count only when
 * `outsideCounts`, and a count that runs past `end` has no answer (the caller asks for the next
 * school year's calendar).
 */
export interface DayIndex {
  readonly start: number
  readonly end: number
  readonly days: Int32Array
  readonly through: Int32Array
  readonly outsideCounts: boolean
}

/** One school year as epoch days. */
export interface SchoolYear {
  readonly firstDay: number
  readonly lastDay: number
  readonly closed: ReadonlySet<number>
}

/** One or more school years (in order, not overlapping), compiled for counting. Build it once per calendar. */
export interface CompiledCalendar {
  readonly years: readonly SchoolYear[]
  readonly start: number
  readonly end: number
  readonly school: DayIndex
  /** Weekdays inside a school year (open or closed), to explain what a school-day count skipped. */
  readonly yearWeekdays: DayIndex
  readonly counted: Map<string, DayIndex>
}

/**
 * Checks school calendars: each year ends after it starts, and years do not overlap.
 * `fieldOf(index)` names the calendar in the input (`schoolCalendars[1]`).
 */
export function checkSchoolCalendars(
  calendars: readonly SchoolCalendar[],
  fieldOf: (index: number) => string,
): Problem[] {
  const problems: Problem[] = []
  calendars.forEach((calendar, index) => {
    if (calendar.lastDay < calendar.firstDay) {
      problems.push(problem(`${fieldOf(index)}.lastDay`, 'deadlines.problems.lastDayBeforeFirstDay'))
    }
  })
  const sorted = calendars.map((calendar, index) => ({ calendar, index }))
  sorted.sort((a, b) =>
    a.calendar.firstDay < b.calendar.firstDay ? -1 : a.calendar.firstDay > b.calendar.firstDay ? 1 : 0,
  )
  for (let i = 1; i < sorted.length; i += 1) {
    const previous = sorted[i - 1]
    const current = sorted[i]
    if (previous && current && current.calendar.firstDay <= previous.calendar.lastDay) {
      problems.push(problem(`${fieldOf(current.index)}.firstDay`, 'deadlines.problems.calendarsOverlap'))
    }
  }
  return problems
}

/** Compiles checked calendars (see checkSchoolCalendars); returns null when there are none. */
export function compileSchoolCalendars(calendars: readonly SchoolCalendar[]): CompiledCalendar | null {
  if (calendars.length === 0) return null
  const years = calendars
    .map((calendar) => ({
      firstDay: epochOf(calendar.firstDay),
      lastDay: epochOf(calendar.lastDay),
      closed: new Set([...calendar.closedDays].map((day: LocalDate) => epochOf(day))),
    }))
    .sort((a, b) => a.firstDay - b.firstDay)
  const start = years[0]?.firstDay ?? 0
  const end = years[years.length - 1]?.lastDay ?? 0
  const inYear = yearMembership(years, start, end)
  const school = buildDayIndex(start, end, false, (day) => {
    const year = inYear[day - start] ?? -1
    return year >= 0 && !isWeekendDay(day) && !(years[year]?.closed.has(day) ?? false)
  })
  const yearWeekdays = buildDayIndex(
    start,
    end,
    false,
    (day) => (inYear[day - start] ?? -1) >= 0 && !isWeekendDay(day),
  )
  return { years, start, end, school, yearWeekdays, counted: new Map() }
}

// For each day in [start, end], the index of the school year holding it, or -1 (between years).
function yearMembership(years: readonly SchoolYear[], start: number, end: number): Int32Array {
  const membership = new Int32Array(end - start + 1).fill(-1)
  years.forEach((year, index) => {
    membership.fill(index, year.firstDay - start, year.lastDay - start + 1)
  })
  return membership
}

function buildDayIndex(start: number, end: number, outsideCounts: boolean, counts: (day: number) => boolean) {
  const through = new Int32Array(end - start + 1)
  const days: number[] = []
  for (let day = start; day <= end; day += 1) {
    if (counts(day)) days.push(day)
    through[day - start] = days.length
  }
  return { start, end, days: Int32Array.from(days), through, outsideCounts }
}

/** How many counted days fall after `from` and on or before `to` (both inside the index or before it). */
export function countBetween(index: DayIndex, from: number, to: number): number {
  return countThrough(index, to) - countThrough(index, from)
}

function countThrough(index: DayIndex, day: number): number {
  if (day < index.start) return index.outsideCounts ? day - index.start + 1 : 0
  if (day > index.end) {
    const inside = index.days.length
    return index.outsideCounts ? inside + (day - index.end) : inside
  }
  return index.through[day - index.start] ?? 0
}

/**
 * The Nth counted day after `from` (n ≥ 1; `from` itself is day 0), or undefined when the index
 * ends first.
 */
export function nthAfter(index: DayIndex, from: number, n: number): number | undefined {
  if (index.outsideCounts && from < index.start) {
    const before = index.start - 1 - from
    if (n <= before) return from + n
    return nthAfter(index, index.start - 1, n - before)
  }
  const k = countThrough(index, from) + n - 1
  if (k < index.days.length) return index.days[k]
  return index.outsideCounts ? index.end + (k - index.days.length + 1) : undefined
}

/** The Nth counted day before `from` (n ≥ 1), or undefined when the index starts later. */
export function nthBefore(index: DayIndex, from: number, n: number): number | undefined {
  const k = countThrough(index, from - 1) - n
  return k >= 0 ? index.days[k] : undefined
}

/** True when the day is a school day of the calendar. */
export function isCompiledSchoolDay(calendar: CompiledCalendar, day: number): boolean {
  return day >= calendar.start && day <= calendar.end && countBetween(calendar.school, day - 1, day) === 1
}

/** The school year holding a day, or undefined (summer, or outside every calendar). */
export function yearHolding(calendar: CompiledCalendar, day: number): SchoolYear | undefined {
  for (const year of calendar.years) if (day >= year.firstDay && day <= year.lastDay) return year
  return undefined
}

/** The first school year that starts after a day. */
export function yearStartingAfter(calendar: CompiledCalendar, day: number): SchoolYear | undefined {
  for (const year of calendar.years) if (year.firstDay > day) return year
  return undefined
}

/**
 * The days a paused calendar-day clock counts, for one state's pause rules (built once per
 * calendar and rule set, then kept). Summer means the days between two school years; a break is a
 * run of days without school inside a year holding at least `minimumClosedSchoolDays` closed
 * weekdays, counted from its first to its last closed weekday, or with the weekends around it when
 * `adjacentWeekends` is set (Georgia).
 */
export function countedDays(calendar: CompiledCalendar, pauses: readonly Pause[], key: string): DayIndex {
  const cached = calendar.counted.get(key)
  if (cached) return cached
  const { start, end, years } = calendar
  const paused = new Uint8Array(end - start + 1)
  const summer = pauses.some((pause) => pause.type === 'between-school-years')
  if (summer) {
    const inYear = yearMembership(years, start, end)
    for (let i = 0; i < paused.length; i += 1) if (inYear[i] === -1) paused[i] = 1
  }
  for (const pause of pauses) {
    if (pause.type !== 'breaks') continue
    for (const year of years) markBreaks(year, pause, paused, start)
  }
  const index = buildDayIndex(start, end, !summer, (day) => paused[day - start] === 0)
  calendar.counted.set(key, index)
  return index
}

function markBreaks(
  year: SchoolYear,
  pause: { readonly minimumClosedSchoolDays: number; readonly adjacentWeekends: boolean },
  paused: Uint8Array,
  start: number,
): void {
  let runStart = -1
  for (let day = year.firstDay; day <= year.lastDay + 1; day += 1) {
    const noSchool = day <= year.lastDay && (isWeekendDay(day) || year.closed.has(day))
    if (noSchool && runStart < 0) runStart = day
    if (!noSchool && runStart >= 0) {
      const runEnd = day - 1
      let closed = 0
      let firstClosed = -1
      let lastClosed = -1
      for (let d = runStart; d <= runEnd; d += 1) {
        if (!isWeekendDay(d)) {
          closed += 1
          if (firstClosed < 0) firstClosed = d
          lastClosed = d
        }
      }
      if (closed >= pause.minimumClosedSchoolDays) {
        const from = pause.adjacentWeekends ? runStart : firstClosed
        const to = pause.adjacentWeekends ? runEnd : lastClosed
        for (let d = from; d <= to; d += 1) paused[d - start] = 1
      }
      runStart = -1
    }
  }
}
