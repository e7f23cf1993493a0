import { addDays, addMonths, dateParts, type LocalDate } from '../dates/local-date.ts'
import { isSchoolDay, type SchoolCalendar } from '../dates/school-calendar.ts'
import { type Message, message } from '../messages.ts'
import { mondayOf } from './iso-week.ts'
import type { Period, PlannedService, ServiceSession } from './planned-service.ts'
import { percentOf } from './rounding.ts'
import { computeServiceDelivery } from './service-delivery.ts'

/** Delivery under this share of what the school could deliver raises an alert. */
export const DELIVERY_ALERT_THRESHOLD_PERCENT = 90
/** How many recent school weeks a per-day or per-week service is judged on. */
export const DELIVERY_ALERT_SCHOOL_WEEKS = 4

/** A service given less than 90 % of the minutes the school could have given lately. */
export interface DeliveryAlert {
  readonly service: string
  /** The days judged: the last four completed school weeks, or the last completed school month. */
  readonly window: Period
  /** Minutes required in the window, less the minutes the child missed for the child's or family's reasons. */
  readonly expectedMinutes: number
  readonly deliveredMinutes: number
  readonly percentDelivered: number
  readonly title: Message
  readonly message: Message
}

export interface DeliveryAlertInput {
  readonly service: PlannedService
  readonly sessions: readonly ServiceSession[]
  readonly calendar: SchoolCalendar
  readonly today: LocalDate
}

/**
 * The alert for one service, or undefined when delivery is on track or there is nothing to judge yet.
 * A per-day or per-week service is judged on the last four completed school weeks (weeks before
 * this one with at least one school day; break weeks are skipped, not counted as zero). A per-month
 * service is judged on the last completed month with school days, because its minutes may fall on
 * any day of the month. Minutes the child missed for the child's or family's reasons are taken out
 * of what was expected, so a child's illness never raises an alert against the school.
 */
export function findDeliveryAlert(input: DeliveryAlertInput): DeliveryAlert | undefined {
  const window =
    input.service.per === 'month'
      ? lastCompletedSchoolMonth(input.calendar, input.today)
      : lastCompletedSchoolWeeks(input.calendar, input.today, DELIVERY_ALERT_SCHOOL_WEEKS)
  if (window === undefined) return undefined
  const delivery = computeServiceDelivery({
    service: input.service,
    sessions: input.sessions,
    calendar: input.calendar,
    period: window,
  })
  const expected = Math.max(0, delivery.requiredMinutes - delivery.missedStudentMinutes)
  const percent = percentOf(delivery.deliveredMinutes, expected)
  if (percent === undefined || percent >= DELIVERY_ALERT_THRESHOLD_PERCENT) return undefined
  const params = {
    service: input.service.name,
    from: { date: window.from },
    to: { date: window.to },
    delivered: delivery.deliveredMinutes,
    expected,
    percent,
  }
  return {
    service: input.service.id,
    window,
    expectedMinutes: expected,
    deliveredMinutes: delivery.deliveredMinutes,
    percentDelivered: percent,
    title: message('services.alerts.belowThreshold.title', { service: input.service.name }),
    message: message('services.alerts.belowThreshold.body', params),
  }
}

/** Alerts for every service of a plan, in the plan's order. */
export function findDeliveryAlerts(input: {
  readonly services: readonly PlannedService[]
  readonly sessions: readonly ServiceSession[]
  readonly calendar: SchoolCalendar
  readonly today: LocalDate
}): DeliveryAlert[] {
  const alerts: DeliveryAlert[] = []
  for (const service of input.services) {
    const sessions = input.sessions.filter((session) => session.service === service.id)
    const alert = findDeliveryAlert({ service, sessions, calendar: input.calendar, today: input.today })
    if (alert) alerts.push(alert)
  }
  return alerts
}

/**
 * From the Monday of the earliest to the Sunday of the latest of the last `count` completed weeks
 * that had a school day. Fewer weeks are used early in the school year; undefined when there are none.
 */
export function lastCompletedSchoolWeeks(
  calendar: SchoolCalendar,
  today: LocalDate,
  count: number,
): Period | undefined {
  let monday = addDays(mondayOf(today), -7)
  let latest: LocalDate | undefined
  let earliest: LocalDate | undefined
  let found = 0
  while (found < count && addDays(monday, 6) >= calendar.firstDay) {
    if (hasSchoolDay(calendar, monday, addDays(monday, 4))) {
      found += 1
      latest ??= addDays(monday, 6)
      earliest = monday
    }
    monday = addDays(monday, -7)
  }
  return earliest && latest ? { from: earliest, to: latest } : undefined
}

/** The last calendar month before this one that had a school day. */
export function lastCompletedSchoolMonth(calendar: SchoolCalendar, today: LocalDate): Period | undefined {
  const { year, month } = dateParts(today)
  let first = `${String(year).padStart(4, '0')}-${month < 10 ? `0${month}` : month}-01` as LocalDate
  for (;;) {
    const last = addDays(first, -1)
    first = addMonths(first, -1)
    if (last < calendar.firstDay) return undefined
    if (hasSchoolDay(calendar, first, last)) return { from: first, to: last }
  }
}

function hasSchoolDay(calendar: SchoolCalendar, from: LocalDate, to: LocalDate): boolean {
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (isSchoolDay(calendar, date)) return true
  }
  return false
}
