import type { Actor } from '../../domain/access/actor.ts'
import { type LocalDate, parseLocalDate } from '../../domain/dates/local-date.ts'
import type { Plan, RevisionReason } from '../../domain/plans/plan.ts'
import { isAgreed } from '../../domain/plans/plan-record.ts'
import {
  amendPlan,
  applyPlanAction,
  type PlanAction,
  startNextPlan as startNextPlanFrom,
} from '../../domain/plans/transitions.ts'
import { assertLatestVersion } from '../../domain/plans/versions.ts'
import { DomainError, invalidInput, type Problem, problem } from '../../domain/problems.ts'
import type { DbOrTx } from '../../storage/database.ts'
import { deletePlan, findPlanVersion } from '../../storage/plans-store.ts'
import { deleteLinksOf } from '../../storage/record-links-store.ts'
import type { Deps } from '../deps.ts'
import { getPlanForActor } from './plan-records.ts'
import { insertNewPlan, reloadPlan, type SavedPlan, settlePlansInEffect, writeVersion } from './save-plan.ts'

/**
 * The steps in a plan's life (transitions.ts): proposed by the school, agreed, replaced; an
 * amendment or next year's plan started from one in effect. Each step is a new version (or a new
 * plan linked to the old one), saved with its events in one transaction.
 */

async function latestPlan(
  db: DbOrTx,
  actor: Actor,
  childId: string,
  planId: string,
): Promise<{ record: SavedPlan['record']; plan: Plan }> {
  const { record } = await getPlanForActor(db, actor, childId, planId, 'edit')
  const version = await findPlanVersion(db, planId, record.latestVersion)
  if (!version) throw new Error('Plan version vanished')
  return { record, plan: version.plan }
}

/**
 * Takes one lifecycle step (propose, reopen, agree, record-agreed, supersede) from the version the
 * person saw. Throws PLAN_TRANSITION_NOT_ALLOWED for a step the status does not allow and
 * VERSION_CONFLICT when the plan changed since. A plan that goes into effect replaces the one in effect.
 */
export async function changePlanStatus(
  deps: Deps,
  actor: Actor,
  childId: string,
  planId: string,
  expectedVersion: number,
  action: PlanAction,
): Promise<SavedPlan> {
  return deps.db.transaction().execute(async (tx) => {
    const { record, plan } = await latestPlan(tx, actor, childId, planId)
    const next = applyPlanAction(plan, action)
    assertLatestVersion(record.latestVersion, expectedVersion)
    await writeVersion(deps, tx, actor, record, expectedVersion, next, action)
    if (next.status === 'in-effect') await settlePlansInEffect(deps, tx, actor, record.childId, planId)
    return reloadPlan(tx, planId)
  })
}

export interface AmendmentRequest {
  readonly expectedVersion: number
  /** The day the change was agreed: the amendment meeting, or the written agreement without one. */
  readonly date: string
  /** Agreed in writing without a meeting (34 CFR 300.324(a)(4)). */
  readonly withoutMeeting: boolean
}

/**
 * Starts an amendment: a new draft plan linked to the plan in effect, with the same items and ids,
 * starting on the amendment date (and met on it, unless agreed without a meeting). The plan in
 * effect stays exactly as agreed until the amendment takes effect and replaces it.
 * Problems: `date` missing or not a real date.
 */
export async function startAmendment(
  deps: Deps,
  actor: Actor,
  childId: string,
  planId: string,
  request: AmendmentRequest,
): Promise<SavedPlan> {
  const problems: Problem[] = []
  const date = parseLocalDate(request.date.trim())
  if (request.date.trim() === '') problems.push(problem('date', 'plans.ui.amend.problems.dateMissing'))
  else if (date === undefined) problems.push(problem('date', 'plans.ui.amend.problems.dateInvalid'))
  return deps.db.transaction().execute(async (tx) => {
    const { record, plan } = await latestPlan(tx, actor, childId, planId)
    if (date !== undefined && plan.dates.start !== undefined && date < plan.dates.start) {
      problems.push(problem('date', 'plans.ui.amend.problems.dateBeforeStart'))
    }
    if (problems.length > 0 || date === undefined) throw invalidInput(problems)
    assertLatestVersion(record.latestVersion, request.expectedVersion)
    const amendment = amendPlan(plan, {
      previousPlanId: record.id,
      previousVersion: record.latestVersion,
      withoutMeeting: request.withoutMeeting,
    })
    const withDates = withAmendmentDates(amendment, date, request.withoutMeeting)
    return insertNewPlan(
      deps,
      tx,
      actor,
      { id: record.childId, organizationId: record.organizationId },
      withDates,
      'amend',
    )
  })
}

function withAmendmentDates(plan: Plan, date: LocalDate, withoutMeeting: boolean): Plan {
  const dates = withoutMeeting ? { start: date } : { meeting: date, start: date }
  return plan.kind === 'iep'
    ? { ...plan, dates: { ...plan.dates, ...dates } }
    : { ...plan, dates: { ...plan.dates, ...dates } }
}

/**
 * Starts next year's plan (or one after a reevaluation or a move) from an agreed plan: the same
 * goals, services and accommodations with the same ids, no dates. The team's changes are then
 * entered part by part, and the diff shows exactly what changed.
 */
export async function startNextPlan(
  deps: Deps,
  actor: Actor,
  childId: string,
  planId: string,
  reason: Exclude<RevisionReason, 'initial' | 'amendment'>,
): Promise<SavedPlan> {
  return deps.db.transaction().execute(async (tx) => {
    const { record, plan } = await latestPlan(tx, actor, childId, planId)
    if (!isAgreed(plan.status)) throw new DomainError('INVALID_STATE')
    const next = startNextPlanFrom(plan, reason, {
      previousPlanId: record.id,
      previousVersion: record.latestVersion,
    })
    return insertNewPlan(
      deps,
      tx,
      actor,
      { id: record.childId, organizationId: record.organizationId },
      next,
      'start-next',
    )
  })
}

/**
 * Deletes a plan that is still a draft (entered by mistake), with its versions, events and links to
 * documents. A plan in any other status stays in the record. INVALID_STATE otherwise;
 * VERSION_CONFLICT when it changed since the person looked.
 */
export async function deleteDraftPlan(
  deps: Deps,
  actor: Actor,
  childId: string,
  planId: string,
  expectedVersion: number,
): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const { record, plan } = await latestPlan(tx, actor, childId, planId)
    assertLatestVersion(record.latestVersion, expectedVersion)
    if (plan.status !== 'draft') throw new DomainError('INVALID_STATE')
    await deleteLinksOf(tx, 'plan', planId)
    await deletePlan(tx, planId)
  })
}
