import ICAL from 'ical.js'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createUser, signInBrowser } from '../../../test/support/factories.ts'
import { createAdvocate } from '../../../test/support/practice-factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { JOB_HANDLERS } from '../../jobs/handlers.ts'
import { runDueJobs } from '../../jobs/run-jobs.ts'
import type { OutgoingMail } from '../../services/mail/mailer.ts'

// Monday 2 March 2026, 12:00 UTC (07:00 in New York, 05:00 in Phoenix).
const NOW = '2026-03-02T12:00:00.000Z'

let t: TestApp
beforeEach(async () => {
  t = await buildTestApp({ now: NOW })
})
afterEach(async () => {
  await t.close()
})

function calendarOf(mail: OutgoingMail) {
  const attachment = mail.attachments?.find((a) => a.filename.endsWith('.ics'))
  if (!attachment) throw new Error('no .ics attachment')
  const component = new ICAL.Component(ICAL.parse(String(attachment.content)))
  const event = component.getFirstSubcomponent('vevent')
  if (!event) throw new Error('no VEVENT')
  return {
    method: component.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    end: (event.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString(),
    status: event.getFirstPropertyValue('status'),
  }
}

function manageLink(mail: OutgoingMail): string {
  const link = /http:\/\/localhost:3000(\/bookings\/[A-Za-z0-9_%-]+)/.exec(mail.text)?.[1]
  if (!link) throw new Error('no manage link')
  return link
}

async function deliver() {
  await runDueJobs(t.deps, { handlers: JOB_HANDLERS })
}

describe('the public booking page', () => {
  test('shows open times on the family’s clock and books without an account, with an invitation to both', async () => {
    const advocate = await createAdvocate(t.deps, { email: 'dana@example.org' })
    const family = new TestBrowser(t.app)
    const page = await family.get(`/book/${advocate.slug}?length=30&tz=America/Phoenix`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Book a call with Dana Advocate')
    // 09:00 in New York on Monday 2 March is 07:00 in Phoenix; before noon UTC passes, so Monday is full.
    expect(page.body).toContain('value="2026-03-02T07:00:00-07:00"')
    expect(page.body).toContain('Phoenix')

    const details = await family.get(
      `/book/${advocate.slug}/details?start=${encodeURIComponent('2026-03-03T07:00:00-07:00')}&length=30&tz=America/Phoenix`,
    )
    expect(details.statusCode).toBe(200)
    const booked = await family.post(`/book/${advocate.slug}/details`, {
      start: '2026-03-03T07:00:00-07:00',
      length: '30',
      timeZone: 'America/Phoenix',
      name: 'Rosa Diaz',
      email: 'rosa@example.org',
      phone: '',
      grade: '4',
      state: 'AZ',
      reason: 'The school has not answered our evaluation request.',
    })
    expect(booked.statusCode).toBe(303)
    const confirmed = await family.get(booked.headers.location as string)
    expect(confirmed.body).toContain('Your call is booked')

    await deliver()
    const toFamily = t.mail.lastTo('rosa@example.org')
    const toAdvocate = t.mail.lastTo('dana@example.org')
    expect(toFamily.subject).toBe('Your call with Dana Advocate is booked')
    expect(toFamily.text).toContain('7:00')
    expect(toAdvocate.text).toContain('9:00')
    for (const mail of [toFamily, toAdvocate]) {
      const calendar = calendarOf(mail)
      expect(calendar.method).toBe('REQUEST')
      expect(calendar.start).toBe('2026-03-03T14:00:00.000Z')
      expect(calendar.end).toBe('2026-03-03T14:30:00.000Z')
      expect(calendar.sequence).toBe(0)
    }
    // The booking made the family a contact of the practice.
    const contacts = await t.deps.db.selectFrom('practice_contacts').select(['email']).execute()
    expect(contacts).toEqual([{ email: 'rosa@example.org' }])
  })

  test('a form with problems comes back with messages naming the fields and what was typed', async () => {
    const advocate = await createAdvocate(t.deps)
    const family = new TestBrowser(t.app)
    await family.get(`/book/${advocate.slug}`)
    const response = await family.post(`/book/${advocate.slug}/details`, {
      start: '2026-03-03T09:00:00-05:00',
      length: '30',
      timeZone: 'America/New_York',
      name: 'Rosa Diaz',
      email: 'not an address',
      reason: '',
    })
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('There is a problem')
    expect(response.body).toContain('Enter an e-mail address like name@example.com.')
    expect(response.body).toContain('Tell the advocate what you would like to talk about.')
    expect(response.body).toContain('value="not an address"')
    expect(response.body).toContain('value="Rosa Diaz"')
  })

  test('a time booked a moment before answers 409 with the nearest open times, keeping the form', async () => {
    const advocate = await createAdvocate(t.deps)
    const first = new TestBrowser(t.app)
    const second = new TestBrowser(t.app)
    await first.get(`/book/${advocate.slug}`)
    await second.get(`/book/${advocate.slug}`)
    const form = (email: string) => ({
      start: '2026-03-03T09:00:00-05:00',
      length: '30',
      timeZone: 'America/New_York',
      name: 'A family',
      email,
      reason: 'Help with the IEP meeting.',
    })
    expect((await first.post(`/book/${advocate.slug}/details`, form('one@example.org'))).statusCode).toBe(303)
    const taken = await second.post(`/book/${advocate.slug}/details`, form('two@example.org'))
    expect(taken.statusCode).toBe(409)
    expect(taken.body).toContain('Someone booked that time just before you. Here are the nearest open times.')
    expect(taken.body).toContain('value="2026-03-03T10:00:00-05:00"')
    expect(taken.body).toContain('value="two@example.org"')
  })

  test('the family moves and then cancels the call with the link in their e-mail; the invitation keeps its UID', async () => {
    const advocate = await createAdvocate(t.deps, { email: 'dana@example.org' })
    const family = new TestBrowser(t.app)
    await family.get(`/book/${advocate.slug}`)
    await family.post(`/book/${advocate.slug}/details`, {
      start: '2026-03-03T09:00:00-05:00',
      length: '30',
      timeZone: 'America/New_York',
      name: 'Rosa Diaz',
      email: 'rosa@example.org',
      reason: 'Help with the IEP meeting.',
    })
    await deliver()
    const first = t.mail.lastTo('rosa@example.org')
    const link = manageLink(first)
    const manage = await family.get(link)
    expect(manage.statusCode).toBe(200)
    expect(manage.body).toContain('Move the call')

    const moved = await family.post(`${link}/reschedule`, {
      start: '2026-03-04T10:00:00-05:00',
      length: '30',
      tz: 'America/New_York',
    })
    expect(moved.statusCode).toBe(303)
    await deliver()
    const update = calendarOf(t.mail.lastTo('rosa@example.org'))
    expect(update.uid).toBe(calendarOf(first).uid)
    expect(update.sequence).toBe(1)
    expect(update.start).toBe('2026-03-04T15:00:00.000Z')

    const cancelled = await family.post(`${link}/cancel`)
    expect(cancelled.statusCode).toBe(200)
    expect(cancelled.body).toContain('Your call is cancelled')
    await deliver()
    const cancellation = calendarOf(t.mail.lastTo('dana@example.org'))
    expect(cancellation.method).toBe('CANCEL')
    expect(cancellation.status).toBe('CANCELLED')
    expect(cancellation.uid).toBe(update.uid)
    // The link no longer works once the call is cancelled.
    expect((await family.get(link)).statusCode).toBe(410)
    // The freed time is open again.
    expect((await family.get(`/book/${advocate.slug}?from=2026-03-04`)).body).toContain(
      'value="2026-03-04T10:00:00-05:00"',
    )
  })

  test('a reminder goes to both the day before the call', async () => {
    const advocate = await createAdvocate(t.deps, { email: 'dana@example.org' })
    const family = new TestBrowser(t.app)
    await family.get(`/book/${advocate.slug}`)
    await family.post(`/book/${advocate.slug}/details`, {
      start: '2026-03-05T09:00:00-05:00',
      length: '60',
      timeZone: 'America/New_York',
      name: 'Rosa Diaz',
      email: 'rosa@example.org',
      reason: 'Help.',
    })
    await deliver()
    const before = t.mail.sent.length
    t.clock.set('2026-03-04T14:00:00.000Z')
    await deliver()
    await deliver()
    const reminders = t.mail.sent.slice(before)
    expect(reminders.map((m) => m.subject).sort()).toEqual([
      'Reminder: call with Rosa Diaz tomorrow',
      'Reminder: your call with Dana Advocate tomorrow',
    ])
  })

  test('an unpublished advocate has no booking page', async () => {
    const advocate = await createAdvocate(t.deps, { published: false })
    expect((await new TestBrowser(t.app).get(`/book/${advocate.slug}`)).statusCode).toBe(404)
  })

  test('the booking page speaks Spanish', async () => {
    const advocate = await createAdvocate(t.deps)
    const page = await new TestBrowser(t.app).get(`/book/${advocate.slug}`, { 'accept-language': 'es' })
    expect(page.body).toContain('Reserve una llamada con Dana Advocate')
  })
})

describe('the practice pages', () => {
  test('an advocate starts a practice, publishes availability, and an admin invites a staff member who joins', async () => {
    const owner = await createUser(t.deps, { name: 'Dana Advocate' })
    const browser = new TestBrowser(t.app)
    await signInBrowser(browser, owner)
    expect((await browser.get('/practice')).headers.location).toBe('/practice/new')
    await browser.get('/practice/new')
    expect((await browser.post('/practice/new', { name: '' })).statusCode).toBe(400)
    expect((await browser.post('/practice/new', { name: 'Bright Path' })).headers.location).toBe(
      '/practice/availability',
    )
    const settings = await browser.get('/practice/availability')
    const version = /name="version" value="(\d+)"/.exec(settings.body)?.[1] ?? ''
    const form = {
      version,
      displayName: 'Dana Advocate',
      timeZone: 'America/Chicago',
      mondayStart: '09:00',
      mondayEnd: '12:00',
      tuesdayStart: '25:00',
      tuesdayEnd: '12:00',
      exceptions: '2026-03-09 off\nnot a date',
      lengths: ['30', '60'],
      bufferMinutes: '10',
      minimumNoticeMinutes: '60',
      horizonDays: '30',
      maxPerDay: '4',
      intakeQuestion: '',
      published: 'yes',
    }
    const bad = await browser.post('/practice/availability', form)
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('Enter a start time on a 24-hour clock as HH:MM')
    expect(bad.body).toContain('Write &quot;not a date&quot; as a date')
    expect(bad.body).toContain('value="25:00"')
    const good = await browser.post('/practice/availability', {
      ...form,
      tuesdayStart: '',
      tuesdayEnd: '',
      exceptions: '2026-03-09 off',
    })
    expect(good.statusCode).toBe(303)
    const overview = await browser.get('/practice')
    const bookingPath = /href="(\/book\/[^"]+)"/.exec(overview.body)?.[1] ?? ''
    const booking = await new TestBrowser(t.app).get(`${bookingPath}?tz=America/Chicago&from=2026-03-09`)
    // 9 March is a day off; Monday 16 March opens at 09:00 Chicago time.
    expect(booking.body).not.toContain('2026-03-09T09:00')
    expect(booking.body).toContain('Open times')

    // A stale save is refused and keeps what was typed.
    const stale = await browser.post('/practice/availability', {
      ...form,
      version,
      tuesdayStart: '',
      tuesdayEnd: '',
      exceptions: '',
      displayName: 'Dana B',
    })
    expect(stale.statusCode).toBe(409)
    expect(stale.body).toContain('value="Dana B"')

    const invited = await browser.post('/practice/members/invite', {
      email: 'sam@example.org',
      role: 'staff',
    })
    expect(invited.statusCode).toBe(303)
    await deliver()
    const mail = t.mail.lastTo('sam@example.org')
    const link =
      /http:\/\/localhost:3000(\/practice\/invitations\/[A-Za-z0-9_%-]+)/.exec(mail.text)?.[1] ?? ''
    const sam = await createUser(t.deps, { email: 'sam@example.org', name: 'Sam Staff' })
    const samBrowser = new TestBrowser(t.app)
    await signInBrowser(samBrowser, sam)
    expect((await samBrowser.get(link)).body).toContain('Join Bright Path')
    expect((await samBrowser.post(link)).statusCode).toBe(303)
    const samPractice = await samBrowser.get('/practice')
    expect(samPractice.body).toContain('Bright Path')
    // Staff may not invite anyone, and take no calls.
    await samBrowser.get('/practice')
    expect(
      (await samBrowser.post('/practice/members/invite', { email: 'x@example.org', role: 'admin' }))
        .statusCode,
    ).toBe(404)
    expect((await samBrowser.get('/practice/availability')).statusCode).toBe(404)
    // The link works once.
    expect((await samBrowser.get(link)).statusCode).toBe(410)
  })

  test('the practice pages ask a visitor to sign in', async () => {
    const response = await new TestBrowser(t.app).get('/practice')
    expect(response.statusCode).toBe(302)
    expect(response.headers.location).toContain('/sign-in')
  })
})
