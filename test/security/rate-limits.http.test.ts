import type { LightMyRequestResponse } from 'fastify'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { createAccessLink } from '../../src/services/access/access-links.ts'
import { TestBrowser } from '../support/browser.ts'
import { createChildFor, createUser } from '../support/factories.ts'
import { createAdvocate } from '../support/practice-factories.ts'
import { buildTestApp, type TestApp } from '../support/test-app.ts'

/**
 * Every public door that a script could hammer answers 429 with Retry-After (the seconds until the
 * counting window ends) once its limit is used up, and opens again when the window has passed.
 * Five minutes past the hour: a 15-minute window ends in 600 s, an hour's window in 3300 s.
 */

let t: TestApp
beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-29T15:05:00.000Z' })
})
afterEach(async () => {
  await t.close()
})

/** Sends `times` attempts; every one but the last must pass the limit, the last must be refused. */
async function exhaust(
  times: number,
  attempt: () => Promise<LightMyRequestResponse>,
): Promise<LightMyRequestResponse> {
  for (let i = 1; i < times; i += 1) {
    const response = await attempt()
    expect(response.statusCode, `attempt ${i}`).not.toBe(429)
  }
  return attempt()
}

function expectRetryAfter(response: LightMyRequestResponse, seconds: number): void {
  expect(response.statusCode).toBe(429)
  expect(response.headers['retry-after']).toBe(String(seconds))
}

describe('rate limits', () => {
  test('sign-in: ten tries per address in 15 minutes, then 429 until the window ends', async () => {
    const person = await createUser(t.deps)
    const browser = new TestBrowser(t.app)
    const refused = await exhaust(11, () =>
      browser.post('/sign-in', { email: person.email, password: 'wrong password' }),
    )
    expectRetryAfter(refused, 600)
    expect(refused.body).toContain('Too many')
    // Even the right password waits for the window to end.
    expectRetryAfter(await browser.post('/sign-in', { email: person.email, password: person.password }), 600)
    t.clock.set('2026-11-29T15:15:00.000Z')
    expect(
      (await browser.post('/sign-in', { email: person.email, password: person.password })).statusCode,
    ).toBe(303)
  })

  test('sign-up: five per address in an hour', async () => {
    const browser = new TestBrowser(t.app)
    const refused = await exhaust(6, () =>
      browser.post('/sign-up', {
        name: 'Rosa Díaz',
        email: 'rosa.signup@example.org',
        password: 'a long and unusual password',
      }),
    )
    expectRetryAfter(refused, 3300)
  })

  test('password reset: five requests per address in an hour', async () => {
    const browser = new TestBrowser(t.app)
    const refused = await exhaust(6, () => browser.post('/forgot-password', { email: 'someone@example.org' }))
    expectRetryAfter(refused, 3300)
  })

  test('booking: twenty attempts an hour from one address, on the page and through the API', async () => {
    const advocate = await createAdvocate(t.deps)
    const browser = new TestBrowser(t.app)
    const refused = await exhaust(21, () => browser.post(`/book/${advocate.slug}/details`, { name: '' }))
    expectRetryAfter(refused, 3300)
    const api = await t.app.inject({
      method: 'POST',
      url: `/api/v1/advocates/${advocate.slug}/consultations`,
      payload: {
        start: '2026-11-30T16:00:00.000Z',
        length: 30,
        timeZone: 'America/Phoenix',
        name: 'Rosa Diaz',
        email: 'rosa@example.org',
        reason: 'We want to talk about the evaluation request.',
      },
    })
    expectRetryAfter(api, 3300)
    expect(api.json()).toMatchObject({ code: 'RATE_LIMITED' })
  })

  test('data-entry link: sixty forms an hour through one link', async () => {
    const parent = await createUser(t.deps)
    const child = await createChildFor(t.deps, parent)
    const { token } = await createAccessLink(t.deps, parent.actor, {
      childId: child.id,
      purpose: 'data-entry',
      label: 'Ms. Lee',
      expiresOn: '2026-12-31',
    })
    const browser = new TestBrowser(t.app)
    const refused = await exhaust(61, () => browser.post(`/enter/${token}/progress`, { goalId: '' }))
    expectRetryAfter(refused, 3300)
    // Reading the form is not counted.
    expect((await browser.get(`/enter/${token}/progress`)).statusCode).toBe(200)
  })
})
