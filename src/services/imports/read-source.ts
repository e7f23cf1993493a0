import { Readable } from 'node:stream'
import type { FileTypeId } from '../../domain/documents/file-type.ts'
import type { ImportSource, ReadingProgress } from '../../domain/imports/proposal.ts'
import { extractText, MAX_TEXT_CHARS, run } from '../documents/text-extraction.ts'
import { readPdfForm } from './form-fields.ts'

/**
 * A document as the import reader needs it: each page's text with its layout (poppler's
 * `pdftotext -layout`, which keeps columns as spaces), the values of a fillable form, and, for
 * photos and scanned PDFs, the words tesseract reads (docs/decisions/007-import.md). `onProgress`
 * hears how far the reading got: pages of text read, then scanned pages recognised.
 */

export type ImportSourceResult =
  | { readonly status: 'done'; readonly source: ImportSource }
  | { readonly status: 'unavailable' | 'failed' | 'none' }

export type ProgressListener = (progress: ReadingProgress) => void

/** Pages read by one pdftotext run: a long PDF is read in at most this many runs, reporting after each. */
const PDF_READS = 50

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function hasWords(pages: readonly string[]): boolean {
  return pages.some((page) => /[A-Za-z]{3}/.test(page))
}

/**
 * The text layer of a PDF, page by page with its layout. With a known page count, pages are read a
 * few at a time (`-f`/`-l`) so progress can be told; pdftotext ends each page with a form feed.
 */
async function pdfPages(
  bytes: Buffer,
  pageCount: number | undefined,
  timeoutMs: number,
  onProgress: ProgressListener,
): Promise<{ status: 'missing' | 'failed' } | { status: 'done'; pages: string[] }> {
  const read = async (range: readonly string[]) => {
    const layout = await run(
      'pdftotext',
      ['-layout', '-enc', 'UTF-8', '-q', ...range, '-', '-'],
      Readable.from([bytes]),
      { timeoutMs, maxBytes: MAX_TEXT_CHARS * 4 },
    )
    if (layout.missing) return { status: 'missing' as const }
    if (layout.code !== 0) return { status: 'failed' as const }
    const text = layout.stdout.toString('utf8')
    const pages = text.split('\f')
    if (text.endsWith('\f') || pages.at(-1)?.trim() === '') pages.pop()
    return { status: 'done' as const, pages }
  }
  onProgress({ stage: 'text', done: 0, total: pageCount ?? null })
  if (!pageCount) return read([])
  const step = Math.max(1, Math.ceil(pageCount / PDF_READS))
  const pages: string[] = []
  for (let first = 1; first <= pageCount; first += step) {
    const last = Math.min(pageCount, first + step - 1)
    const chunk = await read(['-f', String(first), '-l', String(last)])
    if (chunk.status !== 'done') return chunk
    pages.push(...chunk.pages)
    onProgress({ stage: 'text', done: last, total: pageCount })
  }
  return { status: 'done', pages }
}

export async function readImportSource(
  type: FileTypeId,
  open: () => Promise<Readable>,
  options: { timeoutMs?: number; onProgress?: ProgressListener } = {},
): Promise<ImportSourceResult> {
  const timeoutMs = options.timeoutMs ?? 120_000
  const onProgress = options.onProgress ?? (() => undefined)
  if (type === 'pdf') {
    const bytes = await bytesOf(await open())
    const form = await readPdfForm(bytes)
    const layout = await pdfPages(bytes, form.pageCount, timeoutMs, onProgress)
    if (layout.status === 'missing') return { status: 'unavailable' }
    if (layout.status !== 'done') return { status: 'failed' }
    const { pages } = layout
    const formFields = form.fields
    if (hasWords(pages) || formFields.some((f) => f.value.trim() !== ''))
      return { status: 'done', source: { pages, formFields, ocr: false } }
    // No text layer: a scanned PDF, read by OCR, page by page.
    onProgress({ stage: 'ocr', done: 0, total: null })
    const text = await extractText('pdf', open, {
      timeoutMs,
      ...(form.pageCount ? { pageCount: form.pageCount } : {}),
      onOcrPage: (done, total) => onProgress({ stage: 'ocr', done, total }),
    })
    if (text.status !== 'done') return { status: text.status === 'none' ? 'unavailable' : text.status }
    return { status: 'done', source: { pages: [text.text], formFields: [], ocr: true } }
  }
  const ocr = type === 'png' || type === 'jpeg'
  onProgress({ stage: ocr ? 'ocr' : 'text', done: 0, total: 1 })
  const text = await extractText(type, open, { timeoutMs })
  if (text.status !== 'done') return { status: text.status }
  onProgress({ stage: ocr ? 'ocr' : 'text', done: 1, total: 1 })
  return { status: 'done', source: { pages: [text.text], formFields: [], ocr } }
}
