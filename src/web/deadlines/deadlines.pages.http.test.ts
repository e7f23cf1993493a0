import ICAL from 'ical.js'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { Child } from '../../domain/children/child.ts'
import { addEvent } from '../../services/children/events.ts'

let t: TestApp
let browser: TestBrowser
let parent: TestUser
let child: Child

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z' })
  browser = new TestBrowser(t.app)
  parent = await createUser(t.deps)
  child = await createChildFor(t.deps, parent, {
    legalName: 'Mateo Alejandro Cruz',
    preferredName: '',
    state: 'NY',
    dateOfBirth: '2015-03-01',
  })
  await addEvent(t.deps, parent.actor, child.id, {
    type: 'consent-to-evaluate-signed',
    date: '2026-09-02',
    note: '',
  })
  await addEvent(t.deps, parent.actor, child.id, { type: 'iep-meeting-held', date: '2025-12-10', note: '' })
  await signInBrowser(browser, parent)
})
afterEach(async () => {
  await t.close()
})

/** The text of the deadline cards, in page order. */
function cardTitles(html: string): string[] {
  return [...html.matchAll(/<li class="pw-card pw-deadline"[^>]*><h3 class="pw-card__title">([^<]+)</g)].map(
    (m) => m[1] ?? '',
  )
}

describe('the deadlines page', () => {
  test('shows every deadline, overdue first, with its date, the event that started it and why', async () => {
    const page = await browser.get(`/children/${child.id}/deadlines`)
    expect(page.statusCode).toBe(200)
    const titles = cardTitles(page.body)
    expect(titles[0]).toBe('Initial evaluation')
    expect(titles[1]).toBe('Annual IEP review')
    expect(page.body).toContain('Due: Sunday 1 November 2026')
    expect(page.body).toContain('Started by: Consent to evaluate signed on Wednesday 2 September 2026')
    expect(page.body).toContain('1 overdue · 1 due within 14 days')
    // "Why this date" is a native disclosure with the explanation and the citation.
    expect(page.body).toMatch(
      /<details class="pw-details"><summary class="pw-details__summary">Why this date/,
    )
    expect(page.body).toContain('The law: 34 CFR')
    expect(page.body).toContain('Rules used: New York.')
    // The shortcut to the event that meets the overdue evaluation.
    expect(page.body).toContain(`href="/children/${child.id}/events/new?type=evaluation-completed"`)
    const form = await browser.get(`/children/${child.id}/events/new?type=evaluation-completed`)
    expect(form.body).toMatch(/<option value="evaluation-completed" selected/)
    // The record's navigation leads here.
    expect((await browser.get(`/children/${child.id}/documents`)).body).toContain(
      `href="/children/${child.id}/deadlines"`,
    )
  })

  test('an event added after the page was shown changes the next deadlines page and the dashboard', async () => {
    // Shown once, so the worked-out deadlines are kept.
    expect(cardTitles((await browser.get(`/children/${child.id}/deadlines?show=overdue`)).body)).toEqual([
      'Initial evaluation',
    ])
    expect((await browser.get('/dashboard')).body).toMatch(/\b1 overdue, /)
    const saved = await browser.post(`/children/${child.id}/events/new`, {
      type: 'evaluation-completed',
      date: '2026-11-20',
      note: '',
    })
    expect(saved.statusCode).toBe(303)
    // The evaluation is now met: no longer overdue, on either page.
    expect(cardTitles((await browser.get(`/children/${child.id}/deadlines?show=overdue`)).body)).toEqual([])
    expect(cardTitles((await browser.get(`/children/${child.id}/deadlines?show=met`)).body)).toEqual([
      'Initial evaluation',
    ])
    expect((await browser.get('/dashboard')).body).toMatch(/\b0 overdue, /)
  })

  test('filters by status', async () => {
    const page = await browser.get(`/children/${child.id}/deadlines?show=overdue`)
    expect(cardTitles(page.body)).toEqual(['Initial evaluation'])
    const met = await browser.get(`/children/${child.id}/deadlines?show=met`)
    expect(cardTitles(met.body)).toEqual([])
    expect(met.body).toContain('No deadlines match what you chose to show.')
    // An unknown filter shows everything.
    expect(cardTitles((await browser.get(`/children/${child.id}/deadlines?show=nonsense`)).body).length).toBe(
      cardTitles((await browser.get(`/children/${child.id}/deadlines`)).body).length,
    )
  })

  test('a met deadline says by which event and how late', async () => {
    await addEvent(t.deps, parent.actor, child.id, {
      type: 'evaluation-completed',
      date: '2026-11-04',
      note: '',
    })
    const page = await browser.get(`/children/${child.id}/deadlines?show=met`)
    expect(cardTitles(page.body)).toContain('Initial evaluation')
    expect(page.body).toContain('Met by: Evaluation completed on Wednesday 4 November 2026 3 days late.')
  })

  test('is in Spanish for a Spanish reader', async () => {
    const page = await browser.get(`/children/${child.id}/deadlines`, { 'accept-language': 'es' })
    expect(page.body).toContain('Por qué esta fecha')
    expect(page.body).toContain('Vence: domingo 1 de noviembre de 2026')
  })

  test("another family's child answers 404, on the page, the download and the calendar", async () => {
    const other = await createUser(t.deps)
    const theirs = await createChildFor(t.deps, other)
    for (const url of [
      `/children/${theirs.id}/deadlines`,
      `/children/${theirs.id}/deadlines.ics`,
      `/children/${theirs.id}/school-calendar`,
      `/children/${theirs.id}/school-calendar/new`,
    ]) {
      expect((await browser.get(url)).statusCode, url).toBe(404)
    }
    const post = await browser.post(`/children/${theirs.id}/school-calendar/new`, {
      firstDay: '2026-08-17',
      lastDay: '2027-05-28',
      closures: '',
    })
    expect(post.statusCode).toBe(404)
  })

  test('the .ics download has one all-day event per dated deadline, stable UIDs, and no full name', async () => {
    const response = await browser.get(`/children/${child.id}/deadlines.ics`)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('text/calendar')
    expect(response.body).not.toContain('Cruz')
    expect(response.body).not.toContain('Alejandro')
    const calendar = new ICAL.Component(ICAL.parse(response.body))
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
    const evaluation = events.find((event) => event.summary === 'Mateo: Initial evaluation')
    expect(evaluation).toBeDefined()
    expect(evaluation?.startDate.isDate).toBe(true)
    expect(evaluation?.startDate.toString()).toBe('2026-11-01')
    expect(evaluation?.description).toContain('The law: N.Y. Comp. Codes R. & Regs.')
    expect(evaluation?.description).toContain('not legal advice')
    // A not-applicable deadline (third birthday) is left out.
    expect(events.some((event) => event.summary.includes('third birthday'))).toBe(false)
    // Downloading again gives the same UIDs.
    const again = new ICAL.Component(
      ICAL.parse((await browser.get(`/children/${child.id}/deadlines.ics`)).body),
    )
    expect(again.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))).toEqual(
      calendar.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid')),
    )
  })

  test('the home dashboard counts overdue and upcoming deadlines across children', async () => {
    const page = await browser.get('/dashboard')
    expect(page.body).toContain('1 overdue, 1 due in the next 30 days')
    expect(page.body).toContain('Initial evaluation for Mateo Alejandro Cruz')
  })
})

