import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { linkIn, TestBrowser } from '../../../test/support/browser.ts'
import { createUser, signInBrowser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'

let t: TestApp
let browser: TestBrowser

beforeEach(async () => {
  t = await buildTestApp()
  browser = new TestBrowser(t.app)
})
afterEach(async () => {
  await t.close()
})

describe('sign up', () => {
  test('the form names every field that needs fixing, keeps what was typed, and never echoes the password', async () => {
    const response = await browser.post('/sign-up', { name: '', email: 'not-an-address', password: 'short' })
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('<title>Error: Create your account – Pathway</title>')
    expect(response.body).toContain('There is a problem')
    expect(response.body).toContain('href="#name"')
    expect(response.body).toContain('Enter your name')
    expect(response.body).toContain('Enter an e-mail address in the right format')
    expect(response.body).toContain('Your password must be at least 10 characters')
    expect(response.body).toContain('value="not-an-address"')
    expect(response.body).not.toContain('value="short"')
  })

  test('a new account gets a household and a verification e-mail; the link confirms the address once', async () => {
    const response = await browser.post('/sign-up', {
      name: 'Rosa Díaz',
      email: 'Rosa@Example.org',
      password: 'a long enough password',
    })
    expect(response.statusCode).toBe(303)
    expect(response.headers.location).toBe('/sign-up/check-email')
    const mail = t.mail.lastTo('rosa@example.org')
    expect(mail.subject).toBe('Confirm your e-mail address for Pathway')
    const link = linkIn(mail.text, '/verify-email/')

    // Before confirming, signing in sends a fresh link instead.
    const early = await browser.post('/sign-in', {
      email: 'rosa@example.org',
      password: 'a long enough password',
    })
    expect(early.statusCode).toBe(200)
    expect(early.body).toContain('You need to confirm your e-mail address')
    const freshLink = linkIn(t.mail.lastTo('rosa@example.org').text, '/verify-email/')

    const page = await browser.get(freshLink)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Confirm my e-mail address')
    const confirmed = await browser.post(freshLink)
    expect(confirmed.statusCode).toBe(303)
    expect((await browser.post(freshLink)).statusCode).toBe(410)
    // The first link was retired when the fresh one was sent.
    expect((await browser.post(link)).statusCode).toBe(410)

    const signedIn = await browser.post('/sign-in', {
      email: 'ROSA@example.org',
      password: 'a long enough password',
    })
    expect(signedIn.statusCode).toBe(303)
    expect(signedIn.headers.location).toBe('/dashboard')
    const dashboard = await browser.follow(signedIn)
    expect(dashboard.body).toContain('Hello, Rosa Díaz')
    const memberships = await t.deps.db.selectFrom('memberships').selectAll().execute()
    expect(memberships).toHaveLength(1)
    expect(memberships[0]?.role).toBe('owner')
  })

  test('signing up with an address that has an account looks the same, and tells the owner by e-mail', async () => {
    const user = await createUser(t.deps, { email: 'taken@example.org' })
    const response = await browser.post('/sign-up', {
      name: 'Someone',
      email: 'taken@example.org',
      password: 'another long password',
    })
    expect(response.statusCode).toBe(303)
    expect(response.headers.location).toBe('/sign-up/check-email')
    expect(t.mail.lastTo(user.email).subject).toContain('Someone tried to create a Pathway account')
    const users = await t.deps.db.selectFrom('users').select('id').execute()
    expect(users).toHaveLength(1)
  })
})

describe('sign in and out', () => {
  test('a wrong password and an unknown address get the same message', async () => {
    const user = await createUser(t.deps)
    const wrong = await browser.post('/sign-in', { email: user.email, password: 'not the password' })
    const unknown = await browser.post('/sign-in', {
      email: 'nobody@example.org',
      password: 'not the password',
    })
    expect(wrong.statusCode).toBe(400)
    expect(unknown.statusCode).toBe(400)
    expect(wrong.body).toContain('The e-mail address or password is not right')
    expect(unknown.body).toContain('The e-mail address or password is not right')
    expect(wrong.body).toContain(`value="${user.email}"`)
  })

  test('empty fields are named', async () => {
    const response = await browser.post('/sign-in', { email: '', password: '' })
    expect(response.body).toContain('Enter your e-mail address')
    expect(response.body).toContain('Enter your password')
  })

  test('signing in replaces any earlier session id (no session fixation)', async () => {
    const user = await createUser(t.deps)
    await signInBrowser(browser, user)
    const first = browser.cookie('pathway_session')
    await signInBrowser(browser, user)
    const second = browser.cookie('pathway_session')
    expect(first).toBeDefined()
    expect(second).toBeDefined()
    expect(second).not.toBe(first)
    expect(await t.deps.db.selectFrom('sessions').select('id_hash').execute()).toHaveLength(1)
  })

  test('the session cookie is httpOnly and SameSite=Lax', async () => {
    const user = await createUser(t.deps)
    const response = await browser.post('/sign-in', { email: user.email, password: user.password })
    const cookie = response.cookies.find((c) => c.name === 'pathway_session')
    expect(cookie?.httpOnly).toBe(true)
    expect(cookie?.sameSite).toBe('Lax')
  })

  test('a next= path is followed after sign-in, but never another site', async () => {
    const user = await createUser(t.deps)
    const local = await browser.post('/sign-in?next=%2Fchildren', {
      email: user.email,
      password: user.password,
    })
    expect(local.headers.location).toBe('/children')
    const other = new TestBrowser(t.app)
    const offsite = await other.post('/sign-in?next=%2F%2Fevil.example', {
      email: user.email,
      password: user.password,
    })
    expect(offsite.headers.location).toBe('/dashboard')
  })

  test('pages for signed-in people send others to sign in and back', async () => {
    const response = await browser.get('/children')
    expect(response.statusCode).toBe(302)
    expect(response.headers.location).toBe('/sign-in?next=%2Fchildren')
  })

  test('sessions end after the idle time and after the absolute time', async () => {
    const user = await createUser(t.deps)
    await signInBrowser(browser, user)
    expect((await browser.get('/dashboard')).statusCode).toBe(200)
    t.clock.advanceMinutes(119)
    expect((await browser.get('/dashboard')).statusCode).toBe(200)
    t.clock.advanceMinutes(121)
    expect((await browser.get('/dashboard')).statusCode).toBe(302)

    await signInBrowser(browser, user)
    for (let hour = 0; hour < 24; hour += 1) {
      t.clock.advanceMinutes(60)
      await browser.get('/dashboard')
    }
    expect((await browser.get('/dashboard')).statusCode).toBe(302)
  })

  test('signing out ends the session on the server', async () => {
    const user = await createUser(t.deps)
    await signInBrowser(browser, user)
    const stolen = browser.cookie('pathway_session') ?? ''
    const response = await browser.post('/sign-out')
    expect(response.statusCode).toBe(303)
    const other = new TestBrowser(t.app)
    other.setCookie('pathway_session', stolen)
    expect((await other.get('/dashboard')).statusCode).toBe(302)
  })

  test('the tenth wrong password in fifteen minutes is the last one tried', async () => {
    const user = await createUser(t.deps)
    for (let i = 0; i < 10; i += 1) {
      expect(
        (await browser.post('/sign-in', { email: user.email, password: 'wrong password' })).statusCode,
      ).toBe(400)
    }
    const limited = await browser.post('/sign-in', { email: user.email, password: user.password })
    expect(limited.statusCode).toBe(429)
    expect(limited.body).toContain('Too many attempts')
    t.clock.advanceMinutes(16)
    expect((await browser.post('/sign-in', { email: user.email, password: user.password })).statusCode).toBe(
      303,
    )
  })
})

describe('password reset', () => {
  test('the answer is the same for any address, and a link works once, within an hour', async () => {
    const user = await createUser(t.deps)
    const known = await browser.post('/forgot-password', { email: user.email })
    const unknown = await browser.post('/forgot-password', { email: 'nobody@example.org' })
    expect(known.headers.location).toBe('/forgot-password/check-email')
    expect(unknown.headers.location).toBe('/forgot-password/check-email')
    expect(t.mail.sent.filter((m) => m.to === 'nobody@example.org')).toHaveLength(0)

    const link = linkIn(t.mail.lastTo(user.email).text, '/reset-password/')
    const other = new TestBrowser(t.app)
    await signInBrowser(other, user)

    expect((await browser.get(link)).statusCode).toBe(200)
    const short = await browser.post(link, { password: 'tiny' })
    expect(short.statusCode).toBe(400)
    expect(short.body).toContain('at least 10 characters')
    const done = await browser.post(link, { password: 'a brand new password' })
    expect(done.statusCode).toBe(303)
    expect((await browser.post(link, { password: 'yet another password' })).statusCode).toBe(410)
    // Every session of the account ended.
    expect((await other.get('/dashboard')).statusCode).toBe(302)
    await signInBrowser(browser, { email: user.email, password: 'a brand new password' })
  })

  test('a reset link stops working after one hour', async () => {
    const user = await createUser(t.deps)
    await browser.post('/forgot-password', { email: user.email })
    const link = linkIn(t.mail.lastTo(user.email).text, '/reset-password/')
    t.clock.advanceMinutes(61)
    const expired = await browser.get(link)
    expect(expired.statusCode).toBe(410)
    expect(expired.body).toContain('That link has expired')
  })

  test('the address field is checked', async () => {
    const response = await browser.post('/forgot-password', { email: '' })
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('Enter your e-mail address')
  })
})

describe('account', () => {
  test('changing the password checks the current one and ends other sessions', async () => {
    const user = await createUser(t.deps)
    await signInBrowser(browser, user)
    const laptop = new TestBrowser(t.app)
    await signInBrowser(laptop, user)

    const wrong = await browser.post('/account/password', { currentPassword: 'nope', newPassword: 'short' })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.body).toContain('Your current password is not right')
    expect(wrong.body).toContain('at least 10 characters')

    const ok = await browser.post('/account/password', {
      currentPassword: user.password,
      newPassword: 'my new long password',
    })
    expect(ok.statusCode).toBe(303)
    expect((await browser.get('/account')).statusCode).toBe(200)
    expect((await laptop.get('/account')).statusCode).toBe(302)
  })

  test('an API token is shown once, listed by its prefix, and can be ended', async () => {
    const user = await createUser(t.deps)
    await signInBrowser(browser, user)
    const missing = await browser.post('/account/tokens', { name: ' ' })
    expect(missing.statusCode).toBe(400)
    expect(missing.body).toContain('Enter a name for the token')

    const created = await browser.post('/account/tokens', { name: 'My script' })
    expect(created.statusCode).toBe(201)
    const token = /(pwy_[A-Za-z0-9_-]+)/.exec(created.body)?.[1] ?? ''
    expect(token.length).toBeGreaterThan(20)
    const me = await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } })
    expect(me.statusCode).toBe(200)

    const list = await browser.get('/account/tokens')
    expect(list.body).toContain('My script')
    expect(list.body).not.toContain(token)
    const stored = await t.deps.db
      .selectFrom('api_tokens')
      .select(['id', 'token_hash'])
      .executeTakeFirstOrThrow()
    expect(stored.token_hash).not.toContain(token)

    const revoked = await browser.post(`/account/tokens/${stored.id}/revoke`)
    expect(revoked.statusCode).toBe(303)
    const after = await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } })
    expect(after.statusCode).toBe(401)
  })

  test('the language switch remembers the choice for the account', async () => {
    const user = await createUser(t.deps)
    await signInBrowser(browser, user)
    const switched = await browser.post('/language', { lang: 'es', back: '/account' })
    expect(switched.headers.location).toBe('/account')
    const page = await browser.get('/account')
    expect(page.body).toContain('<html lang="es">')
    expect(page.body).toContain('Su cuenta')
    const fresh = new TestBrowser(t.app)
    await signInBrowser(fresh, user)
    expect((await fresh.get('/account')).body).toContain('Su cuenta')
  })

  test('Accept-Language chooses Spanish for someone signed out', async () => {
    const page = await browser.get('/sign-in', { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' })
    expect(page.body).toContain('<html lang="es">')
    expect(page.body).toContain('Iniciar sesión')
  })
})

describe('CSRF', () => {
  test('a form posted without its token is refused and nothing changes', async () => {
    const response = await browser.post(
      '/sign-up',
      { name: 'X', email: 'x@example.org', password: 'long enough pass' },
      { csrf: false },
    )
    expect(response.statusCode).toBe(403)
    expect(response.body).toContain('This form has expired')
    expect(await t.deps.db.selectFrom('users').select('id').execute()).toHaveLength(0)
  })

  test('a token from another browser does not work', async () => {
    const other = new TestBrowser(t.app)
    const page = await other.get('/sign-up')
    const foreign = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? ''
    await browser.get('/sign-up')
    const response = await browser.post(
      '/sign-up',
      { _csrf: foreign, name: 'X', email: 'x@example.org', password: 'long enough pass' },
      { csrf: false },
    )
    expect(response.statusCode).toBe(403)
  })
})
