import { sql } from 'kysely'
import { foldText } from '../domain/search/search-text.ts'
import type { DbOrTx, Dialect } from './database.ts'

/**
 * The full-text index of a child's records: one API, two implementations (docs/documents.md,
 * "Search"). Both keep the original title and text in `search_entries` for snippets, and a folded
 * copy (lower case, no accents) to match against: SQLite through an FTS5 table beside it, PostgreSQL
 * through a generated tsvector column with a GIN index. A query is a list of folded words; an entry
 * matches when every word starts a word in it.
 */
export const SEARCH_SOURCE_KINDS = ['document', 'communication', 'letter'] as const
export type SearchSourceKind = (typeof SEARCH_SOURCE_KINDS)[number]

export interface SearchEntry {
  readonly organizationId: string
  readonly childId: string
  readonly sourceKind: SearchSourceKind
  readonly sourceId: string
  readonly title: string
  readonly body: string
}

export interface SearchHit {
  readonly sourceKind: SearchSourceKind
  readonly sourceId: string
  readonly title: string
  readonly body: string
}

export interface SearchStore {
  /** Adds or replaces the entry of a record. */
  put(db: DbOrTx, entry: SearchEntry, id: string, now: string): Promise<void>
  remove(db: DbOrTx, sourceKind: SearchSourceKind, sourceId: string): Promise<void>
  /** The best matches on one child's records, best first. `terms` are folded words (queryTerms). */
  search(db: DbOrTx, childId: string, terms: readonly string[], limit: number): Promise<SearchHit[]>
}

function foldedOf(entry: SearchEntry): string {
  return foldText(`${entry.title}\n${entry.body}`)
}

/** Terms are letters and digits only (queryTerms folds them), so quoting them is enough. */
function assertSafe(terms: readonly string[]): void {
  for (const term of terms) if (!/^[\p{L}\p{N}]+$/u.test(term)) throw new Error('Search terms must be folded')
}

async function putRow(db: DbOrTx, entry: SearchEntry, id: string, now: string): Promise<string> {
  const existing = await db
    .selectFrom('search_entries')
    .select('id')
    .where('source_kind', '=', entry.sourceKind)
    .where('source_id', '=', entry.sourceId)
    .executeTakeFirst()
  const folded = foldedOf(entry)
  if (existing) {
    await db
      .updateTable('search_entries')
      .set({ title: entry.title, body: entry.body, folded, updated_at: now })
      .where('id', '=', existing.id)
      .execute()
    return existing.id
  }
  await db
    .insertInto('search_entries')
    .values({
      id,
      organization_id: entry.organizationId,
      child_id: entry.childId,
      source_kind: entry.sourceKind,
      source_id: entry.sourceId,
      title: entry.title,
      body: entry.body,
      folded,
      updated_at: now,
    })
    .execute()
  return id
}

const sqliteSearch: SearchStore = {
  async put(db, entry, id, now) {
    const rowId = await putRow(db, entry, id, now)
    await sql`delete from search_entries_fts where entry_id = ${rowId}`.execute(db)
    await sql`insert into search_entries_fts (entry_id, folded) values (${rowId}, ${foldedOf(entry)})`.execute(
      db,
    )
  },
  async remove(db, sourceKind, sourceId) {
    const row = await db
      .selectFrom('search_entries')
      .select('id')
      .where('source_kind', '=', sourceKind)
      .where('source_id', '=', sourceId)
      .executeTakeFirst()
    if (!row) return
    await sql`delete from search_entries_fts where entry_id = ${row.id}`.execute(db)
    await db.deleteFrom('search_entries').where('id', '=', row.id).execute()
  },
  async search(db, childId, terms, limit) {
    if (terms.length === 0) return []
    assertSafe(terms)
    const match = terms.map((term) => `"${term}"*`).join(' AND ')
    const result = await sql<{
      source_kind: SearchSourceKind
      source_id: string
      title: string
      body: string
    }>`
      select e.source_kind, e.source_id, e.title, e.body
      from search_entries_fts f
      join search_entries e on e.id = f.entry_id
      where search_entries_fts match ${match} and e.child_id = ${childId}
      order by bm25(search_entries_fts), e.updated_at desc
      limit ${limit}`.execute(db)
    return result.rows.map(toHit)
  },
}

const postgresSearch: SearchStore = {
  async put(db, entry, id, now) {
    await putRow(db, entry, id, now)
  },
  async remove(db, sourceKind, sourceId) {
    await db
      .deleteFrom('search_entries')
      .where('source_kind', '=', sourceKind)
      .where('source_id', '=', sourceId)
      .execute()
  },
  async search(db, childId, terms, limit) {
    if (terms.length === 0) return []
    assertSafe(terms)
    const query = terms.map((term) => `${term}:*`).join(' & ')
    const result = await sql<{
      source_kind: SearchSourceKind
      source_id: string
      title: string
      body: string
    }>`
      select source_kind, source_id, title, body
      from search_entries
      where child_id = ${childId} and search_vector @@ to_tsquery('simple', ${query})
      order by ts_rank(search_vector, to_tsquery('simple', ${query})) desc, updated_at desc
      limit ${limit}`.execute(db)
    return result.rows.map(toHit)
  },
}

function toHit(row: {
  source_kind: SearchSourceKind
  source_id: string
  title: string
  body: string
}): SearchHit {
  return { sourceKind: row.source_kind, sourceId: row.source_id, title: row.title, body: row.body }
}

export function searchStoreFor(dialect: Dialect): SearchStore {
  return dialect === 'postgres' ? postgresSearch : sqliteSearch
}
