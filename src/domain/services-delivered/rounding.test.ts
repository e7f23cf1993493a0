import { describe, expect, test } from 'vitest'
import { percentOf, roundMinutes } from './rounding.ts'

describe('roundMinutes', () => {
  test.each([
    [33.33, 33],
    [33.5, 34],
    [25.499999999999996, 26],
    [24.000000000000004, 24],
    [0.4, 0],
  ])('%d minutes is shown as %i', (minutes, shown) => {
    expect(roundMinutes(minutes)).toBe(shown)
  })
})

describe('percentOf', () => {
  test.each([
    ['two thirds rounds down, not up', 2, 3, 66.6],
    ['just under 90 % never shows as 90', 8999, 10000, 89.9],
    ['exactly 90 % is 90', 54, 60, 90],
    ['more than required can exceed 100', 90, 60, 150],
    ['nothing given is 0', 0, 48, 0],
  ])('%s: %d of %d → %d', (_, part, whole, expected) => {
    expect(percentOf(part, whole)).toBe(expected)
  })

  test('there is no percentage of nothing required', () => {
    expect(percentOf(10, 0)).toBeUndefined()
  })
})
