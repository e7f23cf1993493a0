import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { addDays, type LocalDate, localDate } from '../dates/local-date.ts'
import { analyzeProgress } from './analyze-progress.ts'
import { type DataPoint, DECISIONS, type ProgressSeries } from './progress-series.ts'

const START = localDate('2026-09-07')
const week = (n: number): LocalDate => addDays(START, 7 * n)

/** Aim: 0 on START to 100 a hundred weeks later, exactly 1 a week; scores given for weeks 1, 2, 3 … */
function rising(values: readonly number[], extra: Partial<ProgressSeries> = {}): ProgressSeries {
  return {
    baseline: { date: START, value: 0 },
    target: { date: week(100), value: 100 },
    direction: 'increase',
    points: values.map((value, i) => ({ date: week(i + 1), value })),
    ...extra,
  }
}

/** Scores on the line v = slope × week + offset, for weeks 1 … n. */
function onLine(n: number, slope: number, offset: number): number[] {
  return Array.from({ length: n }, (_, i) => slope * (i + 1) + offset)
}

describe('not enough data', () => {
  test('no points: no trend, no projection, and the rule says how many there are', () => {
    const analysis = analyzeProgress(rising([]))
    expect(analysis.decision).toBe('not-enough-data')
    expect(analysis.rule).toEqual({ key: 'progress.rules.notEnoughData', params: { count: 0 } })
    expect(analysis.trendLine).toBeNull()
    expect(analysis.trendSlopePerWeek).toBeNull()
    expect(analysis.projectedValueAtGoalDate).toBeNull()
    expect(analysis.projectedDateTargetReached).toBeNull()
  })

  test('a single point has an aim line but no trend', () => {
    const analysis = analyzeProgress(rising([3]))
    expect(analysis.decision).toBe('not-enough-data')
    expect(analysis.aimSlopePerWeek).toBeCloseTo(1, 12)
    expect(analysis.trendLine).toBeNull()
  })

  test('three points are not enough (unless they meet the goal)', () => {
    expect(analyzeProgress(rising([1, 2, 3])).rule).toEqual({
      key: 'progress.rules.notEnoughData',
      params: { count: 3 },
    })
  })
})

describe('goal met', () => {
  test('the last three points at or past the target meet the goal, even with only three points', () => {
    const analysis = analyzeProgress(rising([100, 104, 100]))
    expect(analysis.decision).toBe('goal-met')
    expect(analysis.rule).toEqual({ key: 'progress.rules.goalMet', params: { target: 100 } })
  })

  test('goal met comes before every other rule', () => {
    expect(analyzeProgress(rising([...onLine(7, 1, -3), 100, 101, 102])).decision).toBe('goal-met')
  })

  test('two of the last three at the target are not enough', () => {
    expect(analyzeProgress(rising([1, 2, 100, 99, 100])).decision).not.toBe('goal-met')
  })
})

describe('the four-point rule (4 to 7 points)', () => {
  test('the last four below the aim line: change the teaching', () => {
    const analysis = analyzeProgress(rising(onLine(5, 1, -1)))
    expect(analysis.decision).toBe('change-instruction')
    expect(analysis.rule).toEqual({ key: 'progress.rules.fourBelowAim', params: { count: 4 } })
  })

  test('the last four above the aim line: raise the goal', () => {
    const analysis = analyzeProgress(rising(onLine(5, 1, 1)))
    expect(analysis.decision).toBe('raise-goal')
    expect(analysis.rule).toEqual({ key: 'progress.rules.fourAboveAim', params: { count: 4 } })
  })

  test('only the latest four count: an early run below does not decide', () => {
    expect(analyzeProgress(rising([0, 0, 0, 0, 6, 5, 8])).decision).toBe('on-track')
  })

  test('a point exactly on the aim line (a tie) breaks the run', () => {
    const analysis = analyzeProgress(rising([0, 1, 2, 4, 4]))
    expect(analysis.decision).toBe('on-track')
    expect(analysis.rule).toEqual({ key: 'progress.rules.onTrack', params: { count: 4 } })
  })
})

