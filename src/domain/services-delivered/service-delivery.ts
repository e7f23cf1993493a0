import type { SchoolCalendar } from '../dates/school-calendar.ts'
import { type DeliveryTally, tallyDelivery, type UnitTally } from './delivery-tally.ts'
import type { Period, PlannedService, ServiceSession } from './planned-service.ts'
import { percentOf, roundMinutes } from './rounding.ts'

/**
 * How much of one service the child received over a period, in whole minutes.
 * Conventions (partial weeks, closed days, per-month amounts, make-up sessions, rounding) are in
 * docs/services-delivered.md; every figure here follows them.
 */
export interface ServiceDelivery {
  readonly service: string
  /** The days counted: the period cut to the service's start and end; undefined when they do not meet. */
  readonly window: Period | undefined
  /** School days in session inside the window. */
  readonly schoolDays: number
  readonly requiredMinutes: number
  readonly deliveredMinutes: number
  /** Missed for reasons the school is responsible for (provider absent, school event, cancelled by school). */
  readonly missedSchoolMinutes: number
  /** Missed because of the child or the family (student absent, cancelled by family). */
  readonly missedStudentMinutes: number
  /** Missed with no reason recorded. */
  readonly missedUnknownMinutes: number
  /** Required minutes with no session of any kind recorded against them. */
  readonly unrecordedMinutes: number
  /** Delivered out of required, one decimal, rounded down; undefined when nothing was required. */
  readonly percentDelivered: number | undefined
  /** Minutes the school still owes (compensatory services). Never negative. */
  readonly owedMinutes: number
  /** What the family heard from the child, not confirmed: shown, never counted above. */
  readonly unconfirmed: {
    readonly sessions: number
    readonly deliveredMinutes: number
    readonly missedMinutes: number
  }
  readonly sessionsCounted: number
  /** Sessions dated inside the period but before the service starts or after it ends: not counted. */
  readonly sessionsOutsideService: number
}

export interface ServiceDeliveryInput {
  readonly service: PlannedService
  readonly sessions: readonly ServiceSession[]
  readonly calendar: SchoolCalendar
  readonly period: Period
}

/** Required, delivered, missed and owed minutes of one service over a period. */
export function computeServiceDelivery(input: ServiceDeliveryInput): ServiceDelivery {
  const tally = tallyDelivery(input.service, input.sessions, input.calendar, input.period)
  return summarize(input.service, tally)
}

/** The same for every service of a plan; sessions are matched to services by id. */
export function computePlanDelivery(input: {
  readonly services: readonly PlannedService[]
  readonly sessions: readonly ServiceSession[]
  readonly calendar: SchoolCalendar
  readonly period: Period
}): ServiceDelivery[] {
  const byService = new Map<string, ServiceSession[]>()
  for (const session of input.sessions) {
    const list = byService.get(session.service)
    if (list) list.push(session)
    else byService.set(session.service, [session])
  }
  return input.services.map((service) =>
    computeServiceDelivery({
      service,
      sessions: byService.get(service.id) ?? [],
      calendar: input.calendar,
      period: input.period,
    }),
  )
}

/**
 * The units in which minutes are settled: calendar months for a per-month service (the minutes may
 * fall on any day of the month), ISO weeks for per-week and per-day services.
 */
export function settlementUnits(service: PlannedService, tally: DeliveryTally): readonly UnitTally[] {
  return service.per === 'month' ? tally.months : tally.weeks
}

/**
 * Minutes owed, unit by unit, oldest first. In each unit the school owes what the plan required,
 * less the minutes the child missed for the child's or family's reasons, less what it delivered.
 * Minutes delivered beyond the plan's amount in a unit repay minutes still owed from earlier units
 * (a make-up session); they are never banked against later units.
 */
export function owedMinutes(units: readonly UnitTally[]): number {
  let owed = 0
  for (const unit of units) {
    const due = Math.max(0, unit.required - unit.missedStudent)
    if (unit.delivered > unit.required) owed = Math.max(0, owed - (unit.delivered - unit.required))
    else if (unit.delivered < due) owed += due - unit.delivered
  }
  return owed
}

function summarize(service: PlannedService, tally: DeliveryTally): ServiceDelivery {
  const units = settlementUnits(service, tally)
  let required = 0
  let delivered = 0
  let missedSchool = 0
  let missedStudent = 0
  let missedUnknown = 0
  let schoolDays = 0
  for (const unit of units) {
    required += unit.required
    delivered += unit.delivered
    missedSchool += unit.missedSchool
    missedStudent += unit.missedStudent
    missedUnknown += unit.missedUnknown
    schoolDays += unit.schoolDays
  }
  const requiredMinutes = roundMinutes(required)
  const unconfirmed = tally.unconfirmed
  return {
    service: service.id,
    window: tally.window,
    schoolDays,
    requiredMinutes,
    deliveredMinutes: delivered,
    missedSchoolMinutes: missedSchool,
    missedStudentMinutes: missedStudent,
    missedUnknownMinutes: missedUnknown,
    unrecordedMinutes: roundMinutes(
      Math.max(0, required - delivered - missedSchool - missedStudent - missedUnknown),
    ),
    percentDelivered: percentOf(delivered, requiredMinutes),
    owedMinutes: roundMinutes(owedMinutes(units)),
    unconfirmed: {
      sessions: unconfirmed.sessions,
      deliveredMinutes: unconfirmed.delivered,
      missedMinutes: unconfirmed.missedSchool + unconfirmed.missedStudent + unconfirmed.missedUnknown,
    },
    sessionsCounted: tally.sessionsCounted,
    sessionsOutsideService: tally.sessionsOutsideService,
  }
}
