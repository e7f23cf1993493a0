import type { Kysely } from 'kysely'

// Frozen in time: this migration never imports application code.
// The service log (sessions of each service of a plan: given or missed, and why) and the log of
// days an accommodation was not provided. Services and accommodations live in plan versions and
// are referred to by their stable ids.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('service_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id').onDelete('cascade'))
    .addColumn('service_id', 'text', (c) => c.notNull())
    .addColumn('session_date', 'date', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('provider', 'text')
    .addColumn('note', 'text')
    // family | school | child-report
    .addColumn('source', 'text', (c) => c.notNull())
    // 1 for what the child reports ("no speech today"): shown, never counted.
    .addColumn('unconfirmed', 'integer', (c) => c.notNull())
    .addColumn('entered_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    // Set when a session came through a data-entry link (the link's id; no foreign key, links may go).
    .addColumn('entered_via_link', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('service_sessions_child_date_idx')
    .on('service_sessions')
    .columns(['child_id', 'session_date'])
    .execute()
  await db.schema
    .createIndex('service_sessions_organization_idx')
    .on('service_sessions')
    .column('organization_id')
    .execute()

  await db.schema
    .createTable('accommodation_incidents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id').onDelete('cascade'))
    .addColumn('accommodation_id', 'text', (c) => c.notNull())
    .addColumn('incident_date', 'date', (c) => c.notNull())
    .addColumn('what_happened', 'text', (c) => c.notNull())
    .addColumn('reported_by', 'text')
    .addColumn('entered_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('accommodation_incidents_child_date_idx')
    .on('accommodation_incidents')
    .columns(['child_id', 'incident_date'])
    .execute()
  await db.schema
    .createIndex('accommodation_incidents_organization_idx')
    .on('accommodation_incidents')
    .column('organization_id')
    .execute()
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('accommodation_incidents').execute()
  await db.schema.dropTable('service_sessions').execute()
}
