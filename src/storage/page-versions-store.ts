import { type ExpressionBuilder, PostgresAdapter, sql } from 'kysely'
import type { DbOrTx } from './database.ts'
import { preparedQuery } from './prepared-query.ts'
import type { Database } from './tables.ts'

/**
 * A stamp of the data a person's pages can show: the sum and count of the counters of the given scopes
 * (their organizations, the households of the children shared with them, `user:<id>`, `people`), which
 * triggers raise on every write (migration 2026-12-29T0900). Counters only go up and rows are never
 * removed, so the same scopes give the same stamp only while none of them changed. The scopes are one
 * value (`= any(…)` on PostgreSQL, `json_each(…)` on SQLite), each looked up by key: a caseload's
 * thousand households are a thousand index lookups, and the query is built once.
 */
function stampOf(eb: ExpressionBuilder<Database, 'sessions'>, postgres: boolean, scopes: string) {
  return eb
    .selectFrom('page_versions')
    .select(sql<string>`coalesce(sum(version), 0) || '.' || count(*)`.as('stamp'))
    .where(
      postgres
        ? sql<boolean>`scope = any(${scopes}::text[])`
        : sql<boolean>`scope in (select value from json_each(${scopes}))`,
    )
}

/** The list as the query takes it: an array on PostgreSQL, JSON text on SQLite. */
function listArgument(db: DbOrTx, scopes: readonly string[]): unknown {
  return db.getExecutor().adapter instanceof PostgresAdapter ? scopes : JSON.stringify(scopes)
}

const stampQuery = preparedQuery<{ stamp: string }, [unknown]>(1, (db, postgres, scopes) =>
  db.selectNoFrom((eb) =>
    stampOf(eb as unknown as ExpressionBuilder<Database, 'sessions'>, postgres, scopes as string).as('stamp'),
  ),
)

/** The stamp alone (one query). `scopes` must not repeat a scope. */
export async function readPageStamp(db: DbOrTx, scopes: readonly string[]): Promise<string> {
  const [row] = await stampQuery(db, listArgument(db, scopes))
  return String(row?.stamp)
}

const sessionWithStampQuery = preparedQuery<
  { user_id: string; last_seen_at: string; expires_at: string; stamp: string },
  [string, unknown]
>(2, (db, postgres, idHash, scopes) =>
  db
    .selectFrom('sessions')
    .select((eb) => [
      'user_id',
      'last_seen_at',
      'expires_at',
      stampOf(eb, postgres, scopes as string).as('stamp'),
    ])
    .where('id_hash', '=', idHash as string),
)

/** A session's row with the stamp of what its person may see, in one query. */
export async function findSessionWithStamp(
  db: DbOrTx,
  idHash: string,
  scopes: readonly string[],
): Promise<{ userId: string; lastSeenAt: string; expiresAt: string; stamp: string } | undefined> {
  const [row] = await sessionWithStampQuery(db, idHash, listArgument(db, scopes))
  return (
    row && {
      userId: row.user_id,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
      stamp: String(row.stamp),
    }
  )
}

const apiTokenWithStampQuery = preparedQuery<
  { id: string; user_id: string; last_used_at: string | null; stamp: string },
  [string, unknown]
>(2, (db, postgres, tokenHash, scopes) =>
  db
    .selectFrom('api_tokens')
    .select((eb) => [
      'id',
      'user_id',
      'last_used_at',
      stampOf(eb as unknown as ExpressionBuilder<Database, 'sessions'>, postgres, scopes as string).as(
        'stamp',
      ),
    ])
    .where('token_hash', '=', tokenHash as string)
    .where('revoked_at', 'is', null),
)

/** An active API token's row with the stamp of what its person may see, in one query. */
export async function findApiTokenWithStamp(
  db: DbOrTx,
  tokenHash: string,
  scopes: readonly string[],
): Promise<{ id: string; userId: string; lastUsedAt: string | null; stamp: string } | undefined> {
  const [row] = await apiTokenWithStampQuery(db, tokenHash, listArgument(db, scopes))
  return row && { id: row.id, userId: row.user_id, lastUsedAt: row.last_used_at, stamp: String(row.stamp) }
}
