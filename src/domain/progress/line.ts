import { type LocalDate, toEpochDay } from '../dates/local-date.ts'
import type { Line } from './progress-series.ts'

const DAYS_PER_WEEK = 7

/** The line's value on a calendar day. */
export function valueOn(line: Line, date: LocalDate): number {
  return valueAtDay(line, toEpochDay(date))
}

/** The line's value on an epoch day (see toEpochDay); days may be fractional. */
export function valueAtDay(line: Line, epochDay: number): number {
  return line.valueAtOrigin + line.slopePerDay * (epochDay - line.originDay)
}

/** Change per 7 calendar days (not school days: the IEP year runs on the calendar). */
export function slopePerWeek(line: Line): number {
  return line.slopePerDay * DAYS_PER_WEEK
}

/** The (fractional) epoch day on which the line reaches `value`; null for a flat line. */
export function dayWhenValue(line: Line, value: number): number | null {
  if (line.slopePerDay === 0) return null
  return line.originDay + (value - line.valueAtOrigin) / line.slopePerDay
}