describe('the trend-line rule (8 or more points), with a 10% tolerance', () => {
  // Each series crosses the aim line between weeks 6 and 7, so the four-point rule cannot decide.
  test.each([
    ['exactly 10% slower counts as equal', 0.9, 0.65, 'on-track', 'progress.rules.trendMatches'],
    ['11% slower: change the teaching', 0.89, 0.715, 'change-instruction', 'progress.rules.trendSlower'],
    ['exactly 10% faster counts as equal', 1.1, -0.65, 'on-track', 'progress.rules.trendMatches'],
    ['11% faster: raise the goal', 1.11, -0.715, 'raise-goal', 'progress.rules.trendFaster'],
  ])('%s', (_, slope, offset, decision, key) => {
    const analysis = analyzeProgress(rising(onLine(8, slope, offset)))
    expect(analysis.trendSlopePerWeek).toBeCloseTo(slope, 9)
    expect(analysis.decision).toBe(decision)
    expect(analysis.rule.key).toBe(key)
    expect(analysis.rule.params).toEqual({ trend: slope, aim: 1 })
  })

  test('a flat series: trend 0 against aim 1 a week, change the teaching; it never reaches the target', () => {
    const analysis = analyzeProgress(rising(Array(8).fill(2)))
    expect(analysis.trendSlopePerWeek).toBe(0)
    expect(analysis.decision).toBe('change-instruction')
    expect(analysis.rule.key).toBe('progress.rules.trendSlower')
    expect(analysis.projectedValueAtGoalDate).toBe(2)
    expect(analysis.projectedDateTargetReached).toBeNull()
  })

  test('same speed as the aim line but behind it: the four-point rule says change the teaching', () => {
    const analysis = analyzeProgress(rising(onLine(8, 1, -3)))
    expect(analysis.decision).toBe('change-instruction')
    expect(analysis.rule.key).toBe('progress.rules.fourBelowAim')
  })

  test('behind the aim line but catching up fast: keep going', () => {
    const analysis = analyzeProgress(rising(onLine(8, 1.5, -10)))
    expect(analysis.decision).toBe('on-track')
    expect(analysis.rule).toEqual({
      key: 'progress.rules.behindButCatchingUp',
      params: { trend: 1.5, aim: 1 },
    })
  })

  test('ahead of the aim line but slowing: keep going', () => {
    const analysis = analyzeProgress(rising(onLine(8, 0.5, 10)))
    expect(analysis.decision).toBe('on-track')
    expect(analysis.rule.key).toBe('progress.rules.aheadButSlowing')
  })

  test('a goal to hold a level (flat aim line) is judged by the four-point rule only', () => {
    const hold = rising([50, 52, 49, 51, 50, 48, 53, 47, 49, 51], {
      baseline: { date: START, value: 50 },
      target: { date: week(100), value: 50 },
    })
    expect(analyzeProgress(hold).decision).toBe('on-track')
    expect(analyzeProgress(hold).rule.key).toBe('progress.rules.onTrack')
  })
})

