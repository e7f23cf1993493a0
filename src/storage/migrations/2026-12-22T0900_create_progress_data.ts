import type { Kysely } from 'kysely'

// Frozen in time: this migration never imports application code.
// Progress data for annual goals: data points (a score on a date), and notes beside them (what a
// school progress report said about a goal, and the days instruction changed). Points hang on the
// plan goal's stable id, which stays the same across versions, amendments and next year's plan.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('progress_points')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id').onDelete('cascade'))
    .addColumn('goal_id', 'text', (c) => c.notNull())
    .addColumn('measured_on', 'date', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('unit', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('entered_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('entered_by_link_id', 'text')
    .addColumn('entered_by_name', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('progress_points_goal_idx')
    .on('progress_points')
    .columns(['child_id', 'goal_id', 'measured_on'])
    .execute()
  await db.schema
    .createIndex('progress_points_organization_idx')
    .on('progress_points')
    .column('organization_id')
    .execute()

  await db.schema
    .createTable('progress_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id').onDelete('cascade'))
    .addColumn('goal_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('noted_on', 'date', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('progress_notes_goal_idx')
    .on('progress_notes')
    .columns(['child_id', 'goal_id', 'noted_on'])
    .execute()
  await db.schema
    .createIndex('progress_notes_organization_idx')
    .on('progress_notes')
    .column('organization_id')
    .execute()
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('progress_notes').execute()
  await db.schema.dropTable('progress_points').execute()
}
