import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import type { z } from 'zod'
import { DomainError, type ErrorCode, type Problem } from '../domain/problems.ts'
import { renderMessage, translator } from '../i18n/i18n.ts'
import { paths } from '../paths.ts'
import { issueToProblem } from '../services/validation.ts'
import { ErrorPage } from '../web/errors/error-page.tsx'
import { type RenderSettings, sendPage, uiFor } from '../web/render.tsx'

/** API routes answer JSON; everything else answers HTML. */
export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/')
}

/**
 * An RFC 9457 problem document. `code` is our error code, `problems` the field-level problems,
 * `instance` the request id (the reference a person can quote).
 */
export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: ErrorCode | 'INTERNAL' | 'CSRF' | 'BAD_REQUEST',
  problems: readonly Problem[] = [],
  detail?: string,
): FastifyReply {
  const t = translator(request.lang)
  const title =
    code === 'INTERNAL'
      ? t('common.errors.internal.title')
      : code === 'CSRF'
        ? t('common.errors.csrf.title')
        : code === 'BAD_REQUEST'
          ? t('common.errors.badRequest.title')
          : t(`errors.${code}`)
  return reply
    .status(status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(
      JSON.stringify({
        type: 'about:blank',
        title,
        status,
        code,
        ...(detail ? { detail } : {}),
        instance: `urn:pathway:request:${request.id}`,
        ...(problems.length > 0
          ? {
              problems: problems.map((p) => ({
                field: p.field,
                code: p.message,
                message: renderMessage(request.lang, {
                  key: p.message,
                  ...(p.params ? { params: p.params } : {}),
                }),
              })),
            }
          : {}),
      }),
    )
}

/** Tells a client held back by a rate limit when to try again (RFC 9110 Retry-After, in seconds). */
export function setRetryAfter(reply: FastifyReply, limited: { readonly retryAfterSeconds: number }): void {
  reply.header('retry-after', String(limited.retryAfterSeconds))
}

/**
 * The single error handler (STYLE.md §5): DomainError → the status from the table and a plain
 * message; validation and CSRF failures → 400 / 403; anything else → 500 with the request id as
 * reference, logged with its cause chain and never shown.
 */
export function registerErrorHandling(app: FastifyInstance, settings: RenderSettings): void {
  app.setErrorHandler(async (error: FastifyError | DomainError, request, reply) => {
    const api = isApiRequest(request)
    if (error instanceof DomainError) {
      const retryAfterSeconds = error.details?.retryAfterSeconds
      if (typeof retryAfterSeconds === 'number') setRetryAfter(reply, { retryAfterSeconds })
      if (api) return sendProblem(reply, request, error.status, error.code, error.problems)
      if (error.code === 'UNAUTHENTICATED') return reply.redirect(paths.signIn(request.url))
      return sendErrorPage(request, reply, error.status, error.code)
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const problems = error.validation.map((entry) =>
        issueToProblem({
          ...(entry.params as object),
          code: entry.keyword,
          message: entry.message ?? '',
          path: entry.instancePath
            .split('/')
            .filter(Boolean)
            .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
        } as unknown as z.core.$ZodIssue),
      )
      return sendProblem(reply, request, 400, 'INVALID_INPUT', problems)
    }
    const code = (error as FastifyError).code
    if (code === 'FST_CSRF_INVALID_TOKEN' || code === 'FST_CSRF_MISSING_SECRET') {
      if (api) return sendProblem(reply, request, 403, 'CSRF')
      return sendErrorPage(request, reply, 403, 'CSRF')
    }
    const status = (error as FastifyError).statusCode
    if (status !== undefined && status >= 400 && status < 500) {
      if (status === 413)
        return api
          ? sendProblem(reply, request, 413, 'TOO_LARGE')
          : sendErrorPage(request, reply, 413, 'TOO_LARGE')
      if (status === 429)
        return api
          ? sendProblem(reply, request, 429, 'RATE_LIMITED')
          : sendErrorPage(request, reply, 429, 'RATE_LIMITED')
      return api
        ? sendProblem(reply, request, status, 'BAD_REQUEST')
        : sendErrorPage(request, reply, status, 'BAD_REQUEST')
    }
    request.log.error(
      { err: error, reqId: request.id, route: request.routeOptions.url, userId: request.signedIn?.user.id },
      'request failed',
    )
    return api ? sendProblem(reply, request, 500, 'INTERNAL') : sendErrorPage(request, reply, 500, 'INTERNAL')
  })

  app.setNotFoundHandler(async (request, reply) => {
    if (isApiRequest(request)) return sendProblem(reply, request, 404, 'NOT_FOUND')
    return sendErrorPage(request, reply, 404, 'NOT_FOUND')
  })

  async function sendErrorPage(request: FastifyRequest, reply: FastifyReply, status: number, code: string) {
    // The error page's own forms need a CSRF token; if even that fails, fall back to plain text.
    try {
      return sendPage(
        reply,
        status,
        uiFor(request, reply, settings),
        <ErrorPage status={status} code={code} />,
      )
    } catch (renderError) {
      request.log.error({ err: renderError, reqId: request.id }, 'error page failed')
      return reply
        .status(status)
        .type('text/plain; charset=utf-8')
        .send(`Error ${status}. Reference: ${request.id}`)
    }
  }
}
