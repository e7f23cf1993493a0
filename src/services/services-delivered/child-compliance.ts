import type { Actor } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import {
  addDays,
  addYears,
  isWeekend,
  type LocalDate,
  maxDate,
  parseLocalDate,
} from '../../domain/dates/local-date.ts'
import type { Service } from '../../domain/plans/plan.ts'
import { type Problem, problem } from '../../domain/problems.ts'
import { engineCalendar, type SchoolYear } from '../../domain/school-calendars/school-year.ts'
import { parseClosedDays } from '../../domain/services-delivered/closed-days.ts'
import { listSchoolYearsOfChild } from '../../storage/deadlines-store.ts'
import { type LoggedSession, listSessionsOfChild } from '../../storage/service-log-store.ts'
import { getChildForActor } from '../access/child-access.ts'
import { type Deps, today } from '../deps.ts'
import { type ComplianceReport, computeCompliance } from './compute-compliance.ts'
import { type PlanItemsInEffect, planItemsOn } from './service-log.ts'

/**
 * Minutes promised against minutes given for one child, over a period the family picks, with the
 * days the school was closed. Reads the plan in effect on the period's last day and the service log.
 */
export interface ComplianceRequest {
  /** As typed (query string): empty means the default. */
  readonly from?: string
  readonly to?: string
  readonly closed?: string
}

export interface ChildCompliance {
  readonly child: Child
  readonly plan: PlanItemsInEffect | undefined
  readonly period: { readonly from: LocalDate; readonly to: LocalDate }
  readonly closedDays: readonly LocalDate[]
  /** True when the closed days come from the school years entered on the deadlines pages. */
  readonly closedFromSchoolYears: boolean
  /** Problems with the period or the closed days as typed; defaults are used in their place. */
  readonly problems: readonly Problem[]
  readonly report: ComplianceReport
  /** Services whose minutes or frequency the plan does not give: listed, not counted. */
  readonly notCounted: readonly Service[]
}

/** Defaults: from the plan's start (at most a year back) to today. */
export async function getChildCompliance(
  deps: Deps,
  actor: Actor,
  childId: string,
  request: ComplianceRequest = {},
): Promise<ChildCompliance> {
  const child = await getChildForActor(deps.db, actor, childId, 'read')
  const problems: Problem[] = []
  const todayDate = today(deps)

  const typedTo = readDate(request.to, 'to', problems)
  const to = typedTo ?? todayDate
  const plan = await planItemsOn(deps.db, child.id, to)
  const yearBack = addYears(to, -1)
  const defaultFrom = plan?.planSpan.from ? maxDate(plan.planSpan.from, yearBack) : yearBack
  let from = readDate(request.from, 'from', problems) ?? defaultFrom
  if (from > to) {
    problems.push(problem('from', 'services.compliance.problems.fromAfterTo'))
    from = defaultFrom > to ? yearBack : defaultFrom
  }
  const closed = parseClosedDays(request.closed ?? '')
  problems.push(...closed.problems)
  // Days typed on the page win; otherwise the school years the family entered (deadlines) say
  // which days were school days: their closures, and every weekday outside any school year.
  const years = (request.closed ?? '').trim() === '' ? await listSchoolYearsOfChild(deps.db, child.id) : []
  const closedDays = years.length > 0 ? daysOffFromSchoolYears(years, from, to) : closed.days

  const sessions = plan ? await listSessionsOfChild(deps.db, child.id, { from, to }) : []
  const { report, notCounted } = complianceOf({ plan, from, to, closedDays, sessions, today: todayDate })
  return {
    child,
    plan,
    period: { from, to },
    closedDays,
    closedFromSchoolYears: years.length > 0,
    problems,
    report,
    notCounted,
  }
}

/**
 * The figures for loaded data: the services the plan counts (minutes and frequency given) against
 * the sessions logged from `from` to `to`, school closed on `closedDays`.
 */
export function complianceOf(input: {
  plan: PlanItemsInEffect | undefined
  from: LocalDate
  to: LocalDate
  closedDays: readonly LocalDate[]
  sessions: readonly LoggedSession[]
  today: LocalDate
}): { report: ComplianceReport; notCounted: Service[] } {
  const { plan, from, to } = input
  const counted: Service[] = []
  const notCounted: Service[] = []
  for (const service of plan?.services ?? [])
    (service.minutes !== undefined && service.frequency !== undefined ? counted : notCounted).push(service)
  const report = computeCompliance(
    {
      period: { from, to },
      // The period is the school year as far as these figures go; closed days are taken out.
      schoolCalendar: { firstDay: from, lastDay: to, closedDays: [...input.closedDays] },
      services: counted.map((service) => plannedService(service, plan, { from, to })),
      sessions: input.sessions.map(toEngineSession),
      today: input.today,
    },
    { weekly: true },
  )
  return { report, notCounted }
}

/** The closed days the school years give, or none without school years. */
export function closedDaysFromSchoolYears(
  years: readonly SchoolYear[],
  from: LocalDate,
  to: LocalDate,
): LocalDate[] {
  return years.length > 0 ? daysOffFromSchoolYears(years, from, to) : []
}

function readDate(text: string | undefined, field: string, problems: Problem[]): LocalDate | undefined {
  const trimmed = (text ?? '').trim()
  if (trimmed === '') return undefined
  const date = parseLocalDate(trimmed)
  if (!date) problems.push(problem(field, 'services.compliance.problems.dateInvalid'))
  return date
}

/** A plan's service as the engine counts it: minutes per session × sessions per day, week or month. */
function plannedService(
  service: Service,
  plan: PlanItemsInEffect | undefined,
  period: { from: LocalDate; to: LocalDate },
) {
  const times = service.frequency?.times ?? 1
  return {
    id: service.id,
    name: service.name,
    minutes: (service.minutes ?? 0) * times,
    per: service.frequency?.per ?? 'week',
    // A service without its own dates runs with the plan.
    start: service.start ?? plan?.planSpan.from ?? period.from,
    end: service.end ?? plan?.planSpan.to ?? period.to,
  }
}

function toEngineSession(session: LoggedSession) {
  return {
    service: session.serviceId,
    date: session.date,
    minutes: session.minutes,
    status: session.status,
    confirmed: !session.unconfirmed,
  }
}

/** Weekdays from `from` to `to` that are closures of a school year or outside every school year. */
function daysOffFromSchoolYears(years: readonly SchoolYear[], from: LocalDate, to: LocalDate): LocalDate[] {
  const calendars = years.map(engineCalendar)
  const closed = new Set(calendars.flatMap((c) => c.closedDays))
  const days: LocalDate[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (isWeekend(day)) continue
    if (closed.has(day) || !calendars.some((c) => day >= c.firstDay && day <= c.lastDay)) days.push(day)
  }
  return days
}
