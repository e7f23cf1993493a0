import { type Actor, userIdOf } from '../../domain/access/actor.ts'
import type { Plan } from '../../domain/plans/plan.ts'
import { planEvents } from '../../domain/plans/plan-events.ts'
import {
  isAgreed,
  type PlanPart,
  type PlanRecord,
  type PlanVersionAction,
  type SavedPlanVersion,
} from '../../domain/plans/plan-record.ts'
import { applyPlanAction, assertPlanSavable, type SavePurpose } from '../../domain/plans/transitions.ts'
import { assertLatestVersion } from '../../domain/plans/versions.ts'
import { DomainError, invalidInput, type Problem, problem } from '../../domain/problems.ts'
import { findUserById } from '../../storage/accounts-store.ts'
import type { DbOrTx } from '../../storage/database.ts'
import {
  appendPlanVersion,
  findPlan,
  findPlanVersion,
  insertPlan,
  listPlansOfChild,
  type NewPlanVersion,
  replacePlanEvents,
} from '../../storage/plans-store.ts'
import { getChildForActor } from '../access/child-access.ts'
import { type Deps, today } from '../deps.ts'
import { getPlanForActor } from './plan-records.ts'
import { parsePlan } from './plan-schema.ts'

/**
 * Saving plans. Every save writes a new immutable version inside one transaction, together with
 * the events the plan puts on the child's timeline (planEvents), so the deadline engine always sees
 * the saved plan. A save names the version it was made from; if someone saved since, it is refused
 * with VERSION_CONFLICT and nothing is written.
 */

export interface SavedPlan {
  readonly record: PlanRecord
  readonly version: SavedPlanVersion
}

/** Who is saving: the id and the name as it is today (kept with the version). */
async function saverOf(
  db: DbOrTx,
  actor: Actor,
): Promise<{ savedBy: string | null; savedByName: string | null }> {
  const userId = userIdOf(actor)
  const user = userId === null ? undefined : await findUserById(db, userId)
  return { savedBy: userId, savedByName: user?.name ?? null }
}

/** The version to write, stamped with who and when. */
async function stamp(
  deps: Deps,
  db: DbOrTx,
  actor: Actor,
  plan: Plan,
  action: PlanVersionAction,
  part: PlanPart | null,
): Promise<NewPlanVersion> {
  return { plan, action, part, ...(await saverOf(db, actor)), savedAt: deps.clock.now() }
}

async function syncEvents(
  deps: Deps,
  db: DbOrTx,
  actor: Actor,
  record: PlanRecord,
  plan: Plan,
): Promise<void> {
  await replacePlanEvents(db, {
    planId: record.id,
    childId: record.childId,
    organizationId: record.organizationId,
    drafts: planEvents(plan, today(deps)),
    createdBy: userIdOf(actor),
    now: deps.clock.now(),
    newId: deps.newId,
  })
}

async function reload(db: DbOrTx, planId: string): Promise<SavedPlan> {
  const record = await findPlan(db, planId)
  if (!record) throw new Error('Plan vanished after saving')
  const version = await findPlanVersion(db, planId, record.latestVersion)
  if (!version) throw new Error('Plan version vanished after saving')
  return { record, version }
}

/** Appends a version made from `expectedVersion` and replaces the plan's events. */
export async function writeVersion(
  deps: Deps,
  db: DbOrTx,
  actor: Actor,
  record: PlanRecord,
  expectedVersion: number,
  plan: Plan,
  action: PlanVersionAction,
  part: PlanPart | null = null,
): Promise<void> {
  assertLatestVersion(record.latestVersion, expectedVersion)
  const written = await appendPlanVersion(
    db,
    record.id,
    expectedVersion,
    await stamp(deps, db, actor, plan, action, part),
  )
  if (written === undefined) {
    const latest = await findPlan(db, record.id)
    throw new DomainError('VERSION_CONFLICT', { expected: expectedVersion, latest: latest?.latestVersion })
  }
  await syncEvents(deps, db, actor, record, plan)
}

/** Inserts a new plan (version 1) for a child the actor may edit, with its events. */
export async function insertNewPlan(
  deps: Deps,
  db: DbOrTx,
  actor: Actor,
  child: { id: string; organizationId: string },
  plan: Plan,
  action: PlanVersionAction,
): Promise<SavedPlan> {
  const id = deps.newId()
  await insertPlan(db, {
    id,
    organizationId: child.organizationId,
    childId: child.id,
    first: await stamp(deps, db, actor, plan, action, null),
  })
  const saved = await reload(db, id)
  await syncEvents(deps, db, actor, saved.record, plan)
  return saved
}

