import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createChildFor, createUser, type TestUser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { testDialects } from '../../../test/support/test-database.ts'
import { hashToken } from '../accounts/secrets.ts'
import { archiveChild } from '../children/children.ts'
import {
  actorForLinkToken,
  childOfDataEntryLink,
  createAccessLink,
  listAccessLinks,
  revokeAccessLink,
} from './access-links.ts'
import { getChildForActor } from './child-access.ts'

for (const dialect of testDialects()) {
  describe(`access links on ${dialect}`, () => {
    let t: TestApp
    let parent: TestUser
    let stranger: TestUser

    beforeAll(async () => {
      t = await buildTestApp({ dialect, now: '2026-11-29T15:00:00.000Z' })
      parent = await createUser(t.deps)
      stranger = await createUser(t.deps)
    })
    afterAll(async () => {
      await t.close()
    })

    const notFound = expect.objectContaining({ code: 'NOT_FOUND' })

    test('a new link gives its token once and keeps only the SHA-256 of it', async () => {
      const child = await createChildFor(t.deps, parent)
      const { link, token } = await createAccessLink(t.deps, parent.actor, {
        childId: child.id,
        purpose: 'data-entry',
        label: '  Ms. Lee, reading  ',
        expiresOn: '2027-06-30',
      })
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(link).toMatchObject({
        childId: child.id,
        organizationId: parent.householdId,
        purpose: 'data-entry',
        label: 'Ms. Lee, reading',
        expiresOn: '2027-06-30',
        createdBy: parent.id,
        revokedAt: null,
      })
      const row = await t.deps.db
        .selectFrom('access_links')
        .selectAll()
        .where('id', '=', link.id)
        .executeTakeFirstOrThrow()
      expect(row.token_hash).toBe(hashToken(token))
      expect(JSON.stringify(row)).not.toContain(token)
    })

    test('a data-entry link may only enter data for its own child; a feed link only read the calendar', async () => {
      const child = await createChildFor(t.deps, parent)
      const other = await createChildFor(t.deps, parent, { legalName: 'Ben Rivera', preferredName: '' })
      const entry = await createAccessLink(t.deps, parent.actor, {
        childId: child.id,
        purpose: 'data-entry',
        label: 'Teacher',
      })
      const feed = await createAccessLink(t.deps, parent.actor, {
        childId: child.id,
        purpose: 'calendar-feed',
        label: 'My phone',
      })
      const teacher = await actorForLinkToken(t.deps, entry.token, 'data-entry')
      expect(teacher).toEqual({
        kind: 'link',
        linkId: entry.link.id,
        childId: child.id,
        organizationId: parent.householdId,
        purpose: 'data-entry',
      })
      if (!teacher) throw new Error('no actor')
      await expect(getChildForActor(t.deps.db, teacher, child.id, 'enter-data')).resolves.toMatchObject({
        id: child.id,
      })
      for (const need of ['read', 'edit', 'glance', 'calendar'] as const)
        await expect(getChildForActor(t.deps.db, teacher, child.id, need)).rejects.toEqual(notFound)
      await expect(getChildForActor(t.deps.db, teacher, other.id, 'enter-data')).rejects.toEqual(notFound)

      // A token only works for its own purpose.
      expect(await actorForLinkToken(t.deps, entry.token, 'calendar-feed')).toBeUndefined()
      const calendar = await actorForLinkToken(t.deps, feed.token, 'calendar-feed')
      if (!calendar) throw new Error('no actor')
      await expect(getChildForActor(t.deps.db, calendar, child.id, 'calendar')).resolves.toBeDefined()
      for (const need of ['read', 'edit', 'glance', 'enter-data'] as const)
        await expect(getChildForActor(t.deps.db, calendar, child.id, need)).rejects.toEqual(notFound)
    })

    test('the landing page learns the child’s first or preferred name only', async () => {
      const child = await createChildFor(t.deps, parent, { legalName: 'María José Peña', preferredName: '' })
      const { token } = await createAccessLink(t.deps, parent.actor, {
        childId: child.id,
        purpose: 'data-entry',
        label: 'Teacher',
      })
      const teacher = await actorForLinkToken(t.deps, token, 'data-entry')
      if (!teacher) throw new Error('no actor')
      expect(await childOfDataEntryLink(t.deps, teacher)).toEqual({ childId: child.id, firstName: 'María' })
    })

    test('unknown, revoked and expired tokens, and links to archived children, give no actor', async () => {
      const child = await createChildFor(t.deps, parent)
      expect(await actorForLinkToken(t.deps, 'not-a-token', 'data-entry')).toBeUndefined()
      expect(await actorForLinkToken(t.deps, '', 'data-entry')).toBeUndefined()

      const revoked = await createAccessLink(t.deps, parent.actor, {
        childId: child.id,
        purpose: 'data-entry',
        label: 'Old teacher',
      })
      await revokeAccessLink(t.deps, parent.actor, revoked.link.id)
      expect(await actorForLinkToken(t.deps, revoked.token, 'data-entry')).toBeUndefined()

      const expiring = await createAccessLink(t.deps, parent.actor, {
        childId: child.id,
        purpose: 'data-entry',
        label: 'Summer tutor',
        expiresOn: '2026-11-30',
      })
      // The last day is included (America/Chicago: 30 November until 06:00 UTC on 1 December).
      t.clock.set('2026-12-01T05:59:00.000Z')
      expect(await actorForLinkToken(t.deps, expiring.token, 'data-entry')).toBeDefined()
      t.clock.set('2026-12-01T06:01:00.000Z')
      expect(await actorForLinkToken(t.deps, expiring.token, 'data-entry')).toBeUndefined()
      t.clock.set('2026-11-29T15:00:00.000Z')

      const archived = await createAccessLink(t.deps, parent.actor, {
        childId: child.id,
        purpose: 'calendar-feed',
        label: 'Phone',
      })
      expect(await actorForLinkToken(t.deps, archived.token, 'calendar-feed')).toBeDefined()
      await archiveChild(t.deps, parent.actor, child.id)
      expect(await actorForLinkToken(t.deps, archived.token, 'calendar-feed')).toBeUndefined()
    })

    test('using a link records when it was last used', async () => {
      const child = await createChildFor(t.deps, parent)
      const { link, token } = await createAccessLink(t.deps, parent.actor, {
        childId: child.id,
        purpose: 'calendar-feed',
        label: 'Phone',
      })
      await actorForLinkToken(t.deps, token, 'calendar-feed')
      const [listed] = await listAccessLinks(t.deps, parent.actor, child.id)
      expect(listed).toMatchObject({ id: link.id, lastUsedAt: '2026-11-29T15:00:00.000Z' })
    })

    test('only the family can make, list or end links; others get not found', async () => {
      const child = await createChildFor(t.deps, parent)
      const { link } = await createAccessLink(t.deps, parent.actor, {
        childId: child.id,
        purpose: 'data-entry',
        label: 'Teacher',
      })
      await expect(
        createAccessLink(t.deps, stranger.actor, { childId: child.id, purpose: 'data-entry', label: 'x' }),
      ).rejects.toEqual(notFound)
      await expect(listAccessLinks(t.deps, stranger.actor, child.id)).rejects.toEqual(notFound)
      await expect(revokeAccessLink(t.deps, stranger.actor, link.id)).rejects.toEqual(notFound)
      await expect(revokeAccessLink(t.deps, parent.actor, 'no-such-link')).rejects.toEqual(notFound)
      expect((await listAccessLinks(t.deps, parent.actor, child.id)).map((l) => l.revokedAt)).toEqual([null])
    })

    test('a missing label, an unknown purpose and a past or impossible last day are each named', async () => {
      const child = await createChildFor(t.deps, parent)
      const attempt = (draft: { label: string; expiresOn?: string; purpose?: string }) =>
        createAccessLink(t.deps, parent.actor, {
          childId: child.id,
          purpose: (draft.purpose ?? 'data-entry') as 'data-entry',
          label: draft.label,
          expiresOn: draft.expiresOn,
        })
      await expect(attempt({ label: ' ', expiresOn: '2026-11-28', purpose: 'admin' })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        problems: [
          { field: 'purpose', message: 'sharing.problems.purposeMissing' },
          { field: 'label', message: 'sharing.problems.labelMissing' },
          { field: 'expiresOn', message: 'sharing.problems.lastDayPast' },
        ],
      })
      await expect(attempt({ label: 'x', expiresOn: '2027-02-30' })).rejects.toMatchObject({
        problems: [{ field: 'expiresOn', message: 'sharing.problems.lastDayInvalid' }],
      })
      await expect(attempt({ label: 'x'.repeat(81) })).rejects.toMatchObject({
        problems: [{ field: 'label', message: 'sharing.problems.tooLong' }],
      })
      expect(await listAccessLinks(t.deps, parent.actor, child.id)).toEqual([])
    })
  })
}
