import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createChildFor, createUser, type TestUser } from '../../../test/support/factories.ts'
import { invitationTokensFor } from '../../../test/support/sharing.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { testDialects } from '../../../test/support/test-database.ts'
import { createAccessLink } from '../../services/access/access-links.ts'
import { createApiToken } from '../../services/accounts/api-tokens.ts'
import { acceptInvitation } from '../../services/sharing/shares.ts'

/** The sharing API over HTTP, on SQLite and PostgreSQL: list, invite, change the scope, end. */
for (const dialect of testDialects()) {
  describe(`the sharing API on ${dialect}`, () => {
    let t: TestApp
    let parent: TestUser
    let advocate: TestUser
    let stranger: TestUser
    let childId = ''
    const tokens = new Map<string, string>()

    beforeAll(async () => {
      t = await buildTestApp({ dialect, now: '2026-11-29T15:00:00.000Z' })
      parent = await createUser(t.deps, { name: 'Rosa Díaz' })
      advocate = await createUser(t.deps, { name: 'Sam Advocate', email: `sam.${dialect}@example.org` })
      stranger = await createUser(t.deps, { name: 'Stranger' })
      childId = (await createChildFor(t.deps, parent, { legalName: 'Lucía Díaz', preferredName: 'Lucy' })).id
      for (const user of [parent, advocate, stranger])
        tokens.set(user.id, (await createApiToken(t.deps, user.id, 'tests')).token ?? '')
    }, 60_000)
    afterAll(async () => {
      await t.close()
    })

    function call(user: TestUser, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: object) {
      return t.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${tokens.get(user.id)}` },
        ...(body ? { payload: body } : {}),
      })
    }

    test('invite, accept, change the scope, end: each takes effect on the next request', async () => {
      const base = `/api/v1/children/${childId}`
      const empty = await call(parent, 'GET', `${base}/sharing`)
      expect(empty.statusCode).toBe(200)
      expect(empty.json()).toEqual({ shares: [], invitations: [], links: [] })

      const bad = await call(parent, 'POST', `${base}/invitations`, { email: 'nope', scope: 'everything' })
      expect(bad.statusCode).toBe(400)
      expect(
        bad
          .json()
          .problems.map((p: { field: string }) => p.field)
          .sort(),
      ).toEqual(['email', 'scope'])

      const invited = await call(parent, 'POST', `${base}/invitations`, {
        email: advocate.email,
        scope: 'read',
        expiresOn: '2027-02-26',
      })
      expect(invited.statusCode, invited.body).toBe(201)
      expect(invited.json()).toMatchObject({ email: advocate.email, scope: 'read', expiresOn: '2027-02-26' })
      const [invitationToken] = await invitationTokensFor(t.deps, advocate.email)
      await acceptInvitation(t.deps, advocate.actor, invitationToken ?? '')
      const { link } = await createAccessLink(t.deps, parent.actor, {
        childId,
        purpose: 'data-entry',
        label: 'Ms. Lee',
        expiresOn: '',
      })

      const listed = (await call(parent, 'GET', `${base}/sharing`)).json()
      expect(listed.shares).toHaveLength(1)
      const [share] = listed.shares
      expect(share).toMatchObject({
        scope: 'read',
        expiresOn: '2027-02-26',
        revokedAt: null,
        grantee: { kind: 'user', userId: advocate.id, name: 'Sam Advocate' },
      })
      expect(listed.invitations[0].acceptedAt).not.toBeNull()
      expect(listed.links).toEqual([expect.objectContaining({ id: link.id, label: 'Ms. Lee' })])
      expect(JSON.stringify(listed)).not.toMatch(/token/i)

      // Read access: the advocate reads the child but may not change it, nor see who else can.
      expect((await call(advocate, 'GET', base)).statusCode).toBe(200)
      expect((await call(advocate, 'GET', `${base}/sharing`)).statusCode).toBe(404)

      const glance = await call(parent, 'PUT', `${base}/shares/${share.id}`, {
        scope: 'glance',
        expiresOn: null,
      })
      expect(glance.statusCode, glance.body).toBe(200)
      expect(glance.json()).toMatchObject({ scope: 'glance', expiresOn: null })
      expect((await call(advocate, 'GET', base)).statusCode).toBe(404)

      const wrong = await call(parent, 'PUT', `${base}/shares/${share.id}`, {
        scope: 'owner',
        expiresOn: '2020-01-01',
      })
      expect(wrong.statusCode).toBe(400)
      expect(
        wrong
          .json()
          .problems.map((p: { field: string }) => p.field)
          .sort(),
      ).toEqual(['expiresOn', 'scope'])

      await call(parent, 'PUT', `${base}/shares/${share.id}`, { scope: 'full' })
      expect((await call(advocate, 'GET', base)).statusCode).toBe(200)

      expect((await call(parent, 'DELETE', `${base}/shares/${share.id}`)).statusCode).toBe(204)
      expect((await call(advocate, 'GET', base)).statusCode).toBe(404)
      const ended = (await call(parent, 'GET', `${base}/sharing`)).json().shares[0]
      expect(ended.revokedAt).not.toBeNull()
      // An ended share cannot be brought back by changing it.
      expect((await call(parent, 'PUT', `${base}/shares/${share.id}`, { scope: 'full' })).statusCode).toBe(
        404,
      )
    })

    test('anyone who may not edit the child gets 404 on every sharing route, as for a child that does not exist', async () => {
      const base = `/api/v1/children/${childId}`
      const shareId = (await call(parent, 'GET', `${base}/sharing`)).json().shares[0]?.id ?? 'no-such-share'
      const attempts: [Parameters<typeof call>[1], string, object?][] = [
        ['GET', `${base}/sharing`],
        ['POST', `${base}/invitations`, { email: 'x@example.org', scope: 'full' }],
        ['PUT', `${base}/shares/${shareId}`, { scope: 'full' }],
        ['DELETE', `${base}/shares/${shareId}`],
      ]
      for (const [method, url, body] of attempts) {
        const response = await call(stranger, method, url, body)
        expect(response.statusCode, `${method} ${url}`).toBe(404)
        expect(response.body).not.toContain('Lucía')
      }
      // A share id of one child is not found under another child of the same family.
      const other = await createChildFor(t.deps, parent)
      const crossed = await call(parent, 'DELETE', `/api/v1/children/${other.id}/shares/${shareId}`)
      expect(crossed.statusCode).toBe(404)
      expect((await t.app.inject({ url: `${base}/sharing` })).statusCode).toBe(401)
    })
  })
}
