import ICAL from 'ical.js'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { testDialects } from '../../../test/support/test-database.ts'
import type { Child } from '../../domain/children/child.ts'
import { deadlines as spanishDeadlines } from '../../i18n/es/deadlines.ts'
import { addEvent } from '../../services/children/events.ts'
import { revokeShare } from '../../services/sharing/shares.ts'
import { updateUser } from '../../storage/accounts-store.ts'
import { insertShare } from '../../storage/shares-store.ts'

/** The children (by id) a feed's events are about: each UID starts with the child's id. */
function childIdsIn(text: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const ids = calendar
    .getAllSubcomponents('vevent')
    .map((event) => String(event.getFirstPropertyValue('uid')).split('.')[0] ?? '')
  return [...new Set(ids)].sort()
}

for (const dialect of testDialects()) {
  describe(`one calendar link for all of a person's children, on ${dialect}`, () => {
    let t: TestApp
    let browser: TestBrowser
    let parent: TestUser
    let own: Child
    let shared: Child
    let glanced: Child
    let owner: TestUser

    beforeEach(async () => {
      t = await buildTestApp({ dialect, now: '2026-11-29T15:00:00.000Z' })
      browser = new TestBrowser(t.app)
      parent = await createUser(t.deps)
      owner = await createUser(t.deps, { email: 'other.family@example.org' })
      own = await createChildFor(t.deps, parent, { legalName: 'Ana Ruiz', preferredName: '' })
      shared = await createChildFor(t.deps, owner, { legalName: 'Ben Lee', preferredName: '' })
      glanced = await createChildFor(t.deps, owner, { legalName: 'Cy Lee', preferredName: '' })
      for (const child of [own, shared, glanced]) {
        const actor = child === own ? parent.actor : owner.actor
        await addEvent(t.deps, actor, child.id, { type: 'iep-meeting-held', date: '2026-03-01', note: '' })
      }
      for (const [child, scope] of [
        [shared, 'read'],
        [glanced, 'glance'],
      ] as const) {
        await insertShare(t.deps.db, {
          id: `share-${child.id}`,
          organizationId: child.organizationId,
          childId: child.id,
          granteeUserId: parent.id,
          granteeOrganizationId: null,
          scope,
          expiresOn: null,
          createdBy: owner.id,
          createdAt: '2026-11-01T00:00:00.000Z',
        })
      }
      await signInBrowser(browser, parent)
    })
    afterEach(async () => {
      await t.close()
    })

    async function makeFeed(): Promise<string> {
      const made = await browser.post('/account/calendar-feeds', {})
      expect(made.statusCode).toBe(200)
      const url = /value="(http:\/\/localhost:3000\/feeds\/all\/[^"]+\.ics)"/.exec(made.body)?.[1]
      expect(url).toBeDefined()
      return new URL(url ?? '').pathname
    }

    test('covers own and shared children, parses as iCalendar, and follows the access check on each poll', async () => {
      const path = await makeFeed()
      // A calendar app has no session.
      const app = new TestBrowser(t.app)
      const first = await app.get(path)
      expect(first.statusCode).toBe(200)
      expect(first.headers['content-type']).toContain('text/calendar')
      // A child shared only "at a glance" is not in the calendar; the calendar uses first names only.
      expect(childIdsIn(first.body)).toEqual([own.id, shared.id].sort())
      expect(first.body).toContain('Ana: Annual IEP review')
      expect(first.body).not.toContain('Ruiz')

      await revokeShare(t.deps, owner.actor, `share-${shared.id}`)
      expect(childIdsIn((await app.get(path)).body)).toEqual([own.id])
    })

    test('speaks the language the person chose, whatever language the calendar app asks for', async () => {
      const path = await makeFeed()
      const app = new TestBrowser(t.app)
      expect((await app.get(path)).body).toContain('Ana: Annual IEP review')
      await updateUser(t.deps.db, parent.id, { locale: 'es', now: '2026-11-29T15:05:00.000Z' })
      const spanish = (await app.get(path)).body
      expect(spanish).toContain(`Ana: ${spanishDeadlines.rules['idea-annual-iep-review'].title}`)
      expect(spanish).not.toContain('Annual IEP review')
    })

    test('the link can be stopped, and then answers 404; only its owner can stop it', async () => {
      const path = await makeFeed()
      const page = await browser.get('/account/calendar-feeds')
      const revoke = /action="(\/account\/calendar-feeds\/[^"]+\/revoke)"/.exec(page.body)?.[1] ?? ''
      expect(revoke).not.toBe('')

      const stranger = new TestBrowser(t.app)
      await signInBrowser(stranger, owner)
      expect((await stranger.post(revoke, {})).statusCode).toBe(404)
      expect((await new TestBrowser(t.app).get(path)).statusCode).toBe(200)

      const stopped = await browser.post(revoke, {})
      expect(stopped.statusCode).toBe(303)
      expect((await browser.follow(stopped)).body).toContain('The calendar link has been stopped.')
      expect((await new TestBrowser(t.app).get(path)).statusCode).toBe(404)
      expect((await new TestBrowser(t.app).get('/feeds/all/not-a-token.ics')).statusCode).toBe(404)
    })
  })
}
