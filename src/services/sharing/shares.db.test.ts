import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createChildFor, createUser, type TestUser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { testDialects } from '../../../test/support/test-database.ts'
import type { UserActor } from '../../domain/access/actor.ts'
import { insertMembership, insertOrganization } from '../../storage/accounts-store.ts'
import { loadSignedIn } from '../accounts/sessions.ts'
import { getChildForActor, listChildrenForActor } from '../access/child-access.ts'
import { archiveChild } from '../children/children.ts'
import {
  acceptInvitation,
  acceptInvitationForUser,
  declineInvitation,
  getSharingOverview,
  inviteToShare,
  listInvitationsForUser,
  revokeInvitation,
  revokeShare,
  shareWithOrganization,
  viewInvitation,
} from './shares.ts'

for (const dialect of testDialects()) {
  describe(`sharing a child on ${dialect}`, () => {
    let t: TestApp
    let parent: TestUser
    let advocate: TestUser
    let stranger: TestUser

    beforeAll(async () => {
      t = await buildTestApp({ dialect, now: '2026-11-29T15:00:00.000Z' })
      parent = await createUser(t.deps, { name: 'Rosa Díaz' })
      advocate = await createUser(t.deps, { name: 'Sam Advocate' })
      stranger = await createUser(t.deps)
    })
    afterAll(async () => {
      await t.close()
    })

    const notFound = expect.objectContaining({ code: 'NOT_FOUND' })
    const expired = expect.objectContaining({ code: 'LINK_EXPIRED' })

    /** The actor as the next request would load it (shares are read per request). */
    async function fresh(user: TestUser): Promise<UserActor> {
      const signedIn = await loadSignedIn(t.deps, user.id)
      if (!signedIn) throw new Error('user vanished')
      return signedIn.actor
    }

    async function jobEmails(): Promise<{ to: string; subject: string; text: string }[]> {
      const rows = await t.deps.db.selectFrom('jobs').select(['kind', 'payload']).execute()
      return rows
        .filter((row) => row.kind === 'send-email')
        .map((row) => (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload))
    }

    async function invite(childId: string, scope: string, expiresOn = '', email = advocate.email) {
      await inviteToShare(t.deps, parent.actor, childId, { email, scope, expiresOn, language: '' }, 'en')
      const mail = (await jobEmails()).filter((m) => m.to === email).at(-1)
      const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1]
      if (!token) throw new Error('no invitation link in the e-mail')
      return { mail, token }
    }

    test('an invitation e-mail names the inviter, the child by first name, the scope and the last day', async () => {
      const child = await createChildFor(t.deps, parent, { legalName: 'Lucía Díaz', preferredName: '' })
      const { mail } = await invite(child.id, 'read', '2027-02-27')
      expect(mail?.subject).toBe('Rosa Díaz shared the record of Lucía with you on Pathway')
      expect(mail?.text).toContain('See the record')
      expect(mail?.text).toContain('Access ends after Saturday 27 February 2027.')
      expect(mail?.text).toContain('http://localhost:3000/invitations/')
      expect(mail?.text).not.toContain('Díaz Soto')
    })

    test('the e-mail is in the chosen language, else the person’s own, else the inviter’s', async () => {
      const child = await createChildFor(t.deps, parent)
      await inviteToShare(
        t.deps,
        parent.actor,
        child.id,
        { email: 'new.person@example.org', scope: 'glance', expiresOn: '', language: 'es' },
        'en',
      )
      const [mail] = (await jobEmails()).filter((m) => m.to === 'new.person@example.org')
      expect(mail?.subject).toContain('compartió con usted')
      expect(mail?.text).toContain('Plan en resumen')
    })

    test('accepting gives the scope, on the next request; revoking ends it on the next request', async () => {
      const child = await createChildFor(t.deps, parent)
      const { token } = await invite(child.id, 'read', '2027-02-27')
      await expect(getChildForActor(t.deps.db, await fresh(advocate), child.id, 'read')).rejects.toEqual(
        notFound,
      )

      const view = await viewInvitation(t.deps, token)
      expect(view).toMatchObject({ childFirstName: 'Ana', inviterName: 'Rosa Díaz', open: true })
      const share = await acceptInvitation(t.deps, await fresh(advocate), token)
      expect(share).toMatchObject({
        childId: child.id,
        organizationId: parent.householdId,
        scope: 'read',
        expiresOn: '2027-02-27',
        grantee: { kind: 'user', userId: advocate.id, name: 'Sam Advocate', email: advocate.email },
      })
      const actor = await fresh(advocate)
      await expect(getChildForActor(t.deps.db, actor, child.id, 'read')).resolves.toMatchObject({
        id: child.id,
      })
      await expect(getChildForActor(t.deps.db, actor, child.id, 'edit')).rejects.toEqual(notFound)
      expect(await listChildrenForActor(t.deps, actor)).toContainEqual(
        expect.objectContaining({
          access: 'read',
          shared: true,
          child: expect.objectContaining({ id: child.id }),
        }),
      )
      // The link works once.
      await expect(acceptInvitation(t.deps, await fresh(stranger), token)).rejects.toEqual(expired)
      expect((await viewInvitation(t.deps, token)).open).toBe(false)

      await expect(revokeShare(t.deps, advocate.actor, share.id)).rejects.toEqual(notFound)
      await revokeShare(t.deps, parent.actor, share.id)
      await expect(getChildForActor(t.deps.db, await fresh(advocate), child.id, 'read')).rejects.toEqual(
        notFound,
      )
      expect(
        (await listChildrenForActor(t.deps, await fresh(advocate))).map((c) => c.child.id),
      ).not.toContain(child.id)
    })

    test('a share works through its last day and not after', async () => {
      const child = await createChildFor(t.deps, parent)
      const { token } = await invite(child.id, 'glance', '2026-11-30')
      await acceptInvitation(t.deps, await fresh(advocate), token)
      t.clock.set('2026-12-01T05:00:00.000Z')
      await expect(
        getChildForActor(t.deps.db, await fresh(advocate), child.id, 'glance'),
      ).resolves.toBeDefined()
      t.clock.set('2026-12-01T07:00:00.000Z')
      await expect(getChildForActor(t.deps.db, await fresh(advocate), child.id, 'glance')).rejects.toEqual(
        notFound,
      )
      t.clock.set('2026-11-29T15:00:00.000Z')
    })

    test('a new share with the same person replaces the old one', async () => {
      const child = await createChildFor(t.deps, parent)
      await acceptInvitation(t.deps, await fresh(advocate), (await invite(child.id, 'full')).token)
      t.clock.advanceMinutes(5)
      await acceptInvitation(t.deps, await fresh(advocate), (await invite(child.id, 'glance')).token)
      const actor = await fresh(advocate)
      await expect(getChildForActor(t.deps.db, actor, child.id, 'read')).rejects.toEqual(notFound)
      const overview = await getSharingOverview(t.deps, parent.actor, child.id)
      expect(overview.shares.map((s) => [s.scope, s.revokedAt === null])).toEqual([
        ['glance', true],
        ['full', false],
      ])
      t.clock.set('2026-11-29T15:00:00.000Z')
    })

    test('declined, withdrawn, stale and unknown invitations cannot be accepted', async () => {
      const child = await createChildFor(t.deps, parent)
      const declined = await invite(child.id, 'read')
      await declineInvitation(t.deps, declined.token)
      await expect(acceptInvitation(t.deps, await fresh(advocate), declined.token)).rejects.toEqual(expired)

      const withdrawn = await invite(child.id, 'read')
      const open = (await getSharingOverview(t.deps, parent.actor, child.id)).invitations.find(
        (invitation) => invitation.declinedAt === null,
      )
      if (!open) throw new Error('no invitation')
      await expect(revokeInvitation(t.deps, stranger.actor, open.id)).rejects.toEqual(notFound)
      await revokeInvitation(t.deps, parent.actor, open.id)
      await expect(acceptInvitation(t.deps, await fresh(advocate), withdrawn.token)).rejects.toEqual(expired)

      const stale = await invite(child.id, 'read')
      t.clock.advanceDays(15)
      await expect(acceptInvitation(t.deps, await fresh(advocate), stale.token)).rejects.toEqual(expired)
      t.clock.set('2026-11-29T15:00:00.000Z')

      await expect(acceptInvitation(t.deps, await fresh(advocate), 'nope')).rejects.toEqual(expired)
      await expect(viewInvitation(t.deps, 'nope')).rejects.toEqual(expired)
    })

    test('invitations to a confirmed address wait on that person’s home page and can be accepted there', async () => {
      const child = await createChildFor(t.deps, parent)
      const newcomer = await createUser(t.deps, { email: 'late.signup@example.org' })
      await invite(child.id, 'data-entry', '', 'late.signup@example.org')
      const signedIn = await loadSignedIn(t.deps, newcomer.id)
      if (!signedIn) throw new Error('no user')
      const waiting = await listInvitationsForUser(t.deps, signedIn.user)
      expect(waiting.map((w) => [w.childFirstName, w.invitation.scope])).toEqual([['Ana', 'data-entry']])
      const [first] = waiting
      if (!first) throw new Error('none waiting')
      const strangerIn = await loadSignedIn(t.deps, stranger.id)
      if (!strangerIn) throw new Error('no user')
      await expect(acceptInvitationForUser(t.deps, strangerIn, first.invitation.id)).rejects.toEqual(notFound)
      await acceptInvitationForUser(t.deps, signedIn, first.invitation.id)
      const actor = await fresh(newcomer)
      await expect(getChildForActor(t.deps.db, actor, child.id, 'enter-data')).resolves.toBeDefined()
      await expect(getChildForActor(t.deps.db, actor, child.id, 'read')).rejects.toEqual(notFound)
      expect(await listInvitationsForUser(t.deps, signedIn.user)).toEqual([])
    })

    test('sharing with an organization reaches every member; ending it reaches them all', async () => {
      const child = await createChildFor(t.deps, parent)
      const admin = await createUser(t.deps, { email: 'director@center.example.org' })
      const colleague = await createUser(t.deps)
      const practiceId = t.deps.newId()
      const now = t.deps.clock.now()
      await insertOrganization(t.deps.db, {
        id: practiceId,
        kind: 'practice',
        name: 'Valley Parent Center',
        now,
      })
      await insertMembership(t.deps.db, { organizationId: practiceId, userId: admin.id, role: 'owner', now })
      await insertMembership(t.deps.db, {
        organizationId: practiceId,
        userId: colleague.id,
        role: 'member',
        now,
      })

      await expect(
        shareWithOrganization(t.deps, parent.actor, child.id, {
          adminEmail: advocate.email,
          scope: 'read',
          expiresOn: '',
        }),
      ).rejects.toMatchObject({
        problems: [{ field: 'adminEmail', message: 'sharing.problems.organizationNotFound' }],
      })
      await expect(
        shareWithOrganization(t.deps, stranger.actor, child.id, {
          adminEmail: admin.email,
          scope: 'read',
          expiresOn: '',
        }),
      ).rejects.toEqual(notFound)

      const share = await shareWithOrganization(t.deps, parent.actor, child.id, {
        adminEmail: ' Director@Center.example.org ',
        scope: 'read',
        expiresOn: '',
      })
      expect(share.grantee).toEqual({
        kind: 'organization',
        organizationId: practiceId,
        name: 'Valley Parent Center',
      })
      await expect(
        getChildForActor(t.deps.db, await fresh(colleague), child.id, 'read'),
      ).resolves.toBeDefined()
      await revokeShare(t.deps, parent.actor, share.id)
      await expect(getChildForActor(t.deps.db, await fresh(colleague), child.id, 'read')).rejects.toEqual(
        notFound,
      )
    })

    test('an archived child’s shares give nothing', async () => {
      const child = await createChildFor(t.deps, parent)
      await acceptInvitation(t.deps, await fresh(advocate), (await invite(child.id, 'read')).token)
      await archiveChild(t.deps, parent.actor, child.id)
      await expect(getChildForActor(t.deps.db, await fresh(advocate), child.id, 'read')).rejects.toEqual(
        notFound,
      )
    })

    test('bad input names each field; nobody but the family can invite', async () => {
      const child = await createChildFor(t.deps, parent)
      await expect(
        inviteToShare(
          t.deps,
          parent.actor,
          child.id,
          { email: 'not-an-address', scope: 'owner', expiresOn: 'soon', language: 'fr' },
          'en',
        ),
      ).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        problems: [
          { field: 'email' },
          { field: 'scope', message: 'sharing.problems.scopeMissing' },
          { field: 'expiresOn', message: 'sharing.problems.lastDayInvalid' },
          { field: 'language', message: 'sharing.problems.languageMissing' },
        ],
      })
      await expect(
        inviteToShare(
          t.deps,
          stranger.actor,
          child.id,
          { email: 'x@example.org', scope: 'read', expiresOn: '', language: '' },
          'en',
        ),
      ).rejects.toEqual(notFound)
      expect((await getSharingOverview(t.deps, parent.actor, child.id)).invitations).toEqual([])
    })
  })
}
