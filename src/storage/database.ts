import fs from 'node:fs'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect, type Transaction } from 'kysely'
import pg from 'pg'
import type { Database } from './tables.ts'

export type Dialect = 'sqlite' | 'postgres'

/** The database handle every store function takes. */
export type Db = Kysely<Database>
/** A store function may be given the database or an open transaction. */
export type DbOrTx = Kysely<Database> | Transaction<Database>

export type DatabaseSettings =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string; poolSize?: number }

export interface OpenDatabase {
  readonly db: Db
  readonly dialect: Dialect
  close(): Promise<void>
}

let pgParsersInstalled = false

/**
 * node-postgres converts some types in ways that break "one code base for both databases":
 * a `date` becomes a local-midnight Date (an off-by-one bug waiting to happen), timestamps become
 * Dates, and int8 counts become strings. Make pg return what SQLite returns.
 */
function installPgParsers(): void {
  if (pgParsersInstalled) return
  pg.types.setTypeParser(1082, (value: string) => value)
  pg.types.setTypeParser(1184, (value: string) => new Date(value).toISOString())
  pg.types.setTypeParser(1114, (value: string) => new Date(`${value}Z`).toISOString())
  pg.types.setTypeParser(20, (value: string) => Number(value))
  pg.types.setTypeParser(1700, (value: string) => Number(value))
  pgParsersInstalled = true
}

/** Opens SQLite (a file, or `:memory:`) or PostgreSQL. Does not migrate: see migrate.ts. */
export function openDatabase(settings: DatabaseSettings): OpenDatabase {
  if (settings.kind === 'postgres') {
    installPgParsers()
    const pool = new pg.Pool({ connectionString: settings.url, max: settings.poolSize ?? 10 })
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
    return { db, dialect: 'postgres', close: () => db.destroy() }
  }
  if (settings.file !== ':memory:') fs.mkdirSync(path.dirname(settings.file), { recursive: true })
  const sqlite = new SQLite(settings.file)
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('synchronous = NORMAL')
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) })
  return { db, dialect: 'sqlite', close: () => db.destroy() }
}

const STATEMENT_CACHE_SIZE = 500

/**
 * Kysely prepares every query anew; preparing is a large share of a page's database time on SQLite
 * (measured with --cpu-prof on the child page). Pages run the same few hundred queries, so prepared
 * statements are kept by their SQL text. One connection runs one query at a time (Kysely holds a
 * lock on it), so a statement is never in use twice; SQLite re-prepares a statement itself when the
 * schema changes. The cache is emptied when full, which keeps it bounded without bookkeeping.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>()
  return {
    close: () => {
      statements.clear()
      sqlite.close()
    },
    prepare: (sql: string) => {
      let statement = statements.get(sql)
      if (!statement) {
        statement = sqlite.prepare(sql)
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear()
        statements.set(sql, statement)
      }
      return statement
    },
  }
}
