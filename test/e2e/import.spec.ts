import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Child } from '../../src/domain/children/child.ts'
import { JOB_HANDLERS } from '../../src/jobs/handlers.ts'
import { startJobWorker } from '../../src/jobs/run-jobs.ts'
import { insertImport, saveImportProgress } from '../../src/storage/imports-store.ts'
import { createChildFor, createUser, type TestUser } from '../support/factories.ts'
import { corpusIep } from '../support/import-corpus.ts'
import { uploadPdf } from '../support/imports.ts'
import { longIepPdf } from '../support/long-pdf.ts'
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
let worker: { stop(): Promise<void> }
let iepPdf: Buffer

beforeAll(async () => {
  server = await startE2eServer()
  // The server of these journeys runs no worker of its own: this one reads the documents.
  worker = startJobWorker(server.deps, { handlers: JOB_HANDLERS, pollMs: 200 })
  browser = await launchChromium()
  // Last year's IEP as a school system exports it: a text PDF from the import test corpus.
  iepPdf = Buffer.from((await corpusIep(0)).bytes)
})
afterAll(async () => {
  await browser?.close()
  await worker?.stop()
  await server?.close()
})

async function family(name: string): Promise<{ user: TestUser; child: Child }> {
  const user = await createUser(server.deps, { name })
  const child = await createChildFor(server.deps, user, { legalName: 'Ana Ruiz', preferredName: 'Ana' })
  return { user, child }
}

async function signIn(page: Page, user: TestUser): Promise<void> {
  await page.goto(`${server.baseUrl}/sign-in`)
  await page.locator('input[name="email"]').fill(user.email)
  await page.locator('input[name="password"]').fill(user.password)
  await page.locator('main button[type="submit"]').click()
  await expect.poll(() => page.url()).toContain('/dashboard')
}

async function uploadIep(
  page: Page,
  child: Child,
  labels: { title: string; kind: string; date: string; file: string; upload: string },
) {
  await page.goto(`${server.baseUrl}/children/${child.id}/documents/new`)
  await page.getByLabel(labels.title).fill('Last year’s IEP')
  await page.getByLabel(labels.kind).selectOption('iep')
  await page.getByLabel(labels.date).fill('2025-09-10')
  await page
    .getByLabel(labels.file, { exact: true })
    .setInputFiles({ name: 'iep.pdf', mimeType: 'application/pdf', buffer: iepPdf })
  await page.getByRole('button', { name: labels.upload }).click()
  await expect.poll(() => page.url()).not.toContain('/documents/new')
}

/** Without JavaScript the parent presses "Check again"; with it the page reloads by itself. */
async function waitForReview(page: Page, javaScript: boolean, again: string, reviewTitle: string) {
  await expect
    .poll(
      async () => {
        if (!javaScript && (await page.title()).indexOf(reviewTitle) < 0)
          await page.getByRole('link', { name: again }).click()
        return page.title()
      },
      { timeout: 60_000, interval: 1000 },
    )
    .toContain(reviewTitle)
}

async function importJourney(page: Page, mode: string, javaScript: boolean, checker?: Page) {
  const check = (label: string) => expectNoAxeViolations(page, `${mode}: ${label}`, checker)
  const { user, child } = await family(`Rosa ${mode}`)
  await signIn(page, user)
  await uploadIep(page, child, {
    title: 'Title',
    kind: 'What kind of document is it?',
    date: 'Date on the document',
    file: 'File',
    upload: 'Upload',
  })

  await page.goto(`${server.baseUrl}/children/${child.id}`)
  await page.getByRole('link', { name: 'Read a document', exact: true }).first().click()
  await expect.poll(() => page.title()).toContain('Read a document into your records')
  await check('start page')
  await page.getByLabel(/Last year’s IEP/).check()
  await page.getByRole('button', { name: 'Read this document' }).click()

  // The answer comes at once: the page says Pathway is reading, until the job is done.
  await expect.poll(() => page.title()).toMatch(/Pathway is reading your document|Check what Pathway read/)
  if ((await page.title()).includes('Pathway is reading')) await check('still reading')
  await waitForReview(page, javaScript, 'Check again', 'Check what Pathway read')
  await check('review page')

  // Each value shows how sure Pathway is, beside the passage it came from.
  const content = await page.content()
  expect(content).toContain('How sure Pathway is:')
  expect(content).toContain('Likely right')
  expect(content).toContain('<mark>')

  // The parent corrects one value: the plan's end date.
  const endDate = page.getByLabel('End date', { exact: true })
  expect(await endDate.inputValue()).toBe('2026-09-09')
  await endDate.fill('')
  await page.getByRole('button', { name: 'Save to my records' }).click()
  await expect.poll(() => page.title()).toContain('Error:')
  await check('review page with a problem')
  await page.getByLabel('End date', { exact: true }).fill('9/1/2026')
  await page.getByRole('button', { name: 'Save to my records' }).click()
  await expect.poll(() => page.content()).toContain('This document is in your records')
  await check('saved')

  await page.getByRole('link', { name: 'See the plan' }).click()
  const plan = await page.content()
  expect(plan).toContain('62 words correct per minute')
  expect(plan).toMatch(/30 minutes/)
  expect(plan).toMatch(/September 1, 2026|1 September 2026/)
  await check('the created plan with its goals and services')
}

