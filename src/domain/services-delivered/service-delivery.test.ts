import { describe, expect, test } from 'vitest'
import type { PlannedService, ServiceSession } from './planned-service.ts'
import { computePlanDelivery, computeServiceDelivery, type ServiceDelivery } from './service-delivery.ts'
import { period, plannedService, schoolYear2026, session } from './test-fixtures.ts'

interface Row {
  readonly name: string
  readonly service: PlannedService
  readonly period: { from: string; to: string }
  readonly sessions: readonly ServiceSession[]
  readonly expected: Partial<ServiceDelivery>
}

// Every figure below was worked out by hand from the calendar in test-fixtures.ts; the working is
// in each comment so a reader can check it.
const table: Row[] = [
  {
    // Weeks: 8–11 Sep has 4 school days (Monday 7 is before the first day) → 48; then 60, 60, 60.
    // Owed week by week: 48−30 = 18; 0; +60 (provider away) = 78; week 4 gives 90, 30 over → 48.
    name: 'a weekly service over the first four weeks, a provider absence partly made up',
    service: plannedService(60, 'week'),
    period: { from: '2026-09-08', to: '2026-10-02' },
    sessions: [
      session('2026-09-10', 30),
      session('2026-09-16', 60),
      session('2026-09-23', 60, 'missed-provider-absent'),
      session('2026-09-29', 30),
      session('2026-10-01', 60),
    ],
    expected: {
      schoolDays: 19,
      requiredMinutes: 228,
      deliveredMinutes: 180,
      missedSchoolMinutes: 60,
      missedStudentMinutes: 0,
      unrecordedMinutes: 0,
      percentDelivered: 78.9,
      owedMinutes: 48,
    },
  },
  {
    // Starts Wednesday 7 October: 3 of 5 days → 18, then 30. The 30 given in week 1 is 12 over;
    // with nothing owed yet it is not banked, so week 2's missing 30 is owed in full.
    name: 'a plan that starts mid-week; extra minutes are not banked for later weeks',
    service: plannedService(30, 'week', '2026-10-07'),
    period: { from: '2026-10-05', to: '2026-10-16' },
    sessions: [session('2026-10-06', 30), session('2026-10-08', 30)],
    expected: {
      window: period('2026-10-07', '2026-10-16'),
      schoolDays: 8,
      requiredMinutes: 48,
      deliveredMinutes: 30,
      unrecordedMinutes: 18,
      percentDelivered: 62.5,
      owedMinutes: 30,
      sessionsCounted: 1,
      sessionsOutsideService: 1,
    },
  },
  {
    // 60 + 0 + 0 (winter break) + 60. Nothing in the week of 14 December (60 owed); a make-up on
    // 22 December, a closed day, is given and repays it.
    name: 'a winter break owes nothing, and a make-up during the break repays an earlier miss',
    service: plannedService(60, 'week'),
    period: { from: '2026-12-14', to: '2027-01-08' },
    sessions: [session('2026-12-22', 60), session('2027-01-05', 60)],
    expected: {
      schoolDays: 10,
      requiredMinutes: 120,
      deliveredMinutes: 120,
      percentDelivered: 100,
      owedMinutes: 0,
    },
  },
  {
    name: 'a provider absence that is never made up is owed',
    service: plannedService(30, 'week'),
    period: { from: '2026-11-02', to: '2026-11-13' },
    sessions: [session('2026-11-04', 30), session('2026-11-11', 30, 'missed-provider-absent')],
    expected: {
      requiredMinutes: 60,
      deliveredMinutes: 30,
      missedSchoolMinutes: 30,
      unrecordedMinutes: 0,
      percentDelivered: 50,
      owedMinutes: 30,
    },
  },
  {
    // Week 1 excused by the absence; week 2 given; week 3 has no record and is owed:
    // an absence in one week does not excuse another.
    name: 'a student absence excuses its own week only',
    service: plannedService(30, 'week'),
    period: { from: '2026-11-02', to: '2026-11-20' },
    sessions: [session('2026-11-04', 30, 'student-absent'), session('2026-11-11', 30)],
    expected: {
      requiredMinutes: 90,
      deliveredMinutes: 30,
      missedStudentMinutes: 30,
      unrecordedMinutes: 30,
      percentDelivered: 33.3,
      owedMinutes: 30,
    },
  },
  {
    name: 'a family cancellation is the family’s reason, like an absence',
    service: plannedService(30, 'week'),
    period: { from: '2026-11-02', to: '2026-11-06' },
    sessions: [session('2026-11-04', 30, 'cancelled-by-family')],
    expected: { requiredMinutes: 30, missedStudentMinutes: 30, percentDelivered: 0, owedMinutes: 0 },
  },
  {
    name: 'a school event and a cancellation by the school are the school’s reasons',
    service: plannedService(30, 'week'),
    period: { from: '2026-11-02', to: '2026-11-13' },
    sessions: [
      session('2026-11-04', 30, 'missed-school-event'),
      session('2026-11-11', 30, 'cancelled-by-school'),
    ],
    expected: { requiredMinutes: 60, missedSchoolMinutes: 60, owedMinutes: 60 },
  },
  {
    // Thanksgiving week: Thursday and Friday closed, 3 school days × 20 = 60. Wednesday's absence
    // is excused, so 40 was due and 40 was given.
    name: 'a per-day service in Thanksgiving week',
    service: plannedService(20, 'day'),
    period: { from: '2026-11-23', to: '2026-11-27' },
    sessions: [
      session('2026-11-23', 20),
      session('2026-11-24', 20),
      session('2026-11-25', 20, 'student-absent'),
    ],
    expected: {
      schoolDays: 3,
      requiredMinutes: 60,
      deliveredMinutes: 40,
      missedStudentMinutes: 20,
      percentDelivered: 66.6,
      owedMinutes: 0,
    },
  },
  {
    name: 'a per-day service logged once for the whole week settles by the week',
    service: plannedService(20, 'day'),
    period: { from: '2026-11-30', to: '2026-12-04' },
    sessions: [session('2026-12-04', 100)],
    expected: { requiredMinutes: 100, deliveredMinutes: 100, percentDelivered: 100, owedMinutes: 0 },
  },
  {
    // November: 21 weekdays, 19 school days → 120 × 19/21 = 108.57. December: 23 weekdays,
    // 14 school days → 120 × 14/23 = 73.04. Total 181.61 → 182. November's extra 11.43 is not
    // banked; December's 73.04 is owed → 73. 120/182 = 65.93 % → 65.9.
    name: 'a monthly service given early in November and not at all in December',
    service: plannedService(120, 'month'),
    period: { from: '2026-11-01', to: '2026-12-31' },
    sessions: [session('2026-11-02', 120)],
    expected: {
      schoolDays: 33,
      requiredMinutes: 182,
      deliveredMinutes: 120,
      unrecordedMinutes: 62,
      percentDelivered: 65.9,
      owedMinutes: 73,
    },
  },
  {
    name: 'a monthly service may be given on any day of the month',
    service: plannedService(60, 'month'),
    period: { from: '2026-10-01', to: '2026-10-31' },
    sessions: [session('2026-10-30', 60)],
    expected: { requiredMinutes: 60, deliveredMinutes: 60, percentDelivered: 100, owedMinutes: 0 },
  },
  {
    // 4 of 5 days because Monday 18 January is closed.
    name: 'a week with one holiday owes four fifths',
    service: plannedService(60, 'week'),
    period: { from: '2027-01-18', to: '2027-01-22' },
    sessions: [],
    expected: { schoolDays: 4, requiredMinutes: 48, owedMinutes: 48, percentDelivered: 0 },
  },
  {
    // Ends Wednesday 20 January; Monday is closed, so 2 school days → 24. The session on
    // 26 January is after the end and is not counted.
    name: 'a service that ends mid-week',
    service: plannedService(60, 'week', '2026-09-08', '2027-01-20'),
    period: { from: '2027-01-18', to: '2027-01-29' },
    sessions: [session('2027-01-26', 60)],
    expected: {
      window: period('2027-01-18', '2027-01-20'),
      schoolDays: 2,
      requiredMinutes: 24,
      deliveredMinutes: 0,
      owedMinutes: 24,
      sessionsOutsideService: 1,
    },
  },
  {
    name: 'days before the first day of school owe nothing',
    service: plannedService(60, 'week', '2026-08-01'),
    period: { from: '2026-09-01', to: '2026-09-11' },
    sessions: [],
    expected: { schoolDays: 4, requiredMinutes: 48 },
  },
  {
    name: 'a period entirely in the summer owes nothing and has no percentage',
    service: plannedService(60, 'week', '2026-08-01', '2027-08-31'),
    period: { from: '2027-07-01', to: '2027-07-31' },
    sessions: [session('2027-07-07', 60)],
    expected: {
      schoolDays: 0,
      requiredMinutes: 0,
      deliveredMinutes: 60,
      percentDelivered: undefined,
      owedMinutes: 0,
    },
  },
  {
    name: 'a family report is shown but not counted, so the minutes stay owed',
    service: plannedService(30, 'week'),
    period: { from: '2026-11-02', to: '2026-11-06' },
    sessions: [session('2026-11-04', 30, 'missed-reason-unknown', { confirmed: false })],
    expected: {
      requiredMinutes: 30,
      missedUnknownMinutes: 0,
      unrecordedMinutes: 30,
      owedMinutes: 30,
      unconfirmed: { sessions: 1, deliveredMinutes: 0, missedMinutes: 30 },
      sessionsCounted: 0,
    },
  },
  {
    name: 'an unconfirmed report of a session given does not reduce what is owed',
    service: plannedService(30, 'week'),
    period: { from: '2026-11-02', to: '2026-11-06' },
    sessions: [session('2026-11-04', 30, 'delivered', { confirmed: false })],
    expected: {
      deliveredMinutes: 0,
      owedMinutes: 30,
      unconfirmed: { sessions: 1, deliveredMinutes: 30, missedMinutes: 0 },
    },
  },
  {
    name: 'a confirmed miss with no reason is owed by the school',
    service: plannedService(30, 'week'),
    period: { from: '2026-11-02', to: '2026-11-06' },
    sessions: [session('2026-11-04', 30, 'missed-reason-unknown')],
    expected: { missedUnknownMinutes: 30, unrecordedMinutes: 0, owedMinutes: 30 },
  },
  {
    name: 'sessions outside the period are left out without comment',
    service: plannedService(30, 'week'),
    period: { from: '2026-11-02', to: '2026-11-06' },
    sessions: [session('2026-10-30', 30), session('2026-11-09', 30)],
    expected: { deliveredMinutes: 0, sessionsCounted: 0, sessionsOutsideService: 0, owedMinutes: 30 },
  },
  {
    name: 'a service that has not started by the end of the period owes nothing',
    service: plannedService(30, 'week', '2027-02-01'),
    period: { from: '2026-11-02', to: '2026-11-06' },
    sessions: [session('2026-11-04', 30)],
    expected: {
      window: undefined,
      requiredMinutes: 0,
      deliveredMinutes: 0,
      sessionsOutsideService: 1,
      percentDelivered: undefined,
    },
  },
]

