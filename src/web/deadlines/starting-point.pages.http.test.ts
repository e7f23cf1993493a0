import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { testDialects } from '../../../test/support/test-database.ts'
import type { Child } from '../../domain/children/child.ts'
import { listEventsOfChild } from '../../storage/events-store.ts'

const EMPTY = {
  stage: '',
  requestedOn: '',
  consentOn: '',
  evaluatedOn: '',
  iepMeetingOn: '',
  plan504On: '',
  lastEvaluationOn: '',
  disputeKind: '',
  disputeOn: '',
}

for (const dialect of testDialects()) {
  describe(`"where are you now?" on ${dialect}`, () => {
    let t: TestApp
    let browser: TestBrowser
    let parent: TestUser
    let child: Child

    beforeEach(async () => {
      t = await buildTestApp({ dialect, now: '2026-11-29T15:00:00.000Z' })
      browser = new TestBrowser(t.app)
      parent = await createUser(t.deps)
      child = await createChildFor(t.deps, parent, { legalName: 'Ana Ruiz', preferredName: '', state: 'NY' })
      await signInBrowser(browser, parent)
    })
    afterEach(async () => {
      await t.close()
    })

    const url = () => `/children/${child.id}/starting-point`

    test('adding a child leads to the question, and a deadlines page with no events offers it', async () => {
      const added = await browser.post('/children/new', {
        legalName: 'Lucy Park',
        preferredName: '',
        dateOfBirth: '2016-02-29',
        grade: '4',
        school: '',
        district: '',
        state: 'NY',
        homeLanguage: '',
        notes: '',
      })
      expect(added.statusCode).toBe(303)
      expect(String(added.headers.location)).toMatch(/^\/children\/[^/]+\/starting-point$/)
      const page = await browser.follow(added)
      expect(page.body).toContain('Lucy Park has been added.')
      expect(page.body).toContain('<h1 class="pw-heading-xl">Where are you now?</h1>')
      const deadlines = await browser.get(`/children/${child.id}/deadlines`)
      expect(deadlines.body).toContain(`href="${url()}"`)
    })

    test('each missing or wrong answer names its field, and what was typed stays', async () => {
      const none = await browser.post(url(), EMPTY)
      expect(none.statusCode).toBe(400)
      expect(none.body).toContain('Choose where you are now')
      expect(none.body).toContain('href="#stage"')

      const missing = await browser.post(url(), {
        ...EMPTY,
        stage: 'consent-signed',
        iepMeetingOn: '2026-01-05',
      })
      expect(missing.statusCode).toBe(400)
      expect(missing.body).toContain('Enter the date you signed consent')
      expect(missing.body).toContain('href="#consentOn"')
      expect(missing.body).toContain('value="consent-signed" checked')
      expect(missing.body).toContain('value="2026-01-05"')

      const wrong = await browser.post(url(), {
        ...EMPTY,
        stage: 'has-iep',
        iepMeetingOn: '2026-02-30',
        lastEvaluationOn: '2027-01-10',
      })
      expect(wrong.statusCode).toBe(400)
      expect(wrong.body).toContain('Enter a real date, for example 2026-09-02')
      expect(wrong.body).toContain('The date must be today or in the past')
      expect(wrong.body).toContain('href="#iepMeetingOn"')
      expect(wrong.body).toContain('href="#lastEvaluationOn"')

      const dispute = await browser.post(url(), { ...EMPTY, stage: 'in-dispute', disputeOn: '2026-11-02' })
      expect(dispute.body).toContain('Choose the kind of dispute')
      expect(await listEventsOfChild(t.deps.db, child.id)).toEqual([])
    })

    test('an IEP with its dates becomes events, and the clocks they start show at once', async () => {
      const saved = await browser.post(url(), {
        ...EMPTY,
        stage: 'has-iep',
        iepMeetingOn: '2025-12-10',
        lastEvaluationOn: '2024-01-15',
        // A date under another answer is not recorded.
        consentOn: '2026-09-02',
      })
      expect(saved.statusCode).toBe(303)
      expect(saved.headers.location).toBe(`/children/${child.id}/deadlines`)
      const events = await listEventsOfChild(t.deps.db, child.id)
      expect(events.map((e) => [e.type, e.date])).toEqual([
        ['iep-meeting-held', '2025-12-10'],
        ['evaluation-completed', '2024-01-15'],
      ])
      const page = await browser.follow(saved)
      expect(page.body).toContain('2 events added. These are the deadlines they start.')
      expect(page.body).toContain('Annual IEP review')
      expect(page.body).toContain('Due: Thursday 10 December 2026')
      expect(page.body).not.toContain(`href="${url()}"`)
    })

    test('a dispute and "nothing asked yet"', async () => {
      const dispute = await browser.post(url(), {
        ...EMPTY,
        stage: 'in-dispute',
        disputeKind: 'state-complaint',
        disputeOn: '2026-11-02',
      })
      expect(dispute.statusCode).toBe(303)
      expect((await listEventsOfChild(t.deps.db, child.id)).map((e) => e.type)).toEqual([
        'state-complaint-filed',
      ])
      expect((await browser.follow(dispute)).body).toContain('1 event added.')

      const other = await createChildFor(t.deps, parent, { legalName: 'Leo Ruiz', preferredName: '' })
      const nothing = await browser.post(`/children/${other.id}/starting-point`, {
        ...EMPTY,
        stage: 'nothing-yet',
      })
      expect(nothing.statusCode).toBe(303)
      expect(await listEventsOfChild(t.deps.db, other.id)).toEqual([])
    })

    test('someone who may not change the record gets 404', async () => {
      const stranger = await createUser(t.deps, { email: 'stranger@example.org' })
      const other = new TestBrowser(t.app)
      await signInBrowser(other, stranger)
      expect((await other.get(url())).statusCode).toBe(404)
      expect((await other.post(url(), { ...EMPTY, stage: 'nothing-yet' })).statusCode).toBe(404)
    })
  })
}
