import type { Kysely } from 'kysely'

// Frozen in time: this migration never imports application code.
// Meetings on a child's record (participants, the parent's preparation and what happened are JSON
// text) and disputes (the road, the dates that start the filing limits, the stages recorded, the
// outcome). Stages and held meetings add rows to `events`, which the deadline engine reads.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('meeting_date', 'date', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('link', 'text')
    .addColumn('invited_on', 'date')
    .addColumn('participants', 'text', (c) => c.notNull())
    .addColumn('prep', 'text', (c) => c.notNull())
    .addColumn('held_on', 'date')
    .addColumn('outcome', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('meetings_child_date_idx')
    .on('meetings')
    .columns(['child_id', 'meeting_date'])
    .execute()
  await db.schema.createIndex('meetings_organization_idx').on('meetings').column('organization_id').execute()

  await db.schema
    .createTable('disputes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id').onDelete('cascade'))
    .addColumn('road', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('violation_on', 'date', (c) => c.notNull())
    .addColumn('knew_on', 'date')
    .addColumn('stages', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('agreement_terms', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('disputes_child_idx')
    .on('disputes')
    .columns(['child_id', 'created_at'])
    .execute()
  await db.schema.createIndex('disputes_organization_idx').on('disputes').column('organization_id').execute()
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('disputes').execute()
  await db.schema.dropTable('meetings').execute()
}
