import type { Child, ChildDetails, ChildId, Grade } from '../domain/children/child.ts'
import type { StateCode } from '../domain/children/us-states.ts'
import type { LocalDate } from '../domain/dates/local-date.ts'
import type { DbOrTx } from './database.ts'
import { notPendingDeletion } from './deletions-store.ts'
import { preparedQuery } from './prepared-query.ts'
import { memoizedRead, rememberRead } from './read-memo.ts'
import type { ChildRow } from './tables.ts'

/**
 * The counters each child object was read with (`deadlines_version`, `signals_version`: see the
 * migration that added them). Kept beside the object rather than on the domain type: they are
 * storage bookkeeping, not part of the record.
 */
const counters = new WeakMap<Child, { readonly deadlines: number; readonly signals: number }>()

/** The child's counters as read from the database; undefined for a child not read by this store. */
export function derivedDataVersionsOf(
  child: Child,
): { readonly deadlines: number; readonly signals: number } | undefined {
  return counters.get(child)
}

function toChild(row: ChildRow): Child {
  const child: Child = {
    id: row.id as ChildId,
    organizationId: row.organization_id,
    legalName: row.legal_name,
    preferredName: row.preferred_name,
    dateOfBirth: row.date_of_birth as LocalDate,
    grade: row.grade as Grade | null,
    school: row.school,
    district: row.district,
    state: row.state as StateCode,
    homeLanguage: row.home_language,
    notes: row.notes,
    archivedAt: row.archived_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
  counters.set(child, { deadlines: row.deadlines_version, signals: row.signals_version })
  return child
}

function detailsColumns(details: ChildDetails) {
  return {
    legal_name: details.legalName,
    preferred_name: details.preferredName,
    date_of_birth: details.dateOfBirth,
    grade: details.grade,
    school: details.school,
    district: details.district,
    state: details.state,
    home_language: details.homeLanguage,
    notes: details.notes,
  }
}

export async function insertChild(
  db: DbOrTx,
  child: { id: string; organizationId: string; details: ChildDetails; now: string },
): Promise<void> {
  await db
    .insertInto('children')
    .values({
      id: child.id,
      organization_id: child.organizationId,
      ...detailsColumns(child.details),
      archived_at: null,
      version: 1,
      created_at: child.now,
      updated_at: child.now,
    })
    .execute()
}

// The access check's read, on every request about a child: built once.
const childById = preparedQuery<ChildRow, [string]>(1, (db, _postgres, id) =>
  db.selectFrom('children').selectAll().where('id', '=', id).where(notPendingDeletion),
)

export async function findChild(db: DbOrTx, id: string): Promise<Child | undefined> {
  return memoizedRead(db, `child:${id}`, async () => {
    const [row] = await childById(db, id)
    return row && toChild(row)
  })
}

/** Children of any of the given organizations, active first then by name. */
export async function listChildrenOfOrganizations(
  db: DbOrTx,
  organizationIds: readonly string[],
  options: { archived: boolean },
): Promise<Child[]> {
  if (organizationIds.length === 0) return []
  const key = `children-of:${options.archived}:${organizationIds.join(',')}`
  const children = await memoizedRead(db, key, async () => {
    const rows = await db
      .selectFrom('children')
      .selectAll()
      .where('organization_id', 'in', organizationIds)
      .where('archived_at', options.archived ? 'is not' : 'is', null)
      .where(notPendingDeletion)
      .orderBy('legal_name')
      .execute()
    const found = rows.map(toChild)
    // The same rows findChild reads (it too leaves out records waiting to be deleted).
    for (const child of found) rememberRead(db, `child:${child.id}`, child)
    return found
  })
  return [...children]
}

/**
 * Saves new details only if the stored version is still `expectedVersion` (optimistic concurrency).
 * Returns false when someone else saved first; the caller refuses the edit and keeps the person's input.
 */
export async function updateChildDetails(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  details: ChildDetails,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('children')
    .set({ ...detailsColumns(details), version: expectedVersion + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function setChildArchived(
  db: DbOrTx,
  id: string,
  archivedAt: string | null,
  now: string,
): Promise<void> {
  const current = await db
    .selectFrom('children')
    .select('version')
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
  await db
    .updateTable('children')
    .set({ archived_at: archivedAt, version: current.version + 1, updated_at: now })
    .where('id', '=', id)
    .execute()
}

/** The children with these ids that are not archived, by name (for children shared with someone). */
export async function listActiveChildrenByIds(db: DbOrTx, ids: readonly string[]): Promise<Child[]> {
  if (ids.length === 0) return []
  const rows = await db
    .selectFrom('children')
    .selectAll()
    .where('id', 'in', ids)
    .where('archived_at', 'is', null)
    .orderBy('legal_name')
    .execute()
  return rows.map(toChild)
}
