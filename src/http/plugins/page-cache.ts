import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { LRUCache } from 'lru-cache'
import { identityOf, type SignedIn, stampScopesOf } from '../../services/accounts/sessions.ts'
import type { Deps } from '../../services/deps.ts'
import { readPageStamp } from '../../storage/page-versions-store.ts'

/** The response header that says whether a page was sent again (`hit`) or drawn anew (`miss`). */
export const PAGE_CACHE_HEADER = 'x-page-cache'

interface KeptPage {
  readonly stamp: string
  readonly body: string
  readonly contentType: string
  readonly cacheControl: string | undefined
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Where this page goes once drawn, and the stamp of the data it was drawn from. */
    pageCacheSlot: { readonly key: string; readonly stamp: string } | undefined
  }
}

/**
 * Keeps finished pages (routes with `config.pageCache`) and sends them again while nothing they show
 * has changed. Before a kept page is used, one query reads the stamp of everything the person may see
 * (their organizations, the households that share children with them, their own settings, other
 * people's names: counters raised by database triggers on every write, by any instance); a page is
 * kept under the stamp read *before* it was drawn, so a write that lands while it is drawn makes it
 * out of date at once. The key holds everything else a page depends on: the session and its CSRF
 * secret (the forms' tokens stay valid), the person, their organizations and shares as read for this
 * request (an ended share changes it), the language, the address, and the minute (pages that say
 * "today" or "in 3 days"). The same holds for the JSON API's reads, keyed on the API token instead
 * of the session. Only GETs without a one-time notice are kept, only 200 answers that set no cookie,
 * and the access rules and the audit trail run as for any request. Each instance
 * keeps its own pages in memory, least recently used out first (PAGE_CACHE_MB).
 */
export function registerPageCache(app: FastifyInstance, deps: Deps): void {
  const maxBytes = deps.config.pageCacheBytes
  if (maxBytes === 0) return
  const pages = new LRUCache<string, KeptPage>({
    maxSize: maxBytes,
    // JavaScript strings: two bytes a character, plus the key and the entry.
    sizeCalculation: (page, key) => 2 * (page.body.length + key.length + page.stamp.length) + 200,
  })
  app.decorateRequest('pageCacheSlot', undefined)

  // Pages being drawn now, by key: the same request made again meanwhile (a double click, a client
  // retrying) waits for that page instead of drawing it a second time.
  const drawing = new Map<string, { stamp: string; done: Promise<KeptPage | undefined>; finish: Finish }>()

  app.addHook('preHandler', async (request, reply) => {
    const signedIn = request.signedIn
    if (!request.routeOptions.config.pageCache || request.method !== 'GET') return
    if (!signedIn || request.authKind === undefined || request.flash) return
    const key = pageKey(request, signedIn, deps.clock.now())
    const stamp = signedIn.stamp ?? (await readPageStamp(deps.db, stampScopesOf(signedIn)))
    let kept = pages.get(key)
    const inFlight = drawing.get(key)
    if (kept?.stamp !== stamp && inFlight?.stamp === stamp) kept = await inFlight.done
    if (kept?.stamp === stamp) {
      reply.header('content-type', kept.contentType).header(PAGE_CACHE_HEADER, 'hit')
      if (kept.cacheControl !== undefined) reply.header('cache-control', kept.cacheControl)
      return reply.send(kept.body)
    }
    request.pageCacheSlot = { key, stamp }
    if (!drawing.has(key)) {
      let finish: Finish = () => {}
      const done = new Promise<KeptPage | undefined>((resolve) => {
        finish = resolve
      })
      drawing.set(key, { stamp, done, finish })
    }
    reply.header(PAGE_CACHE_HEADER, 'miss')
  })

  /** Ends this request's turn at drawing its page: waiters get the page, or draw it themselves. */
  function settle(request: FastifyRequest, page: KeptPage | undefined): void {
    const slot = request.pageCacheSlot
    const entry = slot ? drawing.get(slot.key) : undefined
    if (!slot || !entry || entry.stamp !== slot.stamp) return
    drawing.delete(slot.key)
    entry.finish(page)
  }

  app.addHook('onSend', async (request, reply, payload) => {
    const slot = request.pageCacheSlot
    if (!slot || reply.statusCode !== 200 || typeof payload !== 'string' || reply.hasHeader('set-cookie'))
      return payload
    const contentType = reply.getHeader('content-type')
    const cacheControl = reply.getHeader('cache-control')
    const page: KeptPage = {
      stamp: slot.stamp,
      body: payload,
      contentType: String(contentType ?? 'text/html; charset=utf-8'),
      cacheControl: cacheControl === undefined ? undefined : String(cacheControl),
    }
    pages.set(slot.key, page)
    settle(request, page)
    return payload
  })
  // An error, a redirect, or a client gone before the answer: nothing to share.
  app.addHook('onResponse', async (request) => settle(request, undefined))
  app.addHook('onRequestAbort', async (request) => settle(request, undefined))
}

type Finish = (page: KeptPage | undefined) => void

function pageKey(request: FastifyRequest, signedIn: SignedIn, now: string): string {
  const parts = JSON.stringify([
    request.authKind,
    // The session and its CSRF secret, or the API token.
    request.authKind === 'session' ? request.sessionToken : request.headers.authorization,
    request.authKind === 'session' ? (request.cookies.pathway_csrf ?? '') : '',
    request.lang,
    request.url,
    now.slice(0, 16),
    signedIn.identity ?? identityOf(signedIn),
  ])
  return createHash('sha256').update(parts).digest('base64url')
}
