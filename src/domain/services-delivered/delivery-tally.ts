import {
  dateParts,
  daysInMonth,
  fromEpochDay,
  type LocalDate,
  maxDate,
  minDate,
  toEpochDay,
} from '../dates/local-date.ts'
import type { SchoolCalendar } from '../dates/school-calendar.ts'
import { epochDayOfWeek } from './iso-week.ts'
import type { Period, PlannedService, ServiceSession } from './planned-service.ts'
import { sessionCategory } from './session-status.ts'

/**
 * The raw sums behind every figure on the services page, for one service: per ISO week and per
 * calendar month, the school days, the minutes required (not yet rounded) and the minutes logged
 * in each category. Shared by the totals, the weekly chart and the alert so they always agree.
 * The conventions are written down in docs/services-delivered.md.
 */
export interface UnitTally {
  /** Epoch day the unit starts on: a Monday for a week, the 1st for a month. */
  readonly start: number
  schoolDays: number
  required: number
  delivered: number
  missedSchool: number
  missedStudent: number
  missedUnknown: number
}

export interface UnconfirmedTally {
  sessions: number
  delivered: number
  missedSchool: number
  missedStudent: number
  missedUnknown: number
}

export interface DeliveryTally {
  /** The days counted: the period cut to the service's start and end. Undefined when they do not meet. */
  readonly window: Period | undefined
  readonly weeks: readonly UnitTally[]
  readonly months: readonly UnitTally[]
  readonly unconfirmed: UnconfirmedTally
  readonly sessionsCounted: number
  readonly sessionsOutsideService: number
}

/** A normal school week: Monday to Friday. A per-week amount is spread over these five days. */
export const NORMAL_SCHOOL_DAYS_PER_WEEK = 5

function emptyUnit(start: number): UnitTally {
  return {
    start,
    schoolDays: 0,
    required: 0,
    delivered: 0,
    missedSchool: 0,
    missedStudent: 0,
    missedUnknown: 0,
  }
}

/** Monday to Friday in a calendar month (20 to 23): the normal school days a per-month amount is spread over. */
export function weekdaysInMonth(year: number, month: number): number {
  const first = toEpochDay(
    `${String(year).padStart(4, '0')}-${month < 10 ? `0${month}` : month}-01` as LocalDate,
  )
  let dow = epochDayOfWeek(first)
  let count = 0
  for (let day = daysInMonth(year, month); day > 0; day -= 1) {
    if (dow <= 5) count += 1
    dow = dow === 7 ? 1 : dow + 1
  }
  return count
}

