import type { Actor } from '../../domain/access/actor.ts'
import { displayName } from '../../domain/children/child.ts'
import { DomainError, problem } from '../../domain/problems.ts'
import { findPasswordHash, findUserById } from '../../storage/accounts-store.ts'
import { deleteSchoolYearsOfCalendar } from '../../storage/deadlines-store.ts'
import {
  deleteChildRow,
  deleteDeletionRequest,
  deleteMailTo,
  deleteOrganizationRow,
  deleteUserRow,
  findAccountDeletion,
  findChildDeletion,
  insertDeletionRequest,
  listAllChildIds,
  listChildDeletions,
  listDueDeletions,
} from '../../storage/deletions-store.ts'
import {
  countRowsWhereIn,
  deleteRowsWhereIn,
  detachRowsFromChildren,
  schemaColumns,
  selectRowsWhereIn,
} from '../../storage/record-rows-store.ts'
import {
  deleteSchoolCalendarRow,
  findCalendarOfChild,
  listChildrenOfCalendar,
} from '../../storage/school-calendars-store.ts'
import { deleteSessionsOfUser } from '../../storage/sessions-store.ts'
import { getChildForActor } from '../access/child-access.ts'
import { verifyPassword } from '../accounts/secrets.ts'
import type { Deps } from '../deps.ts'
import { fileVaultFor } from '../documents/file-vault.ts'
import { RECORD_TABLES } from '../portability/record-tables.ts'

/**
 * Deleting a child's record or a whole account: a request hides the record at once (the children
 * store leaves it out, so the access check answers NOT_FOUND for everyone) and can be undone for
 * DELETION_GRACE_DAYS; then the purge job removes every row of every table in RECORD_TABLES and
 * every stored file. Only an owner of the household may delete or undo.
 */
export const DELETION_GRACE_DAYS = 14

function ownsOrganization(actor: Actor, organizationId: string): boolean {
  return (
    actor.kind === 'user' &&
    actor.memberships.some((m) => m.organizationId === organizationId && m.role === 'owner')
  )
}

function graceEnd(deps: Deps): string {
  return new Date(Date.parse(deps.clock.now()) + DELETION_GRACE_DAYS * 86_400_000).toISOString()
}

function fold(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase()
}

/** Asks to delete a child's record. `typedName` must be the child's name, as the page asks. */
export async function requestChildDeletion(
  deps: Deps,
  actor: Actor,
  childId: string,
  typedName: string,
): Promise<{ purgeAfter: string }> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  if (!ownsOrganization(actor, child.organizationId) || actor.kind !== 'user')
    throw new DomainError('NOT_FOUND')
  const names = [child.legalName, child.preferredName, displayName(child)]
    .filter(Boolean)
    .map((n) => fold(n ?? ''))
  if (typedName.trim() === '')
    throw new DomainError('INVALID_INPUT', undefined, [
      problem('confirmName', 'privacy.delete.problems.nameMissing'),
    ])
  if (!names.includes(fold(typedName)))
    throw new DomainError('INVALID_INPUT', undefined, [
      problem('confirmName', 'privacy.delete.problems.nameWrong', { name: displayName(child) }),
    ])
  const purgeAfter = graceEnd(deps)
  await insertDeletionRequest(deps.db, {
    id: deps.newId(),
    kind: 'child',
    organization_id: child.organizationId,
    child_id: child.id,
    user_id: null,
    requested_by: actor.userId,
    requested_at: deps.clock.now(),
    purge_after: purgeAfter,
  })
  return { purgeAfter }
}

export interface PendingDeletions {
  readonly children: readonly { childId: string; name: string; purgeAfter: string }[]
  readonly account: { purgeAfter: string } | undefined
}

/** What the actor asked to delete and may still bring back. */
export async function listPendingDeletions(deps: Deps, actor: Actor): Promise<PendingDeletions> {
  if (actor.kind !== 'user') return { children: [], account: undefined }
  const owned = actor.memberships.filter((m) => m.role === 'owner').map((m) => m.organizationId)
  const rows = await listChildDeletions(deps.db, owned)
  const account = await findAccountDeletion(deps.db, actor.userId)
  return {
    children: rows.map((row) => ({
      childId: row.child_id as string,
      name: row.preferred_name || row.legal_name,
      purgeAfter: row.purge_after,
    })),
    account: account ? { purgeAfter: account.purge_after } : undefined,
  }
}

/** Brings a child's record back during its grace period. */
export async function undoChildDeletion(
  deps: Deps,
  actor: Actor,
  childId: string,
): Promise<{ name: string }> {
  const request = await findChildDeletion(deps.db, childId)
  if (!request || !ownsOrganization(actor, request.organization_id)) throw new DomainError('NOT_FOUND')
  await deleteDeletionRequest(deps.db, request.id)
  const child = await getChildForActor(deps.db, actor, childId, 'read')
  return { name: displayName(child) }
}

/**
 * Asks to delete the account: the person's password confirms it. Every household the person owns
 * is hidden at once; other sessions end (this one stays, to allow the undo).
 */
