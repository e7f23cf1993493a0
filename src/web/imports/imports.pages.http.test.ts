import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import { multipartBody } from '../../../test/support/files.ts'
import { corpusIep } from '../../../test/support/import-corpus.ts'
import { fieldValue, formOf } from '../../../test/support/imports.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { Child } from '../../domain/children/child.ts'
import { JOB_HANDLERS } from '../../jobs/handlers.ts'
import { runDueJobs } from '../../jobs/run-jobs.ts'
import { createApiToken } from '../../services/accounts/api-tokens.ts'
import { getPlanInEffect } from '../../services/plans/plan-records.ts'

let t: TestApp
let browser: TestBrowser
let parent: TestUser
let child: Child
let dataDir: string
let reviewUrl: string

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-import-pages-'))
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z', env: { DATA_DIR: dataDir } })
  browser = new TestBrowser(t.app)
  parent = await createUser(t.deps, { name: 'Rosa Díaz' })
  child = await createChildFor(t.deps, parent, { legalName: 'Ana Ruiz', preferredName: 'Ana' })
  await signInBrowser(browser, parent)
  const iep = await corpusIep(0)
  const uploaded = await browser.upload(
    `/children/${child.id}/documents/new`,
    multipartBody(
      { title: 'Last year’s IEP', kind: 'iep', date: '2025-09-10', notes: '', tags: '' },
      { fileName: 'iep.pdf', content: Buffer.from(iep.bytes) },
    ),
  )
  expect(uploaded.statusCode).toBe(303)
})
afterAll(async () => {
  await t.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('reading a document into the record', () => {
  test('the start page lists the child’s documents to choose from', async () => {
    const page = await browser.get(`/children/${child.id}/imports`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Read a document into your records')
    expect(page.body).toContain('Last year’s IEP')
  })

  test('choosing no document says what to do, with status 400', async () => {
    const page = await browser.post(`/children/${child.id}/imports`, {})
    expect(page.statusCode).toBe(400)
    expect(page.body).toContain('There is a problem')
    expect(page.body).toContain('Choose a document to read')
  })

  test('reading shows each value beside its passage with how sure Pathway is, and creates nothing yet', async () => {
    const start = await browser.get(`/children/${child.id}/imports`)
    const documentId = /name="documentId"[^>]*value="([^"]+)"/.exec(start.body)?.[1] ?? ''
    const read = await browser.post(`/children/${child.id}/imports`, { documentId })
    expect(read.statusCode).toBe(303)
    reviewUrl = String(read.headers.location)
    // The answer comes at once; a job reads the file. Until it has, the page says so and offers to look again.
    const reading = await browser.follow(read)
    expect(reading.statusCode).toBe(200)
    expect(reading.body).toContain('Pathway is reading your document')
    expect(reading.body).toContain(`href="${reviewUrl}"`)
    expect(reading.body).toContain('data-module="import-reading"')
    expect(reading.body).not.toContain('http-equiv="refresh"')
    const early = await browser.post(reviewUrl, { version: '1', kind: 'iep' })
    expect(early.statusCode).toBe(409)
    await runDueJobs(t.deps, { handlers: JOB_HANDLERS })
    const page = await browser.get(reviewUrl)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Check what Pathway read')
    expect(page.body).toContain('Likely right')
    expect(page.body).toContain('<mark>')
    expect(page.body).toContain('From page 1:')
    expect(fieldValue(page.body, 'value.0')).toBeDefined()
    expect(await getPlanInEffect(t.deps, parent.actor, child.id, '2026-01-01' as never)).toBeUndefined()
  })

  test('a wrong date is refused with a message naming the field, and what was typed stays', async () => {
    const page = await browser.get(reviewUrl)
    const form = formOf(page.body)
    const meeting =
      Object.keys(form).find((name) => name.startsWith('value.') && form[name] === '2025-09-10') ?? ''
    form[meeting] = 'sometime in fall'
    const answer = await browser.post(reviewUrl, form)
    expect(answer.statusCode).toBe(400)
    expect(answer.body).toContain('There is a problem')
    expect(answer.body).toContain('Enter a real date, like 3/14/2026')
    expect(answer.body).toContain('value="sometime in fall"')
    expect(await getPlanInEffect(t.deps, parent.actor, child.id, '2026-01-01' as never)).toBeUndefined()
  })

  test('confirming creates the plan, and the page then leads to it', async () => {
    const page = await browser.get(reviewUrl)
    const saved = await browser.post(reviewUrl, formOf(page.body))
    expect(saved.statusCode).toBe(303)
    const plan = await getPlanInEffect(t.deps, parent.actor, child.id, '2026-01-01' as never)
    expect(plan?.version.plan.kind).toBe('iep')
    const result = await browser.follow(saved)
    expect(result.body).toContain('This document is in your records')
    expect(result.body).toContain(`/children/${child.id}/plans/${plan?.record.id}`)
    // Confirming twice is refused.
    expect((await browser.post(reviewUrl, formOf(page.body))).statusCode).toBe(409)
  })

  test('the review page speaks Spanish', async () => {
    const page = await browser.get(`/children/${child.id}/imports`, { 'accept-language': 'es' })
    expect(page.body).toContain('Leer un documento para sus registros')
  })

  test('another family gets not found', async () => {
    const stranger = await createUser(t.deps)
    const other = new TestBrowser(t.app)
    await signInBrowser(other, stranger)
    expect((await other.get(`/children/${child.id}/imports`)).statusCode).toBe(404)
    expect((await other.get(reviewUrl)).statusCode).toBe(404)
  })
})

describe('the import API', () => {
  test('POST …/documents/:id/import answers at once; once read, the import holds the proposals with confidence and source; others get 404', async () => {
    const token = (await createApiToken(t.deps, parent.id, 'tests')).token ?? ''
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/children/${child.id}/documents`,
      headers: { authorization: `Bearer ${token}` },
    })
    const documentId = (JSON.parse(list.body) as { documents: { id: string }[] }).documents[0]?.id ?? ''
    const answer = await t.app.inject({
      method: 'POST',
      url: `/api/v1/children/${child.id}/documents/${documentId}/import`,
      headers: { authorization: `Bearer ${token}` },
    })
    expect(answer.statusCode).toBe(202)
    expect(JSON.parse(answer.body)).toMatchObject({ status: 'reading', planId: null, fields: [] })
    await runDueJobs(t.deps, { handlers: JOB_HANDLERS })
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/children/${child.id}/imports/${JSON.parse(answer.body).id}`,
      headers: { authorization: `Bearer ${token}` },
    })
    const body = JSON.parse(read.body)
    expect(body).toMatchObject({ status: 'ready', kind: 'iep', planId: null, version: 1 })
    expect(body.fields).toContainEqual(
      expect.objectContaining({
        path: 'child.name',
        value: 'Ana Ruiz',
        origin: 'text',
        source: expect.objectContaining({ page: 1 }),
      }),
    )
    const again = await t.app.inject({
      method: 'GET',
      url: `/api/v1/children/${child.id}/imports/${body.id}`,
      headers: { authorization: `Bearer ${token}` },
    })
    expect(JSON.parse(again.body).id).toBe(body.id)
    const stranger = await createUser(t.deps)
    const strangerToken = (await createApiToken(t.deps, stranger.id, 'tests')).token ?? ''
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/v1/children/${child.id}/documents/${documentId}/import`,
      headers: { authorization: `Bearer ${strangerToken}` },
    })
    expect(refused.statusCode).toBe(404)
  })
})
