import type { Instant, LocalDate } from '../domain/dates/local-date.ts'
import type { Plan, PlanKind, PlanStatus, RevisionReason } from '../domain/plans/plan.ts'
import type { PlanEventDraft } from '../domain/plans/plan-events.ts'
import {
  type PlanPart,
  type PlanRecord,
  type PlanVersionAction,
  type PlanVersionSummary,
  planHeaderFields,
  type SavedPlanVersion,
  selectPlanInEffect,
} from '../domain/plans/plan-record.ts'
import type { DbOrTx } from './database.ts'
import { insertEvent } from './events-store.ts'
import { memoizedRead } from './read-memo.ts'
import type { PlanRow, PlanVersionRow } from './tables.ts'

/**
 * Plans and their versions. A version row is written once and never updated (the database refuses
 * an UPDATE); a save appends version n + 1 only if the latest is still n (optimistic concurrency).
 * Call the writers inside a transaction together with replacePlanEvents.
 */

export function toRecord(row: PlanRow): PlanRecord {
  return {
    id: row.id,
    childId: row.child_id,
    organizationId: row.organization_id,
    kind: row.kind as PlanKind,
    status: row.status as PlanStatus,
    revisionReason: row.revision_reason as RevisionReason | null,
    previousPlanId: row.previous_plan_id,
    previousVersion: row.previous_version,
    meetingDate: row.meeting_date as LocalDate | null,
    effectiveFrom: row.effective_from as LocalDate | null,
    effectiveTo: row.effective_to as LocalDate | null,
    latestVersion: row.latest_version,
    createdAt: row.created_at as Instant,
    updatedAt: row.updated_at as Instant,
  }
}

export function toVersion(row: PlanVersionRow): SavedPlanVersion {
  return {
    planId: row.plan_id,
    version: row.version,
    // Written by this store from a checked plan; read back as it was written.
    plan: JSON.parse(row.document) as Plan,
    action: row.action as PlanVersionAction,
    part: row.part as PlanPart | null,
    savedBy: row.saved_by ?? '',
    savedByName: row.saved_by_name,
    savedAt: row.saved_at as Instant,
  }
}

function headerColumns(plan: Plan) {
  const header = planHeaderFields(plan)
  return {
    kind: header.kind,
    status: header.status,
    revision_reason: header.revisionReason,
    previous_plan_id: header.previousPlanId,
    previous_version: header.previousVersion,
    meeting_date: header.meetingDate,
    effective_from: header.effectiveFrom,
    effective_to: header.effectiveTo,
  }
}

/** A version about to be saved. */
export interface NewPlanVersion {
  readonly plan: Plan
  readonly action: PlanVersionAction
  readonly part: PlanPart | null
  readonly savedBy: string | null
  readonly savedByName: string | null
  readonly savedAt: Instant
}

async function insertVersionRow(
  db: DbOrTx,
  ids: { planId: string; organizationId: string; childId: string },
  number: number,
  version: NewPlanVersion,
): Promise<void> {
  await db
    .insertInto('plan_versions')
    .values({
      plan_id: ids.planId,
      version: number,
      organization_id: ids.organizationId,
      child_id: ids.childId,
      status: version.plan.status,
      action: version.action,
      part: version.part,
      document: JSON.stringify(version.plan),
      saved_by: version.savedBy,
      saved_by_name: version.savedByName,
      saved_at: version.savedAt,
    })
    .execute()
}

/** A new plan with its first version. */
export async function insertPlan(
  db: DbOrTx,
  plan: { id: string; organizationId: string; childId: string; first: NewPlanVersion },
): Promise<void> {
  const { first } = plan
  await db
    .insertInto('plans')
    .values({
      id: plan.id,
      organization_id: plan.organizationId,
      child_id: plan.childId,
      ...headerColumns(first.plan),
      latest_version: 1,
      created_by: first.savedBy,
      created_at: first.savedAt,
      updated_at: first.savedAt,
    })
    .execute()
  await insertVersionRow(
    db,
    { planId: plan.id, organizationId: plan.organizationId, childId: plan.childId },
    1,
    first,
  )
}

/**
 * Appends version `expectedVersion + 1`, but only if the latest version is still `expectedVersion`.
 * Returns the new version number, or undefined when someone else saved first (nothing is written).
 */
export async function appendPlanVersion(
  db: DbOrTx,
  planId: string,
  expectedVersion: number,
  version: NewPlanVersion,
): Promise<number | undefined> {
  const next = expectedVersion + 1
  const updated = await db
    .updateTable('plans')
    .set({ ...headerColumns(version.plan), latest_version: next, updated_at: version.savedAt })
    .where('id', '=', planId)
    .where('latest_version', '=', expectedVersion)
    .executeTakeFirst()
  if (Number(updated.numUpdatedRows) !== 1) return undefined
  const header = await db
    .selectFrom('plans')
    .select(['organization_id', 'child_id'])
    .where('id', '=', planId)
    .executeTakeFirstOrThrow()
  await insertVersionRow(
    db,
    { planId, organizationId: header.organization_id, childId: header.child_id },
    next,
    version,
  )
  return next
}