describe('the school calendar', () => {
  let texan: Child
  beforeEach(async () => {
    texan = await createChildFor(t.deps, parent, { legalName: 'Sofía Cruz', preferredName: '', state: 'TX' })
    await addEvent(t.deps, parent.actor, texan.id, {
      type: 'consent-to-evaluate-signed',
      date: '2026-09-02',
      note: '',
    })
  })

  test('without it, school-day deadlines ask for it; with it, they have a date that skips closed days', async () => {
    const before = await browser.get(`/children/${texan.id}/deadlines`)
    expect(before.body).toContain('Add the school calendar to get every date')
    const bad = await browser.post(`/children/${texan.id}/school-calendar/new`, {
      firstDay: '2026-08-17',
      lastDay: '',
      closures: '2026-11-26, holiday, Thanksgiving\n26/11/2026',
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('Enter the last day of school.')
    expect(bad.body).toContain('Line 2: start with a real date as YYYY-MM-DD')
    expect(bad.body).toContain('26/11/2026')
    const good = await browser.post(`/children/${texan.id}/school-calendar/new`, {
      firstDay: '2026-08-17',
      lastDay: '2027-05-28',
      closures: 'date,kind,name\n2026-09-07\tholiday\tLabor Day\n2026-11-23, 2026-11-27, break, Thanksgiving',
    })
    expect(good.statusCode).toBe(303)
    const list = await browser.follow(good)
    expect(list.body).toContain('The school year has been added.')
    expect(list.body).toContain('Closed days entered: 2.')
    const after = await browser.get(`/children/${texan.id}/deadlines`)
    expect(after.body).not.toContain('Add the school calendar to get every date')
    // Texas: 45 school days from consent on 2 Sep 2026, skipping Labor Day and Thanksgiving week.
    expect(after.body).toContain('<time datetime="2026-11-05">Due: Thursday 5 November 2026</time>')
    expect(after.body).toContain('The school was closed on 1 weekday in that span, so it is skipped.')
  })

  test('overlapping years are refused, and a second person’s stale save is kept with a message', async () => {
    const fields = { firstDay: '2026-08-17', lastDay: '2027-05-28', closures: '' }
    expect((await browser.post(`/children/${texan.id}/school-calendar/new`, fields)).statusCode).toBe(303)
    const overlap = await browser.post(`/children/${texan.id}/school-calendar/new`, {
      ...fields,
      firstDay: '2027-05-01',
      lastDay: '2028-05-01',
    })
    expect(overlap.statusCode).toBe(400)
    expect(overlap.body).toContain('Enter dates that do not overlap')
    const list = await browser.get(`/children/${texan.id}/school-calendar`)
    // The school year’s own page (not the "add a year", "import a calendar" or "choose a calendar" pages).
    const editPath =
      /href="(\/children\/[^"]+\/school-calendar\/(?!new"|import"|choose")[^"/]+)"/.exec(list.body)?.[1] ?? ''
    expect(editPath).not.toBe('')
    const first = await browser.post(editPath, { ...fields, closures: '2026-09-07, holiday', version: '1' })
    expect(first.statusCode).toBe(303)
    const stale = await browser.post(editPath, {
      ...fields,
      closures: '2026-10-12, closed, Teacher day',
      version: '1',
    })
    expect(stale.statusCode).toBe(409)
    expect(stale.body).toContain('Someone else changed this school year')
    expect(stale.body).toContain('2026-10-12, closed, Teacher day')
    expect(stale.body).toContain('name="version" value="2"')
  })
})