export async function requestAccountDeletion(
  deps: Deps,
  actor: Actor,
  password: string,
  keepSessionHash?: string,
): Promise<{ purgeAfter: string }> {
  if (actor.kind !== 'user') throw new DomainError('NOT_FOUND')
  const hash = await findPasswordHash(deps.db, actor.userId)
  if (password === '')
    throw new DomainError('INVALID_INPUT', undefined, [
      problem('password', 'privacy.deleteAccount.problems.passwordMissing'),
    ])
  if (!hash || !(await verifyPassword(hash, password)))
    throw new DomainError('INVALID_INPUT', undefined, [
      problem('password', 'privacy.deleteAccount.problems.passwordWrong'),
    ])
  if (await findAccountDeletion(deps.db, actor.userId)) throw new DomainError('INVALID_STATE')
  const purgeAfter = graceEnd(deps)
  const now = deps.clock.now()
  const owned = actor.memberships.filter((m) => m.role === 'owner' && m.organizationKind === 'family')
  const fallback = actor.memberships[0]?.organizationId
  await deps.db.transaction().execute(async (tx) => {
    const organizations = owned.length > 0 ? owned.map((m) => m.organizationId) : fallback ? [fallback] : []
    for (const organizationId of organizations)
      await insertDeletionRequest(tx, {
        id: deps.newId(),
        kind: 'account',
        organization_id: organizationId,
        child_id: null,
        user_id: actor.userId,
        requested_by: actor.userId,
        requested_at: now,
        purge_after: purgeAfter,
      })
    await deleteSessionsOfUser(tx, actor.userId, keepSessionHash)
  })
  return { purgeAfter }
}

export async function undoAccountDeletion(deps: Deps, actor: Actor): Promise<void> {
  if (actor.kind !== 'user') throw new DomainError('NOT_FOUND')
  const found = await findAccountDeletion(deps.db, actor.userId)
  if (!found) throw new DomainError('NOT_FOUND')
  await deps.db
    .deleteFrom('deletion_requests')
    .where('kind', '=', 'account')
    .where('user_id', '=', actor.userId)
    .execute()
}

/**
 * Removes every row of a child's record, in every table of RECORD_TABLES, then its stored files.
 * A practice's own rows about the child are detached instead (`whenChildDeleted: 'detach'`).
 * One transaction for the rows; files go after the commit (a file left by a crash is unreadable
 * without its row's key, and the next purge of the same blob is a no-op).
 */
export async function purgeChild(deps: Deps, childId: string): Promise<void> {
  const blobs = (await selectRowsWhereIn(deps.db, 'documents', 'child_id', [childId])).map((row) =>
    String(row.blob_hash),
  )
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (tx) => {
    const entries = Object.entries(RECORD_TABLES)
    const parentIds = new Map<string, string[]>()
    for (const [, table] of entries)
      if (table.scope !== 'child' && !parentIds.has(table.scope.parent))
        parentIds.set(
          table.scope.parent,
          (await selectRowsWhereIn(tx, table.scope.parent, 'child_id', [childId])).map((row) =>
            String(row.id),
          ),
        )
    const remove = async (name: string) => {
      const table = RECORD_TABLES[name]
      if (!table) return
      if (table.whenChildDeleted === 'detach') await detachRowsFromChildren(tx, name, [childId], now)
      else if (table.scope === 'child') await deleteRowsWhereIn(tx, name, 'child_id', [childId])
      else await deleteRowsWhereIn(tx, name, table.scope.column, parentIds.get(table.scope.parent) ?? [])
    }
    const calendar = await findCalendarOfChild(tx, childId)
    const [childRow] = await selectRowsWhereIn(tx, 'children', 'id', [childId])
    for (const [name, table] of [...entries].reverse()) if (!table.deleteAfterChild) await remove(name)
    await deleteChildRow(tx, childId)
    for (const [name, table] of entries) if (table.deleteAfterChild) await remove(name)
    // The household's calendar only this child used (often named after the child) goes too; one a
    // sibling still uses, or another organization keeps, stays.
    if (
      calendar &&
      calendar.organizationId === childRow?.organization_id &&
      (await listChildrenOfCalendar(tx, calendar.id)).length === 0
    ) {
      await deleteSchoolYearsOfCalendar(tx, calendar.id)
      await deleteSchoolCalendarRow(tx, calendar.id)
    }
  })
  const vault = fileVaultFor(deps.config)
  for (const blob of new Set(blobs))
    if ((await countRowsWhereIn(deps.db, 'documents', 'blob_hash', [blob])) === 0) await vault.remove(blob)
}

/**
 * Removes an account: every child of the household, every row of any table that names the
 * household or the person, the household, the person, and the e-mail kept for them.
 */
export async function purgeAccount(deps: Deps, userId: string, organizationId: string): Promise<void> {
  for (const childId of await listAllChildIds(deps.db, organizationId)) await purgeChild(deps, childId)
  const user = await findUserById(deps.db, userId)
  const others = await deps.db
    .selectFrom('memberships')
    .select('user_id')
    .where('organization_id', '=', organizationId)
    .where('user_id', '!=', userId)
    .where('role', '=', 'owner')
    .execute()
  const schema = await schemaColumns(deps.db)
  await deps.db.transaction().execute(async (tx) => {
    // A household another owner still holds stays; the person leaves it.
    if (others.length === 0) {
      await deleteOrganizationRow(tx, organizationId)
      for (const [table, columns] of schema)
        if (columns.has('organization_id') && table !== 'organizations')
          await deleteRowsWhereIn(tx, table, 'organization_id', [organizationId])
    }
    await deleteUserRow(tx, userId)
    for (const [table, columns] of schema)
      if (columns.has('user_id')) await deleteRowsWhereIn(tx, table, 'user_id', [userId])
    if (user) await deleteMailTo(tx, user.email)
  })
}

/** The recurring job: purges every request whose grace period is over. Returns how many. */
export async function purgeDueDeletions(deps: Deps): Promise<number> {
  const due = await listDueDeletions(deps.db, deps.clock.now())
  for (const request of due) {
    if (request.kind === 'child' && request.child_id) await purgeChild(deps, request.child_id)
    if (request.kind === 'account' && request.user_id)
      await purgeAccount(deps, request.user_id, request.organization_id)
    await deleteDeletionRequest(deps.db, request.id)
  }
  return due.length
}
