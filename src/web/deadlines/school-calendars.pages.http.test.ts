import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { Child } from '../../domain/children/child.ts'
import { addEvent } from '../../services/children/events.ts'
import { createSchoolCalendar, listSchoolCalendars } from '../../services/deadlines/school-calendars.ts'

let t: TestApp
let browser: TestBrowser
let parent: TestUser
let ana: Child
let leo: Child

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z' })
  browser = new TestBrowser(t.app)
  parent = await createUser(t.deps)
  ana = await createChildFor(t.deps, parent, { legalName: 'Ana Cruz', preferredName: '', state: 'TX' })
  leo = await createChildFor(t.deps, parent, { legalName: 'Leo Cruz', preferredName: '', state: 'TX' })
  // Texas counts the initial evaluation in school days from consent (45 school days).
  for (const child of [ana, leo]) {
    await addEvent(t.deps, parent.actor, child.id, {
      type: 'consent-to-evaluate-signed',
      date: '2026-09-02',
      note: '',
    })
  }
  await signInBrowser(browser, parent)
})
afterEach(async () => {
  await t.close()
})

async function calendarIdNamed(name: string): Promise<string> {
  const found = (await listSchoolCalendars(t.deps, parent.actor)).find((c) => c.name === name)
  if (!found) throw new Error(`No calendar named ${name}`)
  return found.id
}

/** The evaluation's due date as the child's deadlines page shows it. */
async function evaluationDue(child: Child): Promise<string | undefined> {
  const page = await browser.get(`/children/${child.id}/deadlines`)
  return /<time datetime="(2026-1[01]-\d\d)">Due:/.exec(page.body)?.[1]
}

describe('a school calendar shared by siblings', () => {
  test('both children linked to one calendar get their school-day deadline moved when a closed day is added', async () => {
    const made = await browser.post(`/children/${ana.id}/school-calendar/choose`, {
      create: 'yes',
      name: 'Lincoln Elementary',
    })
    expect(made.statusCode).toBe(303)
    const calendarId = await calendarIdNamed('Lincoln Elementary')
    const choose = await browser.get(`/children/${leo.id}/school-calendar/choose`)
    expect(choose.body).toContain('Lincoln Elementary')
    const linked = await browser.post(`/children/${leo.id}/school-calendar/choose`, { calendarId })
    expect(linked.statusCode).toBe(303)
    expect((await browser.get(`/children/${leo.id}/school-calendar`)).body).toContain(
      'Leo Cruz uses the school calendar “Lincoln Elementary”.',
    )

    const added = await browser.post(`/school-calendars/${calendarId}/new`, {
      firstDay: '2026-08-17',
      lastDay: '2027-05-28',
      closures: '',
    })
    expect(added.statusCode).toBe(303)
    // 45 school days from Wednesday 2 September, with no closed day: Wednesday 4 November.
    expect(await evaluationDue(ana)).toBe('2026-11-04')
    expect(await evaluationDue(leo)).toBe('2026-11-04')

    const list = await browser.get('/school-calendars')
    expect(list.body).toContain('Lincoln Elementary')
    expect(list.body).toContain('School years: 1.')
    expect(list.body).toContain('Used by: Ana Cruz, Leo Cruz.')
    const calendarPage = await browser.get(`/school-calendars/${calendarId}`)
    expect(calendarPage.body).toContain('Used by: Ana Cruz, Leo Cruz.')
    const yearPath = new RegExp(`href="(/school-calendars/${calendarId}/(?!new"|import"|name")[^"/]+)"`).exec(
      calendarPage.body,
    )?.[1]
    expect(yearPath).toBeDefined()
    const edited = await browser.post(yearPath ?? '', {
      firstDay: '2026-08-17',
      lastDay: '2027-05-28',
      closures: '2026-09-07, holiday, Labor Day',
      version: '1',
    })
    expect(edited.statusCode).toBe(303)
    expect(await evaluationDue(ana)).toBe('2026-11-05')
    expect(await evaluationDue(leo)).toBe('2026-11-05')
  })

  test('the years can also be changed from a child’s page, and the sibling sees the change', async () => {
    await browser.post(`/children/${ana.id}/school-calendar/new`, {
      firstDay: '2026-08-17',
      lastDay: '2027-05-28',
      closures: '2026-09-07, holiday',
    })
    // Ana had no calendar: one named after her was made and linked; Leo chooses it.
    const calendarId = await calendarIdNamed('Ana Cruz')
    await browser.post(`/children/${leo.id}/school-calendar/choose`, { calendarId })
    expect(await evaluationDue(leo)).toBe('2026-11-05')
  })
})

