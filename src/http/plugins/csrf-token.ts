import type { FastifyRequest } from 'fastify'

/**
 * Where a request's CSRF token is: the form body, a header (scripts), or — only for multipart
 * uploads, whose body the handler streams itself after the check has run — the `_csrf` query
 * parameter of the form's action URL.
 */
export function csrfTokenOf(request: FastifyRequest): string | undefined {
  const body = request.body as { _csrf?: unknown } | undefined
  if (typeof body?._csrf === 'string') return body._csrf
  for (const header of ['csrf-token', 'xsrf-token', 'x-csrf-token', 'x-xsrf-token']) {
    const value = request.headers[header]
    if (typeof value === 'string') return value
  }
  if (request.isMultipart?.()) {
    const query = request.query as { _csrf?: unknown } | undefined
    if (typeof query?._csrf === 'string') return query._csrf
  }
  return undefined
}
