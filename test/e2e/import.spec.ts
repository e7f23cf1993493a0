import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Child } from '../../src/domain/children/child.ts'
import { JOB_HANDLERS } from '../../src/jobs/handlers.ts'
import { startJobWorker } from '../../src/jobs/run-jobs.ts'
import { createChildFor, createUser, type TestUser } from '../support/factories.ts'
import { corpusIep } from '../support/import-corpus.ts'
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
