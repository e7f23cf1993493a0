import type { ChildGrant, ShareScope } from '../domain/access/actor.ts'
import type { LocalDate } from '../domain/dates/local-date.ts'
import type { ChildShare, ShareInvitation } from '../domain/sharing/share.ts'
import type { DbOrTx } from './database.ts'
import type { ShareInvitationTable } from './tables.ts'

export async function insertShare(
  db: DbOrTx,
  share: {
    id: string
    organizationId: string
    childId: string
    granteeUserId: string | null
    granteeOrganizationId: string | null
    scope: ShareScope
    expiresOn: LocalDate | null
    createdBy: string | null
    createdAt: string
  },
): Promise<void> {
  await db
    .insertInto('child_shares')
    .values({
      id: share.id,
      organization_id: share.organizationId,
      child_id: share.childId,
      grantee_user_id: share.granteeUserId,
      grantee_organization_id: share.granteeOrganizationId,
      scope: share.scope,
      expires_on: share.expiresOn,
      created_by: share.createdBy,
      created_at: share.createdAt,
      revoked_at: null,
    })
    .execute()
}

function sharesQuery(db: DbOrTx) {
  return db
    .selectFrom('child_shares')
    .leftJoin('users', 'users.id', 'child_shares.grantee_user_id')
    .leftJoin('organizations', 'organizations.id', 'child_shares.grantee_organization_id')
    .selectAll('child_shares')
    .select([
      'users.name as user_name',
      'users.email as user_email',
      'organizations.name as organization_name',
    ])
}

type ShareJoinedRow = Awaited<ReturnType<ReturnType<typeof sharesQuery>['executeTakeFirstOrThrow']>>

function toShare(row: ShareJoinedRow): ChildShare {
  return {
    id: row.id,
    organizationId: row.organization_id,
    childId: row.child_id,
    grantee:
      row.grantee_user_id !== null
        ? {
            kind: 'user',
            userId: row.grantee_user_id,
            name: row.user_name ?? '',
            email: row.user_email ?? '',
          }
        : {
            kind: 'organization',
            organizationId: row.grantee_organization_id ?? '',
            name: row.organization_name ?? '',
          },
    scope: row.scope,
    expiresOn: row.expires_on as LocalDate | null,
    createdBy: row.created_by,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  }
}

export async function findShare(db: DbOrTx, id: string): Promise<ChildShare | undefined> {
  const row = await sharesQuery(db).where('child_shares.id', '=', id).executeTakeFirst()
  return row && toShare(row)
}

/** A child's shares, newest first (ended ones too). */
export async function listSharesOfChild(db: DbOrTx, childId: string): Promise<ChildShare[]> {
  const rows = await sharesQuery(db)
    .where('child_shares.child_id', '=', childId)
    .orderBy('child_shares.created_at', 'desc')
    .orderBy('child_shares.id')
    .execute()
  return rows.map(toShare)
}

/**
 * The shares that reach a user on `today`, directly or through their organizations: not ended, not
 * past their last day, and of a child that is not archived.
 */
export async function listActiveGrants(
  db: DbOrTx,
  userId: string,
  organizationIds: readonly string[],
  today: LocalDate,
): Promise<ChildGrant[]> {
  const rows = await db
    .selectFrom('child_shares')
    .innerJoin('children', 'children.id', 'child_shares.child_id')
    .select([
      'child_shares.child_id',
      'child_shares.scope',
      'child_shares.expires_on',
      'children.organization_id',
    ])
    .where('child_shares.revoked_at', 'is', null)
    .where('children.archived_at', 'is', null)
    .where((eb) =>
      eb.or([eb('child_shares.expires_on', 'is', null), eb('child_shares.expires_on', '>=', today)]),
    )
    .where((eb) =>
      organizationIds.length > 0
        ? eb.or([
            eb('child_shares.grantee_user_id', '=', userId),
            eb('child_shares.grantee_organization_id', 'in', organizationIds),
          ])
        : eb('child_shares.grantee_user_id', '=', userId),
    )
    // A stable order: a person's sign-in is compared and kept as read (services/accounts/sessions.ts).
    .orderBy('child_shares.child_id')
    .orderBy('child_shares.id')
    .execute()
  return rows.map((row) => ({
    childId: row.child_id,
    organizationId: row.organization_id,
    scope: row.scope,
    expiresOn: row.expires_on as LocalDate | null,
  }))
}

