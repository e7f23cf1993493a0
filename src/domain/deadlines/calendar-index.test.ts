import { describe, expect, test } from 'vitest'
import { fromEpochDay, localDate, toEpochDay } from '../dates/local-date.ts'
import { isSchoolDay, schoolCalendar } from '../dates/school-calendar.ts'
import {
  checkSchoolCalendars,
  compileSchoolCalendars,
  countBetween,
  countedDays,
  isCompiledSchoolDay,
  nthAfter,
  nthBefore,
} from './calendar-index.ts'
import { type CalendarInput, year2026, year2027 } from './test-scenario.ts'

const day = (text: string) => toEpochDay(localDate(text))
const calendarOf = (input: CalendarInput) =>
  schoolCalendar({
    firstDay: localDate(input.firstDay),
    lastDay: localDate(input.lastDay),
    closedDays: input.closedDays.map(localDate),
  })
const compiled = compileSchoolCalendars([calendarOf(year2027), calendarOf(year2026)])
if (!compiled) throw new Error('no calendar')

describe('the school-day index', () => {
  test('agrees with isSchoolDay on every day of both years and the summer between', () => {
    const calendars = [calendarOf(year2026), calendarOf(year2027)]
    for (let d = day('2026-08-01'); d <= day('2028-06-30'); d += 1) {
      const date = fromEpochDay(d)
      expect(isCompiledSchoolDay(compiled, d)).toBe(calendars.some((c) => isSchoolDay(c, date)))
    }
  })

  test.each([
    ['the next school day after a Friday is the Monday', '2026-10-02', 1, '2026-10-05'],
    ['10 school days skip the winter break', '2026-12-15', 10, '2027-01-12'],
    ['a count from the summer starts on the first day of school', '2026-07-01', 1, '2026-08-17'],
    ['a count past the last day continues in the next school year', '2027-05-27', 2, '2027-08-16'],
  ])('%s', (_, from, n, expected) => {
    expect(fromEpochDay(nthAfter(compiled.school, day(from), n) ?? 0)).toBe(expected)
  })

  test('a count past the last calendar has no answer', () => {
    expect(nthAfter(compiled.school, day('2028-05-20'), 10)).toBeUndefined()
  })

  test('counts backwards across the winter break', () => {
    expect(fromEpochDay(nthBefore(compiled.school, day('2027-01-08'), 5) ?? 0)).toBe('2026-12-18')
  })

  test('counts the school days in a span (after the first day, up to the last)', () => {
    expect(countBetween(compiled.school, day('2026-12-18'), day('2027-01-08'))).toBe(5)
  })
})

describe('paused calendar-day clocks', () => {
  test('breaks of 6 or more closed weekdays pause from their first to their last closed weekday (California)', () => {
    const index = countedDays(
      compiled,
      [{ type: 'breaks', minimumClosedSchoolDays: 6, adjacentWeekends: false }],
      'ca',
    )
    expect(countBetween(index, day('2026-12-20'), day('2027-01-02'))).toBe(1)
    expect(countBetween(index, day('2026-11-24'), day('2026-11-27'))).toBe(3)
  })

  test('Georgia adds the weekends around a break', () => {
    const index = countedDays(
      compiled,
      [{ type: 'breaks', minimumClosedSchoolDays: 5, adjacentWeekends: true }],
      'ga',
    )
    expect(countBetween(index, day('2026-12-18'), day('2027-01-04'))).toBe(1)
    expect(countBetween(index, day('2027-03-12'), day('2027-03-22'))).toBe(1)
  })

  test('summer between two school years does not count', () => {
    const index = countedDays(compiled, [{ type: 'between-school-years' }], 'summer')
    expect(countBetween(index, day('2027-05-28'), day('2027-08-16'))).toBe(1)
  })
})

describe('checkSchoolCalendars', () => {
  test('names a year that ends before it starts, and years that overlap', () => {
    const calendars = [
      calendarOf({ firstDay: '2026-08-17', lastDay: '2026-08-01', closedDays: [] }),
      calendarOf(year2026),
      calendarOf({ firstDay: '2027-05-01', lastDay: '2028-05-26', closedDays: [] }),
    ]
    expect(checkSchoolCalendars(calendars, (i) => `schoolCalendars[${i}]`)).toEqual([
      { field: 'schoolCalendars[0].lastDay', message: 'deadlines.problems.lastDayBeforeFirstDay' },
      { field: 'schoolCalendars[2].firstDay', message: 'deadlines.problems.calendarsOverlap' },
    ])
  })
})
