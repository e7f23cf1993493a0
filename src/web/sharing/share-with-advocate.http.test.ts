import { afterAll, beforeAll, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import { invitationTokensFor } from '../../../test/support/sharing.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { addDays, localDate } from '../../domain/dates/local-date.ts'
import { createApiToken } from '../../services/accounts/api-tokens.ts'

let t: TestApp
let parent: TestUser
let advocate: TestUser

beforeAll(async () => {
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z' })
  parent = await createUser(t.deps, { name: 'Rosa Díaz' })
  advocate = await createUser(t.deps, { name: 'Sam Advocate' })
})
afterAll(async () => {
  await t.close()
})

// Issue 3, done when: a parent shares a child with an advocate for 90 days with read access, sees
// each time the advocate opened the record, revokes access, and it takes effect at once.
test('a parent shares with an advocate for 90 days, sees each opening, revokes, and it stops at once', async () => {
  const child = await createChildFor(t.deps, parent, { legalName: 'Lucía Díaz', preferredName: 'Lucy' })
  const family = new TestBrowser(t.app)
  await signInBrowser(family, parent)

  const lastDay = addDays(localDate('2026-11-29'), 90)
  expect(lastDay).toBe('2027-02-27')
  await family.get(`/children/${child.id}/sharing/invite`)
  const invited = await family.post(`/children/${child.id}/sharing/invite`, {
    email: advocate.email,
    scope: 'read',
    expiresOn: lastDay,
    language: '',
  })
  expect(invited.statusCode).toBe(303)
  const [token] = await invitationTokensFor(t.deps, advocate.email)
  if (!token) throw new Error('no invitation e-mail')

  const advocateBrowser = new TestBrowser(t.app)
  await signInBrowser(advocateBrowser, advocate)
  await advocateBrowser.get(`/invitations/${token}`)
  expect((await advocateBrowser.post(`/invitations/${token}/accept`)).statusCode).toBe(303)
  const apiToken = (await createApiToken(t.deps, advocate.id, 'caseload')).token ?? ''

  // The advocate opens the record three times: twice in the browser, once through the API.
  const openings = ['2026-11-30T14:05:00.000Z', '2026-12-02T16:30:00.000Z', '2026-12-03T09:15:00.000Z']
  // (Days pass between them, so each visit starts with signing in again.)
  t.clock.set(openings[0] ?? '')
  await signInBrowser(advocateBrowser, advocate)
  expect((await advocateBrowser.get(`/children/${child.id}`)).statusCode).toBe(200)
  t.clock.set(openings[1] ?? '')
  await signInBrowser(advocateBrowser, advocate)
  expect((await advocateBrowser.get(`/children/${child.id}`)).statusCode).toBe(200)
  t.clock.set(openings[2] ?? '')
  const viaApi = await t.app.inject({
    url: `/api/v1/children/${child.id}`,
    headers: { authorization: `Bearer ${apiToken}` },
  })
  expect(viaApi.statusCode).toBe(200)

  // The family sees each opening, newest first (times in America/Chicago).
  await signInBrowser(family, parent)
  const sharing = await family.get(`/children/${child.id}/sharing`)
  expect(sharing.body).toContain('Sam Advocate')
  expect(sharing.body).toContain('Until Saturday 27 February 2027')
  const activity = await family.get(`/children/${child.id}/activity`)
  expect(activity.statusCode).toBe(200)
  const rows = [...activity.body.matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) =>
    (m[1] ?? '').replace(/<[^>]+>/g, '|'),
  )
  const advocateRows = rows.filter((row) => row.includes('Sam Advocate'))
  expect(advocateRows).toHaveLength(3)
  expect(advocateRows[0]).toContain('3 December 2026 at 3:15')
  expect(advocateRows[1]).toContain('2 December 2026 at 10:30')
  expect(advocateRows[2]).toContain('30 November 2026 at 8:05')
  for (const row of advocateRows) expect(row).toContain('Opened the record')

  // The family ends the share; the very next request by the advocate fails, page and API alike.
  t.clock.set('2026-12-03T10:00:00.000Z')
  await signInBrowser(advocateBrowser, advocate)
  const shareId = /sharing\/shares\/([^/]+)\/end/.exec(sharing.body)?.[1]
  if (!shareId) throw new Error('no end button')
  await family.get(`/children/${child.id}/sharing`)
  expect((await family.post(`/children/${child.id}/sharing/shares/${shareId}/end`)).statusCode).toBe(303)
  expect((await advocateBrowser.get(`/children/${child.id}`)).statusCode).toBe(404)
  const apiAfter = await t.app.inject({
    url: `/api/v1/children/${child.id}`,
    headers: { authorization: `Bearer ${apiToken}` },
  })
  expect(apiAfter.statusCode).toBe(404)
  expect((await advocateBrowser.get('/dashboard')).body).not.toContain('Lucy')
  const after = await family.get(`/children/${child.id}/activity`)
  expect(after.body).toContain('Access for Sam Advocate has ended')
  expect([...after.body.matchAll(/<td[^>]*>Sam Advocate<\/td>/g)]).toHaveLength(3)
})
