import { type Kysely, PostgresAdapter, sql } from 'kysely'

// Frozen in time: this migration never imports application code.
// What pages work out from a child's rows (the deadlines; the caseload's signals) can be kept and
// reused for as long as those rows have not changed. Two counters on the child's row go up, inside
// the writing transaction, whenever a row they cover is added, changed or removed:
// - `deadlines_version`: the child's events, which school calendar the child follows, and that
//   calendar's school years (what the deadline engine reads, with the state and date of birth that
//   are on the child's row itself);
// - `signals_version`: plans and their versions, progress data, the service log, meetings, disputes,
//   the calendar link and the calendar's school years (what the caseload's signals read).
// A school year belongs to a calendar that several children may follow: a change to it counts for
// every child linked to that calendar.
// Triggers do the counting so that no write path (pages, API, imports, jobs, restores) can forget it,
// on whichever app instance writes. A later migration that rebuilds one of these tables on SQLite
// must create its triggers again.

const COUNTERS = {
  deadlines_version: ['events', 'child_school_calendars'],
  signals_version: [
    'plans',
    'plan_versions',
    'progress_points',
    'progress_notes',
    'service_sessions',
    'meetings',
    'disputes',
    'child_school_calendars',
  ],
} as const

// School years count for every child that follows their calendar, on both counters.
const SCHOOL_YEARS_TRIGGER = 'school_years_bump_linked_children'
const BOTH = sql.raw('deadlines_version = deadlines_version + 1, signals_version = signals_version + 1')

const pairs = Object.entries(COUNTERS).flatMap(([counter, tables]) =>
  tables.map((table) => ({ counter, table, name: `${table}_bumps_${counter}` })),
)

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function up(db: Kysely<any>): Promise<void> {
  for (const counter of Object.keys(COUNTERS))
    await db.schema
      .alterTable('children')
      .addColumn(counter, 'integer', (c) => c.notNull().defaultTo(0))
      .execute()
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`
      create function bump_child_counter() returns trigger language plpgsql as $$
      declare counter text := tg_argv[0];
      begin
        if tg_op <> 'INSERT' then
          execute format('update children set %I = %I + 1 where id = $1', counter, counter) using old.child_id;
        end if;
        if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.child_id is distinct from old.child_id) then
          execute format('update children set %I = %I + 1 where id = $1', counter, counter) using new.child_id;
        end if;
        return null;
      end
      $$`.execute(db)
    for (const { counter, table, name } of pairs)
      await sql`create trigger ${sql.ref(name)} after insert or update or delete on ${sql.table(table)}
        for each row execute function bump_child_counter(${sql.lit(counter)})`.execute(db)
    await sql`
      create function bump_calendar_children() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' then
          update children set ${BOTH}
          where id in (select child_id from child_school_calendars where calendar_id = old.calendar_id);
        end if;
        if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.calendar_id is distinct from old.calendar_id) then
          update children set ${BOTH}
          where id in (select child_id from child_school_calendars where calendar_id = new.calendar_id);
        end if;
        return null;
      end
      $$`.execute(db)
    await sql`create trigger ${sql.ref(SCHOOL_YEARS_TRIGGER)} after insert or update or delete on school_years
      for each row execute function bump_calendar_children()`.execute(db)
    return
  }
  const linked = (row: 'old' | 'new') =>
    sql`id in (select child_id from child_school_calendars where calendar_id = ${sql.raw(row)}.calendar_id)`
  await sql`create trigger ${sql.ref(`${SCHOOL_YEARS_TRIGGER}_on_insert`)} after insert on school_years
    begin update children set ${BOTH} where ${linked('new')}; end`.execute(db)
  await sql`create trigger ${sql.ref(`${SCHOOL_YEARS_TRIGGER}_on_update`)} after update on school_years
    begin update children set ${BOTH} where ${linked('old')} or ${linked('new')}; end`.execute(db)
  await sql`create trigger ${sql.ref(`${SCHOOL_YEARS_TRIGGER}_on_delete`)} after delete on school_years
    begin update children set ${BOTH} where ${linked('old')}; end`.execute(db)
  for (const { counter, table, name } of pairs) {
    const bump = sql`update children set ${sql.ref(counter)} = ${sql.ref(counter)} + 1`
    await sql`create trigger ${sql.ref(`${name}_on_insert`)} after insert on ${sql.table(table)}
      begin ${bump} where id = new.child_id; end`.execute(db)
    await sql`create trigger ${sql.ref(`${name}_on_update`)} after update on ${sql.table(table)}
      begin ${bump} where id in (old.child_id, new.child_id); end`.execute(db)
    await sql`create trigger ${sql.ref(`${name}_on_delete`)} after delete on ${sql.table(table)}
      begin ${bump} where id = old.child_id; end`.execute(db)
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    for (const { table, name } of pairs)
      await sql`drop trigger if exists ${sql.ref(name)} on ${sql.table(table)}`.execute(db)
    await sql`drop function if exists bump_child_counter()`.execute(db)
    await sql`drop trigger if exists ${sql.ref(SCHOOL_YEARS_TRIGGER)} on school_years`.execute(db)
    await sql`drop function if exists bump_calendar_children()`.execute(db)
  } else {
    for (const name of [...pairs.map((pair) => pair.name), SCHOOL_YEARS_TRIGGER])
      for (const op of ['insert', 'update', 'delete'])
        await sql`drop trigger if exists ${sql.ref(`${name}_on_${op}`)}`.execute(db)
  }
  for (const counter of Object.keys(COUNTERS))
    await db.schema.alterTable('children').dropColumn(counter).execute()
}
