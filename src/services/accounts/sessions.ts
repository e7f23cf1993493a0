import { createHash } from 'node:crypto'
import { LRUCache } from 'lru-cache'
import type { UserActor } from '../../domain/access/actor.ts'
import type { User } from '../../domain/accounts/account.ts'
import type { Child } from '../../domain/children/child.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import { findUserById, listMembershipsAndTwoStep } from '../../storage/accounts-store.ts'
import type { Db } from '../../storage/database.ts'
import { findSessionWithStamp, readPageStamp } from '../../storage/page-versions-store.ts'
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
  /**
   * The stamp of everything this person may see, read with the session before anything else of the
   * request (storage/page-versions-store.ts); unset when the request could not read it that way.
   */
  readonly stamp?: string
  /**
   * Children this sign-in's read requests have found through the access check while the stamp held
   * (a change to a child's row changes the stamp of anyone who may see it, and a new stamp comes with
   * a new sign-in): the row need not be read again; the access rule itself still runs every time.
   */
  readonly childrenRead?: Map<string, Child>
  /** A digest of who the person is and what they may reach (user, memberships, shares), for keys. */
  readonly identity?: string
}

/** A digest of the parts of a sign-in that decide what its pages show. */
export function identityOf(signedIn: SignedIn): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        signedIn.user,
        signedIn.twoStepRequired ?? false,
        signedIn.actor.memberships,
        signedIn.actor.grants ?? [],
      ]),
    )
    .digest('base64url')
}

/**
 * The scopes whose counters cover a person's sign-in and what their pages show (see the migration):
 * their organizations, what is shared with those organizations or with them, themselves, and `people`.
 */
export function stampScopesOf(signedIn: SignedIn): string[] {
  const organizations = signedIn.actor.memberships.map((m) => m.organizationId)
  return [
    ...new Set([
      ...organizations,
      ...organizations.map((id) => `shared:${id}`),
      `user:${signedIn.user.id}`,
      `shared:user:${signedIn.user.id}`,
      'people',
    ]),
  ]
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

interface KeptSignIn {
  readonly signedIn: SignedIn & { readonly stamp: string; readonly childrenRead: Map<string, Child> }
  readonly scopes: readonly string[]
  /** The day the shares were read for (a share can end with a day). */
  readonly on: LocalDate
}

const keptSignIns = new WeakMap<Db, LRUCache<string, KeptSignIn>>()

/** Sign-ins kept per session, per database handle; about 16 MB at most (a caseload's shares are large). */
function signInsOf(db: Db): LRUCache<string, KeptSignIn> {
  let cache = keptSignIns.get(db)
  if (!cache) {
    cache = new LRUCache<string, KeptSignIn>({
      maxSize: 16 * 1024 * 1024,
      sizeCalculation: (entry) =>
        500 + 200 * entry.scopes.length + 150 * (entry.signedIn.actor.grants?.length ?? 0),
    })
    keptSignIns.set(db, cache)
  }
  return cache
}

/**
 * The person a session token belongs to, or undefined when the session is unknown, past its
 * absolute expiry, or idle for longer than SESSION_IDLE_MINUTES (then it is deleted).
 *
 * Who the person is (their row, memberships and shares) is kept per session and used again while the
 * stamp of their scopes holds: one query reads the session and the stamp together, and any write to
 * those rows, on any instance, changes the stamp (the triggers of migration 2026-12-29T0900), so an
 * ended share or membership stops working on the next request as before. The sign-in is read again
 * when the stamp changed, on a new day, or for a session not seen yet; it is kept only when it was
 * read after its stamp and matches the read that chose the stamp's scopes.
 */
export async function resolveSession(deps: Deps, token: string): Promise<SignedIn | undefined> {
  const idHash = hashToken(token)
  return keptSignIn(deps, `session:${idHash}`, {
    async withStamp(scopes) {
      const session = await findSessionWithStamp(deps.db, idHash, scopes)
      return session && (await sessionStillOpen(deps, idHash, session)) ? session : undefined
    },
    async alone() {
      const session = await findSession(deps.db, idHash)
      return session && (await sessionStillOpen(deps, idHash, session)) ? session : undefined
    },
  })
}

/** How a credential (a session, an API token) is read: with the stamp of some scopes, or alone. */
export interface CredentialReads {
  /** The credential's person and the stamp of `scopes`, in one query; undefined when it no longer holds. */
  withStamp(
    scopes: readonly string[],
  ): Promise<{ readonly userId: string; readonly stamp: string } | undefined>
  alone(): Promise<{ readonly userId: string } | undefined>
}

/**
 * The sign-in behind a credential, kept under `key` while the stamp of its scopes holds (see
 * `resolveSession`); read again, and kept only when read after its stamp, otherwise.
 */
export async function keptSignIn(
  deps: Deps,
  key: string,
  reads: CredentialReads,
): Promise<SignedIn | undefined> {
  const on = today(deps)
  const cache = signInsOf(deps.db)
  const kept = cache.get(key)
  if (kept && kept.on === on) {
    const credential = await reads.withStamp(kept.scopes)
    if (!credential) {
      cache.delete(key)
      return undefined
    }
    if (credential.userId === kept.signedIn.user.id && credential.stamp === kept.signedIn.stamp)
      return kept.signedIn
  }
  const credential = await reads.alone()
  if (!credential) {
    cache.delete(key)
    return undefined
  }
  const first = await loadSignedIn(deps, credential.userId)
  if (!first) return undefined
  const scopes = stampScopesOf(first)
  const stamp = await readPageStamp(deps.db, scopes)
  const signedIn = await loadSignedIn(deps, credential.userId)
  if (!signedIn) return undefined
  if (JSON.stringify(signedIn) !== JSON.stringify(first)) {
    cache.delete(key)
    return signedIn
  }
  const withStamp = {
    ...signedIn,
    stamp,
    childrenRead: new Map<string, Child>(),
    identity: identityOf(signedIn),
  }
  cache.set(key, { signedIn: withStamp, scopes, on })
  return withStamp
}

/** Ends an expired or idle session; notes activity at most once a minute. */
async function sessionStillOpen(
  deps: Deps,
  idHash: string,
  session: { readonly lastSeenAt: string; readonly expiresAt: string },
): Promise<boolean> {
  const now = deps.clock.now()
  const nowMs = Date.parse(now)
  const idleLimitMs = deps.config.sessionIdleMinutes * 60_000
  if (session.expiresAt <= now || nowMs - Date.parse(session.lastSeenAt) > idleLimitMs) {
    await deleteSession(deps.db, idHash)
    return false
  }
  if (nowMs - Date.parse(session.lastSeenAt) > TOUCH_AFTER_MS) await touchSession(deps.db, idHash, now)
  return true
}

export async function endSession(deps: Deps, token: string): Promise<void> {
  signInsOf(deps.db).delete(`session:${hashToken(token)}`)
  await deleteSession(deps.db, hashToken(token))
}