describe('goals where lower is better', () => {
  /** Aim: 10 incidents a week on START down to 2 forty weeks later, 0.2 fewer each week. */
  function falling(values: readonly number[]): ProgressSeries {
    return {
      baseline: { date: START, value: 10 },
      target: { date: week(40), value: 2 },
      direction: 'decrease',
      points: values.map((value, i) => ({ date: week(i + 1), value })),
    }
  }

  test('the aim line falls 0.2 a week', () => {
    expect(analyzeProgress(falling([])).aimSlopePerWeek).toBeCloseTo(-0.2, 12)
  })

  test('four points above the aim line are the worse side: change the teaching', () => {
    const analysis = analyzeProgress(falling([10, 10, 10, 10, 10]))
    expect(analysis.decision).toBe('change-instruction')
    expect(analysis.rule.key).toBe('progress.rules.fourAboveAimLowerIsBetter')
  })

  test('four points below the aim line are the better side: raise the goal', () => {
    const analysis = analyzeProgress(falling([8, 8, 7, 7, 6]))
    expect(analysis.decision).toBe('raise-goal')
    expect(analysis.rule.key).toBe('progress.rules.fourBelowAimLowerIsBetter')
  })

  test('a slower fall than planned (−0.1 against −0.2 a week) means change the teaching', () => {
    const analysis = analyzeProgress(falling(onLine(8, -0.1, 10)))
    expect(analysis.trendSlopePerWeek).toBeCloseTo(-0.1, 9)
    expect(analysis.decision).toBe('change-instruction')
    expect(analysis.rule.key).toBe('progress.rules.trendSlower')
  })

  test('the last three at or below the target meet the goal', () => {
    expect(analyzeProgress(falling([5, 2, 1, 2])).decision).toBe('goal-met')
  })

  test('the target is reached when the falling trend gets down to it', () => {
    // Trend 10 − 0.5 × week reaches 2 at week 16.
    const analysis = analyzeProgress(falling(onLine(5, -0.5, 10)))
    expect(analysis.projectedDateTargetReached).toBe(week(16))
    expect(analysis.projectedValueAtGoalDate).toBeCloseTo(-10, 9)
  })
})

describe('phase changes', () => {
  const before = [0, 0, 0, 0, 0, 0]
  const after = [7.5, 8.5, 9.5, 10.5]

  test('the trend uses only the points since the last change', () => {
    const analysis = analyzeProgress(rising([...before, ...after], { phaseChanges: [week(3), week(7)] }))
    expect(analysis.phaseStart).toBe(week(7))
    expect(analysis.phasePoints).toHaveLength(4)
    expect(analysis.trendSlopePerWeek).toBeCloseTo(1, 12)
    expect(analysis.decision).toBe('raise-goal')
  })

  test('without the change the same points tell a different story', () => {
    const analysis = analyzeProgress(rising([...before, ...after]))
    expect(analysis.trendSlopePerWeek).not.toBeCloseTo(1, 2)
    expect(analysis.phasePoints).toHaveLength(10)
  })

  test('a point on the day of the change belongs to the new phase', () => {
    const analysis = analyzeProgress(rising([...before, ...after], { phaseChanges: [week(8)] }))
    expect(analysis.phasePoints.map((p) => p.date)).toEqual([week(8), week(9), week(10)])
  })

  test('too few points since the change: not enough data, naming the day it changed', () => {
    const analysis = analyzeProgress(rising([...before, 7.5, 8.5], { phaseChanges: [week(7)] }))
    expect(analysis.decision).toBe('not-enough-data')
    expect(analysis.rule).toEqual({
      key: 'progress.rules.notEnoughDataSinceChange',
      params: { count: 2, date: { date: week(7) } },
    })
  })
})

describe('projection', () => {
  test('value at the goal date and the first day the trend reaches the target', () => {
    // Trend 2 × week: 200 at week 100; 100 at week 50.
    const analysis = analyzeProgress(rising(onLine(4, 2, 0)))
    expect(analysis.projectedValueAtGoalDate).toBeCloseTo(200, 9)
    expect(analysis.projectedDateTargetReached).toBe(week(50))
  })

  test('a crossing part-way through a day is reported on the next whole day', () => {
    // Trend 3 × week reaches 100 at day 233⅓.
    expect(analyzeProgress(rising(onLine(4, 3, 0))).projectedDateTargetReached).toBe(addDays(START, 234))
  })

  test('a trend moving away from the target never reaches it', () => {
    expect(analyzeProgress(rising(onLine(4, -1, 10))).projectedDateTargetReached).toBeNull()
  })

  test('a crossing too far away to write as a date is reported as never', () => {
    expect(analyzeProgress(rising(onLine(4, 1e-9, 0))).projectedDateTargetReached).toBeNull()
  })

  test('a trend already past the target gives the day it crossed, before the latest point', () => {
    const analysis = analyzeProgress(rising([120, 130, 140, 150].map((v) => v - 40)))
    expect(analysis.projectedDateTargetReached).toBe(week(3))
  })
})

