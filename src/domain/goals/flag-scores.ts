import { GOAL_FLAGS, type GoalFlag } from './goal-check.ts'

/**
 * Precision and recall of each flag over a labelled set of goals: how often a raised flag was right
 * (precision) and how many of the flags a careful reader would raise were raised (recall).
 */
export interface FlagScore {
  readonly flag: GoalFlag
  readonly truePositives: number
  readonly falsePositives: number
  readonly falseNegatives: number
  readonly trueNegatives: number
  /** null when the flag was never raised (0 / 0). */
  readonly precision: number | null
  /** null when the flag was never expected (0 / 0). */
  readonly recall: number | null
}

export interface LabelledResult {
  readonly expected: readonly GoalFlag[]
  readonly actual: readonly GoalFlag[]
}

/** One score per flag, in the order of GOAL_FLAGS. */
export function scoreFlags(results: readonly LabelledResult[]): FlagScore[] {
  return GOAL_FLAGS.map((flag) => {
    let tp = 0
    let fp = 0
    let fn = 0
    let tn = 0
    for (const { expected, actual } of results) {
      const wanted = expected.includes(flag)
      const raised = actual.includes(flag)
      if (wanted && raised) tp += 1
      else if (raised) fp += 1
      else if (wanted) fn += 1
      else tn += 1
    }
    return {
      flag,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      trueNegatives: tn,
      precision: tp + fp === 0 ? null : tp / (tp + fp),
      recall: tp + fn === 0 ? null : tp / (tp + fn),
    }
  })
}
