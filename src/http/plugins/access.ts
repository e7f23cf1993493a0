import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify'
import type { LinkActor, LinkPurpose } from '../../domain/access/actor.ts'
import { DomainError } from '../../domain/problems.ts'
import { paths, safeNextPath } from '../../paths.ts'
import { actorForLinkToken } from '../../services/access/access-links.ts'
import type { Deps } from '../../services/deps.ts'
import { isApiRequest, sendProblem } from '../errors.tsx'
import type { RouteAccess } from '../fastify-types.ts'

export interface RouteEntry {
  readonly method: string
  readonly url: string
  readonly access: RouteAccess
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
        return isApiRequest(request) ? sendProblem(reply, request, 404, 'NOT_FOUND') : reply.callNotFound()
      return
    }
    if (access === 'data-entry-link' || access === 'calendar-link') {
      const purpose: LinkPurpose = access === 'data-entry-link' ? 'data-entry' : 'calendar-feed'
      const token = (request.params as { token?: string }).token ?? ''
      request.linkActor = await actorForLinkToken(options.deps, token, purpose)
      if (!request.linkActor)
        return isApiRequest(request) ? sendProblem(reply, request, 404, 'NOT_FOUND') : reply.callNotFound()
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
  })
  return table
}

/** The link behind a `data-entry-link` or `calendar-link` route (the access rules found it). */
export function linkActorOf(request: FastifyRequest): LinkActor {
  if (!request.linkActor) throw new DomainError('NOT_FOUND')
  return request.linkActor
}
