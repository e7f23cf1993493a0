import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify'
import type { ChildNeed, LinkActor, LinkPurpose } from '../../domain/access/actor.ts'
import { mayAccessChild } from '../../domain/access/policies.ts'
import { practiceMembershipOf } from '../../domain/practices/practice.ts'
import { DomainError } from '../../domain/problems.ts'
import { paths, safeNextPath } from '../../paths.ts'
import { actorForLinkToken, limitDataEntry } from '../../services/access/access-links.ts'
import { recordChildAccess } from '../../services/access/audit.ts'
import { getChildForActor } from '../../services/access/child-access.ts'
import type { Deps } from '../../services/deps.ts'
import { rememberRead } from '../../storage/read-memo.ts'
import { isApiRequest, sendProblem } from '../errors.tsx'
import type { RouteAccess } from '../fastify-types.ts'

export interface RouteEntry {
  readonly method: string
  readonly url: string
  readonly access: RouteAccess
}

/** What a child route's access asks of the `:childId` in its path. */
const CHILD_ROUTE_NEEDS: Partial<Record<RouteAccess, ChildNeed>> = {
  'child-read': 'read',
  'child-edit': 'edit',
  'child-glance': 'glance',
  'child-enter-data': 'enter-data',
}

/** Routes added by plugins (static files, the API reference) that are public by nature. */
const PLUGIN_ROUTE_PREFIXES = ['/assets/']

/**
 * Every route must say who may call it (`config.access`); the app refuses to start otherwise, and
 * the table of routes is kept for the authorization tests. Signing in is checked here, before any
 * handler runs; what a signed-in person may see of a child is checked in the services layer.
 */
export function registerAccessRules(
  app: FastifyInstance,
  options: { devMailbox: boolean; deps: Deps },
): RouteEntry[] {
  const table: RouteEntry[] = []
  app.decorateRequest('linkActor', undefined)
  app.decorateRequest('auditSubject', undefined)
  app.addHook('onRoute', (route: RouteOptions) => {
    const access = route.config?.access
    const methods = Array.isArray(route.method) ? route.method : [route.method]
    if (access === undefined) {
      if (PLUGIN_ROUTE_PREFIXES.some((prefix) => route.url.startsWith(prefix))) return
      throw new Error(`Route ${methods.join(',')} ${route.url} declares no config.access`)
    }
    for (const method of methods) if (method !== 'HEAD') table.push({ method, url: route.url, access })
  })

  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config.access
    if (access === undefined || access === 'public') return
    if (access === 'dev') {
      if (!options.devMailbox)
        return isApiRequest(request) ? sendProblem(reply, request, 404, 'NOT_FOUND') : notFound()
      return
    }
    if (access === 'data-entry-link' || access === 'calendar-link') {
      const purpose: LinkPurpose = access === 'data-entry-link' ? 'data-entry' : 'calendar-feed'
      const token = (request.params as { token?: string }).token ?? ''
      if (purpose === 'data-entry' && request.method !== 'GET')
        await limitDataEntry(options.deps, token, request.ip)
      request.linkActor = await actorForLinkToken(options.deps, token, purpose)
      if (!request.linkActor)
        return isApiRequest(request) ? sendProblem(reply, request, 404, 'NOT_FOUND') : notFound()
      request.auditSubject = {
        childId: request.linkActor.childId,
        organizationId: request.linkActor.organizationId,
      }
      return
    }
    if (access === 'signed-out') {
      if (request.signedIn && request.method === 'GET') {
        return reply.redirect(safeNextPath((request.query as { next?: string }).next) ?? paths.dashboard())
      }
      return
    }
    if (!request.signedIn) {
      if (isApiRequest(request)) return sendProblem(reply, request, 401, 'UNAUTHENTICATED')
      return reply.redirect(paths.signIn(request.method === 'GET' ? request.url : undefined))
    }
    // A practice's pages: only for members of a practice (the services then check the role).
    if (access === 'practice-member' && !practiceMembershipOf(request.signedIn.actor)) {
      return isApiRequest(request) ? sendProblem(reply, request, 404, 'NOT_FOUND') : notFound()
    }
    // The route's declared need, checked before any handler runs (NOT_FOUND when it fails). A
    // practice's page about one family needs the child shared with it to read.
    const need = access === 'practice-member' ? 'read' : CHILD_ROUTE_NEEDS[access]
    const childId = (request.params as { childId?: string }).childId
    if (need && childId !== undefined) {
      const child = await childForRequest(options.deps, request, childId, need)
      request.auditSubject = { childId: child.id, organizationId: child.organizationId }
    }
  })
  // The audit trail: a child or link route that answered successfully is recorded before the answer
  // leaves (every change; reads by anyone outside the household). A failure to record fails the request.
  app.addHook('onSend', async (request, reply, payload) => {
    const subject = request.auditSubject
    const actor = request.linkActor ?? request.signedIn?.actor
    if (!subject || !actor || reply.statusCode >= 400) return payload
    const read = request.method === 'GET' || request.method === 'HEAD'
    await recordChildAccess(options.deps, {
      actor,
      child: { id: subject.childId, organizationId: subject.organizationId },
      action: read ? 'read' : 'change',
      route: request.routeOptions.url ?? '',
      params: request.params as Record<string, string | undefined>,
    })
    return payload
  })
  return table
}

/** A GET may use the child row its sign-in already read while the stamp held; the rule runs regardless. */
const CHILDREN_READ_LIMIT = 50

async function childForRequest(deps: Deps, request: FastifyRequest, childId: string, need: ChildNeed) {
  const signedIn = request.signedIn
  if (!signedIn) throw new DomainError('NOT_FOUND')
  const known = request.method === 'GET' || request.method === 'HEAD' ? signedIn.childrenRead : undefined
  const kept = known?.get(childId)
  if (kept) {
    if (!mayAccessChild(signedIn.actor, kept, need)) throw new DomainError('NOT_FOUND')
    rememberRead(deps.db, `child:${childId}`, kept)
    return kept
  }
  const child = await getChildForActor(deps.db, signedIn.actor, childId, need)
  if (known && known.size < CHILDREN_READ_LIMIT) known.set(childId, child)
  return child
}

/** Answers 404 and stops the request here, before the CSRF check and the handler run. */
function notFound(): never {
  throw new DomainError('NOT_FOUND')
}

/** The link behind a `data-entry-link` or `calendar-link` route (the access rules found it). */
export function linkActorOf(request: FastifyRequest): LinkActor {
  if (!request.linkActor) throw new DomainError('NOT_FOUND')
  return request.linkActor
}
