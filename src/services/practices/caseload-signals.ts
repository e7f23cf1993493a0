import type { LocalDate } from '../../domain/dates/local-date.ts'
import {
  countOpenDisputes,
  listNextMeetingDates,
  listPlansInEffectOn,
  listProgressOfChildren,
  listServiceLogsOfChildren,
} from '../../storage/caseload-store.ts'
import type { DbOrTx } from '../../storage/database.ts'
import { goalsOfPlan, summarize } from '../progress/progress-data.ts'
import { closedDaysFromSchoolYears, complianceOf } from '../services-delivered/child-compliance.ts'
import { alertPeriodStart, loggedServiceAlerts } from '../services-delivered/service-alerts.ts'
import { planItemsOf } from '../services-delivered/service-log.ts'

/** What else the caseload shows about a child, beside the deadlines. */
export interface CaseloadSignals {
  /** The next meeting not yet held, today or later. */
  readonly nextMeetingOn: LocalDate | undefined
  readonly openDisputes: number
  /** Goals of the plan in effect whose data say they are not on track (as on the progress pages). */
  readonly goalsNotOnTrack: number
  /**
   * Services given under 90 % of their minutes over the last four school weeks, counting only services
   * with a session logged in those weeks (as on the family's dashboard and in the alert e-mails).
   */
  readonly servicesUnderDelivered: number
}

/**
 * The signals of many children at once: a fixed number of queries per 500 children (no query per
 * child), then the same rules the progress and services pages use, on the loaded rows.
 */
export async function loadCaseloadSignals(
  db: DbOrTx,
  childIds: readonly string[],
  on: LocalDate,
): Promise<Map<string, CaseloadSignals>> {
  const from = alertPeriodStart(on)
  const [plans, meetings, disputes, progress, logs] = await Promise.all([
    listPlansInEffectOn(db, childIds, on),
    listNextMeetingDates(db, childIds, on),
    countOpenDisputes(db, childIds),
    listProgressOfChildren(db, childIds),
    listServiceLogsOfChildren(db, childIds, { from, to: on }),
  ])
  const signals = new Map<string, CaseloadSignals>()
  for (const childId of childIds) {
    const found = plans.get(childId)
    let goalsNotOnTrack = 0
    let servicesUnderDelivered = 0
    if (found) {
      const inEffect = goalsOfPlan(found)
      const points = progress.points.get(childId) ?? []
      const notes = progress.notes.get(childId) ?? []
      goalsNotOnTrack = inEffect.goals.filter(
        (goal, index) =>
          summarize(
            inEffect,
            goal,
            index,
            points.filter((p) => p.goalId === goal.id),
            notes.filter((n) => n.goalId === goal.id),
          ).status === 'not-on-track',
      ).length
      const { report } = complianceOf({
        plan: planItemsOf(found),
        from,
        to: on,
        closedDays: closedDaysFromSchoolYears(logs.schoolYears.get(childId) ?? [], from, on),
        sessions: logs.sessions.get(childId) ?? [],
        today: on,
      })
      servicesUnderDelivered = new Set(
        loggedServiceAlerts(report.alerts ?? [], logs.sessions.get(childId) ?? []).map((a) => a.service),
      ).size
    }
    signals.set(childId, {
      nextMeetingOn: meetings.get(childId),
      openDisputes: disputes.get(childId) ?? 0,
      goalsNotOnTrack,
      servicesUnderDelivered,
    })
  }
  return signals
}
