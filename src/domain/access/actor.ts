/**
 * Who is asking. Every service call carries an Actor; the one access check (services/access)
 * decides from it what the actor may read or change.
 */
export interface Membership {
  readonly organizationId: string
  readonly organizationKind: 'family' | 'practice'
  readonly role: string
}

export interface UserActor {
  readonly kind: 'user'
  readonly userId: string
  readonly memberships: readonly Membership[]
}

export type Actor = UserActor

/**
 * What an actor needs to do with a child's record, weakest first:
 * `glance` — the plan at a glance only; `calendar` — the deadlines in a calendar feed;
 * `enter-data` — add progress data points and service sessions (a teacher's data-entry link);
 * `read` — see the whole record; `edit` — change it.
 */
export type ChildNeed = 'glance' | 'calendar' | 'enter-data' | 'read' | 'edit'

/** The access an actor has to one child, from the strongest source (household membership, later shares). */
export type ChildAccessLevel = 'full' | 'none'

export function isMemberOf(actor: Actor, organizationId: string): boolean {
  return actor.memberships.some((m) => m.organizationId === organizationId)
}

/** The household a family user's new children belong to: the first family organization they own. */
export function householdOf(actor: Actor): string | undefined {
  return actor.memberships.find((m) => m.organizationKind === 'family' && m.role === 'owner')?.organizationId
}
