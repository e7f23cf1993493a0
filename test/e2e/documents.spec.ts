import type { Browser, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import type { Child } from '../../src/domain/children/child.ts'
import { createChildFor, createUser, type TestUser } from '../support/factories.ts'
import { makePdf } from '../support/files.ts'
import { expectNoAxeViolations, hasHorizontalScroll, newContext, screenshotPath } from './support/browser.ts'
import type { E2eServer } from './support/server.ts'
import { startServerAndBrowser } from './support/setup.ts'

let server: E2eServer
let browser: Browser

startServerAndBrowser((started) => {
  ;({ server, browser } = started)
})

async function family(name: string): Promise<{ user: TestUser; child: Child }> {
  const user = await createUser(server.deps, { name })
  const child = await createChildFor(server.deps, user, {
    legalName: 'Mateo Lopez',
    preferredName: '',
    grade: '7',
    school: 'Washington Middle School',
  })
  return { user, child }
}

async function signIn(page: Page, user: TestUser): Promise<void> {
  await page.goto(`${server.baseUrl}/sign-in`)
  await page.locator('input[name="email"]').fill(user.email)
  await page.locator('input[name="password"]').fill(user.password)
  await page.locator('main button[type="submit"]').click()
  await expect.poll(() => page.url()).toContain('/dashboard')
}

/** Uploads a PDF, finds a sentence in it, writes and sends a records request, and sees it in the log. */
async function binderJourney(page: Page, mode: string, checker?: Page): Promise<void> {
  const check = (label: string) => expectNoAxeViolations(page, `${mode}: ${label}`, checker)
  const { user, child } = await family(`Maria ${mode}`)
  await signIn(page, user)
  await page.goto(`${server.baseUrl}/children/${child.id}`)
  await check('child page with the binder section')
  await page.getByRole('link', { name: 'Documents', exact: true }).first().click()
  await check('documents list (empty)')
  await page.getByRole('link', { name: 'Upload a document' }).click()
  await check('upload form')

  // First without a file: the error summary must pass axe too.
  await page.getByLabel('Title').fill('Speech evaluation')
  await page.getByRole('button', { name: 'Upload' }).click()
  await expect.poll(() => page.title()).toContain('Error:')
  await check('upload form with errors')

  const pdf = await makePdf([
    'Recommendation: speech therapy 60 minutes a week.',
    'Fluency is below grade level.',
  ])
  await page.getByLabel('Title').fill('Speech evaluation')
  await page.getByLabel('What kind of document is it?').selectOption('evaluation')
  await page.getByLabel('Date on the document').fill('2026-03-14')
  await page
    .getByLabel('File')
    .setInputFiles({ name: 'evaluation.pdf', mimeType: 'application/pdf', buffer: pdf })
  await page.getByRole('button', { name: 'Upload' }).click()
  await expect.poll(() => page.content()).toContain('“Speech evaluation” has been uploaded.')
  await check('document page')
  await page.getByRole('link', { name: 'Change details' }).click()
  await check('change the details, with links to events, plans and meetings')

  await page.goto(`${server.baseUrl}/children/${child.id}/search?q=fluency`)
  await expect.poll(() => page.content()).toContain('<mark>Fluency</mark>')
  await check('search results')

  await page.goto(`${server.baseUrl}/children/${child.id}/letters`)
  await check('letters list')
  await page.getByRole('link', { name: /Write this letter.*Ask for your child’s records/ }).click()
  await check('records letter form')
  await page.getByLabel('Who are you writing to?').fill('Dr. Helen Carter')
  await page.getByRole('button', { name: 'Write the letter' }).click()
  await expect.poll(() => page.content()).toContain('Your letter is ready to check.')
  await check('letter draft')
  await page.getByRole('link', { name: 'Mark as sent' }).click()
  await check('mark as sent')
  await page.getByLabel('By e-mail').check()
  await page.getByRole('button', { name: 'Mark as sent' }).click()
  await expect.poll(() => page.content()).toContain('The letter is marked as sent.')
  await expect.poll(() => page.content()).toContain('Records request received')
  await check('sent letter')

  await page.getByRole('link', { name: 'See it in the communications log' }).click()
  await check('log entry')
  // The request started the 45-day records clock: its deadline is among the child's deadlines.
  const due = new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10)
  await page.goto(`${server.baseUrl}/children/${child.id}/deadlines`)
  await expect.poll(() => page.content()).toContain('Records made available')
  expect(await page.content()).toContain(`datetime="${due}"`)
  await check('deadlines with the records deadline')
  await page.goto(`${server.baseUrl}/children/${child.id}/communications`)
  await expect.poll(() => page.content()).toContain('Request to see the education records of Mateo Lopez')
  await check('communications log')
  await page.getByRole('link', { name: 'Paste an e-mail' }).click()
  await check('paste an e-mail')
  await page
    .getByLabel('The e-mail')
    .fill('From: Ms. Ruiz\nDate: November 3, 2026\nSubject: Speech schedule\n\nSee you Friday.')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect.poll(() => page.content()).toContain('Pathway filled in what it read from the e-mail')
  await check('entry from a pasted e-mail')
  await page.getByLabel('From the school to you').check()
  await page.getByRole('button', { name: 'Add to the log' }).click()
  await expect.poll(() => page.content()).toContain('The entry has been added to the log.')
  await check('saved log entry')
}