export async function findPlan(db: DbOrTx, id: string): Promise<PlanRecord | undefined> {
  return memoizedRead(db, `plan:${id}`, async () => {
    const row = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst()
    return row && toRecord(row)
  })
}

/** A child's plans, newest first (by first day, then by when they were entered). */
export async function listPlansOfChild(db: DbOrTx, childId: string): Promise<PlanRecord[]> {
  const plans = await memoizedRead(db, `plans-of:${childId}`, async () => {
    const rows = await db.selectFrom('plans').selectAll().where('child_id', '=', childId).execute()
    return rows.map(toRecord).sort((a, b) => {
      const from = (b.effectiveFrom ?? '').localeCompare(a.effectiveFrom ?? '')
      return from !== 0 ? from : b.createdAt.localeCompare(a.createdAt)
    })
  })
  return [...plans]
}

export async function findPlanVersion(
  db: DbOrTx,
  planId: string,
  version: number,
): Promise<SavedPlanVersion | undefined> {
  return memoizedRead(db, `plan-version:${planId}:${version}`, async () => {
    const row = await db
      .selectFrom('plan_versions')
      .selectAll()
      .where('plan_id', '=', planId)
      .where('version', '=', version)
      .executeTakeFirst()
    return row && toVersion(row)
  })
}

/** Every version of a plan, newest first. */
export async function listPlanVersions(db: DbOrTx, planId: string): Promise<SavedPlanVersion[]> {
  const rows = await db
    .selectFrom('plan_versions')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('version', 'desc')
    .execute()
  return rows.map(toVersion)
}

/** Every version of a child's plans, newest first within each plan, without reading the plans. */
export async function listVersionSummariesOfChild(
  db: DbOrTx,
  childId: string,
): Promise<PlanVersionSummary[]> {
  const rows = await db
    .selectFrom('plan_versions')
    .select(['plan_id', 'version', 'status', 'action', 'part', 'saved_by_name', 'saved_at'])
    .where('child_id', '=', childId)
    .orderBy('plan_id')
    .orderBy('version', 'desc')
    .execute()
  return rows.map((row) => ({
    planId: row.plan_id,
    version: row.version,
    status: row.status as PlanStatus,
    action: row.action as PlanVersionAction,
    part: row.part as PlanPart | null,
    savedByName: row.saved_by_name,
    savedAt: row.saved_at as Instant,
  }))
}

/**
 * The plan in effect for a child on a date and its latest version (see selectPlanInEffect), with
 * no access check: services call it after theirs, jobs with the record's own rights.
 */
export async function findPlanInEffectOn(
  db: DbOrTx,
  childId: string,
  on: LocalDate,
): Promise<{ record: PlanRecord; version: SavedPlanVersion } | undefined> {
  const record = selectPlanInEffect(await listPlansOfChild(db, childId), on)
  if (!record) return undefined
  const version = await findPlanVersion(db, record.id, record.latestVersion)
  return version && { record, version }
}

/**
 * Replaces the events a plan put on the child's timeline with new ones (from planEvents), each
 * linked back to the plan and to the field its date came from.
 */
export async function replacePlanEvents(
  db: DbOrTx,
  plan: {
    planId: string
    childId: string
    organizationId: string
    drafts: readonly PlanEventDraft[]
    createdBy: string | null
    now: string
    newId: () => string
  },
): Promise<void> {
  await deletePlanEvents(db, plan.planId)
  for (const draft of plan.drafts) {
    const id = plan.newId()
    await insertEvent(db, {
      id,
      childId: plan.childId,
      organizationId: plan.organizationId,
      details: { type: draft.type, date: draft.date, note: null },
      extra: { planId: plan.planId, source: draft.source },
      createdBy: plan.createdBy,
      now: plan.now,
    })
    await db
      .insertInto('plan_event_links')
      .values({
        event_id: id,
        plan_id: plan.planId,
        organization_id: plan.organizationId,
        source: draft.source,
      })
      .execute()
  }
}

async function deletePlanEvents(db: DbOrTx, planId: string): Promise<void> {
  const linked = db.selectFrom('plan_event_links').select('event_id').where('plan_id', '=', planId)
  await db.deleteFrom('events').where('id', 'in', linked).execute()
}

/** The ids of the events a plan put on the timeline. */
export async function listPlanEventIds(db: DbOrTx, planId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('plan_event_links')
    .select('event_id')
    .where('plan_id', '=', planId)
    .orderBy('event_id')
    .execute()
  return rows.map((r) => r.event_id)
}

/** Deletes a plan, its versions and the events it created. */
export async function deletePlan(db: DbOrTx, planId: string): Promise<void> {
  await deletePlanEvents(db, planId)
  await db
    .updateTable('plans')
    .set({ previous_plan_id: null })
    .where('previous_plan_id', '=', planId)
    .execute()
  await db.deleteFrom('plans').where('id', '=', planId).execute()
}
