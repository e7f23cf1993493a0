import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  dayOfWeek,
  daysBetween,
  fromEpochDay,
  localDate,
  parseLocalDate,
  toEpochDay,
} from './local-date.ts'

describe('parseLocalDate', () => {
  test.each([
    ['2026-09-02', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['2026-9-2', false],
    ['', false],
    ['2026-09-02T00:00', false],
  ])('%s is a calendar date: %s', (text, valid) => {
    expect(parseLocalDate(text) !== undefined).toBe(valid)
  })
})

describe('calendar arithmetic', () => {
  test.each([
    ['the trigger day is day 0: 60 days from 15 January', '2027-01-15', 60, '2027-03-16'],
    ['across a year end', '2026-12-20', 20, '2027-01-09'],
    ['across 29 February in a leap year', '2028-02-20', 10, '2028-03-01'],
    ['backwards', '2026-03-01', -1, '2026-02-28'],
  ])('%s: %s + %i days = %s', (_, from, days, expected) => {
    expect(addDays(localDate(from), days)).toBe(expected)
  })

  test.each([
    ['an ordinary date', '2026-03-14', 1, '2027-03-14'],
    ['a leap day to a common year', '2028-02-29', 1, '2029-02-28'],
    ['a leap day to a leap year', '2028-02-29', 4, '2032-02-29'],
  ])('%s: %s + %i years = %s', (_, from, years, expected) => {
    expect(addYears(localDate(from), years)).toBe(expected)
  })

  test.each([
    ['31 January + 1 month clamps to the end of February', '2027-01-31', 1, '2027-02-28'],
    ['in a leap year', '2028-01-31', 1, '2028-02-29'],
    ['across a year end', '2026-11-30', 3, '2027-02-28'],
    ['backwards', '2027-03-31', -1, '2027-02-28'],
  ])('%s: %s + %i months = %s', (_, from, months, expected) => {
    expect(addMonths(localDate(from), months)).toBe(expected)
  })

  test('day of the week: 1 = Monday, 7 = Sunday', () => {
    expect(dayOfWeek(localDate('2026-11-30'))).toBe(1)
    expect(dayOfWeek(localDate('2026-11-29'))).toBe(7)
    expect(dayOfWeek(localDate('1970-01-01'))).toBe(4)
    expect(dayOfWeek(localDate('1969-12-31'))).toBe(3)
  })

  test('age counts whole years; a leap-day birthday turns over on 28 February', () => {
    expect(ageOn(localDate('2012-05-01'), localDate('2026-04-30'))).toBe(13)
    expect(ageOn(localDate('2012-05-01'), localDate('2026-05-01'))).toBe(14)
    expect(ageOn(localDate('2008-02-29'), localDate('2026-02-28'))).toBe(18)
    expect(ageOn(localDate('2008-02-29'), localDate('2026-02-27'))).toBe(17)
  })
})

describe('epoch days (property)', () => {
  const anyEpochDay = fc.integer({ min: -200_000, max: 200_000 })

  test('fromEpochDay and toEpochDay are inverses', () => {
    fc.assert(fc.property(anyEpochDay, (day) => toEpochDay(fromEpochDay(day)) === day))
  })

  test('every produced date is a real calendar date', () => {
    fc.assert(fc.property(anyEpochDay, (day) => parseLocalDate(fromEpochDay(day)) !== undefined))
  })

  test('daysBetween agrees with addDays', () => {
    fc.assert(
      fc.property(anyEpochDay, fc.integer({ min: -5000, max: 5000 }), (day, n) => {
        const from = fromEpochDay(day)
        return daysBetween(from, addDays(from, n)) === n
      }),
    )
  })
})