describe('a parent’s binder: documents, search, letters and the log', () => {
  test('with JavaScript (the upload shows a progress bar)', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await binderJourney(page, 'with JavaScript')
    expect(errors).toEqual([])
    await context.close()
  })

  test('without JavaScript (a plain file field posts the form)', async () => {
    const context = await newContext(browser, { javaScript: false })
    const page = await context.newPage()
    const checkerContext = await newContext(browser)
    const checker = await checkerContext.newPage()
    await binderJourney(page, 'without JavaScript', checker)
    await checkerContext.close()
    await context.close()
  })

  test('the progress bar follows the upload, then the document page opens', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    const { user, child } = await family('Progress Parent')
    await signIn(page, user)
    await page.goto(`${server.baseUrl}/children/${child.id}/documents/new`)
    expect(await page.locator('[data-upload-progress]').isHidden()).toBe(true)
    await page.getByLabel('Title').fill('Report card')
    await page.getByLabel('What kind of document is it?').selectOption('report-card')
    await page.getByLabel('Date on the document').fill('2026-06-10')
    const big = Buffer.concat([Buffer.from('Reading: B\n'), Buffer.alloc(3 * 1024 * 1024, 0x61)])
    await page.getByLabel('File').setInputFiles({ name: 'report.txt', mimeType: 'text/plain', buffer: big })
    const request = page.waitForRequest((r) => r.method() === 'POST' && r.resourceType() === 'xhr')
    await page.getByRole('button', { name: 'Upload' }).click()
    await request
    await expect.poll(() => page.content(), { timeout: 20_000 }).toContain('“Report card” has been uploaded.')
    await context.close()
  })

  test('in Spanish, at 320 pixels wide, with no horizontal scrolling', async () => {
    const context = await newContext(browser, { locale: 'es-MX', width: 320 })
    const page = await context.newPage()
    const { user, child } = await family('Rosa Spanish')
    await signIn(page, user)
    const c = `/children/${child.id}`
    for (const url of [
      c,
      `${c}/documents`,
      `${c}/documents/new`,
      `${c}/letters`,
      `${c}/letters/new/initial-evaluation`,
      `${c}/communications`,
      `${c}/communications/new`,
      `${c}/communications/paste`,
      `${c}/search?q=habla`,
    ]) {
      await page.goto(`${server.baseUrl}${url}`)
      expect(await page.getAttribute('html', 'lang'), url).toBe('es')
      expect(await hasHorizontalScroll(page), url).toBe(false)
      await expectNoAxeViolations(page, `Spanish 320px ${url}`)
    }
    await page.goto(`${server.baseUrl}${c}/letters/new/records`)
    await page.getByLabel('¿A quién le escribe?').fill('Dra. Flores')
    await page.getByRole('button', { name: 'Escribir la carta' }).click()
    await expect
      .poll(() => page.content())
      .toContain('Solicitud para ver los expedientes educativos de Mateo Lopez')
    expect(await hasHorizontalScroll(page)).toBe(false)
    await expectNoAxeViolations(page, 'Spanish 320px letter draft')
    await page.screenshot({ path: screenshotPath('letter-320-es'), fullPage: true })
    await context.close()
  })
})
