import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../support/browser.ts'
import { createChildFor, createUser, signInBrowser } from '../support/factories.ts'
import { multipartBody, TINY_PNG } from '../support/files.ts'
import { buildTestApp, type TestApp } from '../support/test-app.ts'

/**
 * Polyglot files: one file that is two kinds at once (an image that is also a web page, a PDF that
 * carries a script). Either the upload is refused, or the file only ever leaves Pathway as a
 * download of the kind Pathway detected — attachment, nosniff, a sandboxing CSP — so a browser
 * never runs it as a page of this site. (Renamed programs, archives and spreadsheets are refused in
 * src/web/documents/documents.pages.http.test.ts.)
 */

const SCRIPT = '<script>window.pwned = true; alert(document.cookie)</script>'

let t: TestApp
let browser: TestBrowser
let childId = ''
let dataDir = ''

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-polyglot-'))
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z', env: { DATA_DIR: dataDir } })
  browser = new TestBrowser(t.app)
  const parent = await createUser(t.deps)
  childId = (await createChildFor(t.deps, parent)).id
  await signInBrowser(browser, parent)
})
afterEach(async () => {
  await t.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

function upload(fileName: string, content: Buffer, contentType = 'text/html') {
  return browser.upload(
    `/children/${childId}/documents/new`,
    multipartBody(
      { title: 'Report', kind: 'evaluation', date: '2026-03-14', tags: '', notes: '' },
      { fileName, content, contentType },
    ),
  )
}

async function onlyDocument() {
  const rows = await t.deps.db.selectFrom('documents').select(['id', 'media_type', 'file_name']).execute()
  expect(rows).toHaveLength(1)
  const [row] = rows
  if (!row) throw new Error('no document')
  return row
}

describe('polyglot uploads', () => {
  test.each([
    ['a GIF that is also a script', 'photo.gif', Buffer.from(`GIF89a/*\u0001\u0000*/=1;${SCRIPT}`)],
    [
      'an SVG image with onload',
      'chart.png',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="window.pwned=1"/>\u0000'),
    ],
    ['a Windows program renamed .txt', 'notes.txt', Buffer.from('MZ\u0090\u0000\u0003\u0000\u0000\u0000')],
  ])('%s is refused, and nothing is stored', async (_, fileName, content) => {
    const response = await upload(fileName, content)
    expect(response.statusCode).toBe(400)
    expect(await t.deps.db.selectFrom('documents').select('id').execute()).toEqual([])
  })

  test.each([
    ['a PDF that carries a web page', 'report.pdf', Buffer.from(`%PDF-1.4\n<html>${SCRIPT}</html>\n%%EOF\n`)],
    [
      'a web page with a PDF header further on',
      'report.html',
      Buffer.from(`<html><body>${SCRIPT}<!-- %PDF-1.4 --></body></html>`),
    ],
    ['a PNG with a script after the image', 'scan.png', Buffer.concat([TINY_PNG, Buffer.from(SCRIPT)])],
    ['a web page saved as text', 'page.html', Buffer.from(`<!doctype html><html>${SCRIPT}</html>\n`)],
    // All of it is text, so it is kept as text (the GIF header is just six letters).
    ['a GIF header on a web page, called .png', 'scan.png', Buffer.from(`GIF89a<html>${SCRIPT}</html>`)],
  ])('%s is only ever served as a download of the detected kind', async (_, fileName, content) => {
    expect((await upload(fileName, content)).statusCode).toBe(303)
    const row = await onlyDocument()
    expect(row.media_type).not.toContain('html')
    expect(row.file_name).not.toMatch(/\.html?$/)
    const download = await browser.get(`/children/${childId}/documents/${row.id}/file`)
    expect(download.statusCode).toBe(200)
    expect(download.headers['content-type']).toBe(row.media_type)
    expect(download.headers['content-disposition']).toMatch(/^attachment;/)
    expect(download.headers['x-content-type-options']).toBe('nosniff')
    expect(download.headers['content-security-policy']).toBe("default-src 'none'; sandbox")
  })

  test('a stored type Pathway does not accept (say, from a tampered import) is served as bytes, never as a page', async () => {
    expect((await upload('notes.txt', Buffer.from('plain words\n'))).statusCode).toBe(303)
    const row = await onlyDocument()
    await t.deps.db
      .updateTable('documents')
      .set({ media_type: 'text/html' })
      .where('id', '=', row.id)
      .execute()
    const download = await browser.get(`/children/${childId}/documents/${row.id}/file`)
    expect(download.headers['content-type']).toBe('application/octet-stream')
    expect(download.headers['content-disposition']).toMatch(/^attachment;/)
  })
})
