import { type Kysely, PostgresAdapter, sql } from 'kysely'

// Frozen in time: this migration never imports application code.
// Sharing a child's record:
// - `access_links`: secret links without an account (a teacher's data-entry page, a calendar feed);
//   only the SHA-256 of the token is kept.
// - `child_shares`: a child shared with a person or an organization, with a scope and an optional
//   last day; ending a share sets `revoked_at` (the row stays, so the family sees the history).
// - `share_invitations`: an invitation by e-mail that becomes a share when the person accepts.
// - `audit_events`: who read or changed what on a child's record. Append-only: triggers on both
//   databases refuse any UPDATE, and refuse DELETE while the child still exists (so only deleting
//   the child's record, then its trail, can remove entries). No foreign key to the child, so
//   deleting a child does not silently erase its trail.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('access_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_on', 'date')
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('last_used_at', 'timestamptz')
    .execute()
  await db.schema.createIndex('access_links_child_idx').on('access_links').column('child_id').execute()

  await db.schema
    .createTable('child_shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id').onDelete('cascade'))
    .addColumn('grantee_user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('grantee_organization_id', 'text', (c) => c.references('organizations.id').onDelete('cascade'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('expires_on', 'date')
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .execute()
  await db.schema.createIndex('child_shares_child_idx').on('child_shares').column('child_id').execute()
  await db.schema
    .createIndex('child_shares_grantee_user_idx')
    .on('child_shares')
    .column('grantee_user_id')
    .execute()
  await db.schema
    .createIndex('child_shares_grantee_organization_idx')
    .on('child_shares')
    .column('grantee_organization_id')
    .execute()

  await db.schema
    .createTable('share_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('expires_on', 'date')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('invited_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('respond_by', 'timestamptz', (c) => c.notNull())
    .addColumn('accepted_at', 'timestamptz')
    .addColumn('accepted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('share_id', 'text', (c) => c.references('child_shares.id').onDelete('set null'))
    .addColumn('declined_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .execute()
  await db.schema
    .createIndex('share_invitations_child_idx')
    .on('share_invitations')
    .column('child_id')
    .execute()

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('child_id', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_link_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('object_kind', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text')
    .addColumn('route', 'text')
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('audit_events_child_at_idx')
    .on('audit_events')
    .columns(['child_id', 'at'])
    .execute()
  await db.schema
    .createIndex('audit_events_organization_idx')
    .on('audit_events')
    .column('organization_id')
    .execute()

  if (isPostgres(db)) {
    await sql`create function audit_events_refuse_change() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' then
          raise exception 'audit entries never change';
        end if;
        if exists (select 1 from children where id = old.child_id) then
          raise exception 'audit entries are kept while the child''s record exists';
        end if;
        return old;
      end
      $$`.execute(db)
    await sql`create trigger audit_events_no_update before update on audit_events
      for each row execute function audit_events_refuse_change()`.execute(db)
    await sql`create trigger audit_events_no_delete before delete on audit_events
      for each row execute function audit_events_refuse_change()`.execute(db)
  } else {
    await sql`create trigger audit_events_no_update before update on audit_events
      begin
        select raise(abort, 'audit entries never change');
      end`.execute(db)
    await sql`create trigger audit_events_no_delete before delete on audit_events
      when exists (select 1 from children where id = old.child_id)
      begin
        select raise(abort, 'audit entries are kept while the child''s record exists');
      end`.execute(db)
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function down(db: Kysely<any>): Promise<void> {
  const on = isPostgres(db) ? sql` on audit_events` : sql``
  await sql`drop trigger if exists audit_events_no_delete${on}`.execute(db)
  await sql`drop trigger if exists audit_events_no_update${on}`.execute(db)
  if (isPostgres(db)) await sql`drop function if exists audit_events_refuse_change()`.execute(db)
  await db.schema.dropTable('audit_events').execute()
  await db.schema.dropTable('share_invitations').execute()
  await db.schema.dropTable('child_shares').execute()
  await db.schema.dropTable('access_links').execute()
}
