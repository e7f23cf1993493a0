import { type ExpressionBuilder, PostgresAdapter, sql } from 'kysely'
import type { Db, DbOrTx } from './database.ts'
import type { Database } from './tables.ts'

/** The scopes whose counters cover what a person may see, and the children shared with them. */
export interface StampScopes {
  readonly scopes: readonly string[]
  readonly sharedChildIds: readonly string[]
}

/**
 * A stamp of the data a person's pages can show: the counters of their scopes (their organizations,
 * `user:<id>`, `people`) and of the households of the children shared with them, which triggers raise
 * on every write (migration 2026-12-29T0900). Counters only go up and rows are never removed, so the
 * same scopes give the same stamp only while none of them changed.
 */
function stampOf<DB extends Database, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  { scopes, sharedChildIds }: StampScopes,
  postgres: boolean,
) {
  const db = eb as unknown as ExpressionBuilder<Database, never>
  // A caseload shares a thousand children: one array (or JSON) parameter, not a thousand.
  const shared = postgres
    ? sql<boolean>`id = any(${sharedChildIds}::text[])`
    : sql<boolean>`id in (select value from json_each(${JSON.stringify(sharedChildIds)}))`
  return db
    .selectFrom('page_versions')
    .select(sql<string>`coalesce(sum(version), 0) || '.' || count(*)`.as('stamp'))
    .where((where) =>
      sharedChildIds.length === 0
        ? where('scope', 'in', scopes)
        : where.or([
            where('scope', 'in', scopes),
            where('scope', 'in', where.selectFrom('children').select('organization_id').where(shared)),
          ]),
    )
}

/** The stamp alone (one query). */
export async function readPageStamp(db: Db, scopes: StampScopes): Promise<string> {
  const row = await db
    .selectNoFrom((eb) => stampOf(eb, scopes, isPostgres(db)).as('stamp'))
    .executeTakeFirstOrThrow()
  return String(row.stamp)
}

/** A session's row with the stamp of what its person may see, in one query. */
export async function findSessionWithStamp(
  db: DbOrTx,
  idHash: string,
  scopes: StampScopes,
): Promise<{ userId: string; lastSeenAt: string; expiresAt: string; stamp: string } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .select((eb) => [
      'user_id',
      'last_seen_at',
      'expires_at',
      stampOf(eb, scopes, isPostgres(db)).as('stamp'),
    ])
    .where('id_hash', '=', idHash)
    .executeTakeFirst()
  return (
    row && {
      userId: row.user_id,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
      stamp: String(row.stamp),
    }
  )
}

function isPostgres(db: DbOrTx): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter
}
