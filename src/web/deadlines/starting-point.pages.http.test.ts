import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { testDialects } from '../../../test/support/test-database.ts'
import type { Child } from '../../domain/children/child.ts'
import { listEventsOfChild } from '../../storage/events-store.ts'

for (const dialect of testDialects()) {
  describe(`"where are you now?", one question a page, on ${dialect}`, () => {
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

    const start = () => `/children/${child.id}/starting-point`
    const step = (slug: string) => `${start()}/${slug}`
    const events = async () => (await listEventsOfChild(t.deps.db, child.id)).map((e) => [e.type, e.date])

    test('adding a child leads to the first question, and a deadlines page with no events offers it', async () => {
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
      // The question is the page's only heading.
      expect(page.body).toContain('<h1 class="pw-fieldset__heading">Where are you now?</h1>')
      expect(page.body).not.toContain('pw-heading-xl')
      const deadlines = await browser.get(`/children/${child.id}/deadlines`)
      expect(deadlines.body).toContain(`href="${start()}"`)
    })

    test('an IEP: each page asks one thing, errors name the field and keep the answer, nothing is saved before the check', async () => {
      const none = await browser.post(start(), {})
      expect(none.statusCode).toBe(400)
      expect(none.body).toContain('Choose where you are now')
      expect(none.body).toContain('href="#stage"')

      const chosen = await browser.post(start(), { stage: 'has-iep' })
      expect(chosen.statusCode).toBe(303)
      expect(chosen.headers.location).toBe(step('iep-meeting-on'))
      const meeting = await browser.follow(chosen)
      expect(meeting.body).toContain('When was the last IEP meeting?')
      expect(meeting.body).toContain(`<a class="pw-back-link" href="${start()}">`)
      expect(meeting.body).toContain('I don’t know this date')

      const empty = await browser.post(step('iep-meeting-on'), { iepMeetingOn: '' })
      expect(empty.statusCode).toBe(400)
      expect(empty.body).toContain('Enter the date of the last IEP meeting, or choose “I don’t know”')
      expect(empty.body).toContain('href="#iepMeetingOn"')
      const impossible = await browser.post(step('iep-meeting-on'), { iepMeetingOn: '2026-02-30' })
      expect(impossible.statusCode).toBe(400)
      expect(impossible.body).toContain('Enter a real date, for example 2026-09-02')
      expect(impossible.body).toContain('value="2026-02-30"')
      const future = await browser.post(step('iep-meeting-on'), { iepMeetingOn: '2027-01-10' })
      expect(future.statusCode).toBe(400)
      expect(future.body).toContain('The date must be today or in the past')
      expect(future.body).toContain('value="2027-01-10"')

      const dated = await browser.post(step('iep-meeting-on'), { iepMeetingOn: '2025-12-10' })
      expect(dated.headers.location).toBe(step('last-evaluation-on'))
      const unknown = await browser.post(step('last-evaluation-on'), {
        lastEvaluationOn: '',
        lastEvaluationOnUnknown: 'yes',
      })
      expect(unknown.headers.location).toBe(`${start()}/check`)
      expect(await events()).toEqual([])

      const check = await browser.follow(unknown)
      expect(check.body).toContain('Check your answers')
      expect(check.body).toContain('My child has an IEP')
      expect(check.body).toContain('Wednesday 10 December 2025')
      expect(check.body).toContain('I don’t know')
      expect(check.body).toContain(`href="${step('iep-meeting-on')}?change=yes"`)

      const saved = await browser.post(`${start()}/check`, {})
      expect(saved.statusCode).toBe(303)
      expect(saved.headers.location).toBe(`/children/${child.id}/deadlines`)
      expect(await events()).toEqual([['iep-meeting-held', '2025-12-10']])
      const timeline = await browser.follow(saved)
      expect(timeline.body).toContain(
        'Saved. Events added: 1. Dates you did not know: Date of the last evaluation. When you find one, add it as an event',
      )
      expect(timeline.body).toContain('Due: Thursday 10 December 2026')
      // The date they did not know is named as the one that would sharpen the timeline.
      expect(timeline.body).toContain('A date would make these deadlines clearer')
      expect(timeline.body).toContain('The date of the last evaluation')
    })

    test('back and refresh keep every answer; a change from the check page returns to it', async () => {
      await browser.post(start(), { stage: 'evaluation' })
      await browser.post(step('asked-on'), { requestedOn: '2026-09-01' })
      await browser.post(step('consent-on'), { consentOn: '2026-09-10' })
      // Back to the first question: the answer is still chosen.
      expect((await browser.get(start())).body).toContain('value="evaluation" checked')
      expect((await browser.get(step('asked-on'))).body).toContain('value="2026-09-01"')
      expect((await browser.get(step('evaluated-on'))).body).toContain('When was the evaluation finished?')
      await browser.post(step('evaluated-on'), { evaluatedOn: '', evaluatedOnUnknown: 'yes' })
      const changed = await browser.post(`${step('consent-on')}?change=yes`, { consentOn: '2026-09-11' })
      expect(changed.headers.location).toBe(`${start()}/check`)
      await browser.post(`${start()}/check`, {})
      expect(await events()).toEqual([
        ['consent-to-evaluate-signed', '2026-09-11'],
        ['evaluation-requested', '2026-09-01'],
      ])
    })

    test('a dispute asks its kind, then the complaint date', async () => {
      const chosen = await browser.post(start(), { stage: 'in-dispute' })
      expect(chosen.headers.location).toBe(step('dispute-kind'))
      const noKind = await browser.post(step('dispute-kind'), {})
      expect(noKind.statusCode).toBe(400)
      expect(noKind.body).toContain('Choose the kind of dispute')
      expect(noKind.body).toContain('href="#disputeKind"')
      const kind = await browser.post(step('dispute-kind'), { disputeKind: 'state-complaint' })
      expect(kind.headers.location).toBe(step('complaint-on'))
      const noDate = await browser.post(step('complaint-on'), {})
      expect(noDate.body).toContain('Enter the date the complaint was filed, or choose “I don’t know”')
      await browser.post(step('complaint-on'), { disputeOn: '2026-11-02' })
      const saved = await browser.post(`${start()}/check`, {})
      expect(saved.statusCode).toBe(303)
      expect(await events()).toEqual([['state-complaint-filed', '2026-11-02']])
    })

    test('"no plan yet" goes straight to the check, and saves no event', async () => {
      const chosen = await browser.post(start(), { stage: 'no-plan' })
      expect(chosen.headers.location).toBe(`${start()}/check`)
      const saved = await browser.post(`${start()}/check`, {})
      expect(saved.statusCode).toBe(303)
      expect(await events()).toEqual([])
    })

    test('a question off the path, or the check before the answers, leads to the first question missing', async () => {
      const offPath = await browser.get(step('iep-meeting-on'))
      expect(offPath.statusCode).toBe(303)
      expect(offPath.headers.location).toBe(start())
      await browser.post(start(), { stage: 'has-504' })
      const early = await browser.get(`${start()}/check`)
      expect(early.headers.location).toBe(step('504-meeting-on'))
      expect((await browser.get(step('no-such-question'))).headers.location).toBe(step('504-meeting-on'))
    })

    test('someone who may not change the record gets 404 on every page', async () => {
      const stranger = await createUser(t.deps, { email: 'stranger@example.org' })
      const other = new TestBrowser(t.app)
      await signInBrowser(other, stranger)
      expect((await other.get(start())).statusCode).toBe(404)
      expect((await other.post(start(), { stage: 'no-plan' })).statusCode).toBe(404)
      expect((await other.get(step('consent-on'))).statusCode).toBe(404)
      expect((await other.post(step('consent-on'), { consentOn: '2026-09-01' })).statusCode).toBe(404)
      expect((await other.get(`${start()}/check`)).statusCode).toBe(404)
      expect((await other.post(`${start()}/check`, {})).statusCode).toBe(404)
    })
  })
}
