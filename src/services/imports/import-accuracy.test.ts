import { Readable } from 'node:stream'
import { beforeAll, describe, expect, test } from 'vitest'
import { type CorpusDocument, importCorpus } from '../../../test/support/import-corpus.ts'
import { recognizeDocument } from '../../domain/imports/recognize.ts'
import {
  type DocumentScore,
  precision,
  recall,
  scoreDocument,
  totalScores,
} from '../../domain/imports/score.ts'
import { readImportSource } from './read-source.ts'

/**
 * The import reader against its corpus (issue 13): generated documents in several layouts and the
 * real district forms filled in. Prints precision and recall per field kind and asserts floors.
 */

const results: { doc: CorpusDocument; kind: string; score: DocumentScore }[] = []

beforeAll(async () => {
  for (const doc of await importCorpus()) {
    const read = await readImportSource('pdf', async () => Readable.from([Buffer.from(doc.bytes)]))
    if (read.status !== 'done') throw new Error(`${doc.name} could not be read: ${read.status}`)
    const proposal = recognizeDocument(read.source)
    results.push({ doc, kind: proposal.kind, score: scoreDocument(proposal.fields, doc.expected) })
  }
  const table = totalScores(results.map((r) => r.score))
  const lines = table.map(
    (k) =>
      `${k.kind.padEnd(28)} precision ${precision(k).toFixed(2)}  recall ${recall(k).toFixed(2)}  (expected ${k.expected}, proposed ${k.proposed}, wrong with high confidence ${k.wrongSure})`,
  )
  const nothing = results.filter((r) => r.score.nothingToType).length
  process.stdout.write(
    `${[
      `Import corpus: ${results.length} documents`,
      ...lines,
      `Documents needing only corrections: ${nothing} of ${results.length}`,
    ].join('\n')}\n`,
  )
}, 120_000)

describe('the import reader on its corpus', () => {
  test('the corpus has at least 30 documents in several layouts', () => {
    expect(results.length).toBeGreaterThanOrEqual(30)
    expect(new Set(results.map((r) => r.doc.layout)).size).toBeGreaterThanOrEqual(8)
  })

  test('every document is recognized as its kind', () => {
    expect(results.filter((r) => r.kind !== r.doc.kind).map((r) => `${r.doc.name}: ${r.kind}`)).toEqual([])
  })

  test('no wrong field is proposed with high confidence', () => {
    const wrongSure = results.flatMap((r) =>
      r.score.wrong.filter((w) => w.confidence >= 0.8).map((w) => `${r.doc.name} ${w.path}=${w.value}`),
    )
    expect(wrongSure).toEqual([])
  })

  test('recall on dates, services and goals is at least 80%, and precision at least 90%', () => {
    const table = totalScores(results.map((r) => r.score))
    const groups = ['dates.', 'services.', 'goals.']
    for (const group of groups) {
      const kinds = table.filter((k) => k.kind.startsWith(group))
      const expected = kinds.reduce((n, k) => n + k.expected, 0)
      const found = kinds.reduce((n, k) => n + k.found, 0)
      const proposed = kinds.reduce((n, k) => n + k.proposed, 0)
      const correct = kinds.reduce((n, k) => n + k.correct, 0)
      expect(found / expected, `${group} recall`).toBeGreaterThanOrEqual(0.8)
      expect(correct / proposed, `${group} precision`).toBeGreaterThanOrEqual(0.9)
    }
  })

  test('most documents need only corrections, no typing', () => {
    const nothing = results.filter((r) => r.score.nothingToType).length
    expect(nothing / results.length).toBeGreaterThanOrEqual(0.8)
  })
})
