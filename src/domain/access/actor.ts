import type { LocalDate } from '../dates/local-date.ts'

/**
 * Who is asking. Every service call carries an Actor; the one access check (services/access)
 * decides from it what the actor may read or change.
 */
export interface Membership {
  readonly organizationId: string
  readonly organizationKind: 'family' | 'practice'
  readonly role: string
}

/** What a share lets its grantee do with one child (see sharing). */
export type ShareScope = 'full' | 'read' | 'glance' | 'data-entry'

/**
 * A share that reaches this user, directly or through one of their organizations. Loaded with the
 * actor on every request, so a revoked or expired share stops working on the next request.
 */
export interface ChildGrant {
  readonly childId: string
  /** The household the child belongs to. */
  readonly organizationId: string
  readonly scope: ShareScope
  /** Last day the share works (inclusive), or null for no end date. */
  readonly expiresOn: LocalDate | null
}

export interface UserActor {
  readonly kind: 'user'
  readonly userId: string
  readonly memberships: readonly Membership[]
  /** Active shares of other households' children with this user or their organizations. */
  readonly grants?: readonly ChildGrant[]
}

/** What an access link is for: a teacher's data-entry page, or a calendar feed. */
export type LinkPurpose = 'data-entry' | 'calendar-feed'

/**
 * Someone holding a secret link (no account): a teacher entering progress data, or a calendar app
 * reading a feed. It may do only its purpose's need, and only for its own child.
 */
export interface LinkActor {
  readonly kind: 'link'
  readonly linkId: string
  readonly childId: string
  readonly organizationId: string
  readonly purpose: LinkPurpose
}

export type Actor = UserActor | LinkActor

/**
 * What an actor needs to do with a child's record, weakest first:
 * `glance` — the plan at a glance only; `calendar` — the deadlines in a calendar feed;
 * `enter-data` — add progress data points and service sessions (a teacher's data-entry link);
 * `read` — see the whole record; `edit` — change it.
 */
export type ChildNeed = 'glance' | 'calendar' | 'enter-data' | 'read' | 'edit'

/**
 * The access an actor has to one child: `full` for the household (or a full share), a share's
 * scope, `calendar` for a calendar-feed link, or `none`.
 */
export type ChildAccessLevel = 'full' | 'read' | 'glance' | 'data-entry' | 'calendar' | 'none'

/** The account behind an actor, or null for a link (records it creates have no author account). */
export function userIdOf(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.userId : null
}

/** An actor's organization memberships (a link belongs to none). */
export function membershipsOf(actor: Actor): readonly Membership[] {
  return actor.kind === 'user' ? actor.memberships : []
}

export function isMemberOf(actor: Actor, organizationId: string): boolean {
  return membershipsOf(actor).some((m) => m.organizationId === organizationId)
}

/** The household a family user's new children belong to: the first family organization they own. */
export function householdOf(actor: Actor): string | undefined {
  return membershipsOf(actor).find((m) => m.organizationKind === 'family' && m.role === 'owner')
    ?.organizationId
}
