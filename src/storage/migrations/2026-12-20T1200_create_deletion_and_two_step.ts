import type { Kysely } from 'kysely'

// Frozen in time: this migration never imports application code.
// Deletion with a grace period, and two-step sign-in (issue 3).
//
// Deletion: A request hides a child's record (kind `child`) or every
// record of the households a user owns (kind `account`) until `purge_after`, when the purge job
// removes every row and file. Undo deletes the request. No foreign key on child_id: the request
// must outlive the child's row for the moment the purge removes it.
//
// Two-step sign-in: a TOTP secret per user (sealed with a server key), one-time recovery codes
// (hashed), sign-ins waiting for their second step, the devices a user signed in from (a cookie's
// hash, for new-device notices), and an organization's rule that its members use two steps.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('deletion_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('child_id', 'text')
    .addColumn('user_id', 'text')
    .addColumn('requested_by', 'text')
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull())
    .addColumn('purge_after', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('deletion_requests_child_idx')
    .on('deletion_requests')
    .column('child_id')
    .execute()
  await db.schema
    .createIndex('deletion_requests_organization_idx')
    .on('deletion_requests')
    .columns(['organization_id', 'kind'])
    .execute()
  await db.schema
    .createIndex('deletion_requests_purge_idx')
    .on('deletion_requests')
    .column('purge_after')
    .execute()

  await db.schema
    .createTable('two_step_factors')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('secret_sealed', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'timestamptz')
    .addColumn('last_step', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('recovery_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('recovery_codes_user_idx').on('recovery_codes').column('user_id').execute()

  await db.schema
    .createTable('pending_sign_ins')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('pending_sign_ins_user_idx').on('pending_sign_ins').column('user_id').execute()

  await db.schema
    .createTable('known_devices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('device_hash', 'text', (c) => c.notNull().unique())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('known_devices_user_idx').on('known_devices').column('user_id').execute()

  await db.schema
    .createTable('organization_policies')
    .addColumn('organization_id', 'text', (c) =>
      c.primaryKey().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('two_step_required_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('organization_policies').execute()
  await db.schema.dropTable('known_devices').execute()
  await db.schema.dropTable('pending_sign_ins').execute()
  await db.schema.dropTable('recovery_codes').execute()
  await db.schema.dropTable('two_step_factors').execute()
  await db.schema.dropTable('deletion_requests').execute()
}
