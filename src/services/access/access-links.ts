import { type Actor, type LinkActor, type LinkPurpose, userIdOf } from '../../domain/access/actor.ts'
import { DomainError, invalidInput, type Problem, problem } from '../../domain/problems.ts'
import { type AccessLink, firstNameOf, isLinkActive } from '../../domain/sharing/access-link.ts'
import { checkLastDay } from '../../domain/sharing/last-day.ts'
import {
  findAccessLink,
  findAccessLinkByHash,
  insertAccessLink,
  listAccessLinksOfChild,
  revokeAccessLinkRow,
  touchAccessLink,
} from '../../storage/access-links-store.ts'
import { assertWithinRateLimits } from '../accounts/rate-limit.ts'
import { hashToken, newToken } from '../accounts/secrets.ts'
import { type Deps, today } from '../deps.ts'
import { getChildForActor } from './child-access.ts'

export const LINK_PURPOSES: readonly LinkPurpose[] = ['data-entry', 'calendar-feed']
const MAX_LABEL = 80

export interface AccessLinkDraft {
  readonly childId: string
  readonly purpose: LinkPurpose
  /** Who or what the link is for ("Ms. Lee, reading teacher"), so the family can tell links apart. */
  readonly label: string
  /** The last day the link works, as typed (`YYYY-MM-DD`), or empty / null for no end date. */
  readonly expiresOn?: string | null
}

/**
 * Makes a secret link to one child's record for one purpose. Needs `edit` on the child. The token
 * (32 random bytes, base64url) is returned once, to show to the person; only its SHA-256 is kept.
 * Throws INVALID_INPUT with every problem.
 */
export async function createAccessLink(
  deps: Deps,
  actor: Actor,
  draft: AccessLinkDraft,
): Promise<{ link: AccessLink; token: string }> {
  const child = await getChildForActor(deps.db, actor, draft.childId, 'edit')
  const problems: Problem[] = []
  if (!LINK_PURPOSES.includes(draft.purpose))
    problems.push(problem('purpose', 'sharing.problems.purposeMissing'))
  const label = draft.label.trim()
  if (label === '') problems.push(problem('label', 'sharing.problems.labelMissing'))
  else if (label.length > MAX_LABEL)
    problems.push(problem('label', 'sharing.problems.tooLong', { max: MAX_LABEL }))
  const lastDay = checkLastDay(draft.expiresOn ?? '', today(deps))
  problems.push(...lastDay.problems)
  if (problems.length > 0) throw invalidInput(problems)

  const token = newToken()
  const link: AccessLink = {
    id: deps.newId(),
    organizationId: child.organizationId,
    childId: child.id,
    purpose: draft.purpose,
    label,
    createdBy: userIdOf(actor),
    createdAt: deps.clock.now(),
    expiresOn: lastDay.value,
    revokedAt: null,
    lastUsedAt: null,
  }
  await insertAccessLink(deps.db, { ...link, tokenHash: hashToken(token) })
  return { link, token }
}

// Recording every use would make each feed poll a write; once a minute is enough to show "last used".
const TOUCH_AFTER_MS = 60_000

/**
 * The actor behind a link token for `purpose`, or undefined when the token is unknown, for another
 * purpose, revoked, past its last day, or its child is archived. Called on every request, so ending
 * a link takes effect at once.
 */
export async function actorForLinkToken(
  deps: Deps,
  token: string,
  purpose: LinkPurpose,
): Promise<LinkActor | undefined> {
  if (token === '' || token.length > 200) return undefined
  const found = await findAccessLinkByHash(deps.db, hashToken(token), purpose)
  if (!found || found.childArchived || !isLinkActive(found.link, today(deps))) return undefined
  const { link } = found
  const now = deps.clock.now()
  if (link.lastUsedAt === null || Date.parse(now) - Date.parse(link.lastUsedAt) > TOUCH_AFTER_MS) {
    await touchAccessLink(deps.db, link.id, now)
  }
  return {
    kind: 'link',
    linkId: link.id,
    childId: link.childId,
    organizationId: link.organizationId,
    purpose: link.purpose,
  }
}

/**
 * Counts a form sent through a data-entry link, before the link is looked up: sixty an hour through
 * one link and three hundred an hour from one network address (a teacher enters a class's scores; a
 * script guessing links or flooding a record stops). Throws RATE_LIMITED (429 with Retry-After).
 */
export async function limitDataEntry(deps: Deps, token: string, ip: string): Promise<void> {
  await assertWithinRateLimits(deps, [
    { key: `data-entry:link:${hashToken(token)}`, limit: 60, windowSeconds: 3600 },
    { key: `data-entry:ip:${hashToken(ip)}`, limit: 300, windowSeconds: 3600 },
  ])
}

/** Every link to a child (ended ones too), newest first. Needs `edit`: only the family manages links. */
export async function listAccessLinks(deps: Deps, actor: Actor, childId: string): Promise<AccessLink[]> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  return listAccessLinksOfChild(deps.db, child.id)
}

/** Ends a link at once. Needs `edit` on its child; a link the actor cannot manage answers NOT_FOUND. */
export async function revokeAccessLink(deps: Deps, actor: Actor, linkId: string): Promise<AccessLink> {
  const link = await findAccessLink(deps.db, linkId)
  if (!link) throw new DomainError('NOT_FOUND')
  await getChildForActor(deps.db, actor, link.childId, 'edit')
  const now = deps.clock.now()
  await revokeAccessLinkRow(deps.db, link.id, now)
  return { ...link, revokedAt: link.revokedAt ?? now }
}

/** The child a data-entry link is for, named by first or preferred name only (all a link may learn). */
export async function childOfDataEntryLink(
  deps: Deps,
  actor: LinkActor,
): Promise<{ childId: string; firstName: string }> {
  const child = await getChildForActor(deps.db, actor, actor.childId, 'enter-data')
  return { childId: child.id, firstName: firstNameOf(child) }
}
