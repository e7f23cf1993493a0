import type { LightMyRequestResponse } from 'fastify'
import type { App } from '../../src/http/build-app.ts'

/**
 * A tiny browser over `app.inject`: it keeps cookies between requests, and fills in the CSRF
 * token of the last page it loaded, the way a real form would.
 */
export class TestBrowser {
  private readonly cookies = new Map<string, string>()
  private csrfToken: string | undefined

  constructor(private readonly app: App) {}

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      method: 'GET',
      url,
      headers: { ...this.cookieHeader(), ...headers },
    })
    this.remember(response)
    return response
  }

  /** Posts a form as a browser does, with the CSRF token (unless `csrf: false`). */
  async post(
    url: string,
    fields: Record<string, string | string[]> = {},
    options: { csrf?: boolean; headers?: Record<string, string> } = {},
  ): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams()
    if (options.csrf !== false) body.append('_csrf', await this.token())
    for (const [name, value] of Object.entries(fields)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(name, v)
    }
    const response = await this.app.inject({
      method: 'POST',
      url,
      payload: body.toString(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...this.cookieHeader(),
        ...options.headers,
      },
    })
    this.remember(response)
    return response
  }

  /**
   * Posts a multipart form (a file upload) as a browser does; the CSRF token goes in the action
   * URL's query, since the handler reads the multipart body itself.
   */
  async upload(
    url: string,
    body: { payload: Buffer; contentType: string },
    options: { csrf?: boolean } = {},
  ): Promise<LightMyRequestResponse> {
    const target =
      options.csrf === false
        ? url
        : `${url}${url.includes('?') ? '&' : '?'}_csrf=${encodeURIComponent(await this.token())}`
    const response = await this.app.inject({
      method: 'POST',
      url: target,
      payload: body.payload,
      headers: { 'content-type': body.contentType, ...this.cookieHeader() },
    })
    this.remember(response)
    return response
  }

  /** Follows a redirect answer with a GET, as a browser would. */
  async follow(response: LightMyRequestResponse): Promise<LightMyRequestResponse> {
    const location = response.headers.location
    if (typeof location !== 'string') throw new Error(`Expected a redirect, got ${response.statusCode}`)
    return this.get(location)
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name)
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value)
  }

  clearCookies(): void {
    this.cookies.clear()
    this.csrfToken = undefined
  }

  private async token(): Promise<string> {
    if (!this.csrfToken) await this.get('/about')
    if (!this.csrfToken) throw new Error('No CSRF token found on the page')
    return this.csrfToken
  }

  private cookieHeader(): Record<string, string> {
    if (this.cookies.size === 0) return {}
    return { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') }
  }

  private remember(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies) {
      const expired =
        cookie.maxAge === 0 ||
        (cookie.expires !== undefined && new Date(cookie.expires).getTime() < Date.now())
      if (expired || cookie.value === '') this.cookies.delete(cookie.name)
      else this.cookies.set(cookie.name, cookie.value)
    }
    const match = /name="_csrf" value="([^"]+)"/.exec(response.body)
    if (match?.[1]) this.csrfToken = match[1]
  }
}

/** The first link in a text that contains `fragment`, made relative to the app. */
export function linkIn(text: string, fragment: string): string {
  const match = text.match(/https?:\/\/\S+/g)?.find((link) => link.includes(fragment))
  if (!match) throw new Error(`No link with "${fragment}" in:\n${text}`)
  return new URL(match).pathname
}
