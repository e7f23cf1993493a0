import { Readable } from 'node:stream'
import PDFDocument from 'pdfkit'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { HEIC_START, makeDocx, makePdf, makePngWithWords, makeZip } from '../../../test/support/files.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { docxText, wordXmlText } from './docx-text.ts'
import { extractText } from './text-extraction.ts'

const opener = (bytes: Buffer) => async () => Readable.from([bytes])

function imageOnlyPdf(png: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument()
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.image(png, 0, 0, { width: 612 })
    doc.end()
  })
}

describe('reading the words in a file', () => {
  test('a PDF’s text layer is read by pdftotext', async () => {
    const result = await extractText(
      'pdf',
      opener(await makePdf(['Annual goal: 80% accuracy', 'Evaluación del habla'])),
    )
    expect(result.status).toBe('done')
    expect(result.text).toContain('Annual goal: 80% accuracy')
    expect(result.text).toContain('Evaluación del habla')
  })

  test('a scanned PDF (pictures of pages, no text) is read by OCR', async () => {
    const pdf = await imageOnlyPdf(await makePngWithWords('Extended school year'))
    const result = await extractText('pdf', opener(pdf))
    expect(result.status).toBe('done')
    expect(result.text.toLowerCase()).toContain('extended school year')
  })

  test('a Word file is read in a child process, with its entities and line breaks', async () => {
    const result = await extractText('docx', opener(makeDocx(['Goals & services', 'Line <two>'])))
    expect(result).toEqual({ status: 'done', text: 'Goals & services\nLine <two>' })
    expect(
      wordXmlText(
        '<w:p><w:r><w:t>a</w:t><w:tab/><w:t xml:space="preserve"> b&#233;</w:t><w:br/><w:t>c</w:t></w:r></w:p>',
      ),
    ).toBe('a\t bé\nc')
  })

  test('a “zip bomb” Word file fails safely instead of filling memory', async () => {
    // 100 MB of the same character packs into about a hundred kilobytes.
    const bomb = makeZip([
      { name: '[Content_Types].xml', content: 'wordprocessingml.document.main+xml' },
      { name: 'word/document.xml', content: Buffer.alloc(100 * 1024 * 1024, 0x41) },
    ])
    expect(bomb.length).toBeLessThan(1024 * 1024)
    expect(() => docxText(bomb)).toThrow()
    expect((await extractText('docx', opener(bomb))).status).toBe('failed')
  })

  test('a broken PDF fails without throwing; HEIC photos are kept without words', async () => {
    expect((await extractText('pdf', opener(Buffer.from('%PDF-1.4 but not really')))).status).toBe('failed')
    expect(await extractText('heic', opener(HEIC_START))).toEqual({ status: 'unavailable', text: '' })
    expect(await extractText('text', opener(Buffer.from('\ufeffHello\r\nthere\u000c')))).toEqual({
      status: 'done',
      text: 'Hello\nthere',
    })
    expect(await extractText('text', opener(Buffer.from('  \n ')))).toEqual({ status: 'none', text: '' })
  })
})

describe('reading a large file', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await buildTestApp()
  })
  afterAll(async () => {
    await t.close()
  })

  test('does not hold up other requests while it runs', async () => {
    const lines = Array.from(
      { length: 40 },
      (_, i) => `Line ${i}: progress monitoring data for the reading goal.`,
    )
    const bigPdf = await makePdf(lines, { pages: 400 })
    let settled = false
    const extraction = extractText('pdf', opener(bigPdf)).then((result) => {
      settled = true
      return result
    })
    // While the PDF is being read in its own process, the server keeps answering.
    const answered: boolean[] = []
    for (let i = 0; i < 5; i += 1) {
      const response = await t.app.inject({ method: 'GET', url: '/healthz' })
      expect(response.statusCode).toBe(200)
      answered.push(!settled)
    }
    expect(answered.every(Boolean)).toBe(true)
    const result = await extraction
    expect(result.status).toBe('done')
    expect(result.text).toContain('Line 39: progress monitoring')
  })
})
