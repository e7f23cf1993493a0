import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createChildFor, createUser, type TestUser } from '../../../test/support/factories.ts'
import { uploadPdf } from '../../../test/support/imports.ts'
import { longIepPdf } from '../../../test/support/long-pdf.ts'
import { openSecondInstance } from '../../../test/support/second-instance.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { testDialects } from '../../../test/support/test-database.ts'
import type { ReadingProgress } from '../../domain/imports/proposal.ts'
import { getImport, readImport, startImport } from './imports.ts'

const PAGES = 14

for (const dialect of testDialects()) {
  describe(`an import's reading progress on ${dialect}`, () => {
    let t: TestApp
    let parent: TestUser
    let dataDir: string

    beforeAll(async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-import-progress-'))
      t = await buildTestApp({ dialect, now: '2026-11-29T15:00:00.000Z', env: { DATA_DIR: dataDir } })
      parent = await createUser(t.deps)
    })
    afterAll(async () => {
      await t.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    })

    test('the job reports pages read as it goes, each figure saved where another instance sees it', async () => {
      const child = await createChildFor(t.deps, parent)
      const document = await uploadPdf(t.deps, parent, child.id, await longIepPdf(PAGES))
      const started = await startImport(t.deps, parent.actor, child.id, document.id)
      expect(started.progress).toBeNull()
      const other = await openSecondInstance(t.deps, dialect)
      const seen: (ReadingProgress | null)[] = []
      try {
        await readImport(t.deps, started.id, {
          // After each report is saved, the other instance reads the import as its page would.
          afterProgress: async () => {
            const found = await getImport(other.deps, parent.actor, child.id, started.id)
            expect(found.status).toBe('reading')
            seen.push(found.progress)
          },
        })
      } finally {
        await other.close()
      }
      const text = seen.filter((p) => p?.stage === 'text')
      expect(text.length).toBeGreaterThanOrEqual(PAGES)
      expect(text.every((p) => p?.total === PAGES)).toBe(true)
      const done = text.map((p) => p?.done ?? -1)
      expect(done).toEqual([...done].sort((a, b) => a - b))
      expect(new Set(done).size).toBe(done.length)
      expect(done[0]).toBe(0)
      expect(done.at(-1)).toBe(PAGES)
      // Then the fields are found in the words of every page.
      expect(seen.at(-1)).toEqual({ stage: 'fields', done: PAGES, total: PAGES })
      const read = await getImport(t.deps, parent.actor, child.id, started.id)
      expect(read.status).toBe('ready')
      expect(read.proposal?.passages?.some((p) => p.page === PAGES)).toBe(true)
    })
  })
}
