import type { DbOrTx } from './database.ts'

/**
 * Links between records on a child's file, in one table for every pair of kinds: a document and
 * the event or meeting it belongs to, a communication and the documents it mentions, a letter and
 * the events its sending recorded. Plans and meetings use the same table when they arrive.
 */
export const LINK_KINDS = [
  'document',
  'communication',
  'letter',
  'event',
  'plan',
  'meeting',
  'dispute',
  'accommodation-incident',
] as const
export type LinkKind = (typeof LINK_KINDS)[number]

export interface RecordLink {
  readonly fromKind: LinkKind
  readonly fromId: string
  readonly toKind: LinkKind
  readonly toId: string
}

/** Replaces the links of one kind going out of a record with exactly `toIds`. */
export async function setLinks(
  db: DbOrTx,
  link: {
    organizationId: string
    childId: string
    fromKind: LinkKind
    fromId: string
    toKind: LinkKind
    toIds: readonly string[]
    newId: () => string
    now: string
  },
): Promise<void> {
  await db
    .deleteFrom('record_links')
    .where('from_kind', '=', link.fromKind)
    .where('from_id', '=', link.fromId)
    .where('to_kind', '=', link.toKind)
    .execute()
  const unique = [...new Set(link.toIds)]
  if (unique.length === 0) return
  await db
    .insertInto('record_links')
    .values(
      unique.map((toId) => ({
        id: link.newId(),
        organization_id: link.organizationId,
        child_id: link.childId,
        from_kind: link.fromKind,
        from_id: link.fromId,
        to_kind: link.toKind,
        to_id: toId,
        created_at: link.now,
      })),
    )
    .execute()
}

/** The ids a record links to, of one kind. */
export async function linkedIds(
  db: DbOrTx,
  fromKind: LinkKind,
  fromId: string,
  toKind: LinkKind,
): Promise<string[]> {
  const rows = await db
    .selectFrom('record_links')
    .select('to_id')
    .where('from_kind', '=', fromKind)
    .where('from_id', '=', fromId)
    .where('to_kind', '=', toKind)
    .orderBy('created_at')
    .execute()
  return rows.map((row) => row.to_id)
}

/** The records of one kind that link to a record (e.g. the communications that mention a document). */
export async function linkingIds(
  db: DbOrTx,
  toKind: LinkKind,
  toId: string,
  fromKind: LinkKind,
): Promise<string[]> {
  const rows = await db
    .selectFrom('record_links')
    .select('from_id')
    .where('to_kind', '=', toKind)
    .where('to_id', '=', toId)
    .where('from_kind', '=', fromKind)
    .orderBy('created_at')
    .execute()
  return rows.map((row) => row.from_id)
}

/** Removes every link to or from a record (when it is deleted). */
export async function deleteLinksOf(db: DbOrTx, kind: LinkKind, id: string): Promise<void> {
  await db
    .deleteFrom('record_links')
    .where((eb) =>
      eb.or([
        eb.and([eb('from_kind', '=', kind), eb('from_id', '=', id)]),
        eb.and([eb('to_kind', '=', kind), eb('to_id', '=', id)]),
      ]),
    )
    .execute()
}
