import type { LinkPurpose } from '../domain/access/actor.ts'
import type { LocalDate } from '../domain/dates/local-date.ts'
import type { AccessLink } from '../domain/sharing/access-link.ts'
import type { DbOrTx } from './database.ts'
import type { AccessLinkTable } from './tables.ts'

function toAccessLink(row: AccessLinkTable): AccessLink {
  return {
    id: row.id,
    organizationId: row.organization_id,
    childId: row.child_id,
    purpose: row.purpose,
    label: row.label,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresOn: row.expires_on as LocalDate | null,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  }
}

export async function insertAccessLink(
  db: DbOrTx,
  link: Omit<AccessLink, 'revokedAt' | 'lastUsedAt'> & { tokenHash: string },
): Promise<void> {
  await db
    .insertInto('access_links')
    .values({
      id: link.id,
      organization_id: link.organizationId,
      child_id: link.childId,
      purpose: link.purpose,
      label: link.label,
      token_hash: link.tokenHash,
      created_by: link.createdBy,
      created_at: link.createdAt,
      expires_on: link.expiresOn,
      revoked_at: null,
      last_used_at: null,
    })
    .execute()
}

/** The link with this token hash and purpose (active or not), with whether its child is archived. */
export async function findAccessLinkByHash(
  db: DbOrTx,
  tokenHash: string,
  purpose: LinkPurpose,
): Promise<{ link: AccessLink; childArchived: boolean } | undefined> {
  const row = await db
    .selectFrom('access_links')
    .innerJoin('children', 'children.id', 'access_links.child_id')
    .selectAll('access_links')
    .select('children.archived_at as child_archived_at')
    .where('access_links.token_hash', '=', tokenHash)
    .where('access_links.purpose', '=', purpose)
    .executeTakeFirst()
  if (!row) return undefined
  const { child_archived_at, ...link } = row
  return { link: toAccessLink(link), childArchived: child_archived_at !== null }
}

export async function findAccessLink(db: DbOrTx, id: string): Promise<AccessLink | undefined> {
  const row = await db.selectFrom('access_links').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toAccessLink(row)
}

/** A child's links, newest first (revoked and expired ones too, so the family sees the history). */
export async function listAccessLinksOfChild(db: DbOrTx, childId: string): Promise<AccessLink[]> {
  const rows = await db
    .selectFrom('access_links')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute()
  return rows.map(toAccessLink)
}

/** Ends a link; false when it was already ended (or does not exist). */
export async function revokeAccessLinkRow(db: DbOrTx, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('access_links')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function touchAccessLink(db: DbOrTx, id: string, at: string): Promise<void> {
  await db.updateTable('access_links').set({ last_used_at: at }).where('id', '=', id).execute()
}
