import { type Actor, isMemberOf } from '../access/actor.ts'

export type AuditAction = 'read' | 'change'

/** One entry of a child's audit trail: who read or changed what, through which page, and when. */
export interface AuditEvent {
  readonly id: string
  readonly organizationId: string
  readonly childId: string
  readonly actorUserId: string | null
  readonly actorLinkId: string | null
  readonly action: AuditAction
  /** What was touched: a record kind from the route (`plan`, `document`, `child` …). */
  readonly objectKind: string
  readonly objectId: string | null
  /** The route pattern (`/children/:childId/plans/:planId`), never the URL with its ids or tokens. */
  readonly route: string | null
  readonly at: string
}

/**
 * Whether an access is recorded: every change, and every read by anyone outside the child's
 * household (a share, an organization, a link). The household's own reads are not recorded.
 */
export function isAudited(
  actor: Actor,
  child: { readonly organizationId: string },
  action: AuditAction,
): boolean {
  return action === 'change' || !isMemberOf(actor, child.organizationId)
}

/**
 * What a route touches, from its pattern and parameters: the last id parameter other than the child
 * and a link token (`:planId` → `plan`), else the path segment after the child (`documents`), else
 * the child itself.
 */
export function auditObjectOf(
  route: string,
  params: Readonly<Record<string, string | undefined>>,
): { kind: string; id: string | null } {
  const names = [...route.matchAll(/:([A-Za-z]+)/g)]
    .map((match) => match[1] ?? '')
    .filter((name) => name !== 'childId' && name !== 'token' && name.endsWith('Id'))
  const last = names.at(-1)
  if (last) return { kind: last.slice(0, -'Id'.length), id: params[last] ?? null }
  const segment = /\/(?::childId|:token)\/([a-z-]+)/.exec(route)?.[1]
  return { kind: segment ?? 'child', id: null }
}
