import { describe, expect, test } from 'vitest'
import { period, plannedService, schoolYear2026, session } from './test-fixtures.ts'
import { computeWeeklyDelivery } from './weekly-series.ts'

describe('computeWeeklyDelivery', () => {
  test('lists every ISO week of the period, break weeks with no school days and nothing required', () => {
    const weeks = computeWeeklyDelivery({
      service: plannedService(60, 'week'),
      sessions: [
        session('2026-12-16', 60),
        session('2026-12-22', 30),
        session('2027-01-06', 30, 'missed-provider-absent'),
      ],
      calendar: schoolYear2026(),
      period: period('2026-12-14', '2027-01-08'),
    })
    expect(
      weeks.map((w) => [
        w.week,
        w.monday,
        w.schoolDays,
        w.requiredMinutes,
        w.deliveredMinutes,
        w.missedSchoolMinutes,
      ]),
    ).toEqual([
      ['2026-W51', '2026-12-14', 5, 60, 60, 0],
      ['2026-W52', '2026-12-21', 0, 0, 30, 0],
      ['2026-W53', '2026-12-28', 0, 0, 0, 0],
      ['2027-W01', '2027-01-04', 5, 60, 0, 30],
    ])
  })

  test('the first and last weeks are cut to the period and prorated by their school days', () => {
    const weeks = computeWeeklyDelivery({
      service: plannedService(30, 'week'),
      sessions: [],
      calendar: schoolYear2026(),
      // Wednesday to the next Tuesday: 3 days, then 2 days.
      period: period('2026-10-07', '2026-10-13'),
    })
    expect(weeks.map((w) => [w.week, w.schoolDays, w.requiredMinutes])).toEqual([
      ['2026-W41', 3, 18],
      ['2026-W42', 2, 12],
    ])
  })

  test('a monthly amount is spread over the weeks by weekdays of each month', () => {
    // 115 minutes a month; November 2026 has 21 weekdays and December 23. The week of 30 November
    // holds 1 November day (115/21 = 5.48) and 4 December days (4 × 115/23 = 20) → 25.48 → 25.
    const weeks = computeWeeklyDelivery({
      service: plannedService(115, 'month'),
      sessions: [session('2026-12-02', 115, 'student-absent')],
      calendar: schoolYear2026(),
      period: period('2026-11-30', '2026-12-04'),
    })
    expect(weeks).toEqual([
      {
        week: '2026-W49',
        monday: '2026-11-30',
        schoolDays: 5,
        requiredMinutes: 25,
        deliveredMinutes: 0,
        missedSchoolMinutes: 0,
        missedStudentMinutes: 115,
        missedUnknownMinutes: 0,
      },
    ])
  })

  test('a service outside the period has no weeks', () => {
    const weeks = computeWeeklyDelivery({
      service: plannedService(30, 'week', '2027-02-01'),
      sessions: [],
      calendar: schoolYear2026(),
      period: period('2026-11-02', '2026-11-06'),
    })
    expect(weeks).toEqual([])
  })
})
