import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { addDays } from '../../src/domain/dates/local-date.ts'
import { addEvent } from '../../src/services/children/events.ts'
import { today } from '../../src/services/deps.ts'
import { createChildFor, createUser } from '../support/factories.ts'
import {
  expectNoAxeViolations,
  hasHorizontalScroll,
  launchChromium,
  newContext,
  screenshotPath,
} from './support/browser.ts'
import { type E2eServer, startE2eServer } from './support/server.ts'

let server: E2eServer
let browser: Browser

beforeAll(async () => {
  server = await startE2eServer()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** A New York family: consent 100 days ago (evaluation overdue), last IEP meeting 360 days ago (review due soon). */
async function familyWithDeadlines(email: string) {
  const user = await createUser(server.deps, { email, name: 'Rosa Cruz' })
  const child = await createChildFor(server.deps, user, {
    legalName: 'Mateo Cruz',
    preferredName: '',
    state: 'NY',
    dateOfBirth: '2015-03-01',
  })
  const on = today(server.deps)
  await addEvent(server.deps, user.actor, child.id, {
    type: 'consent-to-evaluate-signed',
    date: addDays(on, -100),
    note: '',
  })
  await addEvent(server.deps, user.actor, child.id, {
    type: 'iep-meeting-held',
    date: addDays(on, -360),
    note: '',
  })
  return { user, child, on }
}

async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto(`${server.baseUrl}/sign-in`)
  await page.getByLabel('E-mail address').fill(user.email)
  await page.getByLabel('Password').fill(user.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect.poll(() => page.title()).toContain('Hello')
}

/**
 * A parent sees an overdue evaluation on the home page, opens the child's deadlines, reads why the
 * date is what it is, narrows the list, records the event that meets it, enters the school
 * calendar (with a mistake first) and chooses when to be reminded.
 */
async function journey(page: Page, email: string, mode: string, checker?: Page): Promise<void> {
  const { user, child, on } = await familyWithDeadlines(email)
  const check = (label: string) => expectNoAxeViolations(page, `${mode}: ${label}`, checker)
  await signIn(page, user)
  expect(await page.locator('main').textContent()).toContain('1 overdue, 1 due in the next 30 days')
  await check('dashboard with deadlines')

  await page.getByRole('link', { name: 'Initial evaluation for Mateo Cruz' }).click()
  await expect.poll(() => page.title()).toContain('Deadlines')
  await check('deadlines page')
  const first = page.locator('li.pw-deadline').first()
  expect(await first.locator('h3').textContent()).toBe('Initial evaluation')
  // "Why this date" opens without scripts (a native disclosure).
  const why = first.locator('details')
  expect(await why.getAttribute('open')).toBeNull()
  await first.getByText('Why this date').click()
  expect(await why.getAttribute('open')).not.toBeNull()
  expect(await why.textContent()).toContain('New York allows 60 calendar days')
  await check('deadlines page, why this date open')

  await page.getByLabel('Show').selectOption('overdue')
  await page.getByRole('button', { name: 'Show' }).click()
  await expect.poll(() => page.locator('li.pw-deadline').count()).toBe(1)

  await page.getByRole('link', { name: 'Add the event that meets this: Evaluation completed' }).click()
  expect(await page.getByLabel('What happened?').inputValue()).toBe('evaluation-completed')
  await page.getByLabel('When did it happen?').fill(addDays(on, -5))
  await page.getByRole('button', { name: 'Add event' }).click()
  await page.goto(`${server.baseUrl}/children/${child.id}/deadlines?show=met`)
  expect(await page.locator('li.pw-deadline h3').allTextContents()).toContain('Initial evaluation')
  expect(await page.locator('main').textContent()).toMatch(/Met by: Evaluation completed on .+ days late\./)

  await page.getByRole('link', { name: 'Add or change the school calendar' }).click()
  await check('school calendar, empty')
  await page.getByRole('link', { name: 'Add a school year' }).click()
  await page.getByLabel('First day of school').fill('2026-08-17')
  await page.getByLabel('Days the school is closed').fill('2026-11-26, holiday, Thanksgiving\n12/21/2026')
  await page.getByRole('button', { name: 'Save the school year' }).click()
  await expect.poll(() => page.title()).toContain('Error:')
  expect(await page.locator('main').textContent()).toContain('Line 2: start with a real date')
  await check('school year form with errors')
  await page.getByLabel('Last day of school').fill('2027-05-28')
  await page
    .getByLabel('Days the school is closed')
    .fill('2026-11-26, holiday, Thanksgiving\n2026-12-21, 2027-01-01, break, Winter break')
  await page.getByRole('button', { name: 'Save the school year' }).click()
  await expect.poll(() => page.content()).toContain('The school year has been added.')
  await check('school calendar with a year')

  await page.goto(`${server.baseUrl}/account/reminders`)
  await check('reminder settings')
  await page.getByLabel('7 days before').check()
  await page.getByRole('button', { name: 'Save reminder settings' }).click()
  await expect.poll(() => page.content()).toContain('Your reminder settings have been saved.')
}

describe('a parent follows a child’s deadlines', () => {
  test('with JavaScript', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await journey(page, 'rosa.deadlines@example.org', 'with JavaScript')
    await context.close()
  })

  test('without JavaScript', async () => {
    const context = await newContext(browser, { javaScript: false })
    const page = await context.newPage()
    const checkerContext = await newContext(browser)
    const checker = await checkerContext.newPage()
    await journey(page, 'rosa.deadlines.nojs@example.org', 'without JavaScript', checker)
    await checkerContext.close()
    await context.close()
  })

  test('in Spanish at 320 pixels wide, the deadlines page fits and passes axe', async () => {
    const { user, child } = await familyWithDeadlines('rosa.deadlines.es@example.org')
    const context = await newContext(browser, { locale: 'es-MX', width: 320 })
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/sign-in`)
    await page.getByLabel('Correo electrónico').fill(user.email)
    await page.getByLabel('Contraseña').fill(user.password)
    await page.getByRole('button', { name: 'Iniciar sesión' }).click()
    await expect.poll(() => page.title()).toContain('Hola')
    for (const path of [
      `/children/${child.id}/deadlines`,
      `/children/${child.id}/school-calendar/new`,
      '/account/reminders',
    ]) {
      await page.goto(`${server.baseUrl}${path}`)
      expect(await hasHorizontalScroll(page), path).toBe(false)
      await expectNoAxeViolations(page, `Spanish 320px ${path}`)
    }
    await page.goto(`${server.baseUrl}/children/${child.id}/deadlines`)
    await page.locator('li.pw-deadline').first().getByText('Por qué esta fecha').click()
    expect(await page.locator('main').textContent()).toContain('Evaluación inicial')
    await page.screenshot({ path: screenshotPath('deadlines-320-es'), fullPage: true })
    await context.close()
  })
})

/**
 * A parent starts a child's record with no events: the deadlines page asks "where are you now?",
 * the first try misses the date (the error names the field and keeps the answer), the second starts
 * the evaluation clock.
 */
async function startingPointJourney(page: Page, email: string, mode: string, checker?: Page): Promise<void> {
  const user = await createUser(server.deps, { email, name: 'Lena Ortiz' })
  const child = await createChildFor(server.deps, user, {
    legalName: 'Nico Ortiz',
    preferredName: '',
    state: 'NY',
  })
  const check = (label: string) => expectNoAxeViolations(page, `${mode}: ${label}`, checker)
  await signIn(page, user)
  await page.goto(`${server.baseUrl}/children/${child.id}/deadlines`)
  await page.getByRole('link', { name: 'Where are you now?' }).click()
  await expect.poll(() => page.title()).toContain('Where are you now?')
  await check('where are you now')
  expect(await hasHorizontalScroll(page), 'where are you now').toBe(false)
  await page.getByLabel('I signed consent for an evaluation').check()
  await page.getByRole('button', { name: 'Save and see the deadlines' }).click()
  await expect.poll(() => page.title()).toContain('Error:')
  expect(await page.locator('.pw-error-summary').textContent()).toContain('Enter the date you signed consent')
  expect(await page.getByLabel('I signed consent for an evaluation').isChecked()).toBe(true)
  await check('where are you now, with an error')
  await page.getByLabel('Date you signed consent for the evaluation').fill(addDays(today(server.deps), -10))
  await page.getByRole('button', { name: 'Save and see the deadlines' }).click()
  await expect.poll(() => page.content()).toContain('1 event added.')
  expect(await page.locator('li.pw-deadline h3').allTextContents()).toContain('Initial evaluation')
  await check('deadlines after where are you now')
}

describe('a parent answers “where are you now?”', () => {
  test('with JavaScript', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await startingPointJourney(page, 'lena.start@example.org', 'with JavaScript')
    await context.close()
  })

  test('without JavaScript, and the form fits at 320 pixels', async () => {
    const context = await newContext(browser, { javaScript: false, width: 320 })
    const page = await context.newPage()
    const checkerContext = await newContext(browser)
    const checker = await checkerContext.newPage()
    await startingPointJourney(page, 'lena.start.nojs@example.org', 'without JavaScript', checker)
    await checkerContext.close()
    await context.close()
  })
})

const DISTRICT_ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//District//Calendar//EN',
  'BEGIN:VEVENT',
  'UID:1@district',
  'DTSTART;VALUE=DATE:20260817',
  'SUMMARY:First Day of School',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:2@district',
  'DTSTART;VALUE=DATE:20261221',
  'DTEND;VALUE=DATE:20270102',
  'SUMMARY:Winter Break',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:3@district',
  'DTSTART;VALUE=DATE:20270528',
  'SUMMARY:Last Day of School',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n')

/** A parent fills in the school year from the district's .ics file, checks the form and saves it. */
async function calendarImportJourney(page: Page, email: string, mode: string, checker?: Page): Promise<void> {
  const { user, child } = await familyWithDeadlines(email)
  const check = (label: string) => expectNoAxeViolations(page, `${mode}: ${label}`, checker)
  await signIn(page, user)
  await page.goto(`${server.baseUrl}/children/${child.id}/school-calendar`)
  await page.getByRole('link', { name: /district’s calendar file/ }).click()
  await expect.poll(() => page.title()).toContain('Use the district’s calendar file')
  await check('calendar import')
  expect(await hasHorizontalScroll(page), 'calendar import').toBe(false)
  await page.getByRole('button', { name: 'Read the file' }).click()
  await expect.poll(() => page.title()).toContain('Error:')
  await check('calendar import without a file')
  await page
    .getByLabel('Calendar file')
    .setInputFiles({ name: 'district.ics', mimeType: 'text/calendar', buffer: Buffer.from(DISTRICT_ICS) })
  await page.getByRole('button', { name: 'Read the file' }).click()
  await expect.poll(() => page.content()).toContain('We filled this in from the file.')
  expect(await page.getByLabel('First day of school').inputValue()).toBe('2026-08-17')
  expect(await page.getByLabel('Days the school is closed').inputValue()).toContain('Winter Break')
  await check('school year filled in from the file')
  expect(await hasHorizontalScroll(page), 'school year filled in').toBe(false)
  await page.getByRole('button', { name: 'Save the school year' }).click()
  await expect.poll(() => page.content()).toContain('The school year has been added.')
}

describe('a parent imports the district’s calendar', () => {
  test('with JavaScript', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await calendarImportJourney(page, 'rosa.import@example.org', 'with JavaScript')
    await context.close()
  })

  test('without JavaScript, at 320 pixels', async () => {
    const context = await newContext(browser, { javaScript: false, width: 320 })
    const page = await context.newPage()
    const checkerContext = await newContext(browser)
    const checker = await checkerContext.newPage()
    await calendarImportJourney(page, 'rosa.import.nojs@example.org', 'without JavaScript', checker)
    await checkerContext.close()
    await context.close()
  })
})
