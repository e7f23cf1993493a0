import { Readable } from 'node:stream'
import type { FileTypeId } from '../../domain/documents/file-type.ts'
import type { ImportSource } from '../../domain/imports/proposal.ts'
import { extractText, MAX_TEXT_CHARS, run } from '../documents/text-extraction.ts'
import { readFormFields } from './form-fields.ts'

/**
 * A document as the import reader needs it: each page's text with its layout (poppler's
 * `pdftotext -layout`, which keeps columns as spaces), the values of a fillable form, and, for
 * photos and scanned PDFs, the words tesseract reads (docs/decisions/007-import.md).
 */

export type ImportSourceResult =
  | { readonly status: 'done'; readonly source: ImportSource }
  | { readonly status: 'unavailable' | 'failed' | 'none' }

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function hasWords(pages: readonly string[]): boolean {
  return pages.some((page) => /[A-Za-z]{3}/.test(page))
}

export async function readImportSource(
  type: FileTypeId,
  open: () => Promise<Readable>,
  options: { timeoutMs?: number } = {},
): Promise<ImportSourceResult> {
  const timeoutMs = options.timeoutMs ?? 120_000
  if (type === 'pdf') {
    const bytes = await bytesOf(await open())
    const layout = await run(
      'pdftotext',
      ['-layout', '-enc', 'UTF-8', '-q', '-', '-'],
      Readable.from([bytes]),
      {
        timeoutMs,
        maxBytes: MAX_TEXT_CHARS * 4,
      },
    )
    if (layout.missing) return { status: 'unavailable' }
    if (layout.code !== 0) return { status: 'failed' }
    const pages = layout.stdout.toString('utf8').split('\f')
    if (pages.at(-1)?.trim() === '') pages.pop()
    const formFields = await readFormFields(bytes)
    if (hasWords(pages) || formFields.some((f) => f.value.trim() !== ''))
      return { status: 'done', source: { pages, formFields, ocr: false } }
    // No text layer: a scanned PDF, read by OCR.
    const text = await extractText('pdf', open, { timeoutMs })
    if (text.status !== 'done') return { status: text.status === 'none' ? 'unavailable' : text.status }
    return { status: 'done', source: { pages: [text.text], formFields: [], ocr: true } }
  }
  const text = await extractText(type, open, { timeoutMs })
  if (text.status !== 'done') return { status: text.status }
  return {
    status: 'done',
    source: { pages: [text.text], formFields: [], ocr: type === 'png' || type === 'jpeg' },
  }
}