// Reading a PDF starts a child process per document; with axe on every page a journey takes minutes
// on a busy machine.
const JOURNEY_MS = 300_000

describe('a parent reads last year’s IEP into Pathway and confirms it', () => {
  test('with JavaScript (the reading page reloads by itself)', { timeout: JOURNEY_MS }, async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await importJourney(page, 'with JavaScript', true)
    expect(errors).toEqual([])
    await context.close()
  })

  test('without JavaScript (“Check again” until the reading is done)', { timeout: JOURNEY_MS }, async () => {
    const context = await newContext(browser, { javaScript: false })
    const page = await context.newPage()
    const checkerContext = await newContext(browser)
    const checker = await checkerContext.newPage()
    await importJourney(page, 'without JavaScript', false, checker)
    await checkerContext.close()
    await context.close()
  })

  test('in Spanish, at 320 pixels wide, with no horizontal scrolling', { timeout: JOURNEY_MS }, async () => {
    const context = await newContext(browser, { locale: 'es-MX', width: 320 })
    const page = await context.newPage()
    const { user, child } = await family('Rosa Spanish')
    await signIn(page, user)
    await uploadIep(page, child, {
      title: 'Título',
      kind: '¿Qué tipo de documento es?',
      date: 'Fecha del documento',
      file: 'Archivo',
      upload: 'Subir',
    })
    const pageChecks = async (label: string) => {
      expect(await page.getAttribute('html', 'lang'), label).toBe('es')
      expect(await hasHorizontalScroll(page), label).toBe(false)
      await expectNoAxeViolations(page, `Spanish 320px ${label}`)
    }
    await page.goto(`${server.baseUrl}/children/${child.id}/imports`)
    await pageChecks('start page')
    await page.getByLabel(/Last year’s IEP/).check()
    await page.getByRole('button', { name: 'Leer este documento' }).click()
    await waitForReview(page, true, 'Ver de nuevo', 'Revise lo que leyó Pathway')
    await pageChecks('review page')
    expect(await page.content()).toContain('Qué tan seguro está Pathway:')
    await page.screenshot({ path: screenshotPath('import-review-320-es'), fullPage: true })
    await page.getByRole('button', { name: 'Guardar en mis registros' }).click()
    await expect.poll(() => page.content()).toContain('Este documento está en sus registros')
    await pageChecks('saved')
    await context.close()
  })
})

describe('a long document: how far the reading got', () => {
  test('the waiting page shows pages read, and with JavaScript updates the figure without a reload', async () => {
    const { user, child } = await family('Rosa progress')
    const document = await uploadPdf(server.deps, user, child.id, await longIepPdf(2), 'Long IEP')
    // An import a worker is still reading (no job here: the test moves its progress by hand).
    const importId = server.deps.newId()
    const now = new Date().toISOString()
    await insertImport(server.deps.db, {
      id: importId,
      organizationId: child.organizationId,
      childId: child.id,
      documentId: document.id,
      status: 'reading',
      proposal: null,
      createdBy: user.id,
      now,
    })
    await saveImportProgress(server.deps.db, importId, { stage: 'ocr', done: 12, total: 40, now })
    const context = await newContext(browser)
    const page = await context.newPage()
    await signIn(page, user)
    await page.goto(`${server.baseUrl}/children/${child.id}/imports/${importId}`)
    const bar = page.getByRole('progressbar', { name: 'How far Pathway got' })
    expect(await bar.getAttribute('value')).toBe('12')
    expect(await bar.getAttribute('max')).toBe('40')
    const status = page.getByRole('status')
    expect(await status.textContent()).toContain('Pages read: 12 of 40')
    expect(await status.textContent()).toContain('recognizing the words on scanned pages')
    await expectNoAxeViolations(page, 'reading progress')
    await saveImportProgress(server.deps.db, importId, { stage: 'fields', done: 40, total: 40, now })
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('Pages read: 40 of 40')
    expect(await status.textContent()).toContain('finding the dates, goals and services')
    expect(await bar.evaluate((el) => (el as HTMLProgressElement).value)).toBe(40)
    await context.close()
  })
})

