import { type CreateTableBuilder, type Kysely, PostgresAdapter, sql } from 'kysely'

// Frozen in time: this migration never imports application code.
// When a family deletes a child's record, the practice keeps its own notes, tasks and booked calls
// about that child, detached: `child_id` becomes null and `child_detached_at` says when
// (docs/decisions/008-practice-records-after-a-family-deletes.md). Notes and tasks therefore stop
// cascading with the child; a note's child may now be null.

const TABLES = ['practice_notes', 'practice_tasks', 'consultations'] as const

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table practice_notes alter column child_id drop not null`.execute(db)
    for (const table of ['practice_notes', 'practice_tasks']) {
      await sql`alter table ${sql.table(table)} drop constraint ${sql.ref(`${table}_child_id_fkey`)}`.execute(
        db,
      )
      await sql`alter table ${sql.table(table)} add constraint ${sql.ref(`${table}_child_id_fkey`)} foreign key (child_id) references children (id) on delete set null`.execute(
        db,
      )
    }
  } else {
    // SQLite cannot change a column's constraints: the two tables are rebuilt with their rows.
    await rebuildSqlite(db, 'practice_notes', (t) =>
      t
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) =>
          c.notNull().references('organizations.id').onDelete('cascade'),
        )
        .addColumn('child_id', 'text', (c) => c.references('children.id').onDelete('set null'))
        .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull()),
    )
    await rebuildSqlite(db, 'practice_tasks', (t) =>
      t
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) =>
          c.notNull().references('organizations.id').onDelete('cascade'),
        )
        .addColumn('assignee_id', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('child_id', 'text', (c) => c.references('children.id').onDelete('set null'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('due_on', 'date')
        .addColumn('done_at', 'timestamptz')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull()),
    )
    await db.schema
      .createIndex('practice_notes_org_child_idx')
      .on('practice_notes')
      .columns(['organization_id', 'child_id'])
      .execute()
    await db.schema
      .createIndex('practice_tasks_org_idx')
      .on('practice_tasks')
      .columns(['organization_id', 'assignee_id'])
      .execute()
  }
  for (const table of TABLES)
    await db.schema.alterTable(table).addColumn('child_detached_at', 'timestamptz').execute()
}

/** Creates `table` anew from `define`, copies every row, and puts it in place of the old one. */
async function rebuildSqlite(
  // biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
  db: Kysely<any>,
  table: string,
  define: (builder: CreateTableBuilder<string, never>) => CreateTableBuilder<string, string>,
): Promise<void> {
  const next = `${table}_next`
  await define(db.schema.createTable(next)).execute()
  await sql`insert into ${sql.table(next)} select * from ${sql.table(table)}`.execute(db)
  await db.schema.dropTable(table).execute()
  await db.schema.alterTable(next).renameTo(table).execute()
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) await db.schema.alterTable(table).dropColumn('child_detached_at').execute()
}
