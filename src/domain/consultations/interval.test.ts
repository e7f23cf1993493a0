import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { type Interval, mergeIntervals, overlapsAny } from './interval.ts'

const interval = fc
  .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 40 }))
  .map(([start, length]): Interval => ({ start, end: start + length }))

describe('mergeIntervals', () => {
  test('joins intervals that touch or overlap and drops empty ones', () => {
    expect(
      mergeIntervals([
        { start: 12, end: 17 },
        { start: 9, end: 12 },
        { start: 20, end: 20 },
        { start: 19, end: 22 },
        { start: 20, end: 21 },
      ]),
    ).toEqual([
      { start: 9, end: 17 },
      { start: 19, end: 22 },
    ])
  })

  test('covers exactly the same points, with gaps between the pieces', () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 12 }), (list) => {
        const merged = mergeIntervals(list)
        for (let point = 0; point < 245; point += 1) {
          const before = list.some((i) => point >= i.start && point < i.end)
          const after = merged.some((i) => point >= i.start && point < i.end)
          expect(after).toBe(before)
        }
        merged.slice(1).forEach((piece, index) => {
          expect(piece.start).toBeGreaterThan((merged[index] as Interval).end)
        })
      }),
    )
  })
})

describe('overlapsAny', () => {
  test('agrees with checking every interval', () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 12 }), interval, (list, probe) => {
        const merged = mergeIntervals(list)
        const expected = merged.some((i) => i.start < probe.end && probe.start < i.end)
        expect(overlapsAny(merged, probe.start, probe.end)).toBe(expected)
      }),
    )
  })
})