/** Tallies one service over a period. Sessions for other services are skipped. */
export function tallyDelivery(
  service: PlannedService,
  sessions: readonly ServiceSession[],
  calendar: SchoolCalendar,
  period: Period,
): DeliveryTally {
  const from = maxDate(period.from, service.start)
  const to = minDate(period.to, service.end)
  const unconfirmed: UnconfirmedTally = {
    sessions: 0,
    delivered: 0,
    missedSchool: 0,
    missedStudent: 0,
    missedUnknown: 0,
  }
  if (from > to) {
    let outside = 0
    for (const session of sessions) {
      if (session.service === service.id && session.date >= period.from && session.date <= period.to) {
        outside += 1
      }
    }
    return {
      window: undefined,
      weeks: [],
      months: [],
      unconfirmed,
      sessionsCounted: 0,
      sessionsOutsideService: outside,
    }
  }

  const first = toEpochDay(from)
  const last = toEpochDay(to)
  const firstMonday = first - (epochDayOfWeek(first) - 1)
  const weeks: UnitTally[] = []
  for (let monday = firstMonday; monday <= last; monday += 7) weeks.push(emptyUnit(monday))

  const yearStart = toEpochDay(calendar.firstDay)
  const yearEnd = toEpochDay(calendar.lastDay)
  const closed = new Set<number>()
  for (const day of calendar.closedDays) closed.add(toEpochDay(day))

  let { year, month, day } = dateParts(from)
  const firstMonthIndex = year * 12 + month - 1
  const months: UnitTally[] = [emptyUnit(first - (day - 1))]
  let monthDays = daysInMonth(year, month)
  let monthRate = service.per === 'month' ? service.minutes / weekdaysInMonth(year, month) : 0
  let dow = epochDayOfWeek(first)
  let week = weeks[0] as UnitTally
  let weekIndex = 0
  let monthUnit = months[0] as UnitTally

  for (let epochDay = first; epochDay <= last; epochDay += 1) {
    if (dow <= 5 && epochDay >= yearStart && epochDay <= yearEnd && !closed.has(epochDay)) {
      week.schoolDays += 1
      monthUnit.schoolDays += 1
      week.required += monthRate
    }
    if (dow === 7) {
      dow = 1
      weekIndex += 1
      week = weeks[weekIndex] as UnitTally
    } else {
      dow += 1
    }
    if (day === monthDays) {
      day = 1
      month = month === 12 ? 1 : month + 1
      if (month === 1) year += 1
      monthDays = daysInMonth(year, month)
      if (epochDay < last) {
        monthUnit = emptyUnit(epochDay + 1)
        months.push(monthUnit)
        if (service.per === 'month') monthRate = service.minutes / weekdaysInMonth(year, month)
      }
    } else {
      day += 1
    }
  }

  // Required minutes from whole counts of school days, so a full week is exactly the plan's amount.
  if (service.per === 'month') {
    for (const unit of months) {
      const { year: y, month: m } = dateParts(fromEpochDay(unit.start))
      unit.required = (service.minutes * unit.schoolDays) / weekdaysInMonth(y, m)
    }
  } else {
    for (const unit of weeks) unit.required = requiredForDays(service, unit.schoolDays)
    for (const unit of months) unit.required = requiredForDays(service, unit.schoolDays)
  }

  let counted = 0
  let outside = 0
  for (const session of sessions) {
    if (session.service !== service.id) continue
    if (session.date < period.from || session.date > period.to) continue
    if (session.date < from || session.date > to) {
      outside += 1
      continue
    }
    if (!session.confirmed) {
      unconfirmed.sessions += 1
      addMinutes(unconfirmed, session)
      continue
    }
    counted += 1
    // Read the month and day straight from the `YYYY-MM-DD` text: this loop runs for every
    // session of every child, and the month unit already knows the epoch day it starts on.
    const monthUnit = months[
      yearOf(session.date) * 12 + monthOf(session.date) - 1 - firstMonthIndex
    ] as UnitTally
    const epochDay = monthUnit.start + dayOf(session.date) - 1
    addMinutes(weeks[Math.floor((epochDay - firstMonday) / 7)] as UnitTally, session)
    addMinutes(monthUnit, session)
  }

  return {
    window: { from, to },
    weeks,
    months,
    unconfirmed,
    sessionsCounted: counted,
    sessionsOutsideService: outside,
  }
}

function yearOf(date: LocalDate): number {
  return (
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48)
  )
}

function monthOf(date: LocalDate): number {
  return (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48)
}

function dayOf(date: LocalDate): number {
  return (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48)
}

/** Minutes a per-day or per-week service requires over a number of school days. */
function requiredForDays(service: PlannedService, schoolDays: number): number {
  return service.per === 'day'
    ? service.minutes * schoolDays
    : (service.minutes * schoolDays) / NORMAL_SCHOOL_DAYS_PER_WEEK
}

function addMinutes(
  target: { delivered: number; missedSchool: number; missedStudent: number; missedUnknown: number },
  session: ServiceSession,
): void {
  switch (sessionCategory(session.status)) {
    case 'delivered':
      target.delivered += session.minutes
      break
    case 'school':
      target.missedSchool += session.minutes
      break
    case 'student':
      target.missedStudent += session.minutes
      break
    case 'unknown':
      target.missedUnknown += session.minutes
      break
  }
}
