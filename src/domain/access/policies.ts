import type { Actor, ChildAccessLevel, ChildNeed } from './actor.ts'
import { isMemberOf } from './actor.ts'

/**
 * The access an actor has to a child owned by `organizationId`. Members of the child's household
 * have full access. Everyone else has none (sharing extends this in one place).
 */
export function childAccessLevel(actor: Actor, child: { readonly organizationId: string }): ChildAccessLevel {
  return isMemberOf(actor, child.organizationId) ? 'full' : 'none'
}

/** Whether an access level allows a need. */
export function allows(level: ChildAccessLevel, need: ChildNeed): boolean {
  switch (level) {
    case 'full':
      return true
    case 'none':
      return false
  }
}
