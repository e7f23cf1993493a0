import type { UserActor } from '../../domain/access/actor.ts'
import type { User } from '../../domain/accounts/account.ts'
import { findUserById, listMembershipsAndTwoStep } from '../../storage/accounts-store.ts'
import { deleteSession, findSession, insertSession, touchSession } from '../../storage/sessions-store.ts'
import { listActiveGrants } from '../../storage/shares-store.ts'
import { type Deps, minutesFromNow, today } from '../deps.ts'
import { hashToken, newToken } from './secrets.ts'

/** Who a request is from, once its session (or API token) checks out. */
export interface SignedIn {
  readonly user: User
  readonly actor: UserActor
  /** Whether one of the person's organizations requires two-step sign-in (as read with the session). */
  readonly twoStepRequired?: boolean
}

export async function loadSignedIn(deps: Deps, userId: string): Promise<SignedIn | undefined> {
  const user = await findUserById(deps.db, userId)
  if (!user) return undefined
  const { memberships, twoStepRequired } = await listMembershipsAndTwoStep(deps.db, userId)
  // Shares are read on every request, so an ended or expired share stops working at once.
  const grants = await listActiveGrants(
    deps.db,
    userId,
    memberships.map((m) => m.organizationId),
    today(deps),
  )
  return { user, actor: { kind: 'user', userId, memberships, grants }, twoStepRequired }
}

/** Starts a new session and returns its token (for the cookie). Only the token's hash is stored. */
export async function createSession(deps: Deps, userId: string): Promise<string> {
  const token = newToken()
  const now = deps.clock.now()
  await insertSession(deps.db, {
    idHash: hashToken(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: minutesFromNow(deps, deps.config.sessionAbsoluteHours * 60),
  })
  return token
}

// Writing last_seen_at on every request would turn every page view into a write; once a minute is enough.
const TOUCH_AFTER_MS = 60_000

/**
 * The person a session token belongs to, or undefined when the session is unknown, past its
 * absolute expiry, or idle for longer than SESSION_IDLE_MINUTES (then it is deleted).
 */
export async function resolveSession(deps: Deps, token: string): Promise<SignedIn | undefined> {
  const idHash = hashToken(token)
  const session = await findSession(deps.db, idHash)
  if (!session) return undefined
  const now = deps.clock.now()
  const nowMs = Date.parse(now)
  const idleLimitMs = deps.config.sessionIdleMinutes * 60_000
  if (session.expiresAt <= now || nowMs - Date.parse(session.lastSeenAt) > idleLimitMs) {
    await deleteSession(deps.db, idHash)
    return undefined
  }
  if (nowMs - Date.parse(session.lastSeenAt) > TOUCH_AFTER_MS) await touchSession(deps.db, idHash, now)
  return loadSignedIn(deps, session.userId)
}

export async function endSession(deps: Deps, token: string): Promise<void> {
  await deleteSession(deps.db, hashToken(token))
}
