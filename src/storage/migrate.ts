import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely'
import { migrations } from './migrations/index.ts'

/** Migrations are a static list (no filesystem scan), so a bundled or compiled app finds them all. */
class StaticMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and typed against Kysely<any>.
function migratorFor(db: Kysely<any>): Migrator {
  // Features are built on parallel branches, each with its own dated migration; a database that
  // already ran a later-dated one must still accept an earlier-dated one merged after it.
  return new Migrator({ db, provider: new StaticMigrationProvider(), allowUnorderedMigrations: true })
}

export interface MigrationReport {
  readonly applied: readonly string[]
}

/** Brings the schema up to date; throws with the failing migration's name and the cause. */
// biome-ignore lint/suspicious/noExplicitAny: see migratorFor.
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationReport> {
  const { error, results } = await migratorFor(db).migrateToLatest()
  const failed = results?.find((result) => result.status === 'Error')
  if (error !== undefined) {
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed`, { cause: error })
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) }
}

/** Rolls every migration back, newest first (used by the up → down → up test). */
// biome-ignore lint/suspicious/noExplicitAny: see migratorFor.
export async function migrateAllTheWayDown(db: Kysely<any>): Promise<void> {
  const migrator = migratorFor(db)
  for (;;) {
    const { error, results } = await migrator.migrateDown()
    if (error !== undefined) throw new Error('Migration down failed', { cause: error })
    if (!results || results.length === 0) return
  }
}
