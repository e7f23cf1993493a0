import type { Kysely } from 'kysely'

// Frozen in time: this migration never imports application code.
// Deadlines (issue 4): one private calendar feed per person covering every child they can see. The
// feed belongs to the person, not to a child (so it holds no child data); which children it shows
// is decided on each request by the same access check as the pages. Only the token's SHA-256 is kept.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('person_calendar_feeds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('last_used_at', 'timestamptz')
    .execute()
  await db.schema
    .createIndex('person_calendar_feeds_user_idx')
    .on('person_calendar_feeds')
    .column('user_id')
    .execute()
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('person_calendar_feeds').execute()
}
