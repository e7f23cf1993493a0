import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { TextStatus } from '../../domain/documents/document.ts'
import type { FileTypeId } from '../../domain/documents/file-type.ts'

/**
 * Reading the words in an uploaded file, for search (docs/documents.md, "Text"). Every reader runs
 * in a child process — poppler's `pdftotext` for PDF, `tesseract` for photos and scanned PDF pages,
 * a small Node process for Word files — so a large file never holds up other requests, a crash or
 * a runaway file cannot take the server down, and a time limit can stop it.
 */
export interface ExtractedText {
  readonly status: TextStatus
  readonly text: string
}

/** Text beyond this many characters is not indexed (a 25 MB PDF of text is about 10 million). */
export const MAX_TEXT_CHARS = 2_000_000
/** Scanned PDFs: pages read by OCR, at most. */
export const OCR_MAX_PAGES = 10
const DEFAULT_TIMEOUT_MS = 120_000

export interface ProcessResult {
  readonly missing: boolean
  readonly code: number | null
  readonly stdout: Buffer
}

/**
 * Runs a program with `input` on its standard input and collects at most `maxBytes` of its output.
 * A program that is not installed gives `missing`; one that runs too long is killed.
 */
export function run(
  command: string,
  args: readonly string[],
  input: Readable | undefined,
  options: { timeoutMs: number; maxBytes: number; onStderrLine?: (line: string) => void },
): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const onLine = options.onStderrLine
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] })
    // Standard error is drained (a full pipe would stall the program) and, when asked, read by line:
    // a program that reports as it goes (the import reader's progress) writes one line per report.
    if (!onLine) child.stderr.resume()
    else {
      let partial = ''
      child.stderr.setEncoding('utf8')
      child.stderr.on('data', (chunk: string) => {
        const lines = (partial + chunk).split('\n')
        partial = lines.pop() ?? ''
        for (const line of lines) onLine(line)
      })
    }
    const chunks: Buffer[] = []
    let size = 0
    let settled = false
    const finish = (result: ProcessResult) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      input?.destroy()
      resolve(result)
    }
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      finish({ missing: false, code: null, stdout: Buffer.concat(chunks) })
    }, options.timeoutMs)
    child.on('error', (error: NodeJS.ErrnoException) => {
      finish({ missing: error.code === 'ENOENT', code: null, stdout: Buffer.alloc(0) })
    })
    child.stdout.on('data', (chunk: Buffer) => {
      if (size >= options.maxBytes) return
      chunks.push(chunk)
      size += chunk.length
    })
    child.on('close', (code) => finish({ missing: false, code, stdout: Buffer.concat(chunks) }))
    // The program may stop reading early (a broken file); that is not an error of ours.
    child.stdin.on('error', () => undefined)
    if (input) {
      input.on('error', () => child.kill('SIGKILL'))
      input.pipe(child.stdin)
    } else child.stdin.end()
  })
}

function cleanText(text: string): string {
  return text
    .replaceAll(String.fromCharCode(0), '')
    .replace(/\f/g, '\n')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, MAX_TEXT_CHARS)
}

function found(text: string): ExtractedText {
  const cleaned = cleanText(text)
  return { status: cleaned === '' ? 'none' : 'done', text: cleaned }
}

let ocrLanguages: Promise<string | undefined> | undefined

/** "eng+spa" when tesseract has both, the one it has otherwise, or undefined without tesseract. */
function tesseractLanguages(): Promise<string | undefined> {
  ocrLanguages ??= run('tesseract', ['--list-langs'], undefined, {
    timeoutMs: 10_000,
    maxBytes: 64_000,
  }).then((result) => {
    if (result.missing || result.code !== 0) return undefined
    const listed = new Set(result.stdout.toString('utf8').split(/\s+/))
    const wanted = ['eng', 'spa'].filter((lang) => listed.has(lang))
    return wanted.length > 0 ? wanted.join('+') : undefined
  })
  return ocrLanguages
}

async function ocrImage(image: Readable, timeoutMs: number): Promise<ExtractedText> {
  const languages = await tesseractLanguages()
  if (!languages) {
    image.destroy()
    return { status: 'unavailable', text: '' }
  }
  const result = await run('tesseract', ['stdin', 'stdout', '-l', languages], image, {
    timeoutMs,
    maxBytes: MAX_TEXT_CHARS * 4,
  })
  if (result.code !== 0) return { status: 'failed', text: '' }
  return found(result.stdout.toString('utf8'))
}

