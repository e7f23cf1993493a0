import PDFDocument from 'pdfkit'
import { makePngWithWords } from './files.ts'

/** Ends a pdfkit document and answers its bytes. */
function bytesOf(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.end()
  })
}

/**
 * A long IEP as a text PDF, for the import's progress figures and passage picking: a cover page
 * with labelled details (the meeting date is left out on purpose, for the parent to take from a
 * passage), then pages of notes. Each page says its number, so tests can find its passages.
 */
export function longIepPdf(pages: number): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'LETTER', margin: 50 })
  doc.font('Helvetica').fontSize(11)
  const lines = [
    'INDIVIDUALIZED EDUCATION PROGRAM (IEP)',
    'Student Name: Ana Ruiz',
    'School: Lincoln Elementary School',
    'IEP Start Date: 09/15/2025',
    'IEP End Date: 09/09/2026',
    'Primary Disability: Specific Learning Disability',
    'The team met together on 09/10/2025 to review the plan.',
  ]
  for (const [i, text] of lines.entries()) doc.text(text, 50, 50 + i * 20, { lineBreak: false })
  for (let page = 2; page <= pages; page += 1) {
    doc.addPage()
    doc.text(`Notes, page ${page}`, 50, 50, { lineBreak: false })
    doc.text(`Ana read with her class on page ${page} of the notes.`, 50, 70, { lineBreak: false })
  }
  return bytesOf(doc)
}

/** A scanned paper: each page only a picture of its words (no text layer), read by OCR. */
export async function scannedPdf(pageWords: readonly string[]): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'LETTER', margin: 0, autoFirstPage: false })
  for (const words of pageWords) {
    doc.addPage()
    doc.image(await makePngWithWords(words), 0, 0, { width: 612 })
  }
  return bytesOf(doc)
}
