import ICAL from 'ical.js'
import type { Browser, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { addDays } from '../../src/domain/dates/local-date.ts'
import { deadlines as english } from '../../src/i18n/en/deadlines.ts'
import { deadlines as spanish } from '../../src/i18n/es/deadlines.ts'
import { JOB_HANDLERS } from '../../src/jobs/handlers.ts'
import { runDueJobs } from '../../src/jobs/run-jobs.ts'
import { addEvent } from '../../src/services/children/events.ts'
import { sendDeadlineReminders } from '../../src/services/deadlines/reminders.ts'
import { today } from '../../src/services/deps.ts'
import { updateUser } from '../../src/storage/accounts-store.ts'
import { createChildFor, createUser } from '../support/factories.ts'
import { asVisitor, expectNoAxeViolations, hasHorizontalScroll } from './support/browser.ts'
import type { E2eServer } from './support/server.ts'
import { startServerAndBrowser } from './support/setup.ts'

let server: E2eServer
let browser: Browser

startServerAndBrowser((started) => {
  ;({ server, browser } = started)
})

const WORDS = { en: english, es: spanish } as const
type Lang = keyof typeof WORDS

/** The literal text of a message before its first {{placeholder}}. */
function opening(template: string): string {
  return template.split('{{')[0] ?? template
}

/**
 * A family whose records request went in 31 days ago (the FERPA 45-day records rule falls 14 days from
 * today, the default reminder) and whose last IEP meeting was 360 days ago (review in 5 days).
 */
async function family(lang: Lang) {
  const user = await createUser(server.deps, { name: 'Lucía Torres' })
  await updateUser(server.deps.db, user.id, { locale: lang, now: server.deps.clock.now() })
  const child = await createChildFor(server.deps, user, {
    legalName: 'Sofía Torres',
    preferredName: 'Sofía',
    state: 'CA',
  })
  const on = today(server.deps)
  await addEvent(server.deps, user.actor, child.id, {
    type: 'records-request-received',
    date: addDays(on, -31),
    note: '',
  })
  await addEvent(server.deps, user.actor, child.id, {
    type: 'iep-meeting-held',
    date: addDays(on, -360),
    note: '',
  })
  return { user, child, recordsDue: addDays(on, 14) }
}

/** Every event of a calendar file, as summary and start date. */
function eventsOf(text: string): { summary: string; start: string }[] {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    return { summary: event.summary, start: event.startDate.toString().slice(0, 10) }
  })
}

interface Journey {
  readonly page: Page
  readonly lang: Lang
  readonly mode: string
  readonly checker?: Page
  readonly narrow?: boolean
}

/**
 * A parent downloads a child's deadlines as a calendar file, makes a private calendar link for all
 * their children and checks it from outside the browser, stops it, keeps the reminder settings,
 * and reads the reminder e-mail the job sends 14 days before the records deadline.
 */
async function journey({ page, lang, mode, checker, narrow }: Journey): Promise<void> {
  const words = WORDS[lang]
  const { user, child, recordsDue } = await family(lang)
  const recordsTitle = words.rules['ferpa-records-access'].title
  const check = async (label: string) => {
    await expectNoAxeViolations(page, `${mode}: ${label}`, checker)
    if (narrow) expect(await hasHorizontalScroll(page), `${mode}: ${label}`).toBe(false)
  }

  await page.goto(`${server.baseUrl}/sign-in`)
  await page.locator('input[name="email"]').fill(user.email)
  await page.locator('input[name="password"]').fill(user.password)
  await page.locator('form:has(input[name="password"]) button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname !== '/sign-in')

  await page.goto(`${server.baseUrl}/children/${child.id}/deadlines`)
  await check('deadlines')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: words.ui.timeline.download }).click(),
  ])
  const stream = await download.createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  const downloaded = eventsOf(Buffer.concat(chunks).toString('utf8'))
  expect(downloaded).toContainEqual({ summary: `Sofía: ${recordsTitle}`, start: recordsDue })

  await page.getByRole('link', { name: words.ui.personFeed.link }).click()
  await check('calendar link for all children')
  await page.getByRole('button', { name: words.ui.personFeed.make }).click()
  await check('the new calendar link')
  const feedUrl = await page.getByLabel(words.ui.feed.newLabel).inputValue()
  expect(feedUrl).toMatch(new RegExp(`^${server.baseUrl}/feeds/all/`))
  // A calendar app fetches the link without any cookie.
  const polled = await fetch(feedUrl)
  expect(polled.status).toBe(200)
  expect(polled.headers.get('content-type')).toContain('text/calendar')
  expect(eventsOf(await polled.text())).toContainEqual({
    summary: `Sofía: ${recordsTitle}`,
    start: recordsDue,
  })

  await page.getByRole('link', { name: words.ui.personFeed.title }).first().click()
  await page.getByRole('button', { name: new RegExp(`^${words.ui.feed.revoke}`) }).click()
  await expect.poll(() => page.locator('main').textContent()).toContain(words.ui.personFeed.revoked)
  await check('calendar link stopped')
  expect((await fetch(feedUrl)).status).toBe(404)

  await page.goto(`${server.baseUrl}/children/${child.id}/deadlines`)
  await page.getByRole('link', { name: words.ui.timeline.remindersLink }).click()
  await check('reminder settings')
  await page.getByRole('button', { name: words.ui.reminders.save }).click()
  await expect.poll(() => page.locator('main').textContent()).toContain(words.ui.reminders.saved)

  await sendDeadlineReminders(server.deps)
  await runDueJobs(server.deps, { handlers: JOB_HANDLERS })
  await page.goto(`${server.baseUrl}/dev/mailbox`)
  await check('mailbox')
  const subject = `${opening(words.ui.email.subject)}${recordsTitle}`
  await page.getByRole('link', { name: subject }).first().click()
  await check('the reminder e-mail')
  expect(await page.locator('main').textContent()).toContain(opening(words.ui.email.due) + recordsTitle)
}

describe('a parent takes the deadlines to a calendar and gets reminders', () => {
  test('with JavaScript', async () => {
    await asVisitor(browser, {}, (page) => journey({ page, lang: 'en', mode: 'with JavaScript' }))
  })

  test('without JavaScript, in Spanish at 320 pixels', async () => {
    await asVisitor(browser, { javaScript: false, locale: 'es-MX', width: 320 }, (page, checker) =>
      journey({ page, lang: 'es', mode: 'without JavaScript (es, 320 px)', checker, narrow: true }),
    )
  })
})
