import { addDays, isWeekend, type LocalDate, parseLocalDate } from '../dates/local-date.ts'
import { type Problem, problem } from '../problems.ts'

/**
 * A school year of a school calendar, as the family (or advocate) enters it: the first and last day of school and
 * the days the school is closed. The deadline engine counts school days on it, and business days
 * skip its holidays (34 CFR 300.11(b), (c)).
 */
export const CLOSURE_KINDS = ['holiday', 'break', 'closed'] as const
export type ClosureKind = (typeof CLOSURE_KINDS)[number]

/** One closed day, or a run of them (a break), with what it is. */
export interface Closure {
  readonly from: LocalDate
  readonly to: LocalDate
  readonly kind: ClosureKind
  readonly name: string | null
}

export interface SchoolYear {
  readonly id: string
  /** The school calendar holding the year (children link to a calendar; siblings share one). */
  readonly calendarId: string
  readonly organizationId: string
  readonly firstDay: LocalDate
  readonly lastDay: LocalDate
  readonly closures: readonly Closure[]
  readonly version: number
  readonly createdAt: string
  readonly updatedAt: string
}

/** What a person types: the two dates and the closed days, one a line (typed or pasted from a spreadsheet). */
/**
 * A named school calendar ("Austin ISD", "Lincoln Elementary") kept by an organization: the school
 * years the children linked to it count school days on.
 */
export interface SchoolCalendar {
  readonly id: string
  readonly organizationId: string
  readonly name: string
  readonly version: number
  readonly createdAt: string
  readonly updatedAt: string
}

export const MAX_CALENDAR_NAME = 120

/** Checks a calendar's name: required, at most MAX_CALENDAR_NAME characters. */
export function checkCalendarName(text: string): { value: string | undefined; problems: Problem[] } {
  const name = text.trim().replace(/\s+/g, ' ')
  if (name === '')
    return { value: undefined, problems: [problem('name', 'deadlines.ui.calendars.problems.name')] }
  if (name.length > MAX_CALENDAR_NAME) {
    return {
      value: undefined,
      problems: [problem('name', 'deadlines.ui.calendars.problems.nameLong', { max: MAX_CALENDAR_NAME })],
    }
  }
  return { value: name, problems: [] }
}

export interface SchoolYearDraft {
  readonly firstDay: string
  readonly lastDay: string
  readonly closures: string
}

export interface SchoolYearDetails {
  readonly firstDay: LocalDate
  readonly lastDay: LocalDate
  readonly closures: readonly Closure[]
}

const MAX_LINES = 200
const MAX_NAME = 120
/** A school year is at most about a year long; a longer span is almost surely a typing mistake. */
const MAX_YEAR_DAYS = 400

/**
 * Reads one line of the closed days: `date`, `first date, last date`, then optionally the kind
 * (`holiday`, `break`, `closed`) and a name. Commas, semicolons or tabs separate the parts, so a
 * spreadsheet's rows paste as they are.
 */
function readClosureLine(line: string, lineNumber: number): { closure?: Closure; problem?: Problem } {
  const parts = line.split(/[,;\t]/).map((part) => part.trim())
  const from = parseLocalDate(parts[0] ?? '')
  if (from === undefined) {
    return { problem: problem('closures', 'deadlines.ui.calendar.problems.lineDate', { line: lineNumber }) }
  }
  let index = 1
  let to = from
  const second = parts[1] ?? ''
  if (/^\d{4}-\d{2}-\d{2}$/.test(second)) {
    const parsed = parseLocalDate(second)
    if (parsed === undefined) {
      return { problem: problem('closures', 'deadlines.ui.calendar.problems.lineDate', { line: lineNumber }) }
    }
    if (parsed < from) {
      return {
        problem: problem('closures', 'deadlines.ui.calendar.problems.lineOrder', { line: lineNumber }),
      }
    }
    to = parsed
    index = 2
  }
  let kind: ClosureKind = 'closed'
  const kindText = (parts[index] ?? '').toLowerCase()
  if ((CLOSURE_KINDS as readonly string[]).includes(kindText)) {
    kind = kindText as ClosureKind
    index += 1
  }
  const name = parts.slice(index).filter(Boolean).join(', ').slice(0, MAX_NAME)
  return { closure: { from, to, kind, name: name === '' ? null : name } }
}

