import { Readable } from 'node:stream'
import { describe, expect, test } from 'vitest'
import { scannedPdf } from '../../../test/support/long-pdf.ts'
import type { ReadingProgress } from '../../domain/imports/proposal.ts'
import { readImportSource } from './read-source.ts'

describe('reading a scanned PDF for an import', () => {
  test('reports each page recognized by OCR, of the pages it has', async () => {
    const pdf = Buffer.from(await scannedPdf(['Meeting date 3/14/2026', 'Reading goal', 'Signature page']))
    const seen: ReadingProgress[] = []
    const read = await readImportSource('pdf', async () => Readable.from([pdf]), {
      onProgress: (progress) => seen.push(progress),
    })
    expect(read.status).toBe('done')
    // The text layer is read first (empty), then each page by OCR.
    expect(seen.filter((p) => p.stage === 'text').at(-1)).toEqual({ stage: 'text', done: 3, total: 3 })
    expect(seen.filter((p) => p.stage === 'ocr' && p.total !== null)).toEqual([
      { stage: 'ocr', done: 1, total: 3 },
      { stage: 'ocr', done: 2, total: 3 },
      { stage: 'ocr', done: 3, total: 3 },
    ])
    if (read.status === 'done') expect(read.source.ocr).toBe(true)
  })
})
