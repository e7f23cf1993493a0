import { toEpochDay } from '../dates/local-date.ts'
import type { DataPoint, Line } from './progress-series.ts'

/**
 * The aim line (goal line): straight from the baseline score on the day the goal began to the
 * target score on the goal date. The target must come after the baseline (checkProgressSeries).
 */
export function aimLine(baseline: DataPoint, target: DataPoint): Line {
  const from = toEpochDay(baseline.date)
  const days = toEpochDay(target.date) - from
  return {
    slopePerDay: (target.value - baseline.value) / days,
    originDay: from,
    valueAtOrigin: baseline.value,
  }
}
