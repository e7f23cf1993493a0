import { type Kysely, PostgresAdapter, sql } from 'kysely'

// Frozen in time: this migration never imports application code.
// A finished page can be sent again, without reading and drawing it anew, for as long as nothing it
// shows has changed. `page_versions` holds one counter per scope, raised inside the writing
// transaction whenever a row in that scope is added, changed or removed:
// - an organization's id: every table that carries `organization_id` (a household's or a practice's
//   data), except the audit trail (reading a child writes to it) and the job queue (the worker writes
//   to it all the time; pages do not show it). A row about a child kept by another organization (a
//   consultation, a share) also counts for the child's household; a share also for the practice it
//   is with;
// - `shared:<practice>` and `shared:user:<person>`: every change counted for a household also counts
//   for those it shares a child with (while the share is not ended);
// - `user:<id>`: what a person's sign-in is made of (their row, memberships, the shares made with them
//   directly, and the shares of a child whose household archives or restores it) and their own
//   settings (reminders, calendar links); sign-in is kept per session while this stamp holds;
// - `people`: what one person sees of others — names and e-mail addresses, organization names, and
//   invitations addressed to an e-mail address.
// Triggers do the counting so that no write path (pages, API, imports, jobs, restores) can forget it,
// on whichever app instance writes. Counters only go up and rows are never removed, so a sum of
// counters over a fixed set of scopes changes whenever any of them does. A later migration that adds a
// table with `organization_id` must add it here (a test lists every table and its trigger), and one
// that rebuilds a table on SQLite must create its triggers again.

/** Tables whose rows belong to `organization_id`. */
const ORGANIZATION_TABLES = [
  'access_links',
  'accommodation_incidents',
  'advocate_profiles',
  'child_school_calendars',
  'child_shares',
  'children',
  'communications',
  'consultations',
  'deletion_requests',
  'disputes',
  'document_imports',
  'documents',
  'events',
  'letters',
  'meetings',
  'memberships',
  'organization_policies',
  'plan_event_links',
  'plan_versions',
  'plans',
  'practice_contacts',
  'practice_invitations',
  'practice_notes',
  'practice_tasks',
  'progress_notes',
  'progress_points',
  'record_links',
  'school_calendars',
  'school_years',
  'search_entries',
  'service_sessions',
  'share_invitations',
] as const

/** Rows kept by one organization about another household's child: they count for the household too. */
const CHILD_HOUSEHOLD_TABLES = ['consultations', 'child_shares'] as const
/** Invitations addressed to an e-mail address: they show on the invitee's own pages. */
const PEOPLE_TABLES = ['share_invitations', 'practice_invitations'] as const
/** A person's own memberships and settings. */
const USER_TABLES = ['memberships', 'reminder_settings', 'person_calendar_feeds'] as const

