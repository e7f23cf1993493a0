import { type Problem, problem } from '../problems.ts'
import type { ProgressSeries } from './progress-series.ts'

/**
 * What must hold before a series can be analysed. Each problem names its field and a catalog key
 * under progress.problems.
 */
export function checkProgressSeries(series: ProgressSeries): Problem[] {
  const problems: Problem[] = []
  if (series.target.date <= series.baseline.date) {
    problems.push(problem('target.date', 'progress.problems.targetDateNotAfterBaseline'))
  }
  if (series.direction === 'increase' && series.target.value < series.baseline.value) {
    problems.push(problem('target.value', 'progress.problems.targetBelowBaseline'))
  }
  if (series.direction === 'decrease' && series.target.value > series.baseline.value) {
    problems.push(problem('target.value', 'progress.problems.targetAboveBaseline'))
  }
  return problems
}
