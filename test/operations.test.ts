import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { TestBrowser } from './support/browser.ts'
import { createUser, signInBrowser } from './support/factories.ts'
import { buildTestApp, type TestApp } from './support/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(async () => {
  await t.close()
})

describe('health', () => {
  test('/healthz answers without touching the database; /readyz checks it', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' })
    expect((await t.app.inject('/readyz')).json()).toEqual({ status: 'ready' })
  })
})

describe('security headers', () => {
  test('every page carries a Content-Security-Policy without unsafe-inline, and no framing', async () => {
    const response = await t.app.inject('/')
    const csp = String(response.headers['content-security-policy'])
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("style-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.headers['referrer-policy']).toBe('no-referrer')
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
  })

  test('pages are not cached; versioned assets are cached for a year', async () => {
    expect((await t.app.inject('/sign-in')).headers['cache-control']).toBe('no-store')
    const page = await t.app.inject('/')
    const css = /href="(\/assets\/app\.css\?v=[0-9a-f]+)"/.exec(page.body)?.[1] ?? ''
    const asset = await t.app.inject(css)
    expect(asset.statusCode).toBe(200)
    expect(String(asset.headers['cache-control'])).toContain('immutable')
  })
})

describe('error pages', () => {
  test('an unknown page is a 404 in plain words, in the reader’s language', async () => {
    const response = await t.app.inject('/no/such/page')
    expect(response.statusCode).toBe(404)
    expect(response.body).toContain('Page not found')
    // The reference a person can quote is the request id, as on the 500 page.
    expect(response.body).toContain('quote this reference')
    expect(response.body).toContain(String(response.headers['x-request-id']))
    const spanish = await t.app.inject({ url: '/no/such/page', headers: { 'accept-language': 'es' } })
    expect(spanish.body).toContain('No se encontró la página')
  })

  test('an unexpected failure shows a reference and no internals, and is logged with the request id only', async () => {
    const lines: string[] = []
    const { buildApp } = await import('../src/http/build-app.ts')
    const { Writable } = await import('node:stream')
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk))
        done()
      },
    })
    // A database that has been closed: every query fails, as in an outage.
    const { createTestDatabase } = await import('./support/test-database.ts')
    const dead = await createTestDatabase('sqlite')
    await dead.close()
    const app = await buildApp({
      deps: { ...t.deps, db: dead.db },
      cookieSecret: 'another-test-secret-that-is-long-enough-000',
      logger: { level: 'info', stream },
    })
    try {
      const user = await createUser(t.deps)
      const browser = new TestBrowser(app)
      // Signing in needs the database too, so a session cannot even be created: the page fails as a whole.
      const response = await browser.post('/sign-in', { email: user.email, password: user.password })
      expect(response.statusCode).toBe(500)
      expect(response.body).toContain('Sorry, something went wrong')
      expect(response.body).toContain(String(response.headers['x-request-id']))
      expect(response.body).not.toMatch(/closed|sqlite|Kysely|\.ts:/i)
      const log = lines.join('')
      expect(log).toContain(String(response.headers['x-request-id']))
      expect(log).toContain('request failed')
      expect(log).toMatch(/"route":"\/sign-in"/)
      expect(log).not.toContain(user.email)
      expect(log).not.toContain(user.password)
    } finally {
      await app.close()
    }
  })

  test('request logs name the route pattern, never the URL with its ids or tokens, nor personal data', async () => {
    const lines: string[] = []
    const { buildApp } = await import('../src/http/build-app.ts')
    const { Writable } = await import('node:stream')
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk))
        done()
      },
    })
    const app = await buildApp({
      deps: t.deps,
      cookieSecret: 'another-test-secret-that-is-long-enough-000',
      logger: { level: 'info', stream },
    })
    try {
      const user = await createUser(t.deps, { email: 'private.person@example.org', name: 'Private Person' })
      const browser = new TestBrowser(app)
      await signInBrowser(browser, user)
      await browser.get('/reset-password/secret-token-value')
      await browser.post('/children/new', {
        legalName: 'Secret Child',
        dateOfBirth: '2015-01-01',
        state: 'TX',
      })
      const log = lines.join('')
      expect(log).toContain('"route":"/reset-password/:token"')
      expect(log).not.toContain('secret-token-value')
      expect(log).not.toContain('private.person@example.org')
      expect(log).not.toContain('Private Person')
      expect(log).not.toContain('Secret Child')
      expect(log).not.toContain(user.password)
    } finally {
      await app.close()
    }
  })
})

describe('the route table', () => {
  test('every route declares who may call it', () => {
    expect(t.app.routeTable.length).toBeGreaterThan(30)
    for (const route of t.app.routeTable) expect(route.access, `${route.method} ${route.url}`).toBeDefined()
  })

  test('the development mailbox does not exist when it is off', async () => {
    const off = await buildTestApp({ env: { DEV_MAILBOX: 'off' } })
    try {
      expect((await off.app.inject('/dev/mailbox')).statusCode).toBe(404)
    } finally {
      await off.close()
    }
    expect((await t.app.inject('/dev/mailbox')).statusCode).toBe(200)
  })

  test('in production the development mailbox does not exist, and no page links to it', async () => {
    const production = await buildTestApp({
      env: {
        NODE_ENV: 'production',
        BASE_URL: 'https://pathway.example.org',
        SMTP_URL: 'smtp://127.0.0.1:2525',
      },
    })
    try {
      expect((await production.app.inject('/dev/mailbox')).statusCode).toBe(404)
      const signIn = await production.app.inject('/sign-in')
      expect(signIn.statusCode).toBe(200)
      expect(signIn.body).not.toContain('/dev/mailbox')
      expect((await t.app.inject('/sign-in')).body).toContain('/dev/mailbox')
    } finally {
      await production.close()
    }
  })
})
