import type { LocalDate } from '../domain/dates/local-date.ts'
import type {
  EnteredBy,
  ProgressNote,
  ProgressNoteKind,
  ProgressPoint,
  ProgressPointDetails,
  ProgressSource,
} from '../domain/progress/progress-point.ts'
import type { DbOrTx } from './database.ts'
import type { ProgressNoteRow, ProgressPointRow } from './tables.ts'

export function toProgressPoint(row: ProgressPointRow): ProgressPoint {
  return {
    id: row.id,
    childId: row.child_id,
    organizationId: row.organization_id,
    goalId: row.goal_id,
    measuredOn: row.measured_on as LocalDate,
    value: Number(row.value),
    unit: row.unit,
    source: row.source as ProgressSource,
    note: row.note,
    enteredBy: { userId: row.entered_by_user_id, linkId: row.entered_by_link_id, name: row.entered_by_name },
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export function toProgressNote(row: ProgressNoteRow): ProgressNote {
  return {
    id: row.id,
    childId: row.child_id,
    organizationId: row.organization_id,
    goalId: row.goal_id,
    kind: row.kind as ProgressNoteKind,
    notedOn: row.noted_on as LocalDate,
    text: row.text,
    version: row.version,
    createdAt: row.created_at,
  }
}

export interface NewProgressPoint {
  readonly id: string
  readonly organizationId: string
  readonly childId: string
  readonly goalId: string
  readonly details: ProgressPointDetails
  readonly enteredBy: EnteredBy
}

/** Inserts points in one statement (several at once for an import); the caller holds the transaction. */
export async function insertProgressPoints(
  db: DbOrTx,
  points: readonly NewProgressPoint[],
  now: string,
): Promise<void> {
  if (points.length === 0) return
  // SQLite allows 999 bound values a statement by default: 15 columns × 60 rows stays under it.
  for (let start = 0; start < points.length; start += 60) {
    await db
      .insertInto('progress_points')
      .values(
        points.slice(start, start + 60).map((p) => ({
          id: p.id,
          organization_id: p.organizationId,
          child_id: p.childId,
          goal_id: p.goalId,
          measured_on: p.details.measuredOn,
          value: p.details.value,
          unit: p.details.unit,
          source: p.details.source,
          note: p.details.note,
          entered_by_user_id: p.enteredBy.userId,
          entered_by_link_id: p.enteredBy.linkId,
          entered_by_name: p.enteredBy.name,
          version: 1,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute()
  }
}

export async function findProgressPoint(db: DbOrTx, id: string): Promise<ProgressPoint | undefined> {
  const row = await db.selectFrom('progress_points').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toProgressPoint(row)
}

/** One goal's points, oldest first (same-day points in the order they were typed in). */
export async function listProgressPointsOfGoal(
  db: DbOrTx,
  childId: string,
  goalId: string,
): Promise<ProgressPoint[]> {
  const rows = await db
    .selectFrom('progress_points')
    .selectAll()
    .where('child_id', '=', childId)
    .where('goal_id', '=', goalId)
    .orderBy('measured_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  return rows.map(toProgressPoint)
}

/** Every point of a child, oldest first, for the overview of all goals. */
export async function listProgressPointsOfChild(db: DbOrTx, childId: string): Promise<ProgressPoint[]> {
  const rows = await db
    .selectFrom('progress_points')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('measured_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  return rows.map(toProgressPoint)
}

/** Saves new details if the row is still at `expectedVersion`. */
export async function updateProgressPoint(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  details: ProgressPointDetails,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('progress_points')
    .set({
      measured_on: details.measuredOn,
      value: details.value,
      unit: details.unit,
      source: details.source,
      note: details.note,
      version: expectedVersion + 1,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Deletes the row if it is still at `expectedVersion`. */
export async function deleteProgressPoint(db: DbOrTx, id: string, expectedVersion: number): Promise<boolean> {
  const result = await db
    .deleteFrom('progress_points')
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst()
  return Number(result.numDeletedRows) === 1
}

export async function insertProgressNote(
  db: DbOrTx,
  note: {
    id: string
    organizationId: string
    childId: string
    goalId: string
    kind: ProgressNoteKind
    notedOn: LocalDate
    text: string | null
    createdBy: string | null
    now: string
  },
): Promise<void> {
  await db
    .insertInto('progress_notes')
    .values({
      id: note.id,
      organization_id: note.organizationId,
      child_id: note.childId,
      goal_id: note.goalId,
      kind: note.kind,
      noted_on: note.notedOn,
      text: note.text,
      version: 1,
      created_by: note.createdBy,
      created_at: note.now,
      updated_at: note.now,
    })
    .execute()
}

export async function findProgressNote(db: DbOrTx, id: string): Promise<ProgressNote | undefined> {
  const row = await db.selectFrom('progress_notes').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toProgressNote(row)
}

/** One goal's notes (progress reports and phase changes), oldest first. */
export async function listProgressNotesOfGoal(
  db: DbOrTx,
  childId: string,
  goalId: string,
): Promise<ProgressNote[]> {
  const rows = await db
    .selectFrom('progress_notes')
    .selectAll()
    .where('child_id', '=', childId)
    .where('goal_id', '=', goalId)
    .orderBy('noted_on')
    .orderBy('created_at')
    .execute()
  return rows.map(toProgressNote)
}

/** Every note of a child, oldest first. */
export async function listProgressNotesOfChild(db: DbOrTx, childId: string): Promise<ProgressNote[]> {
  const rows = await db
    .selectFrom('progress_notes')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('noted_on')
    .orderBy('created_at')
    .execute()
  return rows.map(toProgressNote)
}

export async function deleteProgressNoteRow(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('progress_notes').where('id', '=', id).execute()
}

/** The people of a household with a verified e-mail, who hear when a goal falls off track. */
export async function listAlertRecipients(
  db: DbOrTx,
  organizationId: string,
): Promise<{ userId: string; email: string; name: string; locale: string | null }[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id as userId', 'users.email as email', 'users.name as name', 'users.locale as locale'])
    .where('memberships.organization_id', '=', organizationId)
    .where('users.email_verified_at', 'is not', null)
    .orderBy('users.id')
    .execute()
  return rows
}
