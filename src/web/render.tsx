import type { FastifyReply, FastifyRequest } from 'fastify'
import type { VNode } from 'preact'
import { renderToString } from 'preact-render-to-string'
import type { LocalDate } from '../domain/dates/local-date.ts'
import { clearFlash } from '../http/plugins/request-context.ts'
import { formatDate, formatInstant, formatShortDate, translator } from '../i18n/i18n.ts'
import { type Assets, type Ui, UiContext } from './ui.ts'

export interface RenderSettings {
  readonly assets: Assets
  readonly devMailbox: boolean
  readonly timeZone: string
}

/** Builds the Ui for a request: language, signed-in person, a CSRF token for its forms, the notice. */
export function uiFor(request: FastifyRequest, reply: FastifyReply, settings: RenderSettings): Ui {
  const lang = request.lang
  const flash = request.flash
  if (flash) clearFlash(request, reply)
  return {
    lang,
    t: translator(lang),
    date: (date: LocalDate) => formatDate(lang, date),
    shortDate: (date: LocalDate) => formatShortDate(lang, date),
    instant: (iso: string) => formatInstant(lang, iso, settings.timeZone),
    signedIn: request.signedIn,
    csrfToken: reply.generateCsrf(),
    currentPath: request.url,
    flash,
    requestId: request.id,
    devMailbox: settings.devMailbox,
    assets: settings.assets,
  }
}

/** Renders a page to HTML and sends it. Preact escapes every text value by default. */
export function sendPage(reply: FastifyReply, status: number, ui: Ui, page: VNode): FastifyReply {
  const html = renderToString(<UiContext.Provider value={ui}>{page}</UiContext.Provider>)
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(`<!doctype html>${html}`)
}