describe('computeServiceDelivery: hand-computed tables', () => {
  test.each(table)('$name', (row) => {
    const result = computeServiceDelivery({
      service: row.service,
      sessions: row.sessions,
      calendar: schoolYear2026(),
      period: period(row.period.from, row.period.to),
    })
    expect(result).toMatchObject(row.expected)
    if ('percentDelivered' in row.expected && row.expected.percentDelivered === undefined) {
      expect(result.percentDelivered).toBeUndefined()
    }
    if ('window' in row.expected && row.expected.window === undefined) expect(result.window).toBeUndefined()
  })
})

describe('rounding of required minutes', () => {
  test.each([
    // 32 × 3/5 = 19.2
    [
      'a weekly amount in a 3-day week rounds to the nearest minute',
      32,
      'week',
      '2026-11-23',
      '2026-11-27',
      19,
    ],
    // 33 × 4/5 = 26.4
    ['a weekly amount in a 4-day week', 33, 'week', '2027-01-18', '2027-01-22', 26],
    // September 2026: 22 weekdays, 17 school days → 33 × 17/22 = 25.5
    ['a half minute rounds up', 33, 'month', '2026-09-01', '2026-09-30', 26],
    // 45 × 3/5 = 27 exactly, however the sum is done
    ['an exact amount stays exact', 45, 'week', '2026-11-23', '2026-11-27', 27],
  ] as const)('%s: %i minutes per %s from %s to %s → %i', (_, minutes, per, from, to, expected) => {
    const result = computeServiceDelivery({
      service: plannedService(minutes, per),
      sessions: [],
      calendar: schoolYear2026(),
      period: period(from, to),
    })
    expect(result.requiredMinutes).toBe(expected)
  })

  test('a full school year of a weekly service is the weekly rate over every school day', () => {
    // 204 weekdays from 8 September to 18 June, less 13 closed weekdays = 191 school days;
    // 30 minutes a week is 6 a school day → 1146 minutes.
    const result = computeServiceDelivery({
      service: plannedService(30, 'week'),
      sessions: [],
      calendar: schoolYear2026(),
      period: period('2026-09-08', '2027-06-18'),
    })
    expect(result.schoolDays).toBe(191)
    expect(result.requiredMinutes).toBe(1146)
  })
})

describe('computePlanDelivery', () => {
  test('matches each session to its own service by id and keeps the plan’s order', () => {
    const speech = plannedService(30, 'week')
    const ot = { ...plannedService(45, 'week'), id: 'ot', name: 'Occupational therapy' }
    const results = computePlanDelivery({
      services: [speech, ot],
      sessions: [session('2026-11-04', 30), session('2026-11-05', 45, 'delivered', { service: 'ot' })],
      calendar: schoolYear2026(),
      period: period('2026-11-02', '2026-11-13'),
    })
    expect(results.map((r) => [r.service, r.requiredMinutes, r.deliveredMinutes, r.owedMinutes])).toEqual([
      ['speech', 60, 30, 30],
      ['ot', 90, 45, 45],
    ])
  })
})
