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
  if (options.migrate !== false) await migrateToLatest(database.db)
  return {
    ...database,
    async dispose() {
      if (schema) await sql`drop schema ${sql.id(schema)} cascade`.execute(database.db)
      await database.close()
    },
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
