import type { Kysely } from 'kysely'

// Frozen in time: this migration never imports application code.
// An import is one reading of a document on a child's record: what the reader proposed (JSON), and,
// once the parent confirmed, the kind they confirmed and the plan it created. Confirmed imports of a
// household (organization) are its layout hints: the same school's next document is read better.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('document_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('layout', 'text')
    .addColumn('proposal', 'text')
    .addColumn('plan_id', 'text', (c) => c.references('plans.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('confirmed_at', 'timestamptz')
    .execute()
  await db.schema
    .createIndex('document_imports_child_idx')
    .on('document_imports')
    .columns(['child_id', 'created_at'])
    .execute()
  await db.schema
    .createIndex('document_imports_layout_idx')
    .on('document_imports')
    .columns(['organization_id', 'layout'])
    .execute()
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('document_imports').execute()
}
