import { describe, expect, test } from 'vitest'
import { localDate } from '../dates/local-date.ts'
import {
  findDeliveryAlert,
  findDeliveryAlerts,
  lastCompletedSchoolMonth,
  lastCompletedSchoolWeeks,
} from './delivery-alert.ts'
import type { ServiceSession } from './planned-service.ts'
import { period, plannedService, schoolYear2026, session } from './test-fixtures.ts'

const calendar = schoolYear2026()

describe('the window an alert looks at', () => {
  test.each([
    ['four full weeks before this one', '2026-11-04', period('2026-10-05', '2026-11-01')],
    [
      'the first week of school counts though it has 4 school days',
      '2026-10-07',
      period('2026-09-07', '2026-10-04'),
    ],
    ['break weeks are skipped, not counted', '2027-01-13', period('2026-11-30', '2027-01-10')],
    ['early in the year, the weeks there are', '2026-09-16', period('2026-09-07', '2026-09-13')],
    ['late in the summer, the last weeks of the year', '2027-08-20', period('2027-05-24', '2027-06-20')],
  ])('%s: on %s, from %s', (_, today, expected) => {
    expect(lastCompletedSchoolWeeks(calendar, localDate(today), 4)).toEqual(expected)
  })

  test('in the first week of school there is no completed school week yet', () => {
    expect(lastCompletedSchoolWeeks(calendar, localDate('2026-09-09'), 4)).toBeUndefined()
  })

  test.each([
    ['the month before', '2026-11-10', period('2026-10-01', '2026-10-31')],
    [
      'December counts: it has school days before the break',
      '2027-01-05',
      period('2026-12-01', '2026-12-31'),
    ],
    ['summer months are skipped', '2027-08-03', period('2027-06-01', '2027-06-30')],
  ])('a monthly service looks at %s: on %s, %s', (_, today, expected) => {
    expect(lastCompletedSchoolMonth(calendar, localDate(today))).toEqual(expected)
  })

  test('in September there is no completed school month yet', () => {
    expect(lastCompletedSchoolMonth(calendar, localDate('2026-09-30'))).toBeUndefined()
  })
})

// Four weeks of October: 5 to 30 October 2026, each a full school week (60 minutes, 240 in all).
function octoberSessions(minutes: readonly number[]): ServiceSession[] {
  const wednesdays = ['2026-10-07', '2026-10-14', '2026-10-21', '2026-10-28']
  return minutes.map((m, i) => session(wednesdays[i] as string, m))
}

describe('findDeliveryAlert', () => {
  test.each([
    ['exactly 90 % does not raise an alert', [60, 60, 60, 36], undefined],
    ['89.5 % does', [60, 60, 60, 35], 89.5],
    ['a week with nothing given', [60, 60, 60, 0], 75],
    ['extra minutes in one week make up another inside the window', [90, 30, 60, 60], undefined],
  ])('%s', (_, minutes, percent) => {
    const alert = findDeliveryAlert({
      service: plannedService(60, 'week'),
      sessions: octoberSessions(minutes),
      calendar,
      today: localDate('2026-11-04'),
    })
    expect(alert?.percentDelivered).toBe(percent)
  })

  test('minutes missed because the child was absent are not expected of the school', () => {
    const alert = findDeliveryAlert({
      service: plannedService(60, 'week'),
      sessions: [...octoberSessions([60, 60, 60]), session('2026-10-28', 60, 'student-absent')],
      calendar,
      today: localDate('2026-11-04'),
    })
    expect(alert).toBeUndefined()
  })

  test('the alert says which service, the dates, the minutes and the share, in words from the catalog', () => {
    const alert = findDeliveryAlert({
      service: plannedService(60, 'week'),
      sessions: [...octoberSessions([60, 60, 30]), session('2026-10-28', 60, 'missed-provider-absent')],
      calendar,
      today: localDate('2026-11-04'),
    })
    expect(alert).toEqual({
      service: 'speech',
      window: period('2026-10-05', '2026-11-01'),
      expectedMinutes: 240,
      deliveredMinutes: 150,
      percentDelivered: 62.5,
      title: { key: 'services.alerts.belowThreshold.title', params: { service: 'Speech therapy' } },
      message: {
        key: 'services.alerts.belowThreshold.body',
        params: {
          service: 'Speech therapy',
          from: { date: '2026-10-05' },
          to: { date: '2026-11-01' },
          delivered: 150,
          expected: 240,
          percent: 62.5,
        },
      },
    })
  })

  test('a monthly service is judged on the last school month, whatever day its session fell on', () => {
    const service = plannedService(60, 'month')
    const given = findDeliveryAlert({
      service,
      sessions: [session('2026-10-30', 60)],
      calendar,
      today: localDate('2026-11-10'),
    })
    const missed = findDeliveryAlert({ service, sessions: [], calendar, today: localDate('2026-11-10') })
    expect(given).toBeUndefined()
    expect(missed?.window).toEqual(period('2026-10-01', '2026-10-31'))
    expect(missed?.expectedMinutes).toBe(60)
  })

  test('a service that ended before the window raises nothing', () => {
    const alert = findDeliveryAlert({
      service: plannedService(60, 'week', '2026-09-08', '2026-09-30'),
      sessions: [],
      calendar,
      today: localDate('2026-11-04'),
    })
    expect(alert).toBeUndefined()
  })

  test('findDeliveryAlerts returns only the services under 90 %, in the plan’s order', () => {
    const speech = plannedService(60, 'week')
    const ot = { ...plannedService(30, 'week'), id: 'ot', name: 'Occupational therapy' }
    const alerts = findDeliveryAlerts({
      services: [speech, ot],
      sessions: [
        ...octoberSessions([60, 60, 60, 60]),
        session('2026-10-07', 30, 'delivered', { service: 'ot' }),
      ],
      calendar,
      today: localDate('2026-11-04'),
    })
    expect(alerts.map((a) => [a.service, a.percentDelivered])).toEqual([['ot', 25]])
  })
})
