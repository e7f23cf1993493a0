import { Secret, TOTP } from 'otpauth'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import { startSmtpServer } from '../../../test/support/smtp.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { JOB_HANDLERS } from '../../jobs/handlers.ts'
import { runDueJobs } from '../../jobs/run-jobs.ts'
import { smtpMailer } from '../../services/mail/mailer.ts'
import { insertMembership, insertOrganization } from '../../storage/accounts-store.ts'

let t: TestApp
let parent: TestUser
let browser: TestBrowser

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z' })
  parent = await createUser(t.deps, { name: 'Rosa Díaz' })
  browser = new TestBrowser(t.app)
  await signInBrowser(browser, parent)
})
afterEach(async () => {
  await t.close()
})

function codeAt(secret: string, instant: string): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: Date.parse(instant),
  })
}

/** Sets up two steps through the pages; returns the secret and the recovery codes. */
async function turnOn(): Promise<{ secret: string; codes: string[] }> {
  const page = await browser.get('/account/two-step/set-up')
  expect(page.statusCode).toBe(200)
  expect(page.body).toContain('<svg')
  const secret = (/<code class="pw-secret">([A-Z2-7 ]+)<\/code>/.exec(page.body)?.[1] ?? '').replace(/ /g, '')
  expect(secret.length).toBeGreaterThanOrEqual(32)
  const wrong = await browser.post('/account/two-step/set-up', { code: '000000' })
  expect(wrong.statusCode).toBe(400)
  expect(wrong.body).toContain('That code is not right')
  const done = await browser.post('/account/two-step/set-up', { code: codeAt(secret, t.clock.now()) })
  expect(done.statusCode).toBe(200)
  const codes = [...done.body.matchAll(/<code>([a-z0-9]{5}-[a-z0-9]{5})<\/code>/g)].map((m) => m[1] as string)
  expect(codes).toHaveLength(10)
  return { secret, codes }
}

async function passwordStep(b: TestBrowser) {
  const response = await b.post('/sign-in', { email: parent.email, password: parent.password })
  expect(response.statusCode).toBe(303)
  expect(response.headers.location).toBe('/sign-in/two-step')
  return response
}

