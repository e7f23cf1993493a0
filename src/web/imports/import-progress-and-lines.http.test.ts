import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import { fieldValue, formOf, uploadPdf } from '../../../test/support/imports.ts'
import { longIepPdf } from '../../../test/support/long-pdf.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { Child } from '../../domain/children/child.ts'
import { createApiToken } from '../../services/accounts/api-tokens.ts'
import { getImport, readImport } from '../../services/imports/imports.ts'
import { getPlanInEffect } from '../../services/plans/plan-records.ts'

const PAGES = 12

let t: TestApp
let browser: TestBrowser
let parent: TestUser
let child: Child
let dataDir: string
let documentId: string
let token: string

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-import-lines-'))
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z', env: { DATA_DIR: dataDir } })
  browser = new TestBrowser(t.app)
  parent = await createUser(t.deps, { name: 'Rosa Díaz' })
  child = await createChildFor(t.deps, parent, { legalName: 'Ana Ruiz', preferredName: 'Ana' })
  await signInBrowser(browser, parent)
  documentId = (await uploadPdf(t.deps, parent, child.id, await longIepPdf(PAGES), 'Long IEP')).id
  token = (await createApiToken(t.deps, parent.id, 'tests')).token ?? ''
})
afterAll(async () => {
  await t.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

/** Starts reading the long IEP from the start page; answers the review page's address. */
async function startReading(): Promise<{ url: string; importId: string }> {
  const started = await browser.post(`/children/${child.id}/imports`, { documentId })
  expect(started.statusCode).toBe(303)
  const url = String(started.headers.location)
  return { url, importId: url.split('/').at(-1) ?? '' }
}

async function apiImport(importId: string, bearer = token) {
  const answer = await t.app.inject({
    method: 'GET',
    url: `/api/v1/children/${child.id}/imports/${importId}`,
    headers: { authorization: `Bearer ${bearer}` },
  })
  return { status: answer.statusCode, body: JSON.parse(answer.body) }
}

describe('how far the reading got', () => {
  test('the waiting page and the API show the pages read as the job goes; another family gets 404', async () => {
    const { url, importId } = await startReading()
    const waiting = await browser.get(url)
    expect(waiting.body).toContain('Waiting to start')
    expect(waiting.body).toMatch(/<progress id="import-progress">/)
    expect(waiting.body).toContain(
      '<label class="pw-label" for="import-progress">How far Pathway got</label>',
    )
    expect(waiting.body).toMatch(/role="status"/)
    expect(waiting.body).toContain(`data-status-url="/api/v1/children/${child.id}/imports/${importId}"`)
    expect((await apiImport(importId)).body.progress).toBeNull()

    const pages: string[] = []
    const api: unknown[] = []
    await readImport(t.deps, importId, {
      afterProgress: async (progress) => {
        if (progress.stage !== 'text' || progress.done !== PAGES / 2) return
        pages.push((await browser.get(url)).body)
        pages.push((await browser.get(url, { 'accept-language': 'es' })).body)
        api.push((await apiImport(importId)).body.progress)
      },
    })
    const [english, spanish] = pages
    expect(english).toContain(`Pages read: ${PAGES / 2} of ${PAGES}`)
    expect(english).toMatch(new RegExp(`<progress id="import-progress" max="${PAGES}" value="${PAGES / 2}">`))
    expect(english).toContain('Now: reading the words on each page.')
    expect(english).toContain('Check again')
    expect(english).not.toContain('http-equiv="refresh"')
    expect(spanish).toContain(`Páginas leídas: ${PAGES / 2} de ${PAGES}`)
    expect(spanish).toContain('Ahora: leyendo las palabras de cada página.')
    expect(api).toEqual([{ stage: 'text', done: PAGES / 2, total: PAGES }])
    // Once read, the API has no progress left to tell; the page shows what was found.
    expect((await apiImport(importId)).body).toMatchObject({ status: 'ready', progress: null })
    expect((await browser.get(url)).body).toContain('Check what Pathway read')

    const stranger = await createUser(t.deps)
    const other = new TestBrowser(t.app)
    await signInBrowser(other, stranger)
    expect((await other.get(url)).statusCode).toBe(404)
    const strangerToken = (await createApiToken(t.deps, stranger.id, 'tests')).token ?? ''
    expect((await apiImport(importId, strangerToken)).status).toBe(404)
  })
})

describe('filling a value Pathway missed from a line of the document, without JavaScript', () => {
  test('the chosen line fills the value, what was typed stays, and confirming saves it with its line', async () => {
    const { url, importId } = await startReading()
    await readImport(t.deps, importId)
    const review = await browser.get(url)
    expect(review.body).toContain('Did Pathway miss something?')
    // The meeting date was not found: its sentence is one of the numbered lines.
    expect(fieldValue(review.body, 'add.dates.meeting') ?? '').toBe('')
    const line = /<li id="line-(\d+)" data-line="\d+">The team met together on 09\/10\/2025/.exec(
      review.body,
    )?.[1]
    expect(line).toBeDefined()
    const form = formOf(review.body)
    const school = Object.keys(form).find((name) => form[name] === 'Lincoln Elementary School') ?? ''
    expect(school).toMatch(/^value\./)
    form[school] = 'Lincoln School (typed)'

    const wrongLine = await browser.post(url, {
      ...form,
      take: 'yes',
      'take.field': 'add.dates.meeting',
      'take.line': '9999',
    })
    expect(wrongLine.statusCode).toBe(400)
    expect(wrongLine.body).toContain('Enter the number of a line from the document’s words below')
    expect(fieldValue(wrongLine.body, school)).toBe('Lincoln School (typed)')

    const taken = await browser.post(url, {
      ...form,
      take: 'yes',
      'take.field': 'add.dates.meeting',
      'take.line': line ?? '',
    })
    expect(taken.statusCode).toBe(200)
    expect(fieldValue(taken.body, 'add.dates.meeting')).toBe('2025-09-10')
    expect(fieldValue(taken.body, school)).toBe('Lincoln School (typed)')
    expect(fieldValue(taken.body, 'source.add.dates.meeting')).toBe(line)
    expect(taken.body).toContain(`“Meeting date” was filled from line ${line}. Check it, then save.`)
    expect(taken.body).toContain(`From line ${line} on page 1, which you chose:`)
    expect(taken.body).toMatch(
      new RegExp(`<li id="line-${line}" data-line="${line}"><mark>The team met together on 09/10/2025`),
    )
    // Nothing is saved by using a line.
    expect(await getPlanInEffect(t.deps, parent.actor, child.id, '2026-01-01' as never)).toBeUndefined()

    const saved = await browser.post(url, formOf(taken.body))
    expect(saved.statusCode).toBe(303)
    const plan = await getPlanInEffect(t.deps, parent.actor, child.id, '2026-01-01' as never)
    expect(plan?.version.plan).toMatchObject({
      dates: { meeting: '2025-09-10' },
      school: { name: 'Lincoln School (typed)' },
    })
    const confirmed = await getImport(t.deps, parent.actor, child.id, importId)
    expect(confirmed.confirmedFields).toContainEqual({
      path: 'dates.meeting',
      value: '2025-09-10',
      source: { page: 1, line: 7, text: 'The team met together on 09/10/2025 to review the plan.' },
    })
    // Values the reader proposed keep the passage it read them from.
    expect(confirmed.confirmedFields).toContainEqual(
      expect.objectContaining({ path: 'dates.start', source: expect.objectContaining({ page: 1, line: 4 }) }),
    )
    expect((await apiImport(importId)).body.confirmedFields).toEqual(confirmed.confirmedFields)
  })

  test('the lines and the controls speak Spanish', async () => {
    const { url, importId } = await startReading()
    await readImport(t.deps, importId)
    const page = await browser.get(url, { 'accept-language': 'es' })
    expect(page.body).toContain('¿A Pathway se le pasó algo?')
    expect(page.body).toContain('Usar esta línea')
    expect(page.body).toContain(`Página ${PAGES}`)
  })
})

describe('the import API with the document’s lines', () => {
  test('the import lists its lines; confirming a field with a line records that line; a line that is not there is refused', async () => {
    const { importId } = await startReading()
    await readImport(t.deps, importId)
    const read = (await apiImport(importId)).body
    const line = (read.passages as { text: string }[]).findIndex((p) => p.text.startsWith('The team met')) + 1
    expect(line).toBeGreaterThan(0)
    const confirm = (fields: unknown[]) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/children/${child.id}/imports/${importId}/confirm`,
        headers: { authorization: `Bearer ${token}` },
        payload: { version: read.version, kind: 'iep', fields },
      })
    const start = { path: 'dates.start', value: '2025-09-15' }
    const refused = await confirm([start, { path: 'dates.meeting', value: '2025-09-10', line: 9999 }])
    expect(refused.statusCode).toBe(400)
    expect(refused.body).toContain('fields[1].line')
    const saved = await confirm([start, { path: 'dates.meeting', value: '2025-09-10', line }])
    expect(saved.statusCode).toBe(201)
    expect((await apiImport(importId)).body.confirmedFields).toEqual([
      { ...start, source: expect.objectContaining({ page: 1, line: 4 }) },
      {
        path: 'dates.meeting',
        value: '2025-09-10',
        source: { page: 1, line: 7, text: 'The team met together on 09/10/2025 to review the plan.' },
      },
    ])
  })
})
