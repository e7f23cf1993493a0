import type { DbOrTx } from './database.ts'
import type { PersonCalendarFeedTable } from './tables.ts'

// Deadlines (issue 4): a person's private calendar feeds, covering every child they can see.

export interface PersonCalendarFeed {
  readonly id: string
  readonly userId: string
  readonly createdAt: string
  readonly revokedAt: string | null
  readonly lastUsedAt: string | null
}

function toFeed(row: PersonCalendarFeedTable): PersonCalendarFeed {
  return {
    id: row.id,
    userId: row.user_id,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  }
}

export async function insertPersonFeed(
  db: DbOrTx,
  feed: { id: string; userId: string; tokenHash: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto('person_calendar_feeds')
    .values({
      id: feed.id,
      user_id: feed.userId,
      token_hash: feed.tokenHash,
      created_at: feed.createdAt,
      revoked_at: null,
      last_used_at: null,
    })
    .execute()
}

/** The feed with this token hash that has not been stopped. */
export async function findActivePersonFeedByHash(
  db: DbOrTx,
  tokenHash: string,
): Promise<PersonCalendarFeed | undefined> {
  const row = await db
    .selectFrom('person_calendar_feeds')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return row && toFeed(row)
}

/** A person's feeds that still work, newest first. */
export async function listActivePersonFeeds(db: DbOrTx, userId: string): Promise<PersonCalendarFeed[]> {
  const rows = await db
    .selectFrom('person_calendar_feeds')
    .selectAll()
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute()
  return rows.map(toFeed)
}

/** Stops one of a person's feeds; false when they have no such working feed. */
export async function revokePersonFeedRow(
  db: DbOrTx,
  userId: string,
  id: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('person_calendar_feeds')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function touchPersonFeed(db: DbOrTx, id: string, at: string): Promise<void> {
  await db.updateTable('person_calendar_feeds').set({ last_used_at: at }).where('id', '=', id).execute()
}