/** Checks a school year and returns every problem at once, naming the field (and the line). */
export function checkSchoolYear(draft: SchoolYearDraft): {
  value: SchoolYearDetails | undefined
  problems: Problem[]
} {
  const problems: Problem[] = []
  const firstDay = readDate(draft.firstDay, 'firstDay', problems)
  const lastDay = readDate(draft.lastDay, 'lastDay', problems)
  if (firstDay && lastDay) {
    if (lastDay <= firstDay) problems.push(problem('lastDay', 'deadlines.problems.lastDayBeforeFirstDay'))
    else if (addDays(firstDay, MAX_YEAR_DAYS) < lastDay)
      problems.push(problem('lastDay', 'deadlines.ui.calendar.problems.tooLong'))
  }
  const lines = draft.closures
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
  const closures: Closure[] = []
  if (lines.length > MAX_LINES) {
    problems.push(problem('closures', 'deadlines.ui.calendar.problems.tooManyLines', { max: MAX_LINES }))
  } else {
    lines.forEach((line, index) => {
      // A spreadsheet's header row ("date, kind, name") is skipped.
      if (index === 0 && !/^\d/.test(line)) return
      const read = readClosureLine(line, index + 1)
      if (read.problem) problems.push(read.problem)
      else if (read.closure) {
        if (firstDay && lastDay && (read.closure.to < firstDay || read.closure.from > lastDay)) {
          problems.push(
            problem('closures', 'deadlines.ui.calendar.problems.lineOutside', { line: index + 1 }),
          )
        } else closures.push(read.closure)
      }
    })
  }
  if (problems.length > 0 || !firstDay || !lastDay) return { value: undefined, problems }
  closures.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
  return { value: { firstDay, lastDay, closures }, problems }
}

function readDate(text: string, field: string, problems: Problem[]): LocalDate | undefined {
  const trimmed = text.trim()
  if (trimmed === '') {
    problems.push(problem(field, `deadlines.ui.calendar.problems.${field}Missing`))
    return undefined
  }
  const date = parseLocalDate(trimmed)
  if (date === undefined) problems.push(problem(field, 'deadlines.ui.calendar.problems.dateInvalid'))
  return date
}

/** The closed days as lines of the form, so an edit starts from what was saved. */
export function closuresText(closures: readonly Closure[]): string {
  return closures
    .map((c) => [c.from, ...(c.to === c.from ? [] : [c.to]), c.kind, ...(c.name ? [c.name] : [])].join(', '))
    .join('\n')
}

/** Each day of the closures, weekends included. */
function* closedDates(closures: readonly Closure[], kinds?: readonly ClosureKind[]): Generator<LocalDate> {
  for (const closure of closures) {
    if (kinds && !kinds.includes(closure.kind)) continue
    for (let day = closure.from; day <= closure.to; day = addDays(day, 1)) yield day
  }
}

/** The school year as the deadline engine reads it: weekdays inside the year that the school is closed. */
export function engineCalendar(year: Pick<SchoolYear, 'firstDay' | 'lastDay' | 'closures'>): {
  firstDay: LocalDate
  lastDay: LocalDate
  closedDays: LocalDate[]
} {
  const closedDays = new Set<LocalDate>()
  for (const day of closedDates(year.closures)) {
    if (day >= year.firstDay && day <= year.lastDay && !isWeekend(day)) closedDays.add(day)
  }
  return { firstDay: year.firstDay, lastDay: year.lastDay, closedDays: [...closedDays].sort() }
}

/** Holidays for business-day counts: the days marked `holiday` in every school year. */
export function holidaysOf(years: readonly Pick<SchoolYear, 'closures'>[]): LocalDate[] {
  const days = new Set<LocalDate>()
  for (const year of years) for (const day of closedDates(year.closures, ['holiday'])) days.add(day)
  return [...days].sort()
}