/**
 * After a plan went into effect: a child has one plan in effect at a time (an IEP or a 504 plan),
 * so the others in effect are superseded, each with a version of its own. When another plan in
 * effect started later than this one (last year's IEP entered after this year's), this one is the
 * one replaced.
 */
export async function settlePlansInEffect(
  deps: Deps,
  db: DbOrTx,
  actor: Actor,
  childId: string,
  agreedPlanId: string,
): Promise<void> {
  const records = await listPlansOfChild(db, childId)
  const agreed = records.find((r) => r.id === agreedPlanId)
  if (agreed?.status !== 'in-effect') return
  const others = records.filter((r) => r.id !== agreedPlanId && r.status === 'in-effect')
  const startsLater = (r: PlanRecord) =>
    r.effectiveFrom !== null && agreed.effectiveFrom !== null && r.effectiveFrom > agreed.effectiveFrom
  const replaced = others.some(startsLater) ? [agreed] : others
  for (const record of replaced) {
    const current = await findPlanVersion(db, record.id, record.latestVersion)
    if (!current) throw new Error('Plan version vanished')
    await writeVersion(
      deps,
      db,
      actor,
      record,
      record.latestVersion,
      applyPlanAction(current.plan, 'supersede'),
      'supersede',
    )
  }
}

/**
 * Creates a plan from a whole plan (a new draft from the pages, or JSON import through the API).
 * Throws INVALID_INPUT with every problem, each naming its field by JSON path. A plan imported as
 * in effect takes its place among the child's plans (see settlePlansInEffect).
 */
export async function createPlan(
  deps: Deps,
  actor: Actor,
  childId: string,
  data: unknown,
  action: 'create' | 'import' = 'create',
): Promise<SavedPlan> {
  const parsed = parsePlan(data)
  if (!parsed.ok) throw invalidInput(parsed.problems)
  return deps.db.transaction().execute(async (tx) => {
    const child = await getChildForActor(tx, actor, childId, 'edit')
    const saved = await insertNewPlan(deps, tx, actor, child, parsed.value, action)
    if (isAgreed(parsed.value.status)) {
      await settlePlansInEffect(deps, tx, actor, child.id, saved.record.id)
      return reload(tx, saved.record.id)
    }
    return saved
  })
}

export interface SavePlanRequest {
  /** The version the person started from. */
  readonly expectedVersion: number
  /** An edit changes what the plan says (only before it is agreed); a correction fixes a copying mistake. */
  readonly purpose: SavePurpose
  /** The part of the plan this save changes, when it changes one part. */
  readonly part: PlanPart | null
  /** The new plan, made from the latest saved one. Its kind and status must stay as they are. */
  readonly change: (current: Plan) => unknown
  /** Where problems point: `plan` for an API body, '' for pages. */
  readonly prefix?: string
}

/**
 * Saves a new version of a plan. Refuses: input with problems (INVALID_INPUT, every problem at once),
 * a save made from an older version (VERSION_CONFLICT), an edit of an agreed plan (PLAN_NOT_EDITABLE:
 * amend it, or save a correction). Kind and status only change through their own steps.
 */
export async function savePlan(
  deps: Deps,
  actor: Actor,
  childId: string,
  planId: string,
  request: SavePlanRequest,
): Promise<SavedPlan> {
  return deps.db.transaction().execute(async (tx) => {
    const { record } = await getPlanForActor(tx, actor, childId, planId, 'edit')
    const current = await findPlanVersion(tx, planId, record.latestVersion)
    if (!current) throw new Error('Plan version vanished')
    const candidate = request.change(current.plan)
    const prefix = request.prefix ?? ''
    const at = (field: string) => (prefix === '' ? field : `${prefix}.${field}`)
    const parsed = parsePlan(candidate, prefix)
    const problems: Problem[] = parsed.ok ? [] : [...parsed.problems]
    if (parsed.ok && parsed.value.kind !== current.plan.kind) {
      problems.push(problem(at('kind'), 'plans.form.problems.kindFixed'))
    }
    if (parsed.ok && parsed.value.status !== current.plan.status) {
      problems.push(problem(at('status'), 'plans.form.problems.statusThroughSteps'))
    }
    if (!parsed.ok || problems.length > 0) throw invalidInput(problems)
    assertLatestVersion(record.latestVersion, request.expectedVersion)
    assertPlanSavable(current.plan.status, request.purpose)
    const action = request.purpose === 'correction' ? 'correction' : 'edit'
    await writeVersion(deps, tx, actor, record, request.expectedVersion, parsed.value, action, request.part)
    return reload(tx, planId)
  })
}

export { reload as reloadPlan }
