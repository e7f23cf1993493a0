import { type Kysely, PostgresAdapter, sql } from 'kysely'

// Frozen in time: this migration never imports application code.
// Documents (files are encrypted on disk; the row holds the wrapped key), the communications log,
// letters, a generic link table between records, and the full-text search index. The index is a
// plain table on both databases; SQLite adds an FTS5 table beside it, PostgreSQL a tsvector column.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('document_date', 'date', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('blob_hash', 'text', (c) => c.notNull())
    .addColumn('wrapped_key', 'text', (c) => c.notNull())
    .addColumn('text_status', 'text', (c) => c.notNull())
    .addColumn('text_chars', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('documents_child_date_idx')
    .on('documents')
    .columns(['child_id', 'document_date'])
    .execute()
  await db.schema
    .createIndex('documents_organization_idx')
    .on('documents')
    .column('organization_id')
    .execute()
  await db.schema.createIndex('documents_blob_idx').on('documents').column('blob_hash').execute()

  await db.schema
    .createTable('letters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id').onDelete('cascade'))
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('written_on', 'date', (c) => c.notNull())
    .addColumn('sent_on', 'date')
    .addColumn('sent_via', 'text')
    .addColumn('received_on', 'date')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('letters_child_idx').on('letters').columns(['child_id', 'created_at']).execute()
  await db.schema.createIndex('letters_organization_idx').on('letters').column('organization_id').execute()

  await db.schema
    .createTable('communications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id').onDelete('cascade'))
    .addColumn('occurred_on', 'date', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('people', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('email_text', 'text')
    .addColumn('follow_up_on', 'date')
    .addColumn('follow_up_note', 'text')
    .addColumn('follow_up_done_at', 'timestamptz')
    .addColumn('letter_id', 'text', (c) => c.references('letters.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('communications_child_idx')
    .on('communications')
    .columns(['child_id', 'occurred_on'])
    .execute()
  await db.schema
    .createIndex('communications_organization_idx')
    .on('communications')
    .column('organization_id')
    .execute()
  await db.schema
    .createIndex('communications_follow_up_idx')
    .on('communications')
    .columns(['follow_up_on'])
    .execute()

  // One link table for every "this relates to that" between records on a child (a document and
  // the meeting it was handed out at, a letter and the event it started). Ids are polymorphic, so
  // there are no foreign keys on them; the services remove links when a record is deleted.
  await db.schema
    .createTable('record_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id').onDelete('cascade'))
    .addColumn('from_kind', 'text', (c) => c.notNull())
    .addColumn('from_id', 'text', (c) => c.notNull())
    .addColumn('to_kind', 'text', (c) => c.notNull())
    .addColumn('to_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('record_links_unique', ['from_kind', 'from_id', 'to_kind', 'to_id'])
    .execute()
  await db.schema
    .createIndex('record_links_to_idx')
    .on('record_links')
    .columns(['to_kind', 'to_id'])
    .execute()
  await db.schema.createIndex('record_links_child_idx').on('record_links').column('child_id').execute()
  await db.schema
    .createIndex('record_links_organization_idx')
    .on('record_links')
    .column('organization_id')
    .execute()

  await db.schema
    .createTable('search_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id').onDelete('cascade'))
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('folded', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('search_entries_source_unique', ['source_kind', 'source_id'])
    .execute()
  await db.schema.createIndex('search_entries_child_idx').on('search_entries').column('child_id').execute()
  await db.schema
    .createIndex('search_entries_organization_idx')
    .on('search_entries')
    .column('organization_id')
    .execute()

  // `folded` is the title and text in lower case without accents (folded by the app), so both
  // databases match "evaluacion" to "evaluación" the same way.
  if (isPostgres(db)) {
    await sql`alter table search_entries add column search_vector tsvector generated always as (to_tsvector('simple', folded)) stored`.execute(
      db,
    )
    await sql`create index search_entries_vector_idx on search_entries using gin (search_vector)`.execute(db)
  } else {
    await sql`create virtual table search_entries_fts using fts5(entry_id unindexed, folded, tokenize = 'unicode61 remove_diacritics 2')`.execute(
      db,
    )
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) await sql`drop table if exists search_entries_fts`.execute(db)
  for (const table of ['search_entries', 'record_links', 'communications', 'letters', 'documents']) {
    await db.schema.dropTable(table).execute()
  }
}