/** Ends every active share of a child with this grantee (a new share replaces the old one). */
export async function revokeSharesOfGrantee(
  db: DbOrTx,
  childId: string,
  grantee: { userId: string } | { organizationId: string },
  at: string,
): Promise<void> {
  let query = db
    .updateTable('child_shares')
    .set({ revoked_at: at })
    .where('child_id', '=', childId)
    .where('revoked_at', 'is', null)
  query =
    'userId' in grantee
      ? query.where('grantee_user_id', '=', grantee.userId)
      : query.where('grantee_organization_id', '=', grantee.organizationId)
  await query.execute()
}

/** Changes the scope and last day of a share that has not ended; false when it had ended. */
export async function updateShareTerms(
  db: DbOrTx,
  id: string,
  terms: { scope: ShareScope; expiresOn: LocalDate | null },
): Promise<boolean> {
  const result = await db
    .updateTable('child_shares')
    .set({ scope: terms.scope, expires_on: terms.expiresOn })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function revokeShareRow(db: DbOrTx, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('child_shares')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

function toInvitation(row: ShareInvitationTable): ShareInvitation {
  return {
    id: row.id,
    organizationId: row.organization_id,
    childId: row.child_id,
    email: row.email,
    scope: row.scope,
    expiresOn: row.expires_on as LocalDate | null,
    locale: row.locale === 'es' ? 'es' : 'en',
    invitedBy: row.invited_by,
    createdAt: row.created_at,
    respondBy: row.respond_by,
    acceptedAt: row.accepted_at,
    acceptedBy: row.accepted_by,
    declinedAt: row.declined_at,
    revokedAt: row.revoked_at,
  }
}

export async function insertInvitation(
  db: DbOrTx,
  invitation: Omit<ShareInvitation, 'acceptedAt' | 'acceptedBy' | 'declinedAt' | 'revokedAt'> & {
    tokenHash: string
  },
): Promise<void> {
  await db
    .insertInto('share_invitations')
    .values({
      id: invitation.id,
      organization_id: invitation.organizationId,
      child_id: invitation.childId,
      email: invitation.email,
      scope: invitation.scope,
      expires_on: invitation.expiresOn,
      locale: invitation.locale,
      token_hash: invitation.tokenHash,
      invited_by: invitation.invitedBy,
      created_at: invitation.createdAt,
      respond_by: invitation.respondBy,
      accepted_at: null,
      accepted_by: null,
      share_id: null,
      declined_at: null,
      revoked_at: null,
    })
    .execute()
}

export async function findInvitationByHash(
  db: DbOrTx,
  tokenHash: string,
): Promise<ShareInvitation | undefined> {
  const row = await db
    .selectFrom('share_invitations')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst()
  return row && toInvitation(row)
}

export async function findInvitation(db: DbOrTx, id: string): Promise<ShareInvitation | undefined> {
  const row = await db.selectFrom('share_invitations').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toInvitation(row)
}

/** A child's invitations, newest first. */
export async function listInvitationsOfChild(db: DbOrTx, childId: string): Promise<ShareInvitation[]> {
  const rows = await db
    .selectFrom('share_invitations')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute()
  return rows.map(toInvitation)
}

/** Invitations sent to an address that nobody has answered yet and that are still open at `now`. */
export async function listOpenInvitationsForEmail(
  db: DbOrTx,
  email: string,
  now: string,
): Promise<ShareInvitation[]> {
  const rows = await db
    .selectFrom('share_invitations')
    .selectAll()
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .where('declined_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('respond_by', '>', now)
    .orderBy('created_at', 'desc')
    .execute()
  return rows.map(toInvitation)
}

/** Marks an open invitation answered; false when someone answered (or ended) it first. */
export async function answerInvitation(
  db: DbOrTx,
  id: string,
  answer:
    | { kind: 'accepted'; at: string; userId: string; shareId: string }
    | { kind: 'declined'; at: string }
    | { kind: 'revoked'; at: string },
): Promise<boolean> {
  const set =
    answer.kind === 'accepted'
      ? { accepted_at: answer.at, accepted_by: answer.userId, share_id: answer.shareId }
      : answer.kind === 'declined'
        ? { declined_at: answer.at }
        : { revoked_at: answer.at }
  const result = await db
    .updateTable('share_invitations')
    .set(set)
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('declined_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** The practices (not households) a person with this e-mail runs, as owner or admin. */
export async function findPracticesRunBy(
  db: DbOrTx,
  email: string,
): Promise<{ organizationId: string; name: string }[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .innerJoin('organizations', 'organizations.id', 'memberships.organization_id')
    .select(['organizations.id', 'organizations.name'])
    .where('users.email', '=', email)
    .where('organizations.kind', '=', 'practice')
    .where('memberships.role', 'in', ['owner', 'admin'])
    .orderBy('organizations.name')
    .execute()
  return rows.map((row) => ({ organizationId: row.id, name: row.name }))
}
