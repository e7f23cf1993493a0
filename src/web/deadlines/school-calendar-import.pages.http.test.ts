import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { Child } from '../../domain/children/child.ts'
import { createSchoolCalendar } from '../../services/deadlines/school-calendars.ts'

let t: TestApp
let browser: TestBrowser
let child: Child
let parent: TestUser

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z' })
  browser = new TestBrowser(t.app)
  parent = await createUser(t.deps)
  child = await createChildFor(t.deps, parent, { legalName: 'Sofía Cruz', preferredName: '', state: 'TX' })
  await signInBrowser(browser, parent)
})
afterEach(async () => {
  await t.close()
})

/** A district calendar as districts publish it: all-day events, the end date the day after. */
const DISTRICT_ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//District//Calendar//EN',
  'BEGIN:VEVENT',
  'UID:1@district',
  'DTSTART;VALUE=DATE:20260817',
  'DTEND;VALUE=DATE:20260818',
  'SUMMARY:First Day of School',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:2@district',
  'DTSTART;VALUE=DATE:20261126',
  'DTEND;VALUE=DATE:20261128',
  'SUMMARY:Thanksgiving Holiday',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:3@district',
  'DTSTART;VALUE=DATE:20261221',
  'DTEND;VALUE=DATE:20270102',
  'SUMMARY:Winter Break',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:4@district',
  'SUMMARY:Teacher workday',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:5@district',
  'DTSTART;VALUE=DATE:20270528',
  'SUMMARY:Last Day of School',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n')

function multipart(filename: string, content: string): { payload: Buffer; contentType: string } {
  const boundary = '----pathway-test-boundary'
  const payload = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/calendar\r\n\r\n${content}\r\n--${boundary}--\r\n`,
  )
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` }
}

describe('importing the district’s calendar file', () => {
  test('fills in the school-year form to check, names the rows it could not read, and saves on confirm', async () => {
    const url = `/children/${child.id}/school-calendar/import`
    expect((await browser.get(`/children/${child.id}/school-calendar`)).body).toContain(`href="${url}"`)
    const preview = await browser.upload(url, multipart('district.ics', DISTRICT_ICS))
    expect(preview.statusCode).toBe(200)
    expect(preview.body).toContain('We filled this in from the file.')
    expect(preview.body).toContain('Event 4 (Teacher workday) has no date we can read, so it was left out.')
    expect(preview.body).toContain('value="2026-08-17"')
    expect(preview.body).toContain('value="2027-05-28"')
    expect(preview.body).toContain(
      '2026-11-26, 2026-11-27, holiday, Thanksgiving Holiday\n2026-12-21, 2027-01-01, break, Winter Break',
    )
    // Nothing is saved until the family confirms the form.
    expect(await t.deps.db.selectFrom('school_years').select('id').execute()).toEqual([])
    const saved = await browser.post(`/children/${child.id}/school-calendar/new`, {
      firstDay: '2026-08-17',
      lastDay: '2027-05-28',
      closures:
        '2026-11-26, 2026-11-27, holiday, Thanksgiving Holiday\n2026-12-21, 2027-01-01, break, Winter Break',
    })
    expect(saved.statusCode).toBe(303)
    expect(await t.deps.db.selectFrom('school_years').select('id').execute()).toHaveLength(1)
  })

  test('a file that is not a calendar, or no file, is refused with the field named', async () => {
    const url = `/children/${child.id}/school-calendar/import`
    const bad = await browser.upload(url, multipart('notes.ics', 'this is not a calendar'))
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('This file could not be read as a calendar.')
    expect(bad.body).toContain('href="#file"')
    const none = await browser.upload(url, multipart('empty.ics', ''))
    expect(none.statusCode).toBe(400)
    expect(none.body).toContain('Choose a calendar file')
  })

  test('a shared calendar is filled in from the file on its own page, and the form saves into it', async () => {
    const calendar = await createSchoolCalendar(t.deps, parent.actor, {
      name: 'Austin ISD',
      organizationId: '',
    })
    const url = `/school-calendars/${calendar.id}/import`
    expect((await browser.get(`/school-calendars/${calendar.id}`)).body).toContain(`href="${url}"`)
    const preview = await browser.upload(url, multipart('district.ics', DISTRICT_ICS))
    expect(preview.statusCode).toBe(200)
    expect(preview.body).toContain('We filled this in from the file.')
    expect(preview.body).toContain(`action="/school-calendars/${calendar.id}/new"`)
    expect(preview.body).toContain('value="2026-08-17"')
    const stranger = await createUser(t.deps)
    const other = new TestBrowser(t.app)
    await signInBrowser(other, stranger)
    expect((await other.upload(url, multipart('district.ics', DISTRICT_ICS))).statusCode).toBe(404)
  })
})
