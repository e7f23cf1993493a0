import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { TestBrowser } from './support/browser.ts'
import { createChildFor, createUser, signInBrowser } from './support/factories.ts'
import { makePdf, multipartBody } from './support/files.ts'
import { buildTestApp, type TestApp } from './support/test-app.ts'
import { testDialects } from './support/test-database.ts'

// The binder through the real pages on every database: upload, search inside the file, a records
// request sent, and its clock event on the timeline.
for (const dialect of testDialects()) {
  describe(`documents and letters on ${dialect}`, () => {
    let t: TestApp
    let dataDir: string
    beforeAll(async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `pathway-records-${dialect}-`))
      t = await buildTestApp({ dialect, now: '2026-11-29T15:00:00.000Z', env: { DATA_DIR: dataDir } })
    })
    afterAll(async () => {
      await t.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    })

    test('upload a PDF, find a sentence in it, send a records request and see its event', async () => {
      const parent = await createUser(t.deps)
      const child = await createChildFor(t.deps, parent, { legalName: 'Jo Park', preferredName: '' })
      const browser = new TestBrowser(t.app)
      await signInBrowser(browser, parent)
      const pdf = await makePdf(['The team agreed to a functional behavior assessment.'])
      const uploaded = await browser.upload(
        `/children/${child.id}/documents/new`,
        multipartBody(
          { title: 'Meeting notes', kind: 'iep', date: '2026-11-02', tags: '', notes: '' },
          { fileName: 'notes.pdf', content: pdf },
        ),
      )
      expect(uploaded.statusCode).toBe(303)
      const found = await browser.get(`/children/${child.id}/search?q=BEHAV+assessm`)
      expect(found.body).toContain('<mark>behavior</mark> <mark>assessment</mark>')
      const letter = await browser.post(`/children/${child.id}/letters/new/records`, {
        language: 'es',
        recipientName: 'Sr. Díaz',
        parentName: 'Kim Park',
      })
      expect(letter.statusCode).toBe(303)
      const location = String(letter.headers.location)
      expect(
        (await browser.post(`${location}/sent`, { sentOn: '2026-11-29', sentVia: 'email' })).statusCode,
      ).toBe(303)
      const timeline = await browser.get(`/children/${child.id}`)
      expect(timeline.body).toContain('Records request received')
      expect((await browser.get(`/children/${child.id}/search?q=expedientes`)).body).toContain(
        '<mark>expedientes</mark>',
      )
    })
  })
}
