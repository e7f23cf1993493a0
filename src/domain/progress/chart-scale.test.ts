import { describe, expect, test } from 'vitest'
import { localDate } from '../dates/local-date.ts'
import { linearScale, monthTicks, niceTicks } from './chart-scale.ts'

describe('chart scales', () => {
  test('a linear scale maps the domain onto the range (upside down for a y axis)', () => {
    const y = linearScale([0, 100], [300, 0])
    expect([y(0), y(50), y(100)]).toEqual([300, 150, 0])
  })

  test.each([
    [52, 90, [50, 60, 70, 80, 90]],
    [0, 1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [3, 3, [2, 3, 4]],
    [-7, 12, [-10, -5, 0, 5, 10, 15]],
  ])('nice ticks over [%d, %d]', (min, max, ticks) => {
    expect(niceTicks(min, max).ticks).toEqual(ticks)
  })

  test('month ticks start at the first whole month and thin out over long spans', () => {
    expect(monthTicks(localDate('2026-09-01'), localDate('2026-12-15'))).toEqual([
      '2026-09-01',
      '2026-10-01',
      '2026-11-01',
      '2026-12-01',
    ])
    expect(monthTicks(localDate('2026-09-02'), localDate('2027-06-15'))).toEqual([
      '2026-10-01',
      '2026-12-01',
      '2027-02-01',
      '2027-04-01',
      '2027-06-01',
    ])
  })
})
