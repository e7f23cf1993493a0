import { execFileSync } from 'node:child_process'
import type { Browser, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { createChildFor, createUser } from '../support/factories.ts'
import { expectNoAxeViolations, hasHorizontalScroll, newContext, screenshotPath } from './support/browser.ts'
import type { E2eServer } from './support/server.ts'
import { startServerAndBrowser } from './support/setup.ts'

let server: E2eServer
let browser: Browser

startServerAndBrowser((started) => {
  ;({ server, browser } = started)
})

/** A date `days` from today on the server's clock, YYYY-MM-DD. */
function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
}

async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto(`${server.baseUrl}/sign-in`)
  await page.getByLabel('E-mail address').fill(user.email)
  await page.getByLabel('Password').fill(user.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect.poll(() => page.title()).toContain('Hello')
}

/**
 * A parent adds the annual review, sees who is missing from the team, prepares, downloads the
 * packet, records the meeting, then opens a due process complaint and follows its stages.
 * Returns the meeting and dispute URLs for the Spanish pass.
 */
async function prepareRecordAndDispute(page: Page, email: string, mode: string, checker?: Page) {
  const user = await createUser(server.deps, { email, name: 'Ana Ruiz' })
  const child = await createChildFor(server.deps, user, {
    legalName: 'Leo Ruiz',
    preferredName: '',
    dateOfBirth: '2014-03-02',
  })
  const check = (label: string) => expectNoAxeViolations(page, `${mode}: ${label}`, checker)
  await signIn(page, user)
  await page.goto(`${server.baseUrl}/children/${child.id}`)
  await page.getByRole('link', { name: 'Meetings' }).first().click()
  await check('meetings list, empty')

  await page.getByRole('link', { name: 'Add a meeting' }).click()
  await page.getByRole('button', { name: 'Add the meeting' }).click()
  await expect.poll(() => page.title()).toContain('Error:')
  expect(await page.locator('.pw-error-summary').textContent()).toContain('Choose the kind of meeting')
  await check('add a meeting, with errors')

  await page.getByLabel('What kind of meeting is it?').selectOption('annual-review')
  await page.getByLabel('Date of the meeting').fill(dayFromToday(0))
  await page.getByLabel('Start time').fill('08:00')
  await page.getByLabel('Where').fill('Lincoln Elementary, room 5')
  await page.getByLabel(/When did the school’s invitation reach you/).fill(dayFromToday(-10))
  await page.getByLabel('Name of person 1').fill('Ana Ruiz')
  await page.getByLabel('Role of person 1').selectOption('parent')
  await page.getByLabel('Name of person 2').fill('Ms. Kim')
  await page.getByLabel('Role of person 2').selectOption('special-education-teacher')
  await page.getByRole('button', { name: 'Add the meeting' }).click()
  await expect.poll(() => page.title()).toContain('Annual IEP review')
  const meetingUrl = page.url()
  const main = () => page.locator('main').textContent()
  expect(await main()).toContain('No one on the list has this role: District representative.')
  expect(await main()).toContain('That meets the rule.')
  await check('meeting page')

  await page.getByRole('link', { name: 'Prepare for the meeting' }).click()
  await check('prepare')
  await page.getByLabel('Your concerns').fill('Leo is not getting his reading help.')
  await page
    .getByLabel('Questions to ask')
    .fill('How is reading fluency measured?\nWho gives the reading help?')
  await page.getByRole('button', { name: 'Save your preparation' }).click()
  await expect.poll(main).toContain('Your preparation is saved.')

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download your preparation packet (PDF)' }).click(),
  ])
  const text = pdfText((await download.path()) as string)
  expect(text).toContain('Preparing for the meeting: Leo Ruiz')
  expect(text).toContain('Leo is not getting his reading help.')
  expect(text).toContain('Who gives the reading help?')
  expect(text).toContain('34 CFR 300.502')

  await page.getByRole('link', { name: 'Record what happened' }).click()
  await check('record the meeting')
  await page.getByLabel('What was decided or agreed').fill('Reading help three times a week.')
  await page.getByLabel('Task 1', { exact: true }).fill('Send the reading schedule')
  await page.getByLabel('Who will do task 1').fill('Ms. Kim')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect.poll(main).toContain('Meeting recorded.')
  expect(await main()).toContain('Yearly IEP review held')
  await check('meeting page, held')

  await page.getByRole('link', { name: 'Meetings' }).first().click()
  expect(await main()).toContain('Send the reading schedule')
  await page.getByRole('link', { name: 'Disagreements' }).first().click()
  await check('disputes guide')
  await page.getByRole('link', { name: 'Track a disagreement' }).click()
  await page.getByRole('button', { name: 'Start tracking' }).click()
  await expect.poll(() => page.title()).toContain('Error:')
  await check('open a dispute, with errors')
  await page.getByLabel('Due process complaint and hearing').check()
  await page.getByLabel('What is it about?').fill('Reading help not given')
  await page.getByLabel('When did the problem happen?').fill(dayFromToday(-40))
  await page.getByRole('button', { name: 'Start tracking' }).click()
  await expect.poll(main).toContain('Last day to ask for a due process hearing')
  const disputeUrl = page.url()
  await check('dispute page')

  await page.getByLabel('Which stage?').selectOption('received')
  await page.getByLabel('Date', { exact: true }).fill(dayFromToday(-3))
  await page.getByRole('button', { name: 'Record the stage' }).click()
  await expect.poll(main).toContain('Stage recorded.')
  expect(await main()).toContain('Resolution period')
  expect(await main()).toContain('34 CFR 300.510(a)')
  await check('dispute page with a stage')
  return { meetingUrl, disputeUrl, childId: child.id }
}

