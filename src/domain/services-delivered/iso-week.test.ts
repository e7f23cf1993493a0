import { describe, expect, test } from 'vitest'
import { localDate } from '../dates/local-date.ts'
import { epochDayOfWeek, isoWeekLabel, mondayOf } from './iso-week.ts'

describe('ISO weeks', () => {
  test.each([
    ['a Wednesday in September', '2026-09-09', '2026-09-07', '2026-W37'],
    ['a Monday is its own week start', '2026-09-07', '2026-09-07', '2026-W37'],
    ['a Sunday belongs to the week that began the Monday before', '2026-09-13', '2026-09-07', '2026-W37'],
    ['late December can belong to the next ISO year', '2025-12-29', '2025-12-29', '2026-W01'],
    ['early January can belong to the previous ISO year', '2027-01-01', '2026-12-28', '2026-W53'],
    ['the first week of 2027 starts on 4 January', '2027-01-04', '2027-01-04', '2027-W01'],
  ])('%s: %s is in the week of %s, labelled %s', (_, date, monday, label) => {
    expect(mondayOf(localDate(date))).toBe(monday)
    expect(isoWeekLabel(localDate(date))).toBe(label)
  })

  test('the weekday of an epoch day matches the calendar: day 0 was a Thursday, day -1 a Wednesday', () => {
    expect(epochDayOfWeek(0)).toBe(4)
    expect(epochDayOfWeek(-1)).toBe(3)
    expect(epochDayOfWeek(3)).toBe(7)
    expect(epochDayOfWeek(4)).toBe(1)
  })
})
