import { DomainError } from '../../domain/problems.ts'
import type { Lang } from '../../i18n/i18n.ts'
import {
  findActivePersonFeedByHash,
  insertPersonFeed,
  listActivePersonFeeds,
  type PersonCalendarFeed,
  revokePersonFeedRow,
  touchPersonFeed,
} from '../../storage/person-feeds-store.ts'
import { hashToken, newToken } from '../accounts/secrets.ts'
import { loadSignedIn } from '../accounts/sessions.ts'
import { type Deps, today } from '../deps.ts'
import { listMeetingsForCalendar } from '../meetings/meetings.ts'
import { deadlinesOfReadableChildren } from './child-deadlines.ts'
import { personDeadlinesCalendar } from './deadlines-ics.ts'

/**
 * A person's private calendar feed: one secret link covering every child they can see. Which
 * children it shows is worked out on every request with the person's current shares, so a revoked
 * share drops its child from the next poll, and a stopped feed answers NOT_FOUND.
 */

/** Makes a feed; the token is returned once to show to the person (only its SHA-256 is kept). */
export async function createPersonFeed(
  deps: Deps,
  userId: string,
): Promise<{ feed: PersonCalendarFeed; token: string }> {
  const token = newToken()
  const feed: PersonCalendarFeed = {
    id: deps.newId(),
    userId,
    createdAt: deps.clock.now(),
    revokedAt: null,
    lastUsedAt: null,
  }
  await insertPersonFeed(deps.db, {
    id: feed.id,
    userId,
    tokenHash: hashToken(token),
    createdAt: feed.createdAt,
  })
  return { feed, token }
}

export async function listPersonFeeds(deps: Deps, userId: string): Promise<PersonCalendarFeed[]> {
  return listActivePersonFeeds(deps.db, userId)
}

/** Stops one of the person's feeds at once; NOT_FOUND for a feed that is not theirs or already stopped. */
export async function revokePersonFeed(deps: Deps, userId: string, feedId: string): Promise<void> {
  if (!(await revokePersonFeedRow(deps.db, userId, feedId, deps.clock.now())))
    throw new DomainError('NOT_FOUND')
}

// Recording every poll would make each one a write; once a minute is enough to show "last used".
const TOUCH_AFTER_MS = 60_000

/**
 * The feed's calendar text, in the person's own language when they chose one (a calendar app's
 * request rarely says which language it wants), else in `lang`. Throws NOT_FOUND for an unknown or
 * stopped token (or a deleted person).
 */
export async function personFeedCalendar(deps: Deps, token: string, lang: Lang): Promise<string> {
  if (token === '' || token.length > 200) throw new DomainError('NOT_FOUND')
  const feed = await findActivePersonFeedByHash(deps.db, hashToken(token))
  if (!feed) throw new DomainError('NOT_FOUND')
  const signedIn = await loadSignedIn(deps, feed.userId)
  if (!signedIn) throw new DomainError('NOT_FOUND')
  const now = deps.clock.now()
  if (feed.lastUsedAt === null || Date.parse(now) - Date.parse(feed.lastUsedAt) > TOUCH_AFTER_MS) {
    await touchPersonFeed(deps.db, feed.id, now)
  }
  const children = await deadlinesOfReadableChildren(deps, signedIn.actor, today(deps), 'calendar')
  const meetings = await Promise.all(
    children.map(({ child }) => listMeetingsForCalendar(deps, signedIn.actor, child.id, 'calendar')),
  )
  return personDeadlinesCalendar({
    children: children.map(({ child, deadlines }, i) => ({ child, deadlines, meetings: meetings[i] })),
    lang: signedIn.user.locale ?? lang,
    stamp: now,
    baseUrl: deps.config.baseUrl,
  })
}
