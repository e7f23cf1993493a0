import { createDeps, type Deps } from '../../src/services/deps.ts'
import type { Dialect } from '../../src/storage/database.ts'
import { openDatabase } from '../../src/storage/database.ts'

/**
 * A second app instance on the same database, to show that work is done once when two run at once:
 * its own pool on PostgreSQL (same schema); on SQLite the same connection (an in-memory database
 * cannot be shared). Close it when done.
 */
export async function openSecondInstance(
  deps: Deps,
  dialect: Dialect,
): Promise<{ deps: Deps; close: () => Promise<void> }> {
  if (dialect !== 'postgres') return { deps: createDeps({ ...deps }), close: async () => {} }
  const url = process.env.PATHWAY_TEST_POSTGRES_URL ?? ''
  const { s: schema } = await deps.db
    .selectNoFrom((eb) => eb.fn<string>('current_schema').as('s'))
    .executeTakeFirstOrThrow()
  const second = openDatabase({
    kind: 'postgres',
    url: `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
  })
  return { deps: createDeps({ ...deps, db: second.db }), close: () => second.close() }
}
