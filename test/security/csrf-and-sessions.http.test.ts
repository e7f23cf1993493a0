import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createAccessLink, revokeAccessLink } from '../../src/services/access/access-links.ts'
import { createApiToken } from '../../src/services/accounts/api-tokens.ts'
import { createPractice } from '../../src/services/practices/practices.ts'
import { TestBrowser } from '../support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../support/factories.ts'
import { buildTestApp, type TestApp } from '../support/test-app.ts'

/**
 * Cross-site request forgery on every state-changing route, taken from the app's route table (as the
 * authorization matrix does), and session fixation at password sign-in.
 */

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

let t: TestApp
let owner: TestUser
let childId = ''
let linkToken = ''

beforeAll(async () => {
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z', env: { DEV_MAILBOX: 'on' } })
  owner = await createUser(t.deps, { name: 'Owner' })
  // The owner also runs a practice, so the practice routes get past their membership check.
  await createPractice(t.deps, owner.actor, { name: 'Owner Advocacy' })
  childId = (await createChildFor(t.deps, owner)).id
  linkToken = (
    await createAccessLink(t.deps, owner.actor, {
      childId,
      purpose: 'data-entry',
      label: 'Ms. Lee',
      expiresOn: '2026-12-31',
    })
  ).token
}, 60_000)
afterAll(async () => {
  await t.close()
})

function unsafeRoutes() {
  return t.app.routeTable.filter((route) => UNSAFE.has(route.method) && !route.url.includes('*'))
}

function urlFor(pattern: string): string {
  return pattern.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    if (name === 'childId') return childId
    if (name === 'token') return linkToken
    return 'no-such-id'
  })
}

describe('CSRF', () => {
  test('every form and API route that changes something refuses a cookie request without a valid token', async () => {
    const browser = new TestBrowser(t.app)
    await signInBrowser(browser, owner)
    // A valid token of another browser: tokens are tied to the secret cookie of the one that got it.
    const stranger = new TestBrowser(t.app)
    const strangerPage = await stranger.get('/sign-in')
    const strangerToken = /name="_csrf" value="([^"]+)"/.exec(strangerPage.body)?.[1] ?? ''
    expect(strangerToken).not.toBe('')
    const session = `pathway_session=${browser.cookie('pathway_session')}`
    const secret = `pathway_csrf=${browser.cookie('pathway_csrf')}`
    expect(browser.cookie('pathway_csrf')).toBeDefined()

    const routes = unsafeRoutes()
    const failures: string[] = []
    for (const route of routes) {
      const attempts = [
        { label: 'no token', payload: '', cookie: `${session}; ${secret}` },
        {
          label: 'another browser’s token',
          payload: `_csrf=${strangerToken}`,
          cookie: `${session}; ${secret}`,
        },
        { label: 'no secret cookie', payload: `_csrf=${strangerToken}`, cookie: session },
      ]
      for (const attempt of attempts) {
        const response = await t.app.inject({
          method: route.method as 'POST',
          url: urlFor(route.url),
          payload: attempt.payload,
          headers: { cookie: attempt.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        })
        if (response.statusCode !== 403)
          failures.push(`${route.method} ${route.url} with ${attempt.label}: ${response.statusCode}`)
      }
    }
    expect(failures).toEqual([])
    // The route table has well over a hundred such routes; a drop means the enumeration broke.
    expect(routes.length).toBeGreaterThan(100)
  }, 300_000)

  test('the API refuses a session cookie without a token, and accepts a bearer token without one', async () => {
    const browser = new TestBrowser(t.app)
    await signInBrowser(browser, owner)
    const payload = { legalName: 'Forged Child', dateOfBirth: '2018-01-01', state: 'TX' }
    const withCookie = await t.app.inject({
      method: 'POST',
      url: '/api/v1/children',
      payload,
      headers: { cookie: `pathway_session=${browser.cookie('pathway_session')}` },
    })
    expect(withCookie.statusCode).toBe(403)
    expect(withCookie.json()).toMatchObject({ code: 'CSRF' })
    // A bearer token is not sent by browsers on their own, so it carries no ambient authority.
    const { token } = await createApiToken(t.deps, owner.id, 'tests')
    const withToken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/children',
      payload,
      headers: { authorization: `Bearer ${token}` },
    })
    expect(withToken.statusCode).toBe(201)
  })

  test('a form posted to an ended data-entry link, or to no route at all, answers 404 with or without a token', async () => {
    const { token, link } = await createAccessLink(t.deps, owner.actor, {
      childId,
      purpose: 'data-entry',
      label: 'Mr. Ortiz',
      expiresOn: '2026-12-31',
    })
    await revokeAccessLink(t.deps, owner.actor, link.id)
    const browser = new TestBrowser(t.app)
    for (const url of [
      `/enter/${token}/progress`,
      `/enter/${token}/services`,
      `/enter/${token}`,
      '/no-such-page',
    ]) {
      expect((await browser.post(url, {})).statusCode, `${url} with a token`).toBe(404)
      expect((await browser.post(url, {}, { csrf: false })).statusCode, `${url} without`).toBe(404)
    }
  })
})

describe('sessions', () => {
  test('signing in with a password gives a new session id and ends the one the browser had', async () => {
    const person = await createUser(t.deps)
    const browser = new TestBrowser(t.app)
    await signInBrowser(browser, person)
    const first = browser.cookie('pathway_session')
    expect(first).toBeDefined()
    await signInBrowser(browser, person)
    const second = browser.cookie('pathway_session')
    expect(second).toBeDefined()
    expect(second).not.toBe(first)
    const old = await t.app.inject({ url: '/dashboard', headers: { cookie: `pathway_session=${first}` } })
    expect(old.statusCode).toBe(302)
    expect(old.headers.location).toMatch(/^\/sign-in/)
    expect((await browser.get('/dashboard')).statusCode).toBe(200)
  })

  test('a session planted by an attacker is ended when the victim signs in, and never becomes theirs', async () => {
    const attacker = await createUser(t.deps, { name: 'Attacker' })
    const victim = await createUser(t.deps, { name: 'Victim Person' })
    const attackerBrowser = new TestBrowser(t.app)
    await signInBrowser(attackerBrowser, attacker)
    const planted = attackerBrowser.cookie('pathway_session') ?? ''
    // The victim's browser starts with the attacker's session cookie, then the victim signs in.
    const victimBrowser = new TestBrowser(t.app)
    victimBrowser.setCookie('pathway_session', planted)
    await signInBrowser(victimBrowser, victim)
    expect(victimBrowser.cookie('pathway_session')).not.toBe(planted)
    const withPlanted = await attackerBrowser.get('/dashboard')
    expect(withPlanted.statusCode).toBe(302)
    expect((await victimBrowser.get('/dashboard')).body).toContain('Victim Person')
  })

  test('a made-up or unsigned session cookie signs nobody in', async () => {
    for (const cookie of ['pathway_session=made-up', 'pathway_session=abc.def']) {
      const response = await t.app.inject({ url: '/dashboard', headers: { cookie } })
      expect(response.statusCode).toBe(302)
    }
  })

  test('signing out ends the session on the server, not only in the browser', async () => {
    const person = await createUser(t.deps)
    const browser = new TestBrowser(t.app)
    await signInBrowser(browser, person)
    const session = browser.cookie('pathway_session')
    await browser.post('/sign-out')
    const replayed = await t.app.inject({
      url: '/dashboard',
      headers: { cookie: `pathway_session=${session}` },
    })
    expect(replayed.statusCode).toBe(302)
  })
})
