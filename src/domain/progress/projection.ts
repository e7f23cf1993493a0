import { fromEpochDay, type LocalDate, localDate, toEpochDay } from '../dates/local-date.ts'
import { dayWhenValue, valueOn } from './line.ts'
import type { DataPoint, Line, ProgressDirection } from './progress-series.ts'

const LAST_WRITABLE_DAY = toEpochDay(localDate('9999-12-31'))

/** The trend line's value on the goal date. */
export function projectedValueAt(trend: Line | null, goalDate: LocalDate): number | null {
  return trend ? valueOn(trend, goalDate) : null
}

/**
 * The first whole day on which the trend line is at or past the target. Null when the line is flat
 * or moves away from the target (it never gets there), or when the day is past 9999-12-31. The day
 * can lie before the latest point: the line already crossed the target there.
 */
export function projectedDateReached(
  trend: Line | null,
  target: DataPoint,
  direction: ProgressDirection,
): LocalDate | null {
  if (!trend) return null
  const better = direction === 'increase' ? 1 : -1
  if (better * trend.slopePerDay <= 0) return null
  const day = dayWhenValue(trend, target.value)
  if (day === null) return null
  // Rounding slack so that a crossing exactly on a day is not pushed to the next.
  const firstDay = Math.ceil(day - 1e-9)
  return firstDay > LAST_WRITABLE_DAY ? null : fromEpochDay(firstDay)
}
