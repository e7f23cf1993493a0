import { type Kysely, PostgresAdapter, sql } from 'kysely'
import type { DbOrTx } from './database.ts'

/**
 * Generic access to the tables of a child's record, by table name, for export, import and
 * deletion (services/portability/record-tables.ts lists the tables). Values pass through as the
 * database returns them: dates and instants as strings, JSON as text.
 */
export type RecordRow = Record<string, unknown>

// biome-ignore lint/suspicious/noExplicitAny: the table is chosen at run time from the registry.
function untyped(db: DbOrTx): Kysely<any> {
  // biome-ignore lint/suspicious/noExplicitAny: see above.
  return db as unknown as Kysely<any>
}

/** Rows of `table` whose `column` is one of `values` (none when `values` is empty). */
export async function selectRowsWhereIn(
  db: DbOrTx,
  table: string,
  column: string,
  values: readonly string[],
  orderBy?: string,
): Promise<RecordRow[]> {
  if (values.length === 0) return []
  let query = untyped(db).selectFrom(table).selectAll().where(column, 'in', values)
  if (orderBy) query = query.orderBy(orderBy)
  return (await query.execute()) as RecordRow[]
}

export async function insertRows(db: DbOrTx, table: string, rows: readonly RecordRow[]): Promise<void> {
  for (const row of rows) await untyped(db).insertInto(table).values(row).execute()
}

/** Deletes the rows of `table` whose `column` is one of `values`; returns how many went. */
export async function deleteRowsWhereIn(
  db: DbOrTx,
  table: string,
  column: string,
  values: readonly string[],
): Promise<number> {
  if (values.length === 0) return 0
  const result = await untyped(db).deleteFrom(table).where(column, 'in', values).executeTakeFirst()
  return Number(result.numDeletedRows)
}

/**
 * Unlinks the rows of `table` from these children: `child_id` becomes null and `child_detached_at`
 * records when. Returns how many rows were detached.
 */
export async function detachRowsFromChildren(
  db: DbOrTx,
  table: string,
  childIds: readonly string[],
  now: string,
): Promise<number> {
  if (childIds.length === 0) return 0
  const result = await untyped(db)
    .updateTable(table)
    .set({ child_id: null, child_detached_at: now })
    .where('child_id', 'in', childIds)
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/** How many rows of `table` have `column` equal to one of `values`. */
export async function countRowsWhereIn(
  db: DbOrTx,
  table: string,
  column: string,
  values: readonly string[],
): Promise<number> {
  if (values.length === 0) return 0
  const row = await untyped(db)
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .where(column, 'in', values)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/**
 * Every table of the live schema with its column names: Kysely's introspection on SQLite; on
 * PostgreSQL the catalog of the connection's own schema only, read without looking names up, so that
 * a table dropped in another schema meanwhile (tests give each file a schema of its own) does not
 * fail the read.
 */
export async function schemaColumns(db: DbOrTx): Promise<Map<string, Set<string>>> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const { rows } = await sql<{ table_name: string; column_name: string }>`
      select c.relname as table_name, a.attname as column_name
      from pg_catalog.pg_attribute a
      join pg_catalog.pg_class c on c.oid = a.attrelid
      join pg_catalog.pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
      order by c.relname, a.attnum`.execute(db)
    const tables = new Map<string, Set<string>>()
    for (const row of rows) {
      const columns = tables.get(row.table_name) ?? new Set<string>()
      columns.add(row.column_name)
      tables.set(row.table_name, columns)
    }
    return tables
  }
  const tables = await untyped(db).introspection.getTables()
  return new Map(tables.map((table) => [table.name, new Set(table.columns.map((column) => column.name))]))
}

/** Names of the tables that have a column called `column`. */
export async function tablesWithColumn(db: DbOrTx, column: string): Promise<string[]> {
  const schema = await schemaColumns(db)
  return [...schema].filter(([, columns]) => columns.has(column)).map(([name]) => name)
}