describe('two-step sign-in', () => {
  test('after the password the code is asked; the session id changes; a code works once', async () => {
    const { secret } = await turnOn()
    const before = browser.cookie('pathway_session')
    t.clock.advanceMinutes(1)
    await passwordStep(browser)
    expect((await browser.get('/sign-in/two-step')).statusCode).toBe(200)
    const code = codeAt(secret, t.clock.now())
    const done = await browser.post('/sign-in/two-step', { code })
    expect(done.statusCode).toBe(303)
    expect(done.headers.location).toBe('/dashboard')
    const after = browser.cookie('pathway_session')
    expect(after).toBeDefined()
    expect(after).not.toBe(before)
    expect((await browser.get('/children')).statusCode).toBe(200)
    // The session the browser had before is over: its id is worth nothing now.
    const planted = new TestBrowser(t.app)
    planted.setCookie('pathway_session', before ?? '')
    expect((await planted.get('/children')).statusCode).toBe(302)

    // A browser that only gave the password is not signed in.
    const halfway = new TestBrowser(t.app)
    await passwordStep(halfway)
    expect((await halfway.get('/children')).statusCode).toBe(302)

    // The same code, replayed from another browser within its 30 seconds, is refused.
    const other = new TestBrowser(t.app)
    await passwordStep(other)
    expect((await other.post('/sign-in/two-step', { code })).statusCode).toBe(400)
  })

  test('a recovery code signs in once; wrong codes are rate-limited', async () => {
    const { codes } = await turnOn()
    const other = new TestBrowser(t.app)
    await passwordStep(other)
    const first = await other.post('/sign-in/two-step', { code: (codes[0] ?? '').toUpperCase() })
    expect(first.statusCode).toBe(303)
    expect((await other.follow(first)).body).toContain('You signed in with a recovery code')
    const third = new TestBrowser(t.app)
    await passwordStep(third)
    expect((await third.post('/sign-in/two-step', { code: codes[0] ?? '' })).statusCode).toBe(400)
    for (let i = 0; i < 3; i++)
      expect((await third.post('/sign-in/two-step', { code: '123456' })).statusCode).toBe(400)
    const limited = await third.post('/sign-in/two-step', { code: codes[1] ?? '' })
    expect(limited.statusCode).toBe(429)
    expect(limited.body).toContain('Too many wrong codes')
  })

  test('the code page without a password first sends back to sign in', async () => {
    const fresh = new TestBrowser(t.app)
    expect((await fresh.get('/sign-in/two-step')).headers.location).toBe('/sign-in')
    const post = await fresh.post('/sign-in/two-step', { code: '123456' })
    expect(post.statusCode).toBe(303)
    expect(post.headers.location).toBe('/sign-in')
  })

  test('turning it off needs the password', async () => {
    await turnOn()
    const wrong = await browser.post('/account/two-step/turn-off', { passwordOff: 'not it' })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.body).toContain('The password is not right')
    const off = await browser.post('/account/two-step/turn-off', { passwordOff: parent.password })
    expect(off.statusCode).toBe(303)
    const again = new TestBrowser(t.app)
    await signInBrowser(again, parent)
    expect((await again.get('/children')).statusCode).toBe(200)
  })

  test('an organization can require it: members without it are sent to set it up', async () => {
    const practiceId = t.deps.newId()
    const now = t.clock.now()
    await insertOrganization(t.deps.db, { id: practiceId, kind: 'practice', name: 'Bright Advocacy', now })
    await insertMembership(t.deps.db, { organizationId: practiceId, userId: parent.id, role: 'owner', now })
    const member = await createUser(t.deps)
    await insertMembership(t.deps.db, { organizationId: practiceId, userId: member.id, role: 'member', now })
    const owner = new TestBrowser(t.app)
    await signInBrowser(owner, parent)
    const page = await owner.get('/account/two-step')
    expect(page.body).toContain('Require two-step sign-in for every member of Bright Advocacy')
    expect(
      (await owner.post('/account/two-step', { organizationId: practiceId, required: 'yes' })).statusCode,
    ).toBe(303)

    const memberBrowser = new TestBrowser(t.app)
    await signInBrowser(memberBrowser, member)
    const sent = await memberBrowser.get('/children')
    expect(sent.statusCode).toBe(303)
    expect(sent.headers.location).toBe('/account/two-step/set-up')
    const setup = await memberBrowser.get('/account/two-step/set-up')
    expect(setup.body).toContain('Bright Advocacy requires two-step sign-in')
  })
})

test('a sign-in from a new browser sends an e-mail through a real SMTP server; a known one does not', async () => {
  const smtp = await startSmtpServer()
  const app = await buildTestApp({
    now: '2026-11-29T15:00:00.000Z',
    mailer: smtpMailer(smtp.url, 'Pathway <no-reply@pathway.test>'),
  })
  try {
    const user = await createUser(app.deps, { name: 'Kai' })
    const laptop = new TestBrowser(app.app)
    await signInBrowser(laptop, user)
    await runDueJobs(app.deps, { handlers: JOB_HANDLERS, workerId: 'test' })
    expect(smtp.received).toHaveLength(0)
    const phone = new TestBrowser(app.app)
    await phone.post(
      '/sign-in',
      { email: user.email, password: user.password },
      {
        headers: {
          'user-agent':
            'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Version/17.0 Mobile/15E148 Safari/604.1',
        },
      },
    )
    await runDueJobs(app.deps, { handlers: JOB_HANDLERS, workerId: 'test' })
    expect(smtp.received).toHaveLength(1)
    expect(smtp.received[0]?.to).toEqual([user.email])
    expect(smtp.received[0]?.raw).toContain('Subject: New sign-in to your Pathway account')
    expect((smtp.received[0]?.raw ?? '').replace(/=\r?\n/g, '')).toContain('Safari =C2=B7 iOS')
    // Signing in again on the laptop is a known device: no new e-mail.
    await signInBrowser(laptop, user)
    await runDueJobs(app.deps, { handlers: JOB_HANDLERS, workerId: 'test' })
    expect(smtp.received).toHaveLength(1)
  } finally {
    await app.close()
    await smtp.stop()
  }
})
