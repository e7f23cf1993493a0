import type { DbOrTx } from './database.ts'

export interface ApiTokenRecord {
  readonly id: string
  readonly userId: string
  readonly name: string
  readonly tokenPrefix: string
  readonly createdAt: string
  readonly lastUsedAt: string | null
  readonly revokedAt: string | null
}

export async function insertApiToken(
  db: DbOrTx,
  token: {
    id: string
    userId: string
    name: string
    tokenHash: string
    tokenPrefix: string
    createdAt: string
  },
): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({
      id: token.id,
      user_id: token.userId,
      name: token.name,
      token_hash: token.tokenHash,
      token_prefix: token.tokenPrefix,
      created_at: token.createdAt,
      last_used_at: null,
      revoked_at: null,
    })
    .execute()
}

export async function findActiveApiTokenByHash(
  db: DbOrTx,
  tokenHash: string,
): Promise<ApiTokenRecord | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return row && toRecord(row)
}

export async function listApiTokens(db: DbOrTx, userId: string): Promise<ApiTokenRecord[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute()
  return rows.map(toRecord)
}

export async function touchApiToken(db: DbOrTx, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute()
}

/** Revokes a token of this user; false when there is no such active token (or it is someone else's). */
export async function revokeApiToken(db: DbOrTx, userId: string, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

function toRecord(row: {
  id: string
  user_id: string
  name: string
  token_prefix: string
  created_at: string
  last_used_at: string | null
  revoked_at: string | null
}): ApiTokenRecord {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    tokenPrefix: row.token_prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  }
}
