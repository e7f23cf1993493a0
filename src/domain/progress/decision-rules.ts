import type { LocalDate } from '../dates/local-date.ts'
import { type Message, message } from '../messages.ts'
import { slopePerWeek, valueOn } from './line.ts'
import type { DataPoint, Decision, Line, ProgressDirection } from './progress-series.ts'

/**
 * The data-based decision rules, with the numbers written down once. docs/progress.md explains each
 * rule and why they are checked in this order.
 */
export const DECISION_RULES = {
  /** Fewer points than this since the last phase change: no decision yet. */
  minimumPoints: 4,
  /** The four-point rule looks at this many of the latest points. */
  runLength: 4,
  /** The trend-line rule needs at least this many points. */
  trendRuleMinimumPoints: 8,
  /** Slopes within this share of the aim slope count as equal (10%, inclusive). */
  slopeTolerance: 0.1,
  /** This many latest points at or past the target: the goal is met. */
  goalMetPoints: 3,
} as const

/** Catalog keys (src/i18n/<lang>/progress.ts) of each decision's short label. */
export const DECISION_LABEL_KEYS: Readonly<Record<Decision, string>> = {
  'not-enough-data': 'progress.decisions.notEnoughData',
  'goal-met': 'progress.decisions.goalMet',
  'change-instruction': 'progress.decisions.changeInstruction',
  'raise-goal': 'progress.decisions.raiseGoal',
  'on-track': 'progress.decisions.onTrack',
}

export interface DecisionInput {
  readonly direction: ProgressDirection
  readonly target: DataPoint
  readonly aim: Line
  readonly trend: Line | null
  /** Every point, oldest first. */
  readonly points: readonly DataPoint[]
  /** The points since the last phase change, oldest first. */
  readonly phasePoints: readonly DataPoint[]
  readonly phaseStart: LocalDate | null
}

export interface DecisionResult {
  readonly decision: Decision
  readonly rule: Message
}

type Side = 'worse' | 'better' | 'mixed'

/**
 * Decides what the data say, in this order:
 * 1. goal met — the latest 3 points (all phases) are at or past the target;
 * 2. not enough data — fewer than 4 points since the last phase change;
 * 3. with 8 or more points: the trend slope against the aim slope (within 10% = equal), read
 *    together with where the latest 4 points sit; when the two point different ways, keep going;
 * 4. the four-point rule: the latest 4 points all on the worse side → change instruction, all on
 *    the better side → raise the goal;
 * 5. otherwise on track.
 */
export function decide(input: DecisionInput): DecisionResult {
  const { direction, target, phasePoints } = input
  const better = direction === 'increase' ? 1 : -1

  const latest = input.points.slice(-DECISION_RULES.goalMetPoints)
  if (
    latest.length === DECISION_RULES.goalMetPoints &&
    latest.every((p) => better * (p.value - target.value) >= 0)
  ) {
    return { decision: 'goal-met', rule: message('progress.rules.goalMet', { target: target.value }) }
  }

  if (phasePoints.length < DECISION_RULES.minimumPoints) {
    const rule = input.phaseStart
      ? message('progress.rules.notEnoughDataSinceChange', {
          count: phasePoints.length,
          date: { date: input.phaseStart },
        })
      : message('progress.rules.notEnoughData', { count: phasePoints.length })
    return { decision: 'not-enough-data', rule }
  }

  const side = latestSide(input.aim, phasePoints.slice(-DECISION_RULES.runLength), better)

  if (phasePoints.length >= DECISION_RULES.trendRuleMinimumPoints && input.trend) {
    const verdict = compareSlopes(input.trend, input.aim, better)
    if (verdict !== 'equal') {
      const slopes = {
        trend: rounded(slopePerWeek(input.trend)),
        aim: rounded(slopePerWeek(input.aim)),
      }
      if (verdict === 'worse' && side === 'better') {
        return { decision: 'on-track', rule: message('progress.rules.aheadButSlowing', slopes) }
      }
      if (verdict === 'better' && side === 'worse') {
        return { decision: 'on-track', rule: message('progress.rules.behindButCatchingUp', slopes) }
      }
      return verdict === 'worse'
        ? { decision: 'change-instruction', rule: message('progress.rules.trendSlower', slopes) }
        : { decision: 'raise-goal', rule: message('progress.rules.trendFaster', slopes) }
    }
  }

  if (side === 'worse') {
    const key =
      direction === 'increase' ? 'progress.rules.fourBelowAim' : 'progress.rules.fourAboveAimLowerIsBetter'
    return { decision: 'change-instruction', rule: message(key, { count: DECISION_RULES.runLength }) }
  }
  if (side === 'better') {
    const key =
      direction === 'increase' ? 'progress.rules.fourAboveAim' : 'progress.rules.fourBelowAimLowerIsBetter'
    return { decision: 'raise-goal', rule: message(key, { count: DECISION_RULES.runLength }) }
  }

  if (
    phasePoints.length >= DECISION_RULES.trendRuleMinimumPoints &&
    input.trend &&
    input.aim.slopePerDay !== 0
  ) {
    return {
      decision: 'on-track',
      rule: message('progress.rules.trendMatches', {
        trend: rounded(slopePerWeek(input.trend)),
        aim: rounded(slopePerWeek(input.aim)),
      }),
    }
  }
  return {
    decision: 'on-track',
    rule: message('progress.rules.onTrack', { count: DECISION_RULES.runLength }),
  }
}

/**
 * Where the latest points sit against the aim line. A point exactly on the line (to a billionth)
 * is on neither side, so it breaks a run.
 */
function latestSide(aim: Line, latest: readonly DataPoint[], better: number): Side {
  let worse = 0
  let ahead = 0
  for (const point of latest) {
    const expected = valueOn(aim, point.date)
    const gap = better * (point.value - expected)
    const tolerance = 1e-9 * Math.max(1, Math.abs(expected))
    if (gap > tolerance) ahead += 1
    else if (gap < -tolerance) worse += 1
  }
  if (worse === latest.length) return 'worse'
  if (ahead === latest.length) return 'better'
  return 'mixed'
}

/**
 * The trend slope against the aim slope. Within 10% of the aim slope (inclusive) counts as equal.
 * A flat aim line (a goal to hold a level) gives no tolerance to compare with, so it always counts
 * as equal and the four-point rule decides.
 */
function compareSlopes(trend: Line, aim: Line, better: number): 'worse' | 'better' | 'equal' {
  if (aim.slopePerDay === 0) return 'equal'
  const tolerance = DECISION_RULES.slopeTolerance * Math.abs(aim.slopePerDay)
  const gap = better * (trend.slopePerDay - aim.slopePerDay)
  // A hair of slack so that exactly 10% is "equal" despite floating point.
  const slack = 1e-12 * Math.abs(aim.slopePerDay)
  if (gap < -tolerance - slack) return 'worse'
  if (gap > tolerance + slack) return 'better'
  return 'equal'
}

/** Two decimals, for numbers shown in a sentence. */
function rounded(value: number): number {
  return Math.round(value * 100) / 100
}
