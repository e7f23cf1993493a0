import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll } from 'vitest'
import { type Dialect, type OpenDatabase, openDatabase } from '../../src/storage/database.ts'
import { migrateToLatest } from '../../src/storage/migrate.ts'

/**
 * The databases a DB test runs on: SQLite always, and PostgreSQL too when PATHWAY_TEST_POSTGRES_URL
 * is set (CI sets it). Loop over these in `*.db.test.ts` files.
 */
export function testDialects(): Dialect[] {
  return process.env.PATHWAY_TEST_POSTGRES_URL ? ['sqlite', 'postgres'] : ['sqlite']
}

export interface TestDatabase extends OpenDatabase {
  /** Drops the test's own PostgreSQL schema (no-op on SQLite) and closes. */
  dispose(): Promise<void>
}

/**
 * A fresh, migrated database: SQLite in memory, or a new schema of its own in the PostgreSQL test
 * database (so test files can run in parallel without seeing each other's rows).
 */
export async function createTestDatabase(
  dialect: Dialect,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  let database: OpenDatabase
  let schema: string | undefined
  if (dialect === 'postgres') {
    const url = process.env.PATHWAY_TEST_POSTGRES_URL
    if (!url) throw new Error('PATHWAY_TEST_POSTGRES_URL is not set')
    schema = `t_${randomBytes(6).toString('hex')}`
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    await admin.query(`create schema ${schema}`)
    await admin.end()
    const separator = url.includes('?') ? '&' : '?'
    database = openDatabase({
      kind: 'postgres',
      url: `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
      poolSize: 4,
    })
  } else {
    database = openDatabase({ kind: 'sqlite', file: ':memory:' })
  }
  if (options.migrate !== false) {
    const db = database.db
    await whileSchemas('read', dialect, () => migrateToLatest(db))
  }
  return {
    ...database,
    async dispose() {
      const name = schema
      if (name)
        await whileSchemas('drop', dialect, () =>
          sql`drop schema ${sql.id(name)} cascade`.execute(database.db),
        )
      await database.close()
    },
  }
}

/** The PostgreSQL advisory lock that keeps test files' schema reads and drops apart. */
const SCHEMA_LOCK = 2026_1129

/**
 * Runs `work` while other test files may read the catalog (`read`, shared) or while none does
 * (`drop`, exclusive). Kysely's migrator looks for its table by reading every schema's tables, and
 * that read fails when a table of another schema is dropped at the same moment (files run side by
 * side, each in its own schema). Nothing to do on SQLite.
 */
export async function whileSchemas<T>(
  mode: 'read' | 'drop',
  dialect: Dialect,
  work: () => Promise<T>,
): Promise<T> {
  const url = process.env.PATHWAY_TEST_POSTGRES_URL
  if (dialect !== 'postgres' || !url) return work()
  const lock = new pg.Client({ connectionString: url })
  await lock.connect()
  try {
    await lock.query(mode === 'drop' ? 'select pg_advisory_lock($1)' : 'select pg_advisory_lock_shared($1)', [
      SCHEMA_LOCK,
    ])
    return await work()
  } finally {
    await lock.end()
  }
}

/** Gives a describe block a migrated database for its tests, disposed after. */
export function useTestDatabase(dialect: Dialect): () => TestDatabase {
  let database: TestDatabase | undefined
  beforeAll(async () => {
    database = await createTestDatabase(dialect)
  })
  afterAll(async () => {
    await database?.dispose()
  })
  return () => {
    if (!database) throw new Error('The test database is not ready yet')
    return database
  }
}
