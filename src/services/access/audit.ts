import type { Actor } from '../../domain/access/actor.ts'
import { type AuditAction, auditObjectOf, isAudited } from '../../domain/sharing/audit.ts'
import {
  type AuditEntry,
  countAuditEventsOfChild,
  insertAuditEvent,
  listAuditEventsOfChild,
} from '../../storage/audit-store.ts'
import type { Deps } from '../deps.ts'
import { getChildForActor } from './child-access.ts'

/**
 * Records that an actor read or changed something on a child's record through a route, when it is
 * to be recorded (every change; reads by anyone outside the household). Called by the access rules
 * for every child route and link route that answered successfully.
 */
export async function recordChildAccess(
  deps: Deps,
  access: {
    actor: Actor
    child: { readonly id: string; readonly organizationId: string }
    action: AuditAction
    route: string
    params: Readonly<Record<string, string | undefined>>
  },
): Promise<void> {
  const { actor, child, action } = access
  if (!isAudited(actor, child, action)) return
  const object = auditObjectOf(access.route, access.params)
  await insertAuditEvent(deps.db, {
    id: deps.newId(),
    organizationId: child.organizationId,
    childId: child.id,
    actorUserId: actor.kind === 'user' ? actor.userId : null,
    actorLinkId: actor.kind === 'link' ? actor.linkId : null,
    action,
    objectKind: object.kind,
    objectId: object.id,
    route: access.route,
    at: deps.clock.now(),
  })
}

export const ACTIVITY_PAGE_SIZE = 50

/** One page of who read or changed a child's record, newest first. For the family (`edit`). */
export async function listChildActivity(
  deps: Deps,
  actor: Actor,
  childId: string,
  page: number,
): Promise<{ entries: AuditEntry[]; total: number; page: number; pages: number }> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  const total = await countAuditEventsOfChild(deps.db, child.id)
  const pages = Math.max(1, Math.ceil(total / ACTIVITY_PAGE_SIZE))
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages)
  const entries = await listAuditEventsOfChild(deps.db, child.id, {
    limit: ACTIVITY_PAGE_SIZE,
    offset: (current - 1) * ACTIVITY_PAGE_SIZE,
  })
  return { entries, total, page: current, pages }
}
