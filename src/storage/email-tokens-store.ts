import type { DbOrTx } from './database.ts'

export type EmailTokenPurpose = 'verify-email' | 'reset-password'

export interface EmailTokenRecord {
  readonly id: string
  readonly userId: string
  readonly purpose: EmailTokenPurpose
  readonly tokenHash: string
  readonly expiresAt: string
  readonly usedAt: string | null
  readonly createdAt: string
}

export async function insertEmailToken(db: DbOrTx, token: Omit<EmailTokenRecord, 'usedAt'>): Promise<void> {
  await db
    .insertInto('email_tokens')
    .values({
      id: token.id,
      user_id: token.userId,
      purpose: token.purpose,
      token_hash: token.tokenHash,
      expires_at: token.expiresAt,
      used_at: null,
      created_at: token.createdAt,
    })
    .execute()
}

export async function findEmailToken(db: DbOrTx, tokenHash: string): Promise<EmailTokenRecord | undefined> {
  const row = await db
    .selectFrom('email_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst()
  return (
    row && {
      id: row.id,
      userId: row.user_id,
      purpose: row.purpose,
      tokenHash: row.token_hash,
      expiresAt: row.expires_at,
      usedAt: row.used_at,
      createdAt: row.created_at,
    }
  )
}

/**
 * Marks a token used, only if it is still unused: returns false when another request used it first,
 * which makes reset links single-use even under concurrent clicks.
 */
export async function markEmailTokenUsed(db: DbOrTx, id: string, usedAt: string): Promise<boolean> {
  const result = await db
    .updateTable('email_tokens')
    .set({ used_at: usedAt })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Retires every unused token of a purpose (a new reset link makes older ones useless). */
export async function retireEmailTokens(
  db: DbOrTx,
  userId: string,
  purpose: EmailTokenPurpose,
  now: string,
): Promise<void> {
  await db
    .updateTable('email_tokens')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute()
}
