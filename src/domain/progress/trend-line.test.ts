import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { addDays, type LocalDate, localDate, toEpochDay } from '../dates/local-date.ts'
import { slopePerWeek, valueAtDay, valueOn } from './line.ts'
import type { DataPoint } from './progress-series.ts'
import { leastSquaresLine, splitMiddleLine } from './trend-line.ts'

const START = localDate('2026-09-07')

function weekly(values: readonly number[], from: LocalDate = START): DataPoint[] {
  return values.map((value, i) => ({ date: addDays(from, 7 * i), value }))
}

function onDays(pairs: readonly (readonly [number, number])[]): DataPoint[] {
  return pairs.map(([day, value]) => ({ date: addDays(START, day), value }))
}

describe('least squares', () => {
  test('weekly scores 10, 12, 15, 17 rise 2.4 a week (Sxy 12 / Sxx 5, in weeks)', () => {
    const line = leastSquaresLine(weekly([10, 12, 15, 17]))
    expect(line && slopePerWeek(line)).toBeCloseTo(2.4, 12)
    // The line passes through the mean point: week 1.5, score 13.5.
    expect(line && valueAtDay(line, toEpochDay(START) + 10.5)).toBeCloseTo(13.5, 12)
  })

  test('irregular dates are placed by their real day (days 0, 3, 10, 24 → 700 / 342.75 a week)', () => {
    const line = leastSquaresLine(
      onDays([
        [0, 5],
        [3, 6],
        [10, 9],
        [24, 12],
      ]),
    )
    expect(line && slopePerWeek(line)).toBeCloseTo(700 / 342.75, 12)
  })

  test('two scores on the same day both count (ties)', () => {
    const line = leastSquaresLine(
      onDays([
        [0, 4],
        [0, 6],
        [7, 8],
        [7, 10],
      ]),
    )
    expect(line && slopePerWeek(line)).toBeCloseTo(4, 12)
    expect(line && valueOn(line, START)).toBeCloseTo(5, 12)
  })

  test('a flat series has a slope of zero', () => {
    expect(slopePerWeek(leastSquaresLine(weekly([20, 20, 20, 20, 20])) as never)).toBe(0)
  })

  test('no line from a single point, or from points all on one day', () => {
    expect(leastSquaresLine(weekly([12]))).toBeNull()
    expect(
      leastSquaresLine(
        onDays([
          [3, 1],
          [3, 5],
          [3, 9],
        ]),
      ),
    ).toBeNull()
    expect(leastSquaresLine([])).toBeNull()
  })
})

describe("Tukey's three-group (split-middle) line", () => {
  test('one wild score barely moves it: 10, 11, 30, 13, 14, 15 rises 1 a week', () => {
    const points = weekly([10, 11, 30, 13, 14, 15])
    const line = splitMiddleLine(points)
    // Outer medians: (week 0.5, 10.5) and (week 4.5, 14.5) → 4 over 4 weeks.
    expect(line && slopePerWeek(line)).toBeCloseTo(1, 12)
    // Height at the middle group's median date (week 2.5): (10.5 + 21.5 + 14.5) / 3 = 15.5.
    expect(line && valueAtDay(line, toEpochDay(START) + 17.5)).toBeCloseTo(15.5, 12)
    // Least squares is pulled far off by the same score (to about 0.49 a week).
    expect(Math.abs(slopePerWeek(leastSquaresLine(points) as never) - 1)).toBeGreaterThan(0.4)
  })

  test.each([
    // n = 4 → groups 1, 2, 1: outer points weeks 0 and 3.
    [[2, 100, -50, 8], 2],
    // n = 5 → groups 2, 1, 2: outer medians weeks 0.5 and 3.5 of (2, 4) and (8, 10).
    [[2, 4, 99, 8, 10], 2],
    // n = 7 → groups 2, 3, 2: outer medians weeks 0.5 (1) and 5.5 (11).
    [[0, 2, 50, -50, 50, 10, 12], 2],
  ])('splits %j into Tukey’s groups (slope %d a week)', (values, slope) => {
    expect(slopePerWeek(splitMiddleLine(weekly(values)) as never)).toBeCloseTo(slope, 12)
  })

  test('no line from fewer than three points, or when the outer thirds share a date', () => {
    expect(splitMiddleLine(weekly([1, 2]))).toBeNull()
    expect(
      splitMiddleLine(
        onDays([
          [0, 1],
          [0, 2],
          [0, 3],
        ]),
      ),
    ).toBeNull()
  })
})

describe('properties of both lines', () => {
  const arbitraryLine = fc.record({
    slope: fc.double({ min: -5, max: 5, noNaN: true }),
    intercept: fc.double({ min: -100, max: 100, noNaN: true }),
    days: fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 3, maxLength: 40 }),
  })

  test.each([
    ['least squares', leastSquaresLine],
    ['split-middle', splitMiddleLine],
  ])('%s recovers the slope of points that lie on a line', (_, fitLine) => {
    fc.assert(
      fc.property(arbitraryLine, ({ slope, intercept, days }) => {
        const line = fitLine(
          days.map((d) => ({ date: addDays(START, d), value: intercept + (slope * d) / 7 })),
        )
        if (line === null) return
        expect(slopePerWeek(line)).toBeCloseTo(slope, 6)
      }),
    )
  })

  test.each([
    ['least squares', leastSquaresLine],
    ['split-middle', splitMiddleLine],
  ])(
    '%s does not care about the order of the points, a shift of every score, or of every date',
    (_, fitLine) => {
      fc.assert(
        fc.property(
          fc.array(
            fc.record({ day: fc.integer({ min: 0, max: 300 }), value: fc.integer({ min: -50, max: 150 }) }),
            {
              minLength: 3,
              maxLength: 30,
            },
          ),
          fc.integer({ min: -40, max: 40 }),
          fc.integer({ min: -500, max: 500 }),
          (raw, shiftValue, shiftDays) => {
            const points = raw.map((p) => ({ date: addDays(START, p.day), value: p.value }))
            const line = fitLine(points)
            const reversed = fitLine([...points].reverse())
            const shifted = fitLine(
              points.map((p) => ({ date: addDays(p.date, shiftDays), value: p.value + shiftValue })),
            )
            if (line === null || reversed === null || shifted === null) {
              expect([line, shifted]).toEqual([null, null])
              return
            }
            expect(slopePerWeek(shifted)).toBeCloseTo(slopePerWeek(line), 9)
            if (fitLine === leastSquaresLine)
              expect(slopePerWeek(reversed)).toBeCloseTo(slopePerWeek(line), 9)
          },
        ),
      )
    },
  )
})
