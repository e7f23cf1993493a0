import type { Browser, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { addDays } from '../../src/domain/dates/local-date.ts'
import { addEvent } from '../../src/services/children/events.ts'
import { today } from '../../src/services/deps.ts'
import { createChildFor, createUser } from '../support/factories.ts'
import {
  asVisitor,
  expectNoAxeViolations,
  hasHorizontalScroll,
  newContext,
  screenshotPath,
} from './support/browser.ts'
import type { E2eServer } from './support/server.ts'
import { startServerAndBrowser } from './support/setup.ts'

let server: E2eServer
let browser: Browser

startServerAndBrowser((started) => {
  ;({ server, browser } = started)
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

async function signIn(page: Page, user: { email: string; password: string }, lang: 'en' | 'es' = 'en') {
  const spanish = lang === 'es'
  await page.goto(`${server.baseUrl}/sign-in`)
  await page.getByLabel(spanish ? 'Correo electrónico' : 'E-mail address').fill(user.email)
  await page.getByLabel(spanish ? 'Contraseña' : 'Password').fill(user.password)
  await page.getByRole('button', { name: spanish ? 'Iniciar sesión' : 'Sign in' }).click()
  await expect.poll(() => page.title()).toContain(spanish ? 'Hola' : 'Hello')
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
  // The year went into a calendar named after the child, which a brother or sister can share.
  expect(await page.locator('main').textContent()).toContain(
    'Mateo Cruz uses the school calendar “Mateo Cruz”.',
  )
  await page.getByRole('link', { name: 'Use another school calendar' }).click()
  await check('choose a school calendar')
  await page.getByLabel('Name of the calendar').fill('Lincoln Elementary')
  await page.getByRole('button', { name: 'Make it and use it' }).click()
  await expect.poll(() => page.content()).toContain('Mateo Cruz now uses the calendar “Lincoln Elementary”.')
  await page.getByRole('link', { name: 'All school calendars' }).click()
  await check('school calendars')

  await page.goto(`${server.baseUrl}/account/reminders`)
  await check('reminder settings')
  await page.getByLabel('7 days before').check()
  await page.getByRole('button', { name: 'Save reminder settings' }).click()
  await expect.poll(() => page.content()).toContain('Your reminder settings have been saved.')
}

describe('a parent follows a child’s deadlines', () => {
  test('with JavaScript', async () => {
    await asVisitor(browser, {}, (page) => journey(page, 'rosa.deadlines@example.org', 'with JavaScript'))
  })

  test('without JavaScript', async () => {
    await asVisitor(browser, { javaScript: false }, (page, checker) =>
      journey(page, 'rosa.deadlines.nojs@example.org', 'without JavaScript', checker),
    )
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
      `/children/${child.id}/school-calendar/choose`,
      '/school-calendars',
      '/school-calendars/new',
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

/** The words a parent reads on "where are you now?", in English and in Spanish. */
const SETUP_WORDS = {
  en: {
    open: 'Where are you now?',
    title: 'Where are you now?',
    continue: 'Continue',
    evaluation: 'An evaluation is asked for or under way',
    stageError: 'Choose where you are now',
    askedOn: 'When did you ask the school for an evaluation?',
    askedError: 'Enter the date you asked for the evaluation',
    unknown: 'I don’t know this date',
    consentOn: 'When did you sign consent for the evaluation?',
    evaluatedOn: 'When was the evaluation finished?',
    checkTitle: 'Check your answers',
    change: 'Change Date you signed consent',
    save: 'Save and see the deadlines',
    saved:
      'Events added: 1. Dates you did not know: Date you asked for the evaluation; Date the evaluation was finished.',
    deadline: 'Initial evaluation',
  },
  es: {
    open: '¿En qué punto están ahora?',
    title: '¿En qué punto están ahora?',
    continue: 'Continuar',
    evaluation: 'Pedimos una evaluación o ya está en curso',
    stageError: 'Elija en qué punto están ahora',
    askedOn: '¿Cuándo pidió a la escuela una evaluación?',
    askedError: 'Escriba la fecha en que pidió la evaluación',
    unknown: 'No sé esta fecha',
    consentOn: '¿Cuándo firmó el consentimiento para la evaluación?',
    evaluatedOn: '¿Cuándo terminó la evaluación?',
    checkTitle: 'Revise sus respuestas',
    change: 'Cambiar Fecha en que firmó el consentimiento',
    save: 'Guardar y ver las fechas límite',
    saved:
      'Eventos agregados: 1. Fechas que no sabía: Fecha en que pidió la evaluación; Fecha en que terminó la evaluación.',
    deadline: 'Evaluación inicial',
  },
} as const

/**
 * A parent starts a child's record with no events: the deadlines page asks "where are you now?",
 * one question a page. The first try misses the answer (the error names the field), a date they
 * do not know is answered "I don't know", one answer is changed from the check page, and saving
 * starts the evaluation clock.
 */
async function startingPointJourney(
  page: Page,
  email: string,
  mode: string,
  options: { checker?: Page; lang?: 'en' | 'es' } = {},
): Promise<void> {
  const words = SETUP_WORDS[options.lang ?? 'en']
  const user = await createUser(server.deps, { email, name: 'Lena Ortiz' })
  const child = await createChildFor(server.deps, user, {
    legalName: 'Nico Ortiz',
    preferredName: '',
    state: 'NY',
  })
  const check = async (label: string) => {
    await expectNoAxeViolations(page, `${mode}: ${label}`, options.checker)
    expect(await hasHorizontalScroll(page), label).toBe(false)
  }
  const next = () => page.getByRole('button', { name: words.continue }).click()
  await signIn(page, user, options.lang)
  await page.goto(`${server.baseUrl}/children/${child.id}/deadlines`)
  await page.getByRole('link', { name: words.open }).click()
  await expect.poll(() => page.title()).toContain(words.title)
  await check('where are you now')
  await next()
  await expect.poll(() => page.locator('.pw-error-summary').count()).toBe(1)
  expect(await page.locator('.pw-error-summary').textContent()).toContain(words.stageError)
  await check('where are you now, with an error')
  await page.getByLabel(words.evaluation).check()
  await next()

  await expect.poll(() => page.title()).toContain(words.askedOn)
  await check('date asked')
  await next()
  await expect.poll(() => page.locator('.pw-error-summary').count()).toBe(1)
  expect(await page.locator('.pw-error-summary').textContent()).toContain(words.askedError)
  await check('date asked, with an error')
  await page.getByLabel(words.unknown).check()
  await next()

  await expect.poll(() => page.title()).toContain(words.consentOn)
  await check('consent date')
  await page.getByLabel(words.consentOn).fill(addDays(today(server.deps), -12))
  await next()
  await expect.poll(() => page.title()).toContain(words.evaluatedOn)
  // Back to the consent page and forward again: the date typed is still there.
  await page.locator('a.pw-back-link').click()
  await expect.poll(() => page.title()).toContain(words.consentOn)
  expect(await page.getByLabel(words.consentOn).inputValue()).toBe(addDays(today(server.deps), -12))
  await next()
  await page.getByLabel(words.unknown).check()
  await next()

  await expect.poll(() => page.title()).toContain(words.checkTitle)
  await check('check your answers')
  await page.getByRole('link', { name: words.change }).click()
  await expect.poll(() => page.title()).toContain(words.consentOn)
  await page.getByLabel(words.consentOn).fill(addDays(today(server.deps), -10))
  await next()
  await expect.poll(() => page.title()).toContain(words.checkTitle)
  await page.getByRole('button', { name: words.save }).click()
  await expect.poll(() => page.content()).toContain(words.saved)
  expect(await page.locator('li.pw-deadline h3').allTextContents()).toContain(words.deadline)
  await check('deadlines after where are you now')
}

describe('a parent answers “where are you now?”, one question a page', () => {
  test('with JavaScript', async () => {
    await asVisitor(browser, {}, (page) =>
      startingPointJourney(page, 'lena.start@example.org', 'with JavaScript'),
    )
  })

  test('without JavaScript, at 320 pixels', async () => {
    await asVisitor(browser, { javaScript: false, width: 320 }, (page, checker) =>
      startingPointJourney(page, 'lena.start.nojs@example.org', 'without JavaScript', { checker }),
    )
  })

  test('in Spanish, without JavaScript, at 320 pixels', async () => {
    await asVisitor(browser, { javaScript: false, width: 320, locale: 'es-MX' }, (page, checker) =>
      startingPointJourney(page, 'lena.start.es@example.org', 'Spanish without JavaScript', {
        checker,
        lang: 'es',
      }),
    )
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
    await asVisitor(browser, {}, (page) =>
      calendarImportJourney(page, 'rosa.import@example.org', 'with JavaScript'),
    )
  })

  test('without JavaScript, at 320 pixels', async () => {
    await asVisitor(browser, { javaScript: false, width: 320 }, (page, checker) =>
      calendarImportJourney(page, 'rosa.import.nojs@example.org', 'without JavaScript', checker),
    )
  })
})