describe('scores on the same day', () => {
  test('the worse of two same-day scores counts as the later one, whatever order they came in', () => {
    const points = [0, 100, 100, 100].map((value, i) => ({ date: week(Math.max(i, 1) + 95), value }))
    const series = rising([], { points: [points[0], points[1], points[2], points[3]] as DataPoint[] })
    // Week 96 holds 0 and 100; weeks 97 and 98 hold 100. Worse last: 100, 0 | 100, 100 → not met.
    expect(analyzeProgress(series).decision).not.toBe('goal-met')
    expect(analyzeProgress({ ...series, points: [...series.points].reverse() }).decision).not.toBe('goal-met')
  })
})

describe('the robust trend option', () => {
  test('split-middle is used when asked for, and ignores one wild score', () => {
    const series = rising([1, 2, 30, 4, 5, 6])
    const robust = analyzeProgress(series, { trendMethod: 'split-middle' })
    expect(robust.trendMethod).toBe('split-middle')
    expect(robust.trendSlopePerWeek).toBeCloseTo(1, 12)
    expect(analyzeProgress(series).trendMethod).toBe('least-squares')
  })
})

describe('properties', () => {
  const arbitrarySeries = fc
    .record({
      direction: fc.constantFrom('increase' as const, 'decrease' as const),
      points: fc.array(
        fc.record({ day: fc.integer({ min: 1, max: 300 }), value: fc.integer({ min: -20, max: 120 }) }),
        { maxLength: 20 },
      ),
      change: fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }),
    })
    .map(({ direction, points, change }): ProgressSeries => {
      const increase = direction === 'increase'
      return {
        baseline: { date: START, value: increase ? 10 : 90 },
        target: { date: addDays(START, 280), value: increase ? 90 : 10 },
        direction,
        points: points.map((p): DataPoint => ({ date: addDays(START, p.day), value: p.value })),
        ...(change === undefined ? {} : { phaseChanges: [addDays(START, change)] }),
      }
    })

  test('the order the points arrive in does not change the analysis', () => {
    fc.assert(
      fc.property(arbitrarySeries, (series) => {
        const reversed = { ...series, points: [...series.points].reverse() }
        const a = analyzeProgress(series)
        const b = analyzeProgress(reversed)
        expect(b.decision).toBe(a.decision)
        expect(b.rule).toEqual(a.rule)
        if (a.trendSlopePerWeek !== null) expect(b.trendSlopePerWeek).toBeCloseTo(a.trendSlopePerWeek, 9)
      }),
    )
  })

  test('a lower-is-better goal is the mirror image of a higher-is-better one', () => {
    fc.assert(
      fc.property(arbitrarySeries, (series) => {
        const mirror: ProgressSeries = {
          ...series,
          direction: series.direction === 'increase' ? 'decrease' : 'increase',
          baseline: { ...series.baseline, value: -series.baseline.value },
          target: { ...series.target, value: -series.target.value },
          points: series.points.map((p) => ({ ...p, value: -p.value })),
        }
        const a = analyzeProgress(series)
        const b = analyzeProgress(mirror)
        expect(b.decision).toBe(a.decision)
        expect(b.projectedDateTargetReached).toBe(a.projectedDateTargetReached)
      }),
    )
  })

  test('the decision is always one of the five, and needs four points in the phase unless the goal is met', () => {
    fc.assert(
      fc.property(arbitrarySeries, (series) => {
        const analysis = analyzeProgress(series)
        expect(DECISIONS).toContain(analysis.decision)
        if (analysis.phasePoints.length < 4 && analysis.decision !== 'goal-met') {
          expect(analysis.decision).toBe('not-enough-data')
        }
      }),
    )
  })
})
