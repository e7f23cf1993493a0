import type { DbOrTx } from './database.ts'

export interface SessionRecord {
  readonly idHash: string
  readonly userId: string
  readonly createdAt: string
  readonly lastSeenAt: string
  readonly expiresAt: string
}

export async function insertSession(db: DbOrTx, session: SessionRecord): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id_hash: session.idHash,
      user_id: session.userId,
      created_at: session.createdAt,
      last_seen_at: session.lastSeenAt,
      expires_at: session.expiresAt,
    })
    .execute()
}

export async function findSession(db: DbOrTx, idHash: string): Promise<SessionRecord | undefined> {
  const row = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst()
  return (
    row && {
      idHash: row.id_hash,
      userId: row.user_id,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
    }
  )
}

export async function touchSession(db: DbOrTx, idHash: string, lastSeenAt: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: lastSeenAt }).where('id_hash', '=', idHash).execute()
}

export async function deleteSession(db: DbOrTx, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute()
}

/** Ends every session of a user, optionally keeping one (after a password change, keep the current one). */
export async function deleteSessionsOfUser(db: DbOrTx, userId: string, keepIdHash?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId)
  if (keepIdHash !== undefined) query = query.where('id_hash', '!=', keepIdHash)
  await query.execute()
}

export async function deleteExpiredSessions(db: DbOrTx, now: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst()
  return Number(result.numDeletedRows)
}
