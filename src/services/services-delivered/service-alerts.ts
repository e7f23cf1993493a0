import type { Actor } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import { addDays, type LocalDate } from '../../domain/dates/local-date.ts'
import { listChildren } from '../children/children.ts'
import { type Deps, today } from '../deps.ts'
import { getChildCompliance } from './child-compliance.ts'
import type { ComplianceReport } from './compute-compliance.ts'

/** A service given under 90 % of the minutes the school could give over the last four school weeks. */
export interface ServiceAlert {
  readonly child: Child
  readonly alert: NonNullable<ComplianceReport['alerts']>[number]
}

/**
 * The delivery alerts of every child the actor sees, for the dashboard. Only services with at least
 * one session logged in the last six weeks are judged: a family that does not keep a log yet is
 * not told that nothing was given. Closed days are not known here, so the alert asks to check.
 */
export async function getServiceAlertsDashboard(deps: Deps, actor: Actor): Promise<ServiceAlert[]> {
  const children = await listChildren(deps, actor, { archived: false })
  const found: ServiceAlert[] = []
  for (const child of children) {
    const view = await getChildCompliance(deps, actor, child.id, { from: alertPeriodStart(today(deps)) })
    if (!view.plan) continue
    for (const alert of loggedServiceAlerts(view.report)) found.push({ child, alert })
  }
  return found
}

/** Alerts are judged over the last six weeks. */
export function alertPeriodStart(on: LocalDate): LocalDate {
  return addDays(on, -42)
}

/** The alerts of services with at least one session logged in the period (see above). */
export function loggedServiceAlerts(report: ComplianceReport): NonNullable<ComplianceReport['alerts']> {
  const logged = new Set(report.services.filter((s) => s.sessionsCounted > 0).map((s) => s.service))
  return (report.alerts ?? []).filter((alert) => logged.has(alert.service))
}
