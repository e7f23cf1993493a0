import type { Actor, ChildNeed } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import type { Goal, Service } from '../../domain/plans/plan.ts'
import {
  type PlanRecord,
  type PlanVersionSummary,
  type SavedPlanVersion,
  selectPreviousPlan,
} from '../../domain/plans/plan-record.ts'
import { DomainError } from '../../domain/problems.ts'
import type { DbOrTx } from '../../storage/database.ts'
import {
  findPlan,
  findPlanInEffectOn,
  findPlanVersion,
  listPlansOfChild,
  listPlanVersions,
  listVersionSummariesOfChild,
} from '../../storage/plans-store.ts'
import { getChildForActor } from '../access/child-access.ts'
import type { Deps } from '../deps.ts'

/**
 * Reading a child's plans. Every function passes the one access check first; a plan that belongs
 * to another child (or does not exist) answers NOT_FOUND, exactly as a child the actor may not see.
 */

/** The child and one of its plans, after the access check. */
export async function getPlanForActor(
  db: DbOrTx,
  actor: Actor,
  childId: string,
  planId: string,
  need: ChildNeed,
): Promise<{ child: Child; record: PlanRecord }> {
  const child = await getChildForActor(db, actor, childId, need)
  const record = await findPlan(db, planId)
  if (!record || record.childId !== child.id) throw new DomainError('NOT_FOUND')
  return { child, record }
}

/** A plan with one of its versions (the latest when `version` is not given). */
export interface PlanWithVersion {
  readonly child: Child
  readonly record: PlanRecord
  readonly version: SavedPlanVersion
}

export async function getPlan(
  deps: Deps,
  actor: Actor,
  childId: string,
  planId: string,
  version?: number,
  need: ChildNeed = 'read',
): Promise<PlanWithVersion> {
  const { child, record } = await getPlanForActor(deps.db, actor, childId, planId, need)
  const found = await findPlanVersion(deps.db, planId, version ?? record.latestVersion)
  if (!found) throw new DomainError('NOT_FOUND')
  return { child, record, version: found }
}

/** The child, for a person about to enter a plan (the edit access check). */
export async function getChildForEditing(deps: Deps, actor: Actor, childId: string): Promise<Child> {
  return getChildForActor(deps.db, actor, childId, 'edit')
}

/** The latest version of a plan, for a person about to change it (the edit access check). */
export async function getPlanForEditing(
  deps: Deps,
  actor: Actor,
  childId: string,
  planId: string,
): Promise<PlanWithVersion> {
  const { child, record } = await getPlanForActor(deps.db, actor, childId, planId, 'edit')
  const found = await findPlanVersion(deps.db, planId, record.latestVersion)
  if (!found) throw new DomainError('NOT_FOUND')
  return { child, record, version: found }
}

/** A child's plans, newest first: IEPs and 504 plans, drafts and history. */
export async function listPlans(deps: Deps, actor: Actor, childId: string): Promise<PlanRecord[]> {
  await getChildForActor(deps.db, actor, childId, 'read')
  return listPlansOfChild(deps.db, childId)
}

/** Every saved version of a plan, newest first, with who saved it and when. */
export async function listVersions(
  deps: Deps,
  actor: Actor,
  childId: string,
  planId: string,
): Promise<SavedPlanVersion[]> {
  await getPlanForActor(deps.db, actor, childId, planId, 'read')
  return listPlanVersions(deps.db, planId)
}

/** Every version of every plan of a child (what each is, not the plan), for choosing two to compare. */
export async function listVersionSummaries(
  deps: Deps,
  actor: Actor,
  childId: string,
): Promise<PlanVersionSummary[]> {
  await getChildForActor(deps.db, actor, childId, 'read')
  return listVersionSummariesOfChild(deps.db, childId)
}

/**
 * The plan in effect for a child on a date (an IEP or a 504 plan), with its latest version; undefined
 * when no agreed plan had started by then. See selectPlanInEffect for the rule.
 */
export async function getPlanInEffect(
  deps: Deps,
  actor: Actor,
  childId: string,
  on: LocalDate,
): Promise<{ readonly record: PlanRecord; readonly version: SavedPlanVersion } | undefined> {
  await getChildForActor(deps.db, actor, childId, 'read')
  return findPlanInEffectOn(deps.db, childId, on)
}

/** Where a goal or a service comes from: the plan, its version, and the plan's kind. */
export interface PlanSource {
  readonly planId: string
  readonly version: number
  readonly kind: PlanRecord['kind']
}

/**
 * The goals of the plan in effect on a date. Goal ids stay the same from one version to the next
 * and into amendments and next year's plan, so progress data can hang on them. A 504 plan has no goals.
 */
export async function getGoalsInEffect(
  deps: Deps,
  actor: Actor,
  childId: string,
  on: LocalDate,
): Promise<{ readonly source: PlanSource; readonly goals: readonly Goal[] } | undefined> {
  const found = await getPlanInEffect(deps, actor, childId, on)
  if (!found) return undefined
  const { plan } = found.version
  return { source: sourceOf(found), goals: plan.kind === 'iep' ? plan.goals : [] }
}

/**
 * The services of the plan in effect on a date, with their stable ids, minutes, frequency and dates
 * (a service without dates runs with the plan), for logging the sessions delivered against them.
 */
export async function getServicesInEffect(
  deps: Deps,
  actor: Actor,
  childId: string,
  on: LocalDate,
): Promise<{ readonly source: PlanSource; readonly services: readonly Service[] } | undefined> {
  const found = await getPlanInEffect(deps, actor, childId, on)
  if (!found) return undefined
  return { source: sourceOf(found), services: found.version.plan.services }
}

function sourceOf(found: { record: PlanRecord; version: SavedPlanVersion }): PlanSource {
  return { planId: found.record.id, version: found.version.version, kind: found.record.kind }
}

/** The plan this one follows (last year's, or the plan an amendment changes), if the record has one. */
export async function getPreviousPlan(
  deps: Deps,
  actor: Actor,
  childId: string,
  planId: string,
): Promise<PlanRecord | undefined> {
  const { record } = await getPlanForActor(deps.db, actor, childId, planId, 'read')
  return selectPreviousPlan(record, await listPlansOfChild(deps.db, childId))
}