const name = (table: string) => `${table}_bumps_page_versions`
const ARCHIVE_TRIGGER = 'children_archiving_bumps_grantees'

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter
  await db.schema
    .createTable('page_versions')
    .addColumn('scope', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    // SQLite: the counters live in the key's own b-tree (one lookup a scope, not two).
    .$call((table) => (postgres ? table : table.modifyEnd(sql`without rowid`)))
    .execute()
  await db.schema
    .createIndex('child_shares_organization_idx')
    .on('child_shares')
    .column('organization_id')
    .execute()
  const bump = (scope: string) =>
    `insert into page_versions (scope, version) values (${scope}, 1)
       on conflict (scope) do update set version = page_versions.version + 1;`
  // What a household shares counts for those it shares with: `shared:<practice>` or
  // `shared:user:<person>`, one scope each, however many households share with them (a caseload of
  // a thousand children is checked with one counter, not a thousand).
  const sharedWith = (household: string) =>
    `insert into page_versions (scope, version)
       select distinct 'shared:' || coalesce(grantee_organization_id, 'user:' || grantee_user_id), 1
       from child_shares where organization_id = ${household} and revoked_at is null
       on conflict (scope) do update set version = page_versions.version + 1;`
  const organization = (id: string) => `${bump(id)}\n${sharedWith(id)}`
  const childHousehold = (row: string) =>
    `insert into page_versions (scope, version)
       select organization_id, 1 from children where id = ${row}.child_id
       on conflict (scope) do update set version = page_versions.version + 1;
     ${sharedWith(`(select organization_id from children where id = ${row}.child_id)`)}`
  const grantee = (row: string) =>
    `insert into page_versions (scope, version)
       select ${row}.grantee_organization_id, 1 where ${row}.grantee_organization_id is not null
       on conflict (scope) do update set version = page_versions.version + 1;`
  const granteeUser = (row: string) =>
    `insert into page_versions (scope, version)
       select 'user:' || ${row}.grantee_user_id, 1 where ${row}.grantee_user_id is not null
       on conflict (scope) do update set version = page_versions.version + 1;`
  // Archiving or restoring a child ends or restores its shares: every grantee's sign-in changes.
  const grantees = (row: string) =>
    `insert into page_versions (scope, version)
       select 'user:' || grantee_user_id, 1 from child_shares
       where child_id = ${row}.id and grantee_user_id is not null
       on conflict (scope) do update set version = page_versions.version + 1;
     insert into page_versions (scope, version)
       select grantee_organization_id, 1 from child_shares
       where child_id = ${row}.id and grantee_organization_id is not null
       on conflict (scope) do update set version = page_versions.version + 1;`
  const people = (row: string) =>
    `insert into page_versions (scope, version)
       select 'people', 1 where ${row}
       on conflict (scope) do update set version = page_versions.version + 1;`
  /** The statements a row change runs, for `row` ('old' or 'new'). */
  const statements = (table: string, row: string) => {
    const parts: string[] = []
    if ((ORGANIZATION_TABLES as readonly string[]).includes(table))
      parts.push(organization(`${row}.organization_id`))
    if ((CHILD_HOUSEHOLD_TABLES as readonly string[]).includes(table)) parts.push(childHousehold(row))
    if (table === 'child_shares') parts.push(grantee(row), granteeUser(row))
    if ((PEOPLE_TABLES as readonly string[]).includes(table)) parts.push(bump(`'people'`))
    if ((USER_TABLES as readonly string[]).includes(table)) parts.push(bump(`'user:' || ${row}.user_id`))
    return parts.join('\n')
  }
  const tables = [...new Set([...ORGANIZATION_TABLES, ...PEOPLE_TABLES, ...USER_TABLES])]
  if (postgres) {
    for (const table of tables) {
      const fn = `${name(table)}_fn`
      await sql
        .raw(`create function ${fn}() returns trigger language plpgsql as $$
        begin
          if tg_op <> 'INSERT' then ${statements(table, 'old')} end if;
          if tg_op <> 'DELETE' then ${statements(table, 'new')} end if;
          return null;
        end $$`)
        .execute(db)
      await sql
        .raw(`create trigger ${name(table)} after insert or update or delete on ${table}
        for each row execute function ${fn}()`)
        .execute(db)
    }
    await sql
      .raw(`create function ${name('organizations')}_fn() returns trigger language plpgsql as $$
      begin ${organization('old.id')} ${bump(`'people'`)} return null; end $$`)
      .execute(db)
    await sql
      .raw(`create trigger ${name('organizations')} after update of name or delete on organizations
      for each row execute function ${name('organizations')}_fn()`)
      .execute(db)
    await sql
      .raw(`create function ${name('users')}_fn() returns trigger language plpgsql as $$
      begin
        ${bump(`'user:' || old.id`)}
        if tg_op = 'DELETE' then ${bump(`'people'`)}
        else ${people('new.name is distinct from old.name or new.email is distinct from old.email')}
        end if;
        return null;
      end $$`)
      .execute(db)
    await sql
      .raw(`create trigger ${name('users')} after update or delete on users
      for each row execute function ${name('users')}_fn()`)
      .execute(db)
    await sql
      .raw(`create function ${ARCHIVE_TRIGGER}_fn() returns trigger language plpgsql as $$
      begin ${grantees('new')} return null; end $$`)
      .execute(db)
    await sql
      .raw(`create trigger ${ARCHIVE_TRIGGER} after update of archived_at on children
      for each row when (new.archived_at is distinct from old.archived_at)
      execute function ${ARCHIVE_TRIGGER}_fn()`)
      .execute(db)
    return
  }
  for (const table of tables) {
    await sql
      .raw(`create trigger ${name(table)}_on_insert after insert on ${table}
      begin ${statements(table, 'new')} end`)
      .execute(db)
    await sql
      .raw(`create trigger ${name(table)}_on_update after update on ${table}
      begin ${statements(table, 'old')} ${statements(table, 'new')} end`)
      .execute(db)
    await sql
      .raw(`create trigger ${name(table)}_on_delete after delete on ${table}
      begin ${statements(table, 'old')} end`)
      .execute(db)
  }
  await sql
    .raw(`create trigger ${name('organizations')}_on_update after update of name on organizations
    begin ${organization('old.id')} ${bump(`'people'`)} end`)
    .execute(db)
  await sql
    .raw(`create trigger ${name('organizations')}_on_delete after delete on organizations
    begin ${organization('old.id')} ${bump(`'people'`)} end`)
    .execute(db)
  await sql
    .raw(`create trigger ${name('users')}_on_update after update on users
    begin ${bump(`'user:' || old.id`)} ${people('old.name is not new.name or old.email is not new.email')} end`)
    .execute(db)
  await sql
    .raw(`create trigger ${name('users')}_on_delete after delete on users
    begin ${bump(`'user:' || old.id`)} ${bump(`'people'`)} end`)
    .execute(db)
  await sql
    .raw(`create trigger ${ARCHIVE_TRIGGER} after update of archived_at on children
    when new.archived_at is not old.archived_at
    begin ${grantees('new')} end`)
    .execute(db)
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function down(db: Kysely<any>): Promise<void> {
  const tables = [
    ...new Set([...ORGANIZATION_TABLES, ...PEOPLE_TABLES, ...USER_TABLES, 'organizations', 'users']),
  ]
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    for (const table of tables) {
      await sql.raw(`drop trigger if exists ${name(table)} on ${table}`).execute(db)
      await sql.raw(`drop function if exists ${name(table)}_fn()`).execute(db)
    }
    await sql.raw(`drop trigger if exists ${ARCHIVE_TRIGGER} on children`).execute(db)
    await sql.raw(`drop function if exists ${ARCHIVE_TRIGGER}_fn()`).execute(db)
  } else {
    await sql.raw(`drop trigger if exists ${ARCHIVE_TRIGGER}`).execute(db)
    for (const table of tables)
      for (const op of ['insert', 'update', 'delete'])
        await sql.raw(`drop trigger if exists ${name(table)}_on_${op}`).execute(db)
  }
  await db.schema.dropIndex('child_shares_organization_idx').execute()
  await db.schema.dropTable('page_versions').execute()
}
