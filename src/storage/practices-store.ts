import type { DbOrTx } from './database.ts'
import type { AdvocateProfileTable, PracticeInvitationTable } from './tables.ts'

export interface PracticeMemberRow {
  readonly userId: string
  readonly name: string
  readonly email: string
  readonly role: string
}

export async function findOrganizationName(db: DbOrTx, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('organizations').select('name').where('id', '=', id).executeTakeFirst()
  return row?.name
}

export async function listPracticeMembers(db: DbOrTx, organizationId: string): Promise<PracticeMemberRow[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.name', 'users.email', 'memberships.role'])
    .where('memberships.organization_id', '=', organizationId)
    .orderBy('users.name')
    .execute()
  return rows.map((r) => ({ userId: r.id, name: r.name, email: r.email, role: r.role }))
}

export async function updateMembershipRole(
  db: DbOrTx,
  organizationId: string,
  userId: string,
  role: string,
): Promise<number> {
  const result = await db
    .updateTable('memberships')
    .set({ role })
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

export async function insertInvitation(db: DbOrTx, row: PracticeInvitationTable): Promise<void> {
  await db.insertInto('practice_invitations').values(row).execute()
}

export async function findInvitationByHash(
  db: DbOrTx,
  tokenHash: string,
): Promise<PracticeInvitationTable | undefined> {
  return db
    .selectFrom('practice_invitations')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst()
}

export async function markInvitationAccepted(db: DbOrTx, id: string, now: string): Promise<void> {
  await db.updateTable('practice_invitations').set({ accepted_at: now }).where('id', '=', id).execute()
}

export async function listOpenInvitations(
  db: DbOrTx,
  organizationId: string,
  now: string,
): Promise<PracticeInvitationTable[]> {
  return db
    .selectFrom('practice_invitations')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at')
    .execute()
}

export async function insertAdvocateProfile(db: DbOrTx, row: AdvocateProfileTable): Promise<void> {
  await db.insertInto('advocate_profiles').values(row).execute()
}

export async function findAdvocateProfileOfUser(
  db: DbOrTx,
  organizationId: string,
  userId: string,
): Promise<AdvocateProfileTable | undefined> {
  return db
    .selectFrom('advocate_profiles')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .executeTakeFirst()
}

export async function findAdvocateProfileBySlug(
  db: DbOrTx,
  slug: string,
): Promise<AdvocateProfileTable | undefined> {
  return db.selectFrom('advocate_profiles').selectAll().where('slug', '=', slug).executeTakeFirst()
}

export async function findAdvocateProfile(db: DbOrTx, id: string): Promise<AdvocateProfileTable | undefined> {
  return db.selectFrom('advocate_profiles').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Locks the advocate's row for the rest of the transaction (PostgreSQL), so bookings of one advocate queue. */
export async function lockAdvocateProfile(
  db: DbOrTx,
  id: string,
  dialect: 'sqlite' | 'postgres',
): Promise<void> {
  if (dialect === 'postgres') {
    await db.selectFrom('advocate_profiles').select('id').where('id', '=', id).forUpdate().execute()
  }
}

export async function listAdvocateProfiles(
  db: DbOrTx,
  organizationId: string,
): Promise<AdvocateProfileTable[]> {
  return db
    .selectFrom('advocate_profiles')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('display_name')
    .execute()
}

/** Saves availability when the version matches; returns false when someone saved first. */
export async function updateAdvocateProfile(
  db: DbOrTx,
  id: string,
  version: number,
  changes: Pick<AdvocateProfileTable, 'availability' | 'intake_question' | 'published_at' | 'display_name'>,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('advocate_profiles')
    .set({ ...changes, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Adds the family to the practice's contacts, or refreshes their name and phone. */
export async function upsertPracticeContact(
  db: DbOrTx,
  contact: {
    id: string
    organizationId: string
    name: string
    email: string
    phone: string | null
    now: string
  },
): Promise<void> {
  await db
    .insertInto('practice_contacts')
    .values({
      id: contact.id,
      organization_id: contact.organizationId,
      name: contact.name,
      email: contact.email,
      phone: contact.phone,
      created_at: contact.now,
      updated_at: contact.now,
    })
    .onConflict((oc) =>
      oc
        .columns(['organization_id', 'email'])
        .doUpdateSet({ name: contact.name, phone: contact.phone, updated_at: contact.now }),
    )
    .execute()
}

export async function listPracticeContacts(db: DbOrTx, organizationId: string) {
  return db
    .selectFrom('practice_contacts')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('name')
    .execute()
}
