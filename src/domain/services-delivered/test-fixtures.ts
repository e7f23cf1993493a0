import { type LocalDate, localDate } from '../dates/local-date.ts'
import { type SchoolCalendar, schoolCalendar } from '../dates/school-calendar.ts'
import type { PlannedService, ServiceFrequency, ServiceSession } from './planned-service.ts'
import type { SessionStatus } from './session-status.ts'

/**
 * The school year the hand-computed tables use: classes from Tuesday 8 September 2026 (Monday 7 is
 * Labor Day) to Friday 18 June 2027; closed for Thanksgiving (26–27 November), winter break
 * (21 December – 1 January) and Martin Luther King Jr. Day (18 January).
 */
export function schoolYear2026(): SchoolCalendar {
  const closed: LocalDate[] = [localDate('2026-11-26'), localDate('2026-11-27'), localDate('2027-01-18')]
  for (const day of ['21', '22', '23', '24', '25', '28', '29', '30', '31'])
    closed.push(localDate(`2026-12-${day}`))
  closed.push(localDate('2027-01-01'))
  return schoolCalendar({
    firstDay: localDate('2026-09-08'),
    lastDay: localDate('2027-06-18'),
    closedDays: closed,
  })
}

export function plannedService(
  minutes: number,
  per: ServiceFrequency,
  start = '2026-09-08',
  end = '2027-06-18',
  id = 'speech',
): PlannedService {
  return { id, name: 'Speech therapy', minutes, per, start: localDate(start), end: localDate(end) }
}

export function session(
  date: string,
  minutes: number,
  status: SessionStatus = 'delivered',
  options: { confirmed?: boolean; service?: string } = {},
): ServiceSession {
  return {
    service: options.service ?? 'speech',
    date: localDate(date),
    minutes,
    status,
    confirmed: options.confirmed ?? true,
  }
}

export function period(from: string, to: string): { from: LocalDate; to: LocalDate } {
  return { from: localDate(from), to: localDate(to) }
}
