import ICAL from 'ical.js'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { bookingForm, createAdvocate } from '../../../test/support/practice-factories.ts'
import { startSmtpServer } from '../../../test/support/smtp.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { JOB_HANDLERS } from '../../jobs/handlers.ts'
import { runDueJobs } from '../../jobs/run-jobs.ts'
import { smtpMailer } from '../mail/mailer.ts'
import { bookConsultation, getPublicAdvocate } from './bookings.ts'

let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let t: TestApp

beforeAll(async () => {
  smtp = await startSmtpServer()
  t = await buildTestApp({
    now: '2026-03-02T12:00:00.000Z',
    mailer: smtpMailer(smtp.url, 'Pathway <no-reply@pathway.test>'),
  })
})
afterAll(async () => {
  await t.close()
  await smtp.stop()
})

/** The text/calendar part of a raw MIME message (base64 or quoted-printable or plain). */
function calendarPart(raw: string): string {
  const part = /Content-Type: text\/calendar[\s\S]*?\r?\n\r?\n([\s\S]*?)\r?\n--/i.exec(raw)
  if (!part?.[1]) throw new Error('no text/calendar part')
  const header = /Content-Type: text\/calendar[\s\S]*?\r?\n\r?\n/i.exec(raw)?.[0] ?? ''
  if (/Content-Transfer-Encoding: base64/i.test(header))
    return Buffer.from(part[1].replace(/\s+/g, ''), 'base64').toString('utf8')
  return part[1].replace(/=\r?\n/g, '')
}

test('the booking confirmations travel through a real SMTP server with an iCalendar REQUEST both can read', async () => {
  const { slug } = await createAdvocate(t.deps, { email: 'dana@example.org' })
  const advocate = await getPublicAdvocate(t.deps, slug)
  await bookConsultation(t.deps, undefined, advocate, bookingForm('2026-03-03T07:00:00-07:00'), 'es')
  await runDueJobs(t.deps, { handlers: JOB_HANDLERS })
  for (const address of ['rosa@example.org', 'dana@example.org']) {
    const message = smtp.received.find((m) => m.to.includes(address))
    expect(message?.from).toBe('no-reply@pathway.test')
    const calendar = new ICAL.Component(ICAL.parse(calendarPart(message?.raw ?? '')))
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST')
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined)
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-03T14:00:00.000Z')
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-03T14:30:00.000Z')
    expect(event.uid).toMatch(/@pathway$/)
    expect(event.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toContain(
      'mailto:rosa@example.org',
    )
  }
  // The family booked in Spanish, and reads their confirmation in Spanish.
  const toFamily = smtp.received.find((m) => m.to.includes('rosa@example.org'))
  expect(toFamily?.raw).toMatch(/Subject: =\?UTF-8\?|Subject: Su llamada/)
})
