import { expect, test } from 'vitest'
import { localDate } from '../dates/local-date.ts'
import { checkProgressSeries } from './check-progress-series.ts'
import type { ProgressSeries } from './progress-series.ts'

const valid: ProgressSeries = {
  baseline: { date: localDate('2026-09-01'), value: 40 },
  target: { date: localDate('2027-06-01'), value: 90 },
  direction: 'increase',
  points: [],
}

test('a series with the target after and above the baseline has no problems', () => {
  expect(checkProgressSeries(valid)).toEqual([])
})

test('a goal to hold a level (target equal to baseline) is allowed', () => {
  expect(checkProgressSeries({ ...valid, target: { ...valid.target, value: 40 } })).toEqual([])
})

test.each([
  [
    'the goal date on the baseline date',
    { target: { date: localDate('2026-09-01'), value: 90 } },
    'target.date',
    'progress.problems.targetDateNotAfterBaseline',
  ],
  [
    'a higher-is-better target below the baseline',
    { target: { date: localDate('2027-06-01'), value: 20 } },
    'target.value',
    'progress.problems.targetBelowBaseline',
  ],
  [
    'a lower-is-better target above the baseline',
    { direction: 'decrease' as const },
    'target.value',
    'progress.problems.targetAboveBaseline',
  ],
])('%s is a problem on %s', (_, change, field, message) => {
  expect(checkProgressSeries({ ...valid, ...change })).toEqual([{ field, message }])
})
