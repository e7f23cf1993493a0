import type { AuditEvent } from '../domain/sharing/audit.ts'
import type { DbOrTx } from './database.ts'

/** Appends one entry. There is no update or delete: triggers refuse both on both databases. */
export async function insertAuditEvent(db: DbOrTx, event: AuditEvent): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      id: event.id,
      organization_id: event.organizationId,
      child_id: event.childId,
      actor_user_id: event.actorUserId,
      actor_link_id: event.actorLinkId,
      action: event.action,
      object_kind: event.objectKind,
      object_id: event.objectId,
      route: event.route,
      at: event.at,
    })
    .execute()
}

/** An entry with the name of who did it: the person's name, or the link's label. */
export interface AuditEntry extends AuditEvent {
  readonly actorName: string | null
}

/** A page of a child's trail, newest first. */
export async function listAuditEventsOfChild(
  db: DbOrTx,
  childId: string,
  page: { limit: number; offset: number },
): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_events')
    .leftJoin('users', 'users.id', 'audit_events.actor_user_id')
    .leftJoin('access_links', 'access_links.id', 'audit_events.actor_link_id')
    .selectAll('audit_events')
    .select(['users.name as user_name', 'access_links.label as link_label'])
    .where('audit_events.child_id', '=', childId)
    .orderBy('audit_events.at', 'desc')
    .orderBy('audit_events.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute()
  return rows.map((row) => ({
    id: row.id,
    organizationId: row.organization_id,
    childId: row.child_id,
    actorUserId: row.actor_user_id,
    actorLinkId: row.actor_link_id,
    action: row.action,
    objectKind: row.object_kind,
    objectId: row.object_id,
    route: row.route,
    at: row.at,
    actorName: row.user_name ?? row.link_label ?? null,
  }))
}

export async function countAuditEventsOfChild(db: DbOrTx, childId: string): Promise<number> {
  const row = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('child_id', '=', childId)
    .executeTakeFirstOrThrow()
  return Number(row.count)
}
