import type { LocalDate } from '../dates/local-date.ts'
import { type Problem, problem } from '../problems.ts'
import { isTimeZone } from './zone-clock.ts'

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const
/** A day of the week; its ISO number (1 = Monday … 7 = Sunday) is its place in WEEKDAYS plus one. */
export type Weekday = (typeof WEEKDAYS)[number]

/**
 * Hours an advocate takes calls every week, on the wall clock of their own time zone.
 * `start` and `end` are `HH:MM` on a 24-hour clock; `end` may be `24:00` (the midnight that ends the day).
 * Hours never run past midnight: hours from 22:00 to 02:00 are written as 22:00–24:00 on one day and
 * 00:00–02:00 on the next, and a call may run across the join.
 */
export interface WeeklyHours {
  readonly day: Weekday
  readonly start: string
  readonly end: string
}

/** A date with no calls at all (a holiday, a day off). */
export interface DayOff {
  readonly date: LocalDate
  readonly available: false
}

/** Hours on one date that replace the weekly hours of that date (extra hours, or different hours). */
export interface DateHours {
  readonly date: LocalDate
  readonly start: string
  readonly end: string
}

export type AvailabilityException = DayOff | DateHours

/** What an advocate publishes so families can book a consultation. Every time is in `timeZone`. */
export interface Availability {
  /** The advocate's IANA time zone, e.g. `America/New_York`. */
  readonly timeZone: string
  readonly weekly: readonly WeeklyHours[]
  /** Dates whose hours differ from the weekly hours. A date with any exception ignores its weekly hours. */
  readonly exceptions: readonly AvailabilityException[]
  /** Meeting lengths offered, in minutes (for example 30 and 60). */
  readonly lengths: readonly number[]
  /** Free minutes kept before and after every booking. */
  readonly bufferMinutes: number
  /** How long before a call it can still be booked, in minutes. */
  readonly minimumNoticeMinutes: number
  /** How many calendar days of calls are open, today (in the advocate's zone) included. */
  readonly horizonDays: number
  /** At most this many bookings may start on one date of the advocate's calendar. */
  readonly maxPerDay: number
}

/** The ranges the numbers of an availability must fall in (whole numbers). */
export const AVAILABILITY_LIMITS = {
  length: { minimum: 5, maximum: 480 },
  bufferMinutes: { minimum: 0, maximum: 240 },
  minimumNoticeMinutes: { minimum: 0, maximum: 43_200 },
  horizonDays: { minimum: 1, maximum: 365 },
  maxPerDay: { minimum: 1, maximum: 100 },
} as const

export function isDayOff(exception: AvailabilityException): exception is DayOff {
  return 'available' in exception
}

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

/** Minutes after midnight for `HH:MM` (00:00–23:59), or undefined. */
export function parseStartTime(text: string): number | undefined {
  const match = WALL_TIME.exec(text)
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined
}

/** Like parseStartTime, and `24:00` (1440) is allowed: hours may end at the midnight that ends the day. */
export function parseEndTime(text: string): number | undefined {
  return text === '24:00' ? 1440 : parseStartTime(text)
}

/** ISO weekday number (1 = Monday) of a weekday name. */
export function weekdayNumber(day: Weekday): number {
  return WEEKDAYS.indexOf(day) + 1
}

interface Hours {
  readonly index: number
  readonly start: number
  readonly end: number
  readonly text: { readonly start: string; readonly end: string }
}

/**
 * Every problem with an availability, each naming its field under `field` (for example
 * `availability.weekly[2].end`). Messages are keys under `booking.problems`.
 */
export function checkAvailability(availability: Availability, field = 'availability'): Problem[] {
  const problems: Problem[] = []
  if (!isTimeZone(availability.timeZone))
    problems.push(problem(`${field}.timeZone`, 'booking.problems.timeZone'))

  const weeklyByDay = new Map<Weekday, Hours[]>()
  availability.weekly.forEach((hours, index) => {
    const checked = checkHours(hours, `${field}.weekly[${index}]`, index, problems)
    if (checked) weeklyByDay.set(hours.day, [...(weeklyByDay.get(hours.day) ?? []), checked])
  })
  for (const list of weeklyByDay.values()) {
    reportOverlaps(
      list,
      (index) => `${field}.weekly[${index}].start`,
      'booking.problems.weeklyOverlap',
      problems,
    )
  }

  const hoursByDate = new Map<string, Hours[]>()
  const dayOffDates = new Set<string>()
  availability.exceptions.forEach((exception, index) => {
    if (isDayOff(exception)) {
      dayOffDates.add(exception.date)
      return
    }
    const checked = checkHours(exception, `${field}.exceptions[${index}]`, index, problems)
    if (checked) hoursByDate.set(exception.date, [...(hoursByDate.get(exception.date) ?? []), checked])
  })
  for (const [date, list] of hoursByDate) {
    if (dayOffDates.has(date)) {
      for (const hours of list) {
        problems.push(problem(`${field}.exceptions[${hours.index}].date`, 'booking.problems.dayOffWithHours'))
      }
    }
    reportOverlaps(
      list,
      (index) => `${field}.exceptions[${index}].start`,
      'booking.problems.exceptionOverlap',
      problems,
    )
  }

  checkLengths(availability.lengths, `${field}.lengths`, problems)
  for (const name of ['bufferMinutes', 'minimumNoticeMinutes', 'horizonDays', 'maxPerDay'] as const) {
    checkWholeNumber(availability[name], AVAILABILITY_LIMITS[name], `${field}.${name}`, problems)
  }
  return problems
}

function checkHours(
  hours: { readonly start: string; readonly end: string },
  field: string,
  index: number,
  problems: Problem[],
): Hours | undefined {
  const start = parseStartTime(hours.start)
  const end = parseEndTime(hours.end)
  if (start === undefined) problems.push(problem(`${field}.start`, 'booking.problems.startTime'))
  if (end === undefined) problems.push(problem(`${field}.end`, 'booking.problems.endTime'))
  if (start === undefined || end === undefined) return undefined
  if (end <= start) {
    problems.push(problem(`${field}.end`, 'booking.problems.endNotAfterStart'))
    return undefined
  }
  return { index, start, end, text: { start: hours.start, end: hours.end } }
}

/** Each entry that overlaps an entry listed before it is reported once, naming the earlier hours. */
function reportOverlaps(
  list: readonly Hours[],
  fieldOf: (index: number) => string,
  key: string,
  problems: Problem[],
): void {
  list.forEach((hours, position) => {
    const earlier = list
      .slice(0, position)
      .find((other) => other.start < hours.end && hours.start < other.end)
    if (earlier) problems.push(problem(fieldOf(hours.index), key, earlier.text))
  })
}

function checkLengths(lengths: readonly number[], field: string, problems: Problem[]): void {
  if (lengths.length === 0) problems.push(problem(field, 'booking.problems.lengthsEmpty'))
  lengths.forEach((length, index) => {
    checkWholeNumber(length, AVAILABILITY_LIMITS.length, `${field}[${index}]`, problems)
    if (lengths.indexOf(length) < index)
      problems.push(problem(`${field}[${index}]`, 'booking.problems.lengthTwice'))
  })
}

function checkWholeNumber(
  value: number,
  limits: { readonly minimum: number; readonly maximum: number },
  field: string,
  problems: Problem[],
): void {
  if (!Number.isInteger(value) || value < limits.minimum || value > limits.maximum) {
    problems.push(problem(field, 'booking.problems.wholeNumber', { ...limits }))
  }
}
