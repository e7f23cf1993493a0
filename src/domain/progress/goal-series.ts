import type { LocalDate } from '../dates/local-date.ts'
import type { Goal } from '../plans/plan.ts'
import { checkProgressSeries } from './check-progress-series.ts'
import type { ProgressNote, ProgressPoint } from './progress-point.ts'
import type { Decision, ProgressSeries } from './progress-series.ts'

/**
 * Turns a plan goal and its recorded points into the series the analysis reads. The aim line runs
 * from the goal's starting level on the day the plan starts to its target on the day the plan ends
 * (an IEP's annual goals are what the child can reach in a year, 34 CFR 300.320(a)(2)(i)).
 */

/** What is missing before an aim line can be drawn, named so a page can say what to add. */
export const SERIES_GAPS = [
  'baseline-value',
  'target-value',
  'start-date',
  'end-date',
  'dates-order',
  'target-side',
] as const
export type SeriesGap = (typeof SERIES_GAPS)[number]

export interface GoalPlanDates {
  readonly start?: LocalDate | undefined
  readonly end?: LocalDate | undefined
}

export type GoalSeries =
  | { readonly ok: true; readonly series: ProgressSeries }
  | { readonly ok: false; readonly gaps: readonly SeriesGap[] }

/** Builds the series, or names every gap that keeps it from being analysed. */
export function goalSeries(
  goal: Goal,
  dates: GoalPlanDates,
  points: readonly ProgressPoint[],
  notes: readonly ProgressNote[] = [],
): GoalSeries {
  const gaps: SeriesGap[] = []
  if (goal.baselineValue === undefined) gaps.push('baseline-value')
  if (goal.targetValue === undefined) gaps.push('target-value')
  if (!dates.start) gaps.push('start-date')
  if (!dates.end) gaps.push('end-date')
  if (goal.baselineValue === undefined || goal.targetValue === undefined || !dates.start || !dates.end) {
    return { ok: false, gaps }
  }
  const series: ProgressSeries = {
    baseline: { date: dates.start, value: goal.baselineValue },
    target: { date: dates.end, value: goal.targetValue },
    direction: goal.direction ?? (goal.targetValue < goal.baselineValue ? 'decrease' : 'increase'),
    points: points.map((p) => ({ date: p.measuredOn, value: p.value })),
    phaseChanges: notes.filter((n) => n.kind === 'phase-change').map((n) => n.notedOn),
  }
  for (const found of checkProgressSeries(series)) {
    gaps.push(found.field === 'target.date' ? 'dates-order' : 'target-side')
  }
  return gaps.length > 0 ? { ok: false, gaps } : { ok: true, series }
}

/** The three answers a family needs first; each decision falls in one. */
export const PROGRESS_STATUSES = ['on-track', 'not-on-track', 'too-little-data', 'no-aim-line'] as const
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number]

/**
 * On track: on track, ahead (raise the goal) or met. Not on track: the data say change the
 * teaching. Too little data: fewer than 4 points since the last change.
 */
export function statusOfDecision(decision: Decision | null): ProgressStatus {
  if (decision === null) return 'no-aim-line'
  if (decision === 'change-instruction') return 'not-on-track'
  if (decision === 'not-enough-data') return 'too-little-data'
  return 'on-track'
}