describe('errors name the field and keep what was typed', () => {
  test('choosing nothing, or making a calendar with no name', async () => {
    const none = await browser.post(`/children/${ana.id}/school-calendar/choose`, { calendarId: '' })
    expect(none.statusCode).toBe(400)
    expect(none.body).toContain('href="#calendarId"')
    expect(none.body).toContain('Choose a school calendar')
    const noName = await browser.post(`/children/${ana.id}/school-calendar/choose`, {
      create: 'yes',
      name: '  ',
    })
    expect(noName.statusCode).toBe(400)
    expect(noName.body).toContain('href="#name"')
    expect(noName.body).toContain('Enter the name of the calendar')
  })

  test('a new calendar with a name too long keeps the name', async () => {
    const long = 'Austin Independent School District '.repeat(5)
    const response = await browser.post('/school-calendars/new', { name: long })
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('Enter a name of at most 120 characters')
    expect(response.body).toContain(`value="${long}"`)
    const made = await browser.post('/school-calendars/new', { name: 'Austin ISD' })
    expect(made.statusCode).toBe(303)
    expect((await browser.get('/school-calendars')).body).toContain('Austin ISD')
  })

  test('a school year with the last day first keeps the dates and closed days', async () => {
    const calendar = await createSchoolCalendar(t.deps, parent.actor, {
      name: 'Austin ISD',
      organizationId: '',
    })
    const response = await browser.post(`/school-calendars/${calendar.id}/new`, {
      firstDay: '2027-05-28',
      lastDay: '2026-08-17',
      closures: '2026-11-26, holiday',
    })
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('href="#lastDay"')
    expect(response.body).toContain('2026-11-26, holiday')
  })

  test('a rename saved over someone else’s change is refused, and the name typed is kept', async () => {
    const calendar = await createSchoolCalendar(t.deps, parent.actor, {
      name: 'Austin ISD',
      organizationId: '',
    })
    const first = await browser.post(`/school-calendars/${calendar.id}/name`, {
      name: 'Austin ISD 2026',
      version: '1',
    })
    expect(first.statusCode).toBe(303)
    const stale = await browser.post(`/school-calendars/${calendar.id}/name`, {
      name: 'Lincoln',
      version: '1',
    })
    expect(stale.statusCode).toBe(409)
    expect(stale.body).toContain('Someone else changed this calendar')
    expect(stale.body).toContain('value="Lincoln"')
    expect(stale.body).toContain('name="version" value="2"')
  })
})

describe('removing a calendar', () => {
  test('only a calendar no child uses can be removed, after a question', async () => {
    const calendar = await createSchoolCalendar(t.deps, parent.actor, {
      name: 'Austin ISD',
      organizationId: '',
    })
    await browser.post(`/children/${ana.id}/school-calendar/choose`, { calendarId: calendar.id })
    expect((await browser.get(`/school-calendars/${calendar.id}`)).body).not.toContain('Remove this calendar')
    const refused = await browser.post(`/school-calendars/${calendar.id}/delete`, {})
    expect(refused.headers.location).toBe(`/school-calendars/${calendar.id}`)
    expect((await browser.follow(refused)).body).toContain('first choose another calendar for each child')
    await browser.post(`/children/${ana.id}/school-calendar/choose`, {
      create: 'yes',
      name: 'Lincoln Elementary',
    })
    const page = await browser.get(`/school-calendars/${calendar.id}`)
    expect(page.body).toContain(`href="/school-calendars/${calendar.id}/delete"`)
    expect((await browser.get(`/school-calendars/${calendar.id}/delete`)).body).toContain(
      'Remove this school calendar?',
    )
    const removed = await browser.post(`/school-calendars/${calendar.id}/delete`, {})
    expect(removed.headers.location).toBe('/school-calendars')
    expect((await browser.get(`/school-calendars/${calendar.id}`)).statusCode).toBe(404)
  })
})

describe('another household', () => {
  test('cannot see, change, import into or link to the calendar: 404', async () => {
    const calendar = await createSchoolCalendar(t.deps, parent.actor, {
      name: 'Austin ISD',
      organizationId: '',
    })
    const stranger = await createUser(t.deps)
    const theirChild = await createChildFor(t.deps, stranger, { state: 'TX' })
    const them = new TestBrowser(t.app)
    await signInBrowser(them, stranger)
    expect((await them.get(`/school-calendars/${calendar.id}`)).statusCode).toBe(404)
    expect((await them.get(`/school-calendars/${calendar.id}/new`)).statusCode).toBe(404)
    expect((await them.get(`/school-calendars/${calendar.id}/import`)).statusCode).toBe(404)
    expect(
      (await them.post(`/school-calendars/${calendar.id}/name`, { name: 'Mine', version: '1' })).statusCode,
    ).toBe(404)
    expect(
      (
        await them.post(`/school-calendars/${calendar.id}/new`, {
          firstDay: '2026-08-17',
          lastDay: '2027-05-28',
          closures: '',
        })
      ).statusCode,
    ).toBe(404)
    expect(
      (await them.post(`/children/${theirChild.id}/school-calendar/choose`, { calendarId: calendar.id }))
        .statusCode,
    ).toBe(404)
    expect((await them.post(`/school-calendars/${calendar.id}/delete`, {})).statusCode).toBe(404)
    expect((await them.get('/school-calendars')).body).not.toContain('Austin ISD')
    expect((await them.get(`/children/${ana.id}/school-calendar`)).statusCode).toBe(404)
  })
})
