import type { Kysely } from 'kysely'

// Frozen in time: this migration never imports application code.
// Deadlines (issue 4): the school years a family enters for a child (first and last day, closed days
// as JSON), which the deadline engine counts school days on; and each person's reminder settings
// (which days before a deadline to e-mail them, or none). Which reminders went out is kept by the
// jobs table's unique dedupe_key, so each is sent once even with several app instances.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('school_years')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id').onDelete('cascade'))
    .addColumn('first_day', 'date', (c) => c.notNull())
    .addColumn('last_day', 'date', (c) => c.notNull())
    .addColumn('closures', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('school_years_child_idx')
    .on('school_years')
    .columns(['child_id', 'first_day'])
    .execute()
  await db.schema
    .createIndex('school_years_organization_idx')
    .on('school_years')
    .column('organization_id')
    .execute()

  await db.schema
    .createTable('reminder_settings')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('days_before', 'text', (c) => c.notNull())
    .addColumn('turned_off_at', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reminder_settings').execute()
  await db.schema.dropTable('school_years').execute()
}
