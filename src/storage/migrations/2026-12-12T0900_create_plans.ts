import { type Kysely, PostgresAdapter, sql } from 'kysely'

// Frozen in time: this migration never imports application code.
// A plan is a header row (`plans`: what it is, where it stands, which version is the latest) and its
// versions (`plan_versions`: the whole plan as JSON, who saved it and when). A version row is never
// updated: a trigger on both databases refuses any UPDATE, so a saved version stays exactly as saved.
// `plan_event_links` ties the events a plan put on the child's timeline to the plan, so the next
// save can replace them.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('revision_reason', 'text')
    .addColumn('previous_plan_id', 'text', (c) => c.references('plans.id').onDelete('set null'))
    .addColumn('previous_version', 'integer')
    .addColumn('meeting_date', 'date')
    .addColumn('effective_from', 'date')
    .addColumn('effective_to', 'date')
    .addColumn('latest_version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('plans_child_idx').on('plans').columns(['child_id', 'effective_from']).execute()
  await db.schema.createIndex('plans_organization_idx').on('plans').column('organization_id').execute()

  await db.schema
    .createTable('plan_versions')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('part', 'text')
    .addColumn('document', 'text', (c) => c.notNull())
    // No foreign key: the row must never change, not even when the person's account is deleted.
    .addColumn('saved_by', 'text')
    .addColumn('saved_by_name', 'text')
    .addColumn('saved_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_versions_pk', ['plan_id', 'version'])
    .execute()
  await db.schema.createIndex('plan_versions_child_idx').on('plan_versions').column('child_id').execute()
  await db.schema
    .createIndex('plan_versions_organization_idx')
    .on('plan_versions')
    .column('organization_id')
    .execute()

  if (isPostgres(db)) {
    await sql`create function plan_versions_refuse_update() returns trigger language plpgsql as $$
      begin
        raise exception 'plan versions never change';
      end
      $$`.execute(db)
    await sql`create trigger plan_versions_no_update before update on plan_versions
      for each row execute function plan_versions_refuse_update()`.execute(db)
  } else {
    await sql`create trigger plan_versions_no_update before update on plan_versions
      begin
        select raise(abort, 'plan versions never change');
      end`.execute(db)
  }

  await db.schema
    .createTable('plan_event_links')
    .addColumn('event_id', 'text', (c) => c.primaryKey().references('events.id').onDelete('cascade'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('source', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('plan_event_links_plan_idx').on('plan_event_links').column('plan_id').execute()
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('plan_event_links').execute()
  await sql`drop trigger if exists plan_versions_no_update${isPostgres(db) ? sql` on plan_versions` : sql``}`.execute(
    db,
  )
  if (isPostgres(db)) await sql`drop function if exists plan_versions_refuse_update()`.execute(db)
  await db.schema.dropTable('plan_versions').execute()
  await db.schema.dropTable('plans').execute()
}
