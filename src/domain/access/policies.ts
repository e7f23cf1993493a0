import type { LocalDate } from '../dates/local-date.ts'
import type { Actor, ChildAccessLevel, ChildGrant, ChildNeed } from './actor.ts'
import { isMemberOf } from './actor.ts'

/** Levels from strongest to weakest, to name one level when several sources apply. */
const LEVEL_ORDER: readonly ChildAccessLevel[] = ['full', 'read', 'data-entry', 'glance', 'calendar', 'none']

/** Whether a share still works on `today` (it works through its last day). */
export function isGrantActive(grant: Pick<ChildGrant, 'expiresOn'>, today: LocalDate): boolean {
  return grant.expiresOn === null || grant.expiresOn >= today
}

/**
 * Every access level an actor has to a child owned by `organizationId`: `full` for members of the
 * child's household, each active share's scope for a grantee, and a link's purpose for its own
 * child. Empty means no access.
 */
export function childAccessLevels(
  actor: Actor,
  child: { readonly id?: string; readonly organizationId: string },
): ChildAccessLevel[] {
  if (actor.kind === 'link') {
    if (actor.childId !== child.id || actor.organizationId !== child.organizationId) return []
    return [actor.purpose === 'data-entry' ? 'data-entry' : 'calendar']
  }
  const levels: ChildAccessLevel[] = []
  if (isMemberOf(actor, child.organizationId)) levels.push('full')
  if (actor.grants && child.id !== undefined) levels.push(...grantScopesOf(actor.grants, child.id))
  return levels
}

/**
 * The scopes granted on each child, indexed once per list of grants (an advocate's caseload asks
 * for a thousand children; scanning every grant for each would take a million steps).
 */
const grantIndexes = new WeakMap<readonly ChildGrant[], ReadonlyMap<string, readonly ChildAccessLevel[]>>()

function grantScopesOf(grants: readonly ChildGrant[], childId: string): readonly ChildAccessLevel[] {
  let index = grantIndexes.get(grants)
  if (!index) {
    const built = new Map<string, ChildAccessLevel[]>()
    for (const grant of grants) {
      const scopes = built.get(grant.childId)
      if (scopes) scopes.push(grant.scope)
      else built.set(grant.childId, [grant.scope])
    }
    index = built
    grantIndexes.set(grants, index)
  }
  return index.get(childId) ?? []
}

/** The strongest access an actor has to a child (for display), `none` when there is none. */
export function childAccessLevel(
  actor: Actor,
  child: { readonly id?: string; readonly organizationId: string },
): ChildAccessLevel {
  const levels = childAccessLevels(actor, child)
  return LEVEL_ORDER.find((level) => levels.includes(level)) ?? 'none'
}

/**
 * Whether an access level allows a need: `full` allows everything; `read` the whole record without
 * changing it (and so the glance and the calendar); `glance` only the plan at a glance;
 * `data-entry` only adding progress data and service sessions; `calendar` only the calendar feed.
 */
export function allows(level: ChildAccessLevel, need: ChildNeed): boolean {
  switch (level) {
    case 'full':
      return true
    case 'read':
      return need === 'read' || need === 'glance' || need === 'calendar'
    case 'glance':
      return need === 'glance'
    case 'data-entry':
      return need === 'enter-data'
    case 'calendar':
      return need === 'calendar'
    case 'none':
      return false
  }
}

/** Whether an actor may do `need` with a child, from any of its sources of access. */
export function mayAccessChild(
  actor: Actor,
  child: { readonly id?: string; readonly organizationId: string },
  need: ChildNeed,
): boolean {
  return childAccessLevels(actor, child).some((level) => allows(level, need))
}
