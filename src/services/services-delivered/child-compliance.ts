import type { Actor } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import { addYears, type LocalDate, maxDate, parseLocalDate } from '../../domain/dates/local-date.ts'
import type { Service } from '../../domain/plans/plan.ts'
import { type Problem, problem } from '../../domain/problems.ts'
import { parseClosedDays } from '../../domain/services-delivered/closed-days.ts'
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

  const counted: Service[] = []
  const notCounted: Service[] = []
  for (const service of plan?.services ?? [])
    (service.minutes !== undefined && service.frequency !== undefined ? counted : notCounted).push(service)

  const sessions = plan ? await listSessionsOfChild(deps.db, child.id, { from, to }) : []
  const report = computeCompliance(
    {
      period: { from, to },
      // The period is the school year as far as these figures go; closed days are taken out.
      schoolCalendar: { firstDay: from, lastDay: to, closedDays: closed.days },
      services: counted.map((service) => plannedService(service, plan, { from, to })),
      sessions: sessions.map(toEngineSession),
      today: todayDate,
    },
    { weekly: true },
  )
  return { child, plan, period: { from, to }, closedDays: closed.days, problems, report, notCounted }
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
