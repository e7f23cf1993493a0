import type { ExpressionBuilder } from 'kysely'
import type { DbOrTx } from './database.ts'
import type { Database, DeletionRequestTable } from './tables.ts'

export type DeletionRequestRow = DeletionRequestTable

/**
 * True for a child that is not waiting to be deleted: no request names it, and no account
 * deletion covers its household. Used by the children store, so a record in its grace period is
 * hidden from everyone — the access check answers NOT_FOUND, lists leave it out.
 */
export function notPendingDeletion(eb: ExpressionBuilder<Database, 'children'>) {
  return eb.not(
    eb.exists(
      eb
        .selectFrom('deletion_requests as d')
        .select('d.id')
        .where((inner) =>
          inner.or([
            inner('d.child_id', '=', inner.ref('children.id')),
            inner.and([
              inner('d.kind', '=', 'account'),
              inner('d.organization_id', '=', inner.ref('children.organization_id')),
            ]),
          ]),
        ),
    ),
  )
}

export async function insertDeletionRequest(db: DbOrTx, row: DeletionRequestRow): Promise<void> {
  await db.insertInto('deletion_requests').values(row).execute()
}

export async function findChildDeletion(
  db: DbOrTx,
  childId: string,
): Promise<DeletionRequestRow | undefined> {
  return db
    .selectFrom('deletion_requests')
    .selectAll()
    .where('kind', '=', 'child')
    .where('child_id', '=', childId)
    .executeTakeFirst()
}

export async function findAccountDeletion(
  db: DbOrTx,
  userId: string,
): Promise<DeletionRequestRow | undefined> {
  return db
    .selectFrom('deletion_requests')
    .selectAll()
    .where('kind', '=', 'account')
    .where('user_id', '=', userId)
    .executeTakeFirst()
}

/** Child deletions waiting in the given households, soonest first. */
export async function listChildDeletions(
  db: DbOrTx,
  organizationIds: readonly string[],
): Promise<(DeletionRequestRow & { legal_name: string; preferred_name: string | null })[]> {
  if (organizationIds.length === 0) return []
  return db
    .selectFrom('deletion_requests as d')
    .innerJoin('children as c', 'c.id', 'd.child_id')
    .selectAll('d')
    .select(['c.legal_name', 'c.preferred_name'])
    .where('d.kind', '=', 'child')
    .where('d.organization_id', 'in', organizationIds)
    .orderBy('d.purge_after')
    .execute()
}

export async function deleteDeletionRequest(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('deletion_requests').where('id', '=', id).execute()
}

export async function listDueDeletions(db: DbOrTx, now: string): Promise<DeletionRequestRow[]> {
  return db
    .selectFrom('deletion_requests')
    .selectAll()
    .where('purge_after', '<=', now)
    .orderBy('purge_after')
    .execute()
}

/** Every child of a household, whatever its state (the purge needs them all). */
export async function listAllChildIds(db: DbOrTx, organizationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('children')
    .select('id')
    .where('organization_id', '=', organizationId)
    .execute()
  return rows.map((row) => row.id)
}

/** The child's row even while it waits to be deleted (for undo and the purge only). */
export async function findChildRowIncludingPending(db: DbOrTx, childId: string) {
  return db.selectFrom('children').selectAll().where('id', '=', childId).executeTakeFirst()
}

export async function deleteChildRow(db: DbOrTx, childId: string): Promise<void> {
  await db.deleteFrom('children').where('id', '=', childId).execute()
}

export async function deleteOrganizationRow(db: DbOrTx, organizationId: string): Promise<void> {
  await db.deleteFrom('organizations').where('id', '=', organizationId).execute()
}

export async function deleteUserRow(db: DbOrTx, userId: string): Promise<void> {
  await db.deleteFrom('users').where('id', '=', userId).execute()
}

/** Mail kept for the development mailbox and the outbox that was sent to this address. */
export async function deleteMailTo(db: DbOrTx, address: string): Promise<void> {
  await db.deleteFrom('mail_messages').where('to_address', '=', address).execute()
}
