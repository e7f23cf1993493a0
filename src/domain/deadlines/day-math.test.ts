import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { addMonths, dayOfWeek, fromEpochDay, localDate, toEpochDay } from '../dates/local-date.ts'
import {
  addMonthsToEpoch,
  civilFromEpoch,
  monthArithmeticClamped,
  nthBusinessDay,
  weekdayIndex,
  weekdaysBetween,
} from './day-math.ts'
import { dateOf, epochOf } from './epoch-dates.ts'

const day = (text: string) => toEpochDay(localDate(text))
// From the year 1 to 2134.
const anyDay = fc.integer({ min: -719_162, max: 60_000 })

describe('epoch-day arithmetic agrees with the LocalDate functions', () => {
  test('epochOf and dateOf round-trip and match toEpochDay / fromEpochDay', () => {
    fc.assert(
      fc.property(anyDay, (epoch) => {
        const date = fromEpochDay(epoch)
        expect(dateOf(epoch)).toBe(date)
        expect(epochOf(date)).toBe(epoch)
      }),
    )
  })

  test('civilFromEpoch packs the same year, month and day', () => {
    fc.assert(
      fc.property(anyDay, (epoch) => {
        expect(String(civilFromEpoch(epoch)).padStart(8, '0')).toBe(fromEpochDay(epoch).replaceAll('-', ''))
      }),
    )
  })

  test('addMonthsToEpoch clamps like addMonths (31 Jan + 1 month = 28 Feb)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: -60, max: 60 }), (epoch, months) => {
        expect(fromEpochDay(addMonthsToEpoch(epoch, months))).toBe(addMonths(fromEpochDay(epoch), months))
      }),
    )
    // The month tables cover 1970 to 2079; counts that start or land outside them use the formula.
    fc.assert(
      fc.property(
        fc.integer({ min: -400, max: 40_400 }),
        fc.integer({ min: -1_400, max: 1_400 }),
        (epoch, months) => {
          expect(fromEpochDay(addMonthsToEpoch(epoch, months))).toBe(addMonths(fromEpochDay(epoch), months))
        },
      ),
      { numRuns: 2_000 },
    )
    for (const [from, months, to] of [
      ['1970-01-31', 1, '1970-02-28'],
      ['2079-07-05', 1, '2079-08-05'],
      ['2079-12-31', -1, '2079-11-30'],
      ['2028-02-29', 12, '2029-02-28'],
      ['1969-12-31', 2, '1970-02-28'],
    ] as const) {
      expect(fromEpochDay(addMonthsToEpoch(day(from), months))).toBe(to)
    }
    expect(monthArithmeticClamped(day('2027-01-31'), addMonthsToEpoch(day('2027-01-31'), 1))).toBe(true)
    expect(monthArithmeticClamped(day('2027-01-15'), addMonthsToEpoch(day('2027-01-15'), 1))).toBe(false)
  })

  test('weekdayIndex is Monday = 0 … Sunday = 6', () => {
    fc.assert(
      fc.property(anyDay, (epoch) => {
        expect(weekdayIndex(epoch) + 1).toBe(dayOfWeek(fromEpochDay(epoch)))
      }),
    )
  })

  test('weekdaysBetween counts Monday to Friday after the first day up to the last', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30_000 }), fc.integer({ min: 0, max: 60 }), (from, span) => {
        let count = 0
        for (let d = from + 1; d <= from + span; d += 1) if (weekdayIndex(d) < 5) count += 1
        expect(weekdaysBetween(from, from + span)).toBe(count)
      }),
    )
  })
})

describe('business days (34 CFR 300.11(b))', () => {
  const holidays = new Set([day('2026-11-26'), day('2026-12-25'), day('2027-01-01')])

  test.each([
    ['3 business days from a Wednesday before Thanksgiving', '2026-11-25', 3, '2026-12-01'],
    ['1 business day from a Friday is the Monday', '2026-10-02', 1, '2026-10-05'],
    ['5 business days back from a Monday after New Year', '2027-01-04', -5, '2026-12-24'],
  ])('%s', (_, from, n, expected) => {
    expect(fromEpochDay(nthBusinessDay(day(from), n, holidays))).toBe(expected)
  })
})
