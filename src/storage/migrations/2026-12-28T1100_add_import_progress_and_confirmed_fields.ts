import type { Kysely } from 'kysely'

// Frozen in time: this migration never imports application code.
// While a job reads an import, it reports how far it got: the stage (text, ocr, fields), pages done
// and pages in all. Each report is its own small write, so any instance serving the waiting page
// sees it. Once confirmed, the import keeps the fields the parent confirmed, each with the passage
// it came from (the reader's or one the parent chose), as JSON.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('document_imports').addColumn('progress_stage', 'text').execute()
  await db.schema.alterTable('document_imports').addColumn('progress_done', 'integer').execute()
  await db.schema.alterTable('document_imports').addColumn('progress_total', 'integer').execute()
  await db.schema.alterTable('document_imports').addColumn('confirmed_fields', 'text').execute()
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['confirmed_fields', 'progress_total', 'progress_done', 'progress_stage'])
    await db.schema.alterTable('document_imports').dropColumn(column).execute()
}
