import type { ChildEvent } from '../domain/children/event.ts'
import type { LocalDate } from '../domain/dates/local-date.ts'
import { type PlanRecord, type SavedPlanVersion, selectPlanInEffect } from '../domain/plans/plan-record.ts'
import type { ProgressNote, ProgressPoint } from '../domain/progress/progress-point.ts'
import type { SchoolYear } from '../domain/school-calendars/school-year.ts'
import type { DbOrTx } from './database.ts'
import { listSchoolYearsOfChildren } from './deadlines-store.ts'
import { toEvent } from './events-store.ts'
import { toRecord, toVersion } from './plans-store.ts'
import { toProgressNote, toProgressPoint } from './progress-store.ts'
import { type LoggedSession, toSession } from './service-log-store.ts'
import type { PracticeNoteTable, PracticeTaskTable } from './tables.ts'

/** Large `in (…)` lists are split so neither database meets its parameter limit. */
const CHUNK = 500

export function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK))
  return out
}

/** Children shared directly with any of these users (the advocates of a practice), by user. */
export async function listDirectShares(
  db: DbOrTx,
  userIds: readonly string[],
  today: string,
): Promise<{ childId: string; userId: string }[]> {
  if (userIds.length === 0) return []
  const rows = await db
    .selectFrom('child_shares')
    .select(['child_id', 'grantee_user_id'])
    .where('grantee_user_id', 'in', userIds)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_on', 'is', null), eb('expires_on', '>=', today)]))
    .execute()
  return rows.map((r) => ({ childId: r.child_id, userId: r.grantee_user_id ?? '' }))
}

function groupByChild<T>(rows: readonly { child_id: string }[], map: (row: never) => T): Map<string, T[]> {
  const byChild = new Map<string, T[]>()
  for (const row of rows) {
    const list = byChild.get(row.child_id) ?? []
    list.push(map(row as never))
    byChild.set(row.child_id, list)
  }
  return byChild
}

/**
 * The plan in effect on `on` for each of these children, with its latest version (as
 * findPlanInEffectOn, for many children in two queries per 500).
 */
export async function listPlansInEffectOn(
  db: DbOrTx,
  childIds: readonly string[],
  on: LocalDate,
): Promise<Map<string, { record: PlanRecord; version: SavedPlanVersion }>> {
  const found = new Map<string, { record: PlanRecord; version: SavedPlanVersion }>()
  for (const part of chunks(childIds)) {
    const rows = await db.selectFrom('plans').selectAll().where('child_id', 'in', part).execute()
    const records = groupByChild(rows, toRecord)
    const inEffect = [...records.values()].flatMap((list) => selectPlanInEffect(list, on) ?? [])
    if (inEffect.length === 0) continue
    const versions = await db
      .selectFrom('plan_versions')
      .selectAll()
      .where(
        'plan_id',
        'in',
        inEffect.map((r) => r.id),
      )
      .execute()
    for (const record of inEffect) {
      const row = versions.find((v) => v.plan_id === record.id && v.version === record.latestVersion)
      if (row) found.set(record.childId, { record, version: toVersion(row) })
    }
  }
  return found
}

/** Progress points and the notes beside them of these children, grouped by child. */
export async function listProgressOfChildren(
  db: DbOrTx,
  childIds: readonly string[],
): Promise<{ points: Map<string, ProgressPoint[]>; notes: Map<string, ProgressNote[]> }> {
  const points = new Map<string, ProgressPoint[]>()
  const notes = new Map<string, ProgressNote[]>()
  for (const part of chunks(childIds)) {
    const pointRows = await db
      .selectFrom('progress_points')
      .selectAll()
      .where('child_id', 'in', part)
      .orderBy('measured_on')
      .orderBy('created_at')
      .orderBy('id')
      .execute()
    for (const [id, list] of groupByChild(pointRows, toProgressPoint)) points.set(id, list)
    const noteRows = await db
      .selectFrom('progress_notes')
      .selectAll()
      .where('child_id', 'in', part)
      .orderBy('noted_on')
      .orderBy('created_at')
      .execute()
    for (const [id, list] of groupByChild(noteRows, toProgressNote)) notes.set(id, list)
  }
  return { points, notes }
}

/** Service sessions of these children from `from` to `to`, and their school years, grouped by child. */
export async function listServiceLogsOfChildren(
  db: DbOrTx,
  childIds: readonly string[],
  period: { from: LocalDate; to: LocalDate },
): Promise<{ sessions: Map<string, LoggedSession[]>; schoolYears: Map<string, SchoolYear[]> }> {
  const sessions = new Map<string, LoggedSession[]>()
  const schoolYears = new Map<string, SchoolYear[]>()
  for (const part of chunks(childIds)) {
    const sessionRows = await db
      .selectFrom('service_sessions')
      .selectAll()
      .where('child_id', 'in', part)
      .where('session_date', '>=', period.from)
      .where('session_date', '<=', period.to)
      .orderBy('session_date', 'desc')
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute()
    for (const [id, list] of groupByChild(sessionRows, toSession)) sessions.set(id, list)
  }
  for (const [id, list] of await listSchoolYearsOfChildren(db, childIds)) {
    if (list.length > 0) schoolYears.set(id, list)
  }
  return { sessions, schoolYears }
}

