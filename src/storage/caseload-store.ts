import type { ChildEvent } from '../domain/children/event.ts'
import type { DbOrTx } from './database.ts'
import { toEvent } from './events-store.ts'
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
