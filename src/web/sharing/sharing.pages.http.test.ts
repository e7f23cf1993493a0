import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import { invitationTokensFor } from '../../../test/support/sharing.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { Child } from '../../domain/children/child.ts'

let t: TestApp
let parent: TestUser
let advocate: TestUser
let stranger: TestUser
let child: Child
let family: TestBrowser

beforeAll(async () => {
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z' })
  parent = await createUser(t.deps, { name: 'Rosa Díaz' })
  advocate = await createUser(t.deps, { name: 'Sam Advocate' })
  stranger = await createUser(t.deps)
  child = await createChildFor(t.deps, parent, { legalName: 'Lucía Díaz', preferredName: 'Lucy' })
  family = new TestBrowser(t.app)
  await signInBrowser(family, parent)
})
afterAll(async () => {
  await t.close()
})

describe('who can see this record', () => {
  test('the page is linked from the record and starts empty', async () => {
    expect((await family.get(`/children/${child.id}/documents`)).body).toContain(
      `href="/children/${child.id}/sharing"`,
    )
    const page = await family.get(`/children/${child.id}/sharing`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Who can see this record')
    expect(page.body).toContain('You have not shared this record with anyone.')
    expect(page.body).toContain('You have not made any links.')
  })

  test('a stranger, signed out or signed in, cannot see it or change it', async () => {
    const other = new TestBrowser(t.app)
    expect((await other.get(`/children/${child.id}/sharing`)).statusCode).toBe(302)
    await signInBrowser(other, stranger)
    expect((await other.get(`/children/${child.id}/sharing`)).statusCode).toBe(404)
    expect((await other.get(`/children/${child.id}/sharing/invite`)).statusCode).toBe(404)
    await other.get('/dashboard')
    const post = await other.post(`/children/${child.id}/sharing/invite`, {
      email: 'me@example.org',
      scope: 'full',
      expiresOn: '',
      language: '',
    })
    expect(post.statusCode).toBe(404)
    expect(await invitationTokensFor(t.deps, 'me@example.org')).toEqual([])
  })

  test('a bad invitation names each field and keeps what was typed', async () => {
    await family.get(`/children/${child.id}/sharing/invite`)
    const response = await family.post(`/children/${child.id}/sharing/invite`, {
      email: 'sam at example',
      scope: '',
      expiresOn: '2026-11-01',
      language: '',
    })
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('There is a problem')
    expect(response.body).toContain('value="sam at example"')
    expect(response.body).toContain('Choose what the person can do')
    expect(response.body).toContain('The last day must be today or later')
    expect(response.body).toContain('value="2026-11-01"')
  })

  test('invite, accept after signing in, see the record, then the family ends it and it stops at once', async () => {
    await family.get(`/children/${child.id}/sharing/invite`)
    const sent = await family.post(`/children/${child.id}/sharing/invite`, {
      email: advocate.email,
      scope: 'read',
      expiresOn: '2027-02-27',
      language: '',
    })
    expect(sent.statusCode).toBe(303)
    const listed = await family.follow(sent)
    expect(listed.body).toContain(`We sent an invitation to ${advocate.email}`)
    expect(listed.body).toContain('Invitations waiting for an answer')
    const [token] = await invitationTokensFor(t.deps, advocate.email)
    if (!token) throw new Error('no invitation e-mail')

    const visitor = new TestBrowser(t.app)
    const invitation = await visitor.get(`/invitations/${token}`)
    expect(invitation.statusCode).toBe(200)
    expect(invitation.body).toContain('Rosa Díaz invited you to see the record of Lucy')
    expect(invitation.body).toContain(`href="/sign-in?next=${encodeURIComponent(`/invitations/${token}`)}"`)
    const signIn = await visitor.post(`/sign-in?next=${encodeURIComponent(`/invitations/${token}`)}`, {
      email: advocate.email,
      password: advocate.password,
    })
    expect(signIn.headers.location).toBe(`/invitations/${token}`)
    await visitor.follow(signIn)
    const accepted = await visitor.post(`/invitations/${token}/accept`)
    expect(accepted.headers.location).toBe(`/children/${child.id}`)
    expect((await visitor.follow(accepted)).statusCode).toBe(200)
    expect((await visitor.get('/dashboard')).body).toContain('Shared with you')
    expect((await visitor.get(`/children/${child.id}/edit`)).statusCode).toBe(404)
    expect((await visitor.get(`/children/${child.id}/sharing`)).statusCode).toBe(404)

    const page = await family.get(`/children/${child.id}/sharing`)
    expect(page.body).toContain('Sam Advocate')
    expect(page.body).toContain('See the record')
    expect(page.body).toContain('Until Saturday 27 February 2027')
    const shareId = /sharing\/shares\/([^/]+)\/end/.exec(page.body)?.[1]
    if (!shareId) throw new Error('no end button')
    const ended = await family.post(`/children/${child.id}/sharing/shares/${shareId}/end`)
    expect((await family.follow(ended)).body).toContain('Access for Sam Advocate has ended')
    expect((await visitor.get(`/children/${child.id}`)).statusCode).toBe(404)
    expect((await visitor.get('/dashboard')).body).not.toContain('Lucy')
  })

  test('a new link shows its address once; the list shows it without the address', async () => {
    const form = await family.get(`/children/${child.id}/sharing/links/new?purpose=calendar-feed`)
    expect(form.body).toMatch(/value="calendar-feed"[^>]*checked|checked[^>]*value="calendar-feed"/)
    const bad = await family.post(`/children/${child.id}/sharing/links/new`, {
      purpose: 'data-entry',
      label: '',
      expiresOn: '',
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('Enter who the link is for')
    const made = await family.post(`/children/${child.id}/sharing/links/new`, {
      purpose: 'data-entry',
      label: 'Ms. Lee',
      expiresOn: '',
    })
    expect(made.statusCode).toBe(201)
    const url = /value="(http:\/\/localhost:3000\/enter\/[^"]+)"/.exec(made.body)?.[1]
    if (!url) throw new Error('no link address')
    const token = url.slice('http://localhost:3000/enter/'.length)
    expect((await t.app.inject(`/enter/${token}`)).statusCode).toBe(200)
    const page = await family.get(`/children/${child.id}/sharing`)
    expect(page.body).toContain('Ms. Lee')
    expect(page.body).not.toContain(token)
    const linkId = /sharing\/links\/([^/]+)\/end/.exec(page.body)?.[1]
    if (!linkId) throw new Error('no end button')
    await family.post(`/children/${child.id}/sharing/links/${linkId}/end`)
    expect((await t.app.inject(`/enter/${token}`)).statusCode).toBe(404)
  })

  test('the invitation page in Spanish, and an unknown invitation', async () => {
    expect((await t.app.inject('/invitations/nope')).statusCode).toBe(410)
    await family.get(`/children/${child.id}/sharing/invite`)
    await family.post(`/children/${child.id}/sharing/invite`, {
      email: 'tia@example.org',
      scope: 'glance',
      expiresOn: '',
      language: 'es',
    })
    const [token] = await invitationTokensFor(t.deps, 'tia@example.org')
    const page = await t.app.inject({ url: `/invitations/${token}`, headers: { 'accept-language': 'es' } })
    expect(page.body).toContain('Rosa Díaz le invitó a ver el expediente de Lucy')
    const declined = await new TestBrowser(t.app).post(`/invitations/${token}/decline`, {}, { csrf: false })
    expect(declined.statusCode).toBe(403)
  })
})