/** How far OCR got: pages recognised of the pages it will read. */
export type OcrProgress = (done: number, total: number) => void

/**
 * A scanned PDF has pictures of pages and no text: read its first pages by OCR. `pageCount`, when
 * known, stops at the last page and lets `onPage` say how many pages are left.
 */
async function ocrPdf(
  open: () => Promise<Readable>,
  timeoutMs: number,
  pageCount?: number,
  onPage?: OcrProgress,
): Promise<ExtractedText> {
  if (!(await tesseractLanguages())) return { status: 'none', text: '' }
  const pages: string[] = []
  const last = Math.min(OCR_MAX_PAGES, pageCount ?? OCR_MAX_PAGES)
  for (let page = 1; page <= last; page += 1) {
    const image = await run(
      'pdftoppm',
      // No output name: with -singlefile, pdftoppm writes the picture to standard output.
      ['-r', '150', '-f', String(page), '-l', String(page), '-singlefile', '-png', '-'],
      await open(),
      { timeoutMs, maxBytes: 64 * 1024 * 1024 },
    )
    if (image.missing || image.code !== 0 || image.stdout.length === 0) break
    const text = await ocrImage(Readable.from([image.stdout]), timeoutMs)
    if (text.status === 'done') pages.push(text.text)
    onPage?.(page, last)
  }
  return found(pages.join('\n\n'))
}

const require = createRequire(import.meta.url)
const HERE = path.dirname(fileURLToPath(import.meta.url))
/**
 * The Word reader runs in its own process. From the sources (tests, `npm run dev`) tsx loads its
 * TypeScript; from the production build (`dist/server`, see `npm run build:server`) it is plain
 * JavaScript beside the server's bundle.
 */
const DOCX_PROCESS_BUILT = path.join(HERE, 'docx-text-process.mjs')
function docxProcessArgs(): string[] {
  if (fs.existsSync(DOCX_PROCESS_BUILT)) return ['--max-old-space-size=512', DOCX_PROCESS_BUILT]
  const tsx = pathToFileURL(require.resolve('tsx')).href
  return ['--max-old-space-size=512', '--import', tsx, path.join(HERE, 'docx-text-process.ts')]
}

/**
 * The text of a stored file. `open` gives its plaintext as a stream (called again when a second
 * reader needs it, e.g. OCR after an empty PDF text layer). Never throws for a bad file: it answers
 * `failed`, and the document is kept without searchable text.
 */
export async function extractText(
  type: FileTypeId,
  open: () => Promise<Readable>,
  options: { timeoutMs?: number; pageCount?: number; onOcrPage?: OcrProgress } = {},
): Promise<ExtractedText> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  switch (type) {
    case 'text': {
      const chunks: Buffer[] = []
      let size = 0
      for await (const chunk of await open()) {
        if (size < MAX_TEXT_CHARS * 4) chunks.push(chunk as Buffer)
        size += (chunk as Buffer).length
      }
      return found(
        Buffer.concat(chunks)
          .toString('utf8')
          .replace(/^\uFEFF/, ''),
      )
    }
    case 'pdf': {
      const result = await run('pdftotext', ['-enc', 'UTF-8', '-q', '-', '-'], await open(), {
        timeoutMs,
        maxBytes: MAX_TEXT_CHARS * 4,
      })
      if (result.missing) return { status: 'unavailable', text: '' }
      if (result.code !== 0) return { status: 'failed', text: '' }
      const text = found(result.stdout.toString('utf8'))
      return text.status === 'done' ? text : ocrPdf(open, timeoutMs, options.pageCount, options.onOcrPage)
    }
    case 'png':
    case 'jpeg':
      return ocrImage(await open(), timeoutMs)
    case 'heic':
      // Neither tesseract nor poppler reads HEIC photos: kept, but not searchable by their words.
      return { status: 'unavailable', text: '' }
    case 'docx': {
      const result = await run(process.execPath, docxProcessArgs(), await open(), {
        timeoutMs,
        maxBytes: MAX_TEXT_CHARS * 4,
      })
      if (result.code !== 0) return { status: 'failed', text: '' }
      return found(result.stdout.toString('utf8'))
    }
  }
}
