import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { FrequencyPeriod } from './plan.ts'
import { minutesPerWeek, roundMinutes, serviceAmountMessage, sessionsPerWeek } from './service-minutes.ts'

describe('minutes per week', () => {
  test.each<[string, number, number, FrequencyPeriod, number]>([
    ['30 minutes, 2 times a week', 30, 2, 'week', 60],
    ['20 minutes once a day is 5 school days', 20, 1, 'day', 100],
    ['60 minutes, 4 times a month is a little under once a week', 60, 4, 'month', 55.4],
    ['120 minutes once a month', 120, 1, 'month', 27.7],
  ])('%s → %d minutes a week', (_, minutes, times, per, expected) => {
    const perWeek = minutesPerWeek({ minutes, frequency: { times, per } })
    expect(perWeek === undefined ? undefined : roundMinutes(perWeek)).toBe(expected)
  })

  test('a school with a 4-day week counts daily services over 4 days', () => {
    expect(
      minutesPerWeek(
        { minutes: 20, frequency: { times: 1, per: 'day' } },
        { schoolDaysPerWeek: 4, weeksPerMonth: 52 / 12 },
      ),
    ).toBe(80)
  })

  test('without minutes or frequency there is no figure', () => {
    expect(minutesPerWeek({ minutes: 30 })).toBeUndefined()
    expect(minutesPerWeek({ frequency: { times: 1, per: 'week' } })).toBeUndefined()
  })

  test('a month is 52/12 weeks: 12 monthly sessions a year equal 12 sessions spread over 52 weeks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), (times) => {
        const weekly = sessionsPerWeek({ times, per: 'month' }) * 52
        expect(weekly).toBeCloseTo(times * 12, 9)
      }),
    )
  })

  test('more sessions never mean fewer minutes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 240 }),
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom<FrequencyPeriod>('day', 'week', 'month'),
        (minutes, times, per) => {
          const fewer = minutesPerWeek({ minutes, frequency: { times, per } }) ?? 0
          const more = minutesPerWeek({ minutes, frequency: { times: times + 1, per } }) ?? 0
          expect(more).toBeGreaterThan(fewer)
        },
      ),
    )
  })

  test('the amount is a plural-aware message', () => {
    expect(serviceAmountMessage({ minutes: 30, frequency: { times: 2, per: 'week' } })).toEqual({
      key: 'plans.amount.week',
      params: { minutes: 30, count: 2 },
    })
    expect(serviceAmountMessage({ minutes: 30 })).toBeUndefined()
  })
})
