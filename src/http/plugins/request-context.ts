import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import Negotiator from 'negotiator'
import { isLang, type Lang } from '../../i18n/i18n.ts'
import { authenticateApiToken } from '../../services/accounts/api-tokens.ts'
import { resolveSession } from '../../services/accounts/sessions.ts'
import type { Deps } from '../../services/deps.ts'
import type { Flash } from '../fastify-types.ts'

export const SESSION_COOKIE = 'pathway_session'
export const LANG_COOKIE = 'pathway_lang'
export const FLASH_COOKIE = 'pathway_flash'

/**
 * Works out, once per request, who is asking and in which language to answer:
 * a bearer token (API clients) or the session cookie; the person's saved language, then the
 * language cookie, then Accept-Language, then English.
 */
export function registerRequestContext(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('signedIn', undefined)
  app.decorateRequest('authKind', undefined)
  app.decorateRequest('sessionToken', undefined)
  app.decorateRequest('lang', 'en')
  app.decorateRequest('flash', undefined)

  app.addHook('onRequest', async (request) => {
    // Static files need no session lookup.
    if (request.url.startsWith('/assets/')) return
    const authorization = request.headers.authorization
    if (authorization?.startsWith('Bearer ')) {
      const signedIn = await authenticateApiToken(deps, authorization.slice('Bearer '.length).trim())
      if (signedIn) {
        request.signedIn = signedIn
        request.authKind = 'token'
      }
    } else {
      const cookie = request.cookies[SESSION_COOKIE]
      const unsigned = cookie ? request.unsignCookie(cookie) : undefined
      if (unsigned?.valid && unsigned.value) {
        const signedIn = await resolveSession(deps, unsigned.value)
        if (signedIn) {
          request.signedIn = signedIn
          request.authKind = 'session'
          request.sessionToken = unsigned.value
        }
      }
    }
    request.lang = chooseLanguage(request)
    request.flash = readFlash(request)
  })
}

function chooseLanguage(request: FastifyRequest): Lang {
  const saved = request.signedIn?.user.locale
  if (saved) return saved
  const cookie = request.cookies[LANG_COOKIE]
  if (isLang(cookie)) return cookie
  const preferred = new Negotiator({
    headers: { 'accept-language': request.headers['accept-language'] ?? '' },
  }).language(['en', 'es'])
  return isLang(preferred) ? preferred : 'en'
}

function readFlash(request: FastifyRequest): Flash | undefined {
  const raw = request.cookies[FLASH_COOKIE]
  if (!raw) return undefined
  const unsigned = request.unsignCookie(raw)
  if (!unsigned.valid || !unsigned.value) return undefined
  try {
    const value = JSON.parse(unsigned.value) as Flash
    return typeof value.key === 'string' ? value : undefined
  } catch {
    return undefined
  }
}

/** Sets a one-time notice for the next page (e.g. "Child added"), then the caller redirects. */
export function setFlash(reply: FastifyReply, flash: Flash): void {
  reply.setCookie(FLASH_COOKIE, JSON.stringify(flash), {
    signed: true,
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: 120,
  })
}

/** Called when a page shows the notice, so it appears once. */
export function clearFlash(request: FastifyRequest, reply: FastifyReply): void {
  if (request.cookies[FLASH_COOKIE]) reply.clearCookie(FLASH_COOKIE, { path: '/' })
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { signed: true, httpOnly: true, sameSite: 'lax', secure, path: '/' })
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' })
}
