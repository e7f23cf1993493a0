import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { unzipSync, zipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import { multipartBody } from '../../../test/support/files.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { Child } from '../../domain/children/child.ts'
import { createApiToken } from '../../services/accounts/api-tokens.ts'
import { addEvent } from '../../services/children/events.ts'

let t: TestApp
let dataDir: string
let parent: TestUser
let child: Child
let browser: TestBrowser

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-portability-'))
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z', env: { DATA_DIR: dataDir } })
  parent = await createUser(t.deps, { name: 'Rosa Díaz' })
  child = await createChildFor(t.deps, parent, { legalName: 'Lucía Díaz', preferredName: 'Lucy' })
  await addEvent(t.deps, parent.actor, child.id, {
    type: 'evaluation-requested',
    date: '2026-09-01',
    note: 'Asked by letter',
  })
  browser = new TestBrowser(t.app)
  await signInBrowser(browser, parent)
})
afterEach(async () => {
  await t.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

function zipOf(body: string | Buffer): Record<string, Uint8Array> {
  return unzipSync(Buffer.isBuffer(body) ? body : Buffer.from(body, 'binary'))
}

describe('exporting', () => {
  test('the export page explains the file, and its button downloads a ZIP of the record', async () => {
    const page = await browser.get(`/children/${child.id}/export`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Download the ZIP file')
    const download = await browser.post(`/children/${child.id}/export`)
    expect(download.statusCode).toBe(200)
    expect(download.headers['content-type']).toBe('application/zip')
    expect(download.headers['content-disposition']).toContain('pathway-lucy')
    const files = zipOf(download.rawPayload)
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']))
    expect(manifest).toMatchObject({ format: 'pathway-export', formatVersion: 1, scope: 'child' })
    const record = JSON.parse(new TextDecoder().decode(files[`children/${child.id}/record.json`]))
    expect(record.child.legal_name).toBe('Lucía Díaz')
    expect(record.tables.events.map((e: { note: string }) => e.note)).toEqual(['Asked by letter'])
  })

  test('someone from another household gets 404 for the page, the download and the API', async () => {
    const stranger = await createUser(t.deps)
    const other = new TestBrowser(t.app)
    await signInBrowser(other, stranger)
    expect((await other.get(`/children/${child.id}/export`)).statusCode).toBe(404)
    expect((await other.post(`/children/${child.id}/export`)).statusCode).toBe(404)
    const { token } = await createApiToken(t.deps, stranger.id, 'tests')
    const api = await t.app.inject({
      method: 'GET',
      url: `/api/v1/children/${child.id}/export`,
      headers: { authorization: `Bearer ${token}` },
    })
    expect(api.statusCode).toBe(404)
  })

  test('a download without the CSRF token is refused', async () => {
    expect((await browser.post(`/children/${child.id}/export`, {}, { csrf: false })).statusCode).toBe(403)
  })

  test('the account export holds the name and e-mail of the account and every child', async () => {
    await createChildFor(t.deps, parent, { legalName: 'Mateo Díaz', preferredName: '' })
    const download = await browser.post('/account/export')
    expect(download.statusCode).toBe(200)
    const manifest = JSON.parse(new TextDecoder().decode(zipOf(download.rawPayload)['manifest.json']))
    expect(manifest.scope).toBe('account')
    expect(manifest.account).toMatchObject({ name: 'Rosa Díaz', email: parent.email })
    expect(manifest.children.map((c: { name: string }) => c.name).sort()).toEqual(['Lucy', 'Mateo Díaz'])
  })
})

describe('importing', () => {
  test('a ZIP exported here loads into another household, which then sees the child', async () => {
    const exported = (await browser.post(`/children/${child.id}/export`)).rawPayload
    const other = await createUser(t.deps, { name: 'Ana Ruiz' })
    const otherBrowser = new TestBrowser(t.app)
    await signInBrowser(otherBrowser, other)
    expect((await otherBrowser.get('/import')).statusCode).toBe(200)
    const response = await otherBrowser.upload(
      '/import',
      multipartBody({}, { fileName: 'export.zip', contentType: 'application/zip', content: exported }),
    )
    expect(response.statusCode).toBe(303)
    const page = await otherBrowser.follow(response)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Lucy')
    expect(page.body).toContain('Added to your household: Lucy.')
    expect(String(response.headers.location)).not.toContain(child.id)
  })

  test('a file that is not an export: 400, the message names the field and what to do', async () => {
    const response = await browser.upload(
      '/import',
      multipartBody(
        {},
        { fileName: 'photo.zip', content: Buffer.from(zipSync({ 'a.txt': new Uint8Array([65]) })) },
      ),
    )
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('The file is not an export from Pathway')
    expect(response.body).toContain('href="#file"')
    const empty = await browser.upload(
      '/import',
      multipartBody({}, { fileName: '', content: Buffer.alloc(0) }),
    )
    expect(empty.statusCode).toBe(400)
    expect(empty.body).toContain('Choose the ZIP file to load.')
  })

  test('an upload without the CSRF token is refused', async () => {
    const response = await browser.upload(
      '/import',
      multipartBody({}, { fileName: 'x.zip', content: Buffer.from('x') }),
      {
        csrf: false,
      },
    )
    expect(response.statusCode).toBe(403)
  })

  test('the API exports with a token and imports the ZIP body into the token owner’s household', async () => {
    const { token } = await createApiToken(t.deps, parent.id, 'tests')
    const exported = await t.app.inject({
      method: 'GET',
      url: `/api/v1/children/${child.id}/export`,
      headers: { authorization: `Bearer ${token}` },
    })
    expect(exported.statusCode).toBe(200)
    const other = await createUser(t.deps)
    const otherToken = (await createApiToken(t.deps, other.id, 'tests')).token
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      headers: { authorization: `Bearer ${otherToken}`, 'content-type': 'application/zip' },
      payload: exported.rawPayload,
    })
    expect(imported.statusCode).toBe(201)
    const [created] = imported.json().children
    expect(created).toMatchObject({ name: 'Lucy', previousId: child.id })
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      headers: { authorization: `Bearer ${otherToken}`, 'content-type': 'application/zip' },
      payload: Buffer.from('not a zip'),
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().problems[0].field).toBe('file')
  })
})
