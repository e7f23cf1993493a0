import { compareDates, type LocalDate, maxDate } from '../dates/local-date.ts'
import { aimLine } from './aim-line.ts'
import { decide } from './decision-rules.ts'
import { slopePerWeek } from './line.ts'
import type { ProgressAnalysis, ProgressSeries, TrendMethod } from './progress-series.ts'
import { projectedDateReached, projectedValueAt } from './projection.ts'
import { leastSquaresLine, splitMiddleLine } from './trend-line.ts'

export interface AnalyzeOptions {
  /** Least squares unless asked otherwise. */
  readonly trendMethod?: TrendMethod
}

/**
 * Aim line, trend line, decision and projection for one goal's data. The series must pass
 * checkProgressSeries. Points may come in any order; the trend uses the points on or after the
 * last phase change (a point on the day of the change belongs to the new phase).
 */
export function analyzeProgress(series: ProgressSeries, options: AnalyzeOptions = {}): ProgressAnalysis {
  const trendMethod = options.trendMethod ?? 'least-squares'
  // Scores on the same day are ordered better first, worse last: the answer never depends on the
  // order they were typed in, and a goal is never called met on the better of two same-day scores.
  const better = series.direction === 'increase' ? 1 : -1
  const points = [...series.points].sort(
    (a, b) => compareDates(a.date, b.date) || better * (b.value - a.value),
  )
  const phaseStart = lastPhaseChange(series.phaseChanges)
  const phasePoints = phaseStart === null ? points : points.filter((p) => p.date >= phaseStart)

  const aim = aimLine(series.baseline, series.target)
  const trend = trendMethod === 'split-middle' ? splitMiddleLine(phasePoints) : leastSquaresLine(phasePoints)
  const { decision, rule } = decide({
    direction: series.direction,
    target: series.target,
    aim,
    trend,
    points,
    phasePoints,
    phaseStart,
  })

  return {
    aimLine: aim,
    trendLine: trend,
    trendMethod,
    aimSlopePerWeek: slopePerWeek(aim),
    trendSlopePerWeek: trend ? slopePerWeek(trend) : null,
    decision,
    rule,
    projectedValueAtGoalDate: projectedValueAt(trend, series.target.date),
    projectedDateTargetReached: projectedDateReached(trend, series.target, series.direction),
    phasePoints,
    phaseStart,
  }
}

function lastPhaseChange(changes: readonly LocalDate[] | undefined): LocalDate | null {
  if (!changes || changes.length === 0) return null
  return changes.reduce((latest, date) => maxDate(latest, date))
}