describe('a parent prepares a meeting, records it, and follows a due process complaint', () => {
  test('with JavaScript', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await prepareRecordAndDispute(page, 'ana.meetings.js@example.org', 'with JavaScript')
    expect(errors).toEqual([])
    await context.close()
  })

  test('without JavaScript, then in Spanish at 320 pixels wide', async () => {
    const context = await newContext(browser, { javaScript: false })
    const page = await context.newPage()
    const checkerContext = await newContext(browser)
    const checker = await checkerContext.newPage()
    const urls = await prepareRecordAndDispute(
      page,
      'ana.meetings.nojs@example.org',
      'without JavaScript',
      checker,
    )
    await checkerContext.close()
    await context.close()

    const spanish = await newContext(browser, { locale: 'es-MX', width: 320 })
    const es = await spanish.newPage()
    await es.goto(`${server.baseUrl}/sign-in`)
    await es.locator('input[name="email"]').fill('ana.meetings.nojs@example.org')
    await es.locator('input[name="password"]').fill('correct horse battery staple')
    await es.getByRole('button', { name: 'Iniciar sesión' }).click()
    await expect.poll(() => es.url()).not.toContain('/sign-in')
    for (const url of [
      urls.meetingUrl,
      `${urls.meetingUrl}/prepare`,
      `${server.baseUrl}/children/${urls.childId}/meetings`,
      `${server.baseUrl}/children/${urls.childId}/disputes`,
      urls.disputeUrl,
    ]) {
      await es.goto(url)
      expect(await es.getAttribute('html', 'lang'), url).toBe('es')
      const wide = await es.evaluate(() =>
        Array.from(document.querySelectorAll('main *'))
          .filter(
            (el) => !el.closest('.pw-table-wrap') && el.getBoundingClientRect().right > window.innerWidth + 1,
          )
          .map((el) => `${el.tagName}.${el.className}: ${(el.textContent ?? '').slice(0, 60)}`)
          .slice(0, 8),
      )
      expect(wide, url).toEqual([])
      expect(await hasHorizontalScroll(es), url).toBe(false)
      await expectNoAxeViolations(es, `Spanish 320px ${url}`)
    }
    await es.goto(urls.disputeUrl)
    expect(await es.locator('main').textContent()).toContain('Plazos para presentar')
    await es.screenshot({ path: screenshotPath('dispute-320-es'), fullPage: true })
    await spanish.close()
  })
})
