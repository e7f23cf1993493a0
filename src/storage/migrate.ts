import { type Kysely, type Migration, type MigrationProvider, Migrator, PostgresAdapter, sql } from 'kysely'
import { migrations } from './migrations/index.ts'

/** Migrations are a static list (no filesystem scan), so a bundled or compiled app finds them all. */
class StaticMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations
  }
}

/** The migrator for a database (its tables in the right schema), with every migration unless given others. */
export async function migratorFor(
  // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and typed against Kysely<any>.
  db: Kysely<any>,
  provider: MigrationProvider = new StaticMigrationProvider(),
): Promise<Migrator> {
  // On PostgreSQL the bookkeeping tables live in the connection's own schema, named outright:
  // otherwise Kysely looks for them in every schema, and a database holding several schemas
  // (tests run side by side, each in its own) can see another schema's table and skip making its own.
  const schema =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined
  // Features are built on parallel branches, each with its own dated migration; a database that
  // already ran a later-dated one must still accept an earlier-dated one merged after it.
  return new Migrator({
    db,
    provider,
    allowUnorderedMigrations: true,
    ...(schema ? { migrationTableSchema: schema } : {}),
  })
}

export interface MigrationReport {
  readonly applied: readonly string[]
}

/** Brings the schema up to date; throws with the failing migration's name and the cause. */
// biome-ignore lint/suspicious/noExplicitAny: see migratorFor.
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationReport> {
  const { error, results } = await (await migratorFor(db)).migrateToLatest()
  const failed = results?.find((result) => result.status === 'Error')
  if (error !== undefined) {
    const reason = error instanceof Error ? error.message : String(error)
    const what = failed ? `Migration ${failed.migrationName}` : 'Preparing the migrations'
    throw new Error(`${what} failed: ${reason}`, { cause: error })
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) }
}

/** Rolls every migration back, newest first (used by the up → down → up test). */
// biome-ignore lint/suspicious/noExplicitAny: see migratorFor.
export async function migrateAllTheWayDown(db: Kysely<any>): Promise<void> {
  const migrator = await migratorFor(db)
  for (;;) {
    const { error, results } = await migrator.migrateDown()
    if (error !== undefined) throw new Error('Migration down failed', { cause: error })
    if (!results || results.length === 0) return
  }
}
