import { type Kysely, PostgresAdapter, sql } from 'kysely'

// Frozen in time: this migration never imports application code.
// A child's deadlines are worked out from its events and school years (and its state and date of
// birth, which are on the child's row). `children.deadlines_version` goes up, inside the writing
// transaction, whenever one of the child's events or school years is added, changed or removed, so
// a computed set of deadlines can be kept and reused for as long as the version it was computed at
// is the one in the database — on every app instance sharing the database. Triggers do the counting
// so that no write path (pages, API, imports, jobs, restores) can forget it. A later migration that
// rebuilds `events` or `school_years` on SQLite must create these triggers again.

const TABLES = ['events', 'school_years'] as const

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('children')
    .addColumn('deadlines_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`
      create function bump_child_deadlines_version() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' then
          update children set deadlines_version = deadlines_version + 1 where id = old.child_id;
        end if;
        if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.child_id is distinct from old.child_id) then
          update children set deadlines_version = deadlines_version + 1 where id = new.child_id;
        end if;
        return null;
      end
      $$`.execute(db)
    for (const table of TABLES) {
      await sql`create trigger ${sql.ref(`${table}_bump_child_deadlines_version`)}
        after insert or update or delete on ${sql.table(table)}
        for each row execute function bump_child_deadlines_version()`.execute(db)
    }
    return
  }
  for (const table of TABLES) {
    await sql`create trigger ${sql.ref(`${table}_insert_bumps_deadlines_version`)} after insert on ${sql.table(table)}
      begin update children set deadlines_version = deadlines_version + 1 where id = new.child_id; end`.execute(
      db,
    )
    await sql`create trigger ${sql.ref(`${table}_update_bumps_deadlines_version`)} after update on ${sql.table(table)}
      begin update children set deadlines_version = deadlines_version + 1 where id in (old.child_id, new.child_id); end`.execute(
      db,
    )
    await sql`create trigger ${sql.ref(`${table}_delete_bumps_deadlines_version`)} after delete on ${sql.table(table)}
      begin update children set deadlines_version = deadlines_version + 1 where id = old.child_id; end`.execute(
      db,
    )
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    for (const table of TABLES)
      await sql`drop trigger if exists ${sql.ref(`${table}_bump_child_deadlines_version`)} on ${sql.table(table)}`.execute(
        db,
      )
    await sql`drop function if exists bump_child_deadlines_version()`.execute(db)
  } else {
    for (const table of TABLES)
      for (const op of ['insert', 'update', 'delete'])
        await sql`drop trigger if exists ${sql.ref(`${table}_${op}_bumps_deadlines_version`)}`.execute(db)
  }
  await db.schema.alterTable('children').dropColumn('deadlines_version').execute()
}