/** The date of each child's next meeting not yet held, on or after `from`. */
export async function listNextMeetingDates(
  db: DbOrTx,
  childIds: readonly string[],
  from: LocalDate,
): Promise<Map<string, LocalDate>> {
  const next = new Map<string, LocalDate>()
  for (const part of chunks(childIds)) {
    const rows = await db
      .selectFrom('meetings')
      .select(['child_id', (eb) => eb.fn.min('meeting_date').as('next_on')])
      .where('child_id', 'in', part)
      .where('held_on', 'is', null)
      .where('meeting_date', '>=', from)
      .groupBy('child_id')
      .execute()
    for (const row of rows) next.set(row.child_id, row.next_on as LocalDate)
  }
  return next
}

/** How many open disputes each child has (children without any are left out). */
export async function countOpenDisputes(
  db: DbOrTx,
  childIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  for (const part of chunks(childIds)) {
    const rows = await db
      .selectFrom('disputes')
      .select(['child_id', (eb) => eb.fn.countAll().as('open')])
      .where('child_id', 'in', part)
      .where('status', '=', 'open')
      .groupBy('child_id')
      .execute()
    for (const row of rows) counts.set(row.child_id, Number(row.open))
  }
  return counts
}

/** Every event of these children, grouped by child. */
export async function listEventsOfChildren(
  db: DbOrTx,
  childIds: readonly string[],
): Promise<Map<string, ChildEvent[]>> {
  const byChild = new Map<string, ChildEvent[]>()
  for (const part of chunks(childIds)) {
    const rows = await db.selectFrom('events').selectAll().where('child_id', 'in', part).execute()
    for (const row of rows) {
      const list = byChild.get(row.child_id) ?? []
      list.push(toEvent(row))
      byChild.set(row.child_id, list)
    }
  }
  return byChild
}

/** The next active consultation of each child (booked with the child attached), from `from` on. */
export async function listNextConsultations(
  db: DbOrTx,
  organizationId: string,
  from: string,
): Promise<Map<string, { startAt: string; advocateUserId: string }>> {
  const rows = await db
    .selectFrom('consultations')
    .innerJoin('advocate_profiles', 'advocate_profiles.id', 'consultations.advocate_id')
    .select(['consultations.child_id', 'consultations.start_at', 'advocate_profiles.user_id'])
    .where('consultations.organization_id', '=', organizationId)
    .where('consultations.cancelled_at', 'is', null)
    .where('consultations.child_id', 'is not', null)
    .where('consultations.start_at', '>=', from)
    .orderBy('consultations.start_at')
    .execute()
  const next = new Map<string, { startAt: string; advocateUserId: string }>()
  for (const row of rows) {
    if (row.child_id && !next.has(row.child_id)) {
      next.set(row.child_id, { startAt: row.start_at, advocateUserId: row.user_id })
    }
  }
  return next
}

export async function insertPracticeNote(db: DbOrTx, row: PracticeNoteTable): Promise<void> {
  await db.insertInto('practice_notes').values(row).execute()
}

export async function listPracticeNotes(db: DbOrTx, organizationId: string, childId: string) {
  return db
    .selectFrom('practice_notes')
    .leftJoin('users', 'users.id', 'practice_notes.author_id')
    .select([
      'practice_notes.id',
      'practice_notes.body',
      'practice_notes.created_at',
      'users.name as author_name',
    ])
    .where('practice_notes.organization_id', '=', organizationId)
    .where('practice_notes.child_id', '=', childId)
    .orderBy('practice_notes.created_at', 'desc')
    .execute()
}

/** The practice's notes whose child's record the family deleted (detached), newest first. */
export async function listDetachedPracticeNotes(db: DbOrTx, organizationId: string) {
  return db
    .selectFrom('practice_notes')
    .leftJoin('users', 'users.id', 'practice_notes.author_id')
    .select([
      'practice_notes.id',
      'practice_notes.body',
      'practice_notes.created_at',
      'practice_notes.child_detached_at',
      'users.name as author_name',
    ])
    .where('practice_notes.organization_id', '=', organizationId)
    .where('practice_notes.child_id', 'is', null)
    .orderBy('practice_notes.created_at', 'desc')
    .execute()
}

export async function insertPracticeTask(db: DbOrTx, row: PracticeTaskTable): Promise<void> {
  await db.insertInto('practice_tasks').values(row).execute()
}

export async function listOpenPracticeTasks(db: DbOrTx, organizationId: string) {
  return db
    .selectFrom('practice_tasks')
    .leftJoin('users', 'users.id', 'practice_tasks.assignee_id')
    .leftJoin('children', 'children.id', 'practice_tasks.child_id')
    .select([
      'practice_tasks.id',
      'practice_tasks.title',
      'practice_tasks.due_on',
      'practice_tasks.assignee_id',
      'practice_tasks.child_id',
      'practice_tasks.child_detached_at',
      'users.name as assignee_name',
      'children.legal_name as child_legal_name',
      'children.preferred_name as child_preferred_name',
    ])
    .where('practice_tasks.organization_id', '=', organizationId)
    .where('practice_tasks.done_at', 'is', null)
    .orderBy('practice_tasks.due_on')
    .orderBy('practice_tasks.created_at')
    .execute()
}

export async function markPracticeTaskDone(
  db: DbOrTx,
  organizationId: string,
  taskId: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('practice_tasks')
    .set({ done_at: now, updated_at: now })
    .where('id', '=', taskId)
    .where('organization_id', '=', organizationId)
    .where('done_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
