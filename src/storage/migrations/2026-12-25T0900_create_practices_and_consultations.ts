import { type Kysely, PostgresAdapter, sql } from 'kysely'

// Frozen in time: this migration never imports application code.
// Practices (organizations of kind 'practice'): invitations, advocates' booking profiles, consultations
// booked by families, contacts, private notes and tasks.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('practice_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('invited_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('accepted_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('practice_invitations_org_idx')
    .on('practice_invitations')
    .column('organization_id')
    .execute()

  await db.schema
    .createTable('advocate_profiles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('availability', 'text', (c) => c.notNull())
    .addColumn('intake_question', 'text')
    .addColumn('published_at', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('advocate_profiles_org_user_uq', ['organization_id', 'user_id'])
    .execute()

  await db.schema
    .createTable('consultations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('advocate_id', 'text', (c) =>
      c.notNull().references('advocate_profiles.id').onDelete('cascade'),
    )
    .addColumn('start_at', 'timestamptz', (c) => c.notNull())
    .addColumn('end_at', 'timestamptz', (c) => c.notNull())
    .addColumn('length_minutes', 'integer', (c) => c.notNull())
    .addColumn('family_name', 'text', (c) => c.notNull())
    .addColumn('family_email', 'text', (c) => c.notNull())
    .addColumn('family_phone', 'text')
    .addColumn('child_grade', 'text')
    .addColumn('child_state', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('viewer_time_zone', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('child_id', 'text', (c) => c.references('children.id').onDelete('set null'))
    .addColumn('booked_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('manage_token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('manage_expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('cancelled_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('consultations_advocate_start_idx')
    .on('consultations')
    .columns(['advocate_id', 'start_at'])
    .execute()
  // Two active consultations of one advocate never start at the same moment (both databases).
  await sql`create unique index consultations_one_per_start on consultations (advocate_id, start_at) where cancelled_at is null`.execute(
    db,
  )
  if (isPostgres(db)) {
    // On PostgreSQL, no two active consultations of one advocate overlap at all: an exclusion
    // constraint over the advocate and the time range (needs btree_gist for text equality).
    const schema = await btreeGistSchema(db)
    await sql`alter table consultations add constraint consultations_no_overlap exclude using gist (advocate_id ${sql.raw(`"${schema}".gist_text_ops`)} with =, tstzrange(start_at, end_at, '[)') with &&) where (cancelled_at is null)`.execute(
      db,
    )
  }

  await db.schema
    .createTable('practice_contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('practice_contacts_org_email_uq', ['organization_id', 'email'])
    .execute()

  await db.schema
    .createTable('practice_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('practice_notes_org_child_idx')
    .on('practice_notes')
    .columns(['organization_id', 'child_id'])
    .execute()

  await db.schema
    .createTable('practice_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('assignee_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('child_id', 'text', (c) => c.references('children.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_on', 'date')
    .addColumn('done_at', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('practice_tasks_org_idx')
    .on('practice_tasks')
    .columns(['organization_id', 'assignee_id'])
    .execute()
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter
}

/**
 * The schema btree_gist lives in, installing it in `public` when absent. An advisory lock keeps two
 * migrations (test files on one database) from installing it at once.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
async function btreeGistSchema(db: Kysely<any>): Promise<string> {
  await sql`select pg_advisory_xact_lock(202612250900)`.execute(db)
  const find = () =>
    sql<{
      nspname: string
    }>`select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'btree_gist'`.execute(
      db,
    )
  const found = (await find()).rows[0]
  if (found) return found.nspname
  await sql`create extension if not exists btree_gist with schema public`.execute(db)
  return (await find()).rows[0]?.nspname ?? 'public'
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'practice_tasks',
    'practice_notes',
    'practice_contacts',
    'consultations',
    'advocate_profiles',
    'practice_invitations',
  ]) {
    await db.schema.dropTable(table).execute()
  }
}
