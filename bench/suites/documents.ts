import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { Readable } from 'node:stream'
import { highlightSnippet, queryTerms } from '../../src/domain/search/search-text.ts'
import { createFileVault } from '../../src/services/documents/file-vault.ts'
import { extractText } from '../../src/services/documents/text-extraction.ts'
import { searchChild } from '../../src/services/search/search-child.ts'
import { searchStoreFor } from '../../src/storage/search-store.ts'
import { createChildFor, createUser } from '../../test/support/factories.ts'
import { makePdf } from '../../test/support/files.ts'
import { buildTestApp } from '../../test/support/test-app.ts'
import { type BenchResult, type BenchSuite, measurePeakMemory } from '../bench-types.ts'

const WORDS =
  'reading fluency speech therapy minutes accommodations goal progress evaluation teacher meeting schedule services behavior math writing'.split(
    ' ',
  )

function paragraph(seed: number, words: number): string {
  const out: string[] = []
  for (let i = 0; i < words; i += 1) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length] ?? 'x')
  return out.join(' ')
}

/**
 * Documents: encrypting a file into the store and reading it back (MB/s), reading the text of a
 * long PDF (pdftotext, in its own process), and searching one child's record of many documents on
 * SQLite (the embedded default), with snippets.
 */
export const suite: BenchSuite = {
  name: 'documents',
  async run({ quick }) {
    const results: BenchResult[] = []
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-bench-docs-'))
    try {
      // Encryption into the vault and back, 25 MB (the default upload limit).
      const vault = createFileVault(path.join(dir, 'files'), 'bench-master-key-that-is-long-enough-000')
      const size = (quick ? 5 : 25) * 1024 * 1024
      const chunk = Buffer.alloc(64 * 1024, 0x61)
      const chunks = Array.from({ length: size / chunk.length }, () => chunk)
      let started = performance.now()
      const { result: stored, peakMb } = await measurePeakMemory(() =>
        vault.store('bench-doc', Readable.from(chunks)),
      )
      const storeSeconds = (performance.now() - started) / 1000
      results.push({
        suite: 'documents',
        name: `encrypt and store ${size / 1024 / 1024} MB`,
        value: Math.round(size / 1024 / 1024 / storeSeconds),
        unit: 'MB/s',
        budget: '≥ 50 MB/s',
        meetsBudget: size / 1024 / 1024 / storeSeconds >= 50,
        notes: `peak RSS ${peakMb} MB (streamed: the file is never held in memory)`,
      })
      started = performance.now()
      let read = 0
      for await (const part of await vault.open('bench-doc', stored)) read += (part as Buffer).length
      const readSeconds = (performance.now() - started) / 1000
      results.push({
        suite: 'documents',
        name: `decrypt and read ${read / 1024 / 1024} MB`,
        value: Math.round(read / 1024 / 1024 / readSeconds),
        unit: 'MB/s',
        budget: '≥ 50 MB/s',
        meetsBudget: read / 1024 / 1024 / readSeconds >= 50,
      })

      // Text of a long PDF.
      const pages = quick ? 50 : 300
      const pdf = await makePdf(
        Array.from({ length: 40 }, (_, i) => paragraph(i, 12)),
        { pages },
      )
      started = performance.now()
      const text = await extractText('pdf', async () => Readable.from([pdf]))
      const extractMs = performance.now() - started
      results.push({
        suite: 'documents',
        name: `read the text of a ${pages}-page PDF (${Math.round(pdf.length / 1024)} KB)`,
        value: Math.round(extractMs),
        unit: 'ms',
        budget: '≤ 5000 ms',
        meetsBudget: extractMs <= 5000,
        notes: `${text.text.length} characters; in a child process, so requests are not held up`,
      })

      // Search over one child's record on SQLite.
      const app = await buildTestApp({ env: { DATA_DIR: dir } })
      try {
        const user = await createUser(app.deps)
        const child = await createChildFor(app.deps, user)
        const store = searchStoreFor(app.deps.dialect)
        const documents = quick ? 500 : 2000
        await app.deps.db.transaction().execute(async (tx) => {
          for (let i = 0; i < documents; i += 1) {
            await store.put(
              tx,
              {
                organizationId: user.householdId,
                childId: child.id,
                sourceKind: 'document',
                sourceId: `doc-${i}`,
                title: `Document ${i} ${paragraph(i, 3)}`,
                body: paragraph(i, 2000),
              },
              `entry-${i}`,
              app.clock.now(),
            )
          }
        })
        const queries = ['speech therapy', 'evalu', 'fluency goal progress', 'zebra', 'math writing behavior']
        const rounds = quick ? 20 : 100
        const timings: number[] = []
        for (let r = 0; r < rounds; r += 1) {
          for (const query of queries) {
            const begin = performance.now()
            await searchChild(app.deps, user.actor, child.id, query)
            timings.push(performance.now() - begin)
          }
        }
        timings.sort((a, b) => a - b)
        const p50 = timings[Math.floor(timings.length * 0.5)] ?? 0
        const p99 = timings[Math.floor(timings.length * 0.99)] ?? 0
        results.push({
          suite: 'documents',
          name: `search one child's ${documents} documents (~2,000 words each), median`,
          value: Math.round(p50 * 10) / 10,
          unit: 'ms',
          budget: '≤ 100 ms',
          meetsBudget: p50 <= 100,
          notes: `p99 ${Math.round(p99 * 10) / 10} ms; 20 results with highlighted snippets`,
        })
      } finally {
        await app.close()
      }

      // Snippets alone, on a long text.
      const long = paragraph(3, 200_000)
      const terms = queryTerms('therapy minutes')
      started = performance.now()
      const snippetRounds = quick ? 20 : 100
      for (let i = 0; i < snippetRounds; i += 1) highlightSnippet(long, terms)
      const snippetMs = (performance.now() - started) / snippetRounds
      results.push({
        suite: 'documents',
        name: `snippet from a ${Math.round(long.length / 1000)}k-character text`,
        value: Math.round(snippetMs * 10) / 10,
        unit: 'ms',
        budget: '≤ 20 ms',
        meetsBudget: snippetMs <= 20,
        notes: 'only the window around the first match is read',
      })
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
    return results
  },
}
