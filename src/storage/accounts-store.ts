import type { Membership } from '../domain/access/actor.ts'
import type { User } from '../domain/accounts/account.ts'
import type { DbOrTx } from './database.ts'
import type { UserRow } from './tables.ts'

function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    emailVerifiedAt: row.email_verified_at,
    locale: row.locale === 'en' || row.locale === 'es' ? row.locale : null,
    createdAt: row.created_at,
  }
}

export async function findUserById(db: DbOrTx, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toUser(row)
}

/** The user and the password hash, for signing in. `email` must already be normalized. */
export async function findUserCredentials(
  db: DbOrTx,
  email: string,
): Promise<{ user: User; passwordHash: string } | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst()
  return row && { user: toUser(row), passwordHash: row.password_hash }
}

export async function findPasswordHash(db: DbOrTx, userId: string): Promise<string | undefined> {
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', userId).executeTakeFirst()
  return row?.password_hash
}

export async function insertUser(
  db: DbOrTx,
  user: { id: string; email: string; name: string; passwordHash: string; locale: string | null; now: string },
): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      email: user.email,
      name: user.name,
      password_hash: user.passwordHash,
      email_verified_at: null,
      locale: user.locale,
      created_at: user.now,
      updated_at: user.now,
    })
    .execute()
}

export async function updateUser(
  db: DbOrTx,
  id: string,
  changes: {
    name?: string
    passwordHash?: string
    emailVerifiedAt?: string
    locale?: string | null
    now: string
  },
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.passwordHash !== undefined ? { password_hash: changes.passwordHash } : {}),
      ...(changes.emailVerifiedAt !== undefined ? { email_verified_at: changes.emailVerifiedAt } : {}),
      ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
      updated_at: changes.now,
    })
    .where('id', '=', id)
    .execute()
}

export async function insertOrganization(
  db: DbOrTx,
  org: { id: string; kind: 'family' | 'practice'; name: string; now: string },
): Promise<void> {
  await db
    .insertInto('organizations')
    .values({ id: org.id, kind: org.kind, name: org.name, created_at: org.now })
    .execute()
}

export async function insertMembership(
  db: DbOrTx,
  membership: { organizationId: string; userId: string; role: string; now: string },
): Promise<void> {
  await db
    .insertInto('memberships')
    .values({
      organization_id: membership.organizationId,
      user_id: membership.userId,
      role: membership.role,
      created_at: membership.now,
    })
    .execute()
}

export async function listMemberships(db: DbOrTx, userId: string): Promise<Membership[]> {
  return (await listMembershipsAndTwoStep(db, userId)).memberships
}

/**
 * The person's memberships and whether any of their organizations requires two-step sign-in, in
 * one query (both are needed on every signed-in request).
 */
export async function listMembershipsAndTwoStep(
  db: DbOrTx,
  userId: string,
): Promise<{ memberships: Membership[]; twoStepRequired: boolean }> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('organizations', 'organizations.id', 'memberships.organization_id')
    .leftJoin('organization_policies', 'organization_policies.organization_id', 'memberships.organization_id')
    .select([
      'memberships.organization_id',
      'memberships.role',
      'organizations.kind',
      'organization_policies.two_step_required_at',
    ])
    .where('memberships.user_id', '=', userId)
    .orderBy('memberships.created_at')
    .execute()
  return {
    memberships: rows.map((row) => ({
      organizationId: row.organization_id,
      organizationKind: row.kind,
      role: row.role,
    })),
    twoStepRequired: rows.some((row) => row.two_step_required_at !== null),
  }
}
