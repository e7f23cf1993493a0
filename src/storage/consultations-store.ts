import type { DbOrTx } from './database.ts'
import type { ConsultationTable } from './tables.ts'

export type ConsultationRow = ConsultationTable

export async function insertConsultation(db: DbOrTx, row: ConsultationTable): Promise<void> {
  await db.insertInto('consultations').values(row).execute()
}

/** Active (not cancelled) consultations of an advocate that end after `from`, in time order. */
export async function listActiveConsultations(
  db: DbOrTx,
  advocateId: string,
  from: string,
): Promise<ConsultationRow[]> {
  return db
    .selectFrom('consultations')
    .selectAll()
    .where('advocate_id', '=', advocateId)
    .where('cancelled_at', 'is', null)
    .where('end_at', '>', from)
    .orderBy('start_at')
    .execute()
}

export async function findConsultationByTokenHash(
  db: DbOrTx,
  tokenHash: string,
): Promise<ConsultationRow | undefined> {
  return db
    .selectFrom('consultations')
    .selectAll()
    .where('manage_token_hash', '=', tokenHash)
    .executeTakeFirst()
}

export async function findConsultation(db: DbOrTx, id: string): Promise<ConsultationRow | undefined> {
  return db.selectFrom('consultations').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function cancelConsultationRow(db: DbOrTx, id: string, now: string): Promise<void> {
  await db
    .updateTable('consultations')
    .set((eb) => ({ cancelled_at: now, updated_at: now, sequence: eb('sequence', '+', 1) }))
    .where('id', '=', id)
    .execute()
}

export async function moveConsultationRow(
  db: DbOrTx,
  id: string,
  change: { startAt: string; endAt: string; lengthMinutes: number; now: string },
): Promise<void> {
  await db
    .updateTable('consultations')
    .set((eb) => ({
      start_at: change.startAt,
      manage_expires_at: change.startAt,
      end_at: change.endAt,
      length_minutes: change.lengthMinutes,
      updated_at: change.now,
      sequence: eb('sequence', '+', 1),
    }))
    .where('id', '=', id)
    .execute()
}

/** Active consultations of a practice from `from` on, for the caseload and the advocate's list. */
export async function listPracticeConsultations(
  db: DbOrTx,
  organizationId: string,
  from: string,
): Promise<ConsultationRow[]> {
  return db
    .selectFrom('consultations')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('cancelled_at', 'is', null)
    .where('end_at', '>', from)
    .orderBy('start_at')
    .execute()
}

/** Is this a violation of the "one booking per time" constraints (unique index or exclusion)? */
export function isSlotConflict(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | undefined
  if (!e) return false
  // PostgreSQL: 23505 unique_violation, 23P01 exclusion_violation.
  if (e.code === '23505' || e.code === '23P01') return true
  // SQLite: SQLITE_CONSTRAINT_UNIQUE on the partial index.
  return e.code === 'SQLITE_CONSTRAINT_UNIQUE' && (e.message ?? '').includes('consultations')
}