describe('reminder settings', () => {
  test('default 14 and 3 days; a choice is kept; "yes" with no days is refused with the field named', async () => {
    const page = await browser.get('/account/reminders')
    expect(page.body).toMatch(/value="14"[^>]*checked/)
    expect(page.body).toMatch(/value="3"[^>]*checked/)
    const bad = await browser.post('/account/reminders', { enabled: 'yes', version: '0' })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('Choose at least one time to be reminded, or turn reminders off.')
    const good = await browser.post('/account/reminders', { enabled: 'yes', days: ['7', '1'], version: '0' })
    expect(good.statusCode).toBe(303)
    const saved = await browser.get('/account/reminders')
    expect(saved.body).toMatch(/value="7"[^>]*checked/)
    expect(saved.body).not.toMatch(/value="14"[^>]*checked/)
    const off = await browser.post('/account/reminders', { enabled: 'no', version: '1' })
    expect(off.statusCode).toBe(303)
    const stale = await browser.post('/account/reminders', { enabled: 'yes', days: ['30'], version: '1' })
    expect(stale.statusCode).toBe(409)
    expect(stale.body).toMatch(/value="30"[^>]*checked/)
  })
})

describe('the calendar subscription', () => {
  test('a private link serves the feed; stopping it answers 404', async () => {
    const made = await browser.post(`/children/${child.id}/deadlines/calendar-links`, {})
    expect(made.statusCode).toBe(200)
    const url = /value="(http:\/\/localhost:3000\/feeds\/[^"]+\.ics)"/.exec(made.body)?.[1] ?? ''
    expect(url).not.toBe('')
    const feedPath = url.replace('http://localhost:3000', '')
    // A calendar app has no session: a fresh client with only the link.
    const feed = await t.app.inject({ method: 'GET', url: feedPath })
    expect(feed.statusCode).toBe(200)
    expect(feed.headers['content-type']).toContain('text/calendar')
    expect(feed.body).not.toContain('Cruz')
    const calendar = new ICAL.Component(ICAL.parse(feed.body))
    const summaries = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary)
    expect(summaries).toContain('Mateo: Initial evaluation')
    // The same UIDs as the download, so a date that moves updates the same event.
    const download = new ICAL.Component(
      ICAL.parse((await browser.get(`/children/${child.id}/deadlines.ics`)).body),
    )
    const uid = (c: InstanceType<typeof ICAL.Component>) =>
      c.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))
    expect(uid(download)).toEqual(expect.arrayContaining(uid(calendar)))

    const page = await browser.get(`/children/${child.id}/deadlines`)
    expect(page.body).toContain('Calendar links that work now')
    const revokePath =
      /action="(\/children\/[^"]+\/calendar-links\/[^"]+\/revoke)"/.exec(page.body)?.[1] ?? ''
    expect((await browser.post(revokePath, {})).statusCode).toBe(303)
    expect((await t.app.inject({ method: 'GET', url: feedPath })).statusCode).toBe(404)
    expect((await t.app.inject({ method: 'GET', url: '/feeds/not-a-token.ics' })).statusCode).toBe(404)
  })
})