describe('filling a value Pathway missed from the document’s words', () => {
  async function readLongIep(
    page: Page,
    user: TestUser,
    child: Child,
    javaScript: boolean,
    again: string,
    title: string,
  ) {
    await uploadPdf(server.deps, user, child.id, await longIepPdf(3), 'Long IEP')
    await signIn(page, user)
    await page.goto(`${server.baseUrl}/children/${child.id}/imports`)
    await page.getByLabel(/Long IEP/).check()
    await page.locator('main form button[type="submit"]').first().click()
    await waitForReview(page, javaScript, again, title)
  }

  test('with JavaScript: select words in a line, choose the value, and it is filled and its line highlighted', {
    timeout: JOURNEY_MS,
  }, async () => {
    const { user, child } = await family('Rosa selection')
    const context = await newContext(browser)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await readLongIep(page, user, child, true, 'Check again', 'Check what Pathway read')
    await page.getByText(/Show the document’s words/).click()
    const line = page.locator('li[data-line]', { hasText: 'The team met together on 09/10/2025' })
    // Select the date in the line, as a mouse or a finger would.
    await line.evaluate((li) => {
      const text = li.firstChild as Text
      const start = (text.textContent ?? '').indexOf('09/10/2025')
      const range = document.createRange()
      range.setStart(text, start)
      range.setEnd(text, start + '09/10/2025'.length)
      const selection = window.getSelection()
      selection?.removeAllRanges()
      selection?.addRange(range)
    })
    const menu = page.getByRole('group', { name: 'Use the words I selected' })
    await expect.poll(() => menu.isVisible()).toBe(true)
    await expectNoAxeViolations(page, 'selection menu')
    await menu
      .getByRole('combobox', { name: 'Which value should the line fill?' })
      .selectOption({ label: 'Meeting date' })
    await menu.getByRole('button', { name: 'Use the words I selected' }).click()
    const meeting = page.getByLabel('Meeting date', { exact: true })
    expect(await meeting.inputValue()).toBe('09/10/2025')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('add.dates.meeting')
    expect(await line.getAttribute('class')).toContain('pw-import-text__chosen')
    const lineNumber = (await line.getAttribute('data-line')) ?? ''
    expect(await page.locator('[data-import-take-status]').textContent()).toBe(
      `“Meeting date” was filled from line ${lineNumber}. Check it, then save.`,
    )
    expect(await page.locator('input[name="source.add.dates.meeting"]').inputValue()).toBe(lineNumber)
    await expectNoAxeViolations(page, 'value filled from a selection')
    await page.getByRole('button', { name: 'Save to my records' }).click()
    await expect.poll(() => page.content()).toContain('This document is in your records')
    await page.getByRole('link', { name: 'See the plan' }).click()
    expect(await page.content()).toMatch(/September 10, 2025|10 September 2025/)
    expect(errors).toEqual([])
    await context.close()
  })

  test('without JavaScript, in Spanish at 320 pixels: choose the value and the line number', {
    timeout: JOURNEY_MS,
  }, async () => {
    const { user, child } = await family('Rosa líneas')
    const context = await newContext(browser, { javaScript: false, locale: 'es-MX', width: 320 })
    const page = await context.newPage()
    const checkerContext = await newContext(browser, { locale: 'es-MX', width: 320 })
    const checker = await checkerContext.newPage()
    await readLongIep(page, user, child, false, 'Ver de nuevo', 'Revise lo que leyó Pathway')
    await page.getByText(/Mostrar las palabras del documento/).click()
    const line = page.locator('li[data-line]', { hasText: 'The team met together on 09/10/2025' })
    const lineNumber = (await line.getAttribute('data-line')) ?? ''
    const school = page.getByLabel('Escuela', { exact: true })
    await school.fill('Escuela Lincoln (escrita)')
    await page.getByLabel('¿Qué dato debe llenar la línea?').selectOption({ label: 'Fecha de la reunión' })
    await page.getByLabel('Número de línea').fill(lineNumber)
    await page.getByRole('button', { name: 'Usar esta línea' }).click()
    await expect.poll(() => page.content()).toContain(`con la línea ${lineNumber}`)
    expect(await page.getByLabel('Fecha de la reunión', { exact: true }).inputValue()).toBe('2025-09-10')
    expect(await page.getByLabel('Escuela', { exact: true }).inputValue()).toBe('Escuela Lincoln (escrita)')
    expect(await line.locator('mark').count()).toBe(1)
    expect(await hasHorizontalScroll(page)).toBe(false)
    await expectNoAxeViolations(page, 'Spanish 320px value filled from a line', checker)
    await page.getByRole('button', { name: 'Guardar en mis registros' }).click()
    await expect.poll(() => page.content()).toContain('Este documento está en sus registros')
    await checkerContext.close()
    await context.close()
  })
})
