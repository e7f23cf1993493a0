import type { LocalDate } from '../dates/local-date.ts'
import type { Message } from '../messages.ts'

/**
 * A goal's progress data and what the analysis says about it. Progress toward each annual goal is
 * measured as the IEP says and reported to the family (34 CFR 300.320(a)(3)); this is the math a
 * parent can use to see whether the numbers match the report.
 */

/** One measurement: the day it was taken and the score. */
export interface DataPoint {
  readonly date: LocalDate
  readonly value: number
}

/** Whether a higher or a lower score is better (errors and behaviors go down). */
export type ProgressDirection = 'increase' | 'decrease'

/** The trend lines on offer. */
export const TREND_METHODS = ['least-squares', 'split-middle'] as const
/** Ordinary least squares, or Tukey's resistant three-group line (less pulled by one odd score). */
export type TrendMethod = (typeof TREND_METHODS)[number]

export interface ProgressSeries {
  /** Where the child started, on the day the goal began. */
  readonly baseline: DataPoint
  /** The score the goal aims for and the goal date. */
  readonly target: DataPoint
  readonly direction: ProgressDirection
  readonly points: readonly DataPoint[]
  /** Days the instruction changed. The trend uses only the points on or after the last one. */
  readonly phaseChanges?: readonly LocalDate[]
}

/** What the data say: the five decisions, as the API names them. */
export const DECISIONS = [
  'not-enough-data',
  'goal-met',
  'change-instruction',
  'raise-goal',
  'on-track',
] as const
export type Decision = (typeof DECISIONS)[number]

/**
 * A straight line over calendar days: value(day) = valueAtOrigin + slopePerDay × (day − originDay),
 * where days are epoch days (see toEpochDay). Keeping an origin near the data keeps the math exact
 * enough with ordinary floating point.
 */
export interface Line {
  readonly slopePerDay: number
  readonly originDay: number
  readonly valueAtOrigin: number
}

export interface ProgressAnalysis {
  readonly aimLine: Line
  /** null when fewer than two dates (least squares) or three points (split-middle) are in the phase. */
  readonly trendLine: Line | null
  readonly trendMethod: TrendMethod
  /** Change per 7 calendar days. */
  readonly aimSlopePerWeek: number
  readonly trendSlopePerWeek: number | null
  readonly decision: Decision
  /** The rule that decided, in words the family can read. */
  readonly rule: Message
  /** The trend line's value on the goal date; null without a trend. */
  readonly projectedValueAtGoalDate: number | null
  /** The first day the trend line reaches the target; null when it never does (flat or moving away). */
  readonly projectedDateTargetReached: LocalDate | null
  /** The points the trend and the decision rules used: those on or after the last phase change. */
  readonly phasePoints: readonly DataPoint[]
  /** The last phase change, or null when instruction never changed. */
  readonly phaseStart: LocalDate | null
}
