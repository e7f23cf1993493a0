import PDFDocument from 'pdfkit'

/**
 * A letter as a PDF on US Letter paper: the heading lines, then the body, in a standard font
 * (Helvetica covers English and Spanish letters: á, é, ñ, ¿, ¡). The creation date is the letter's
 * own instant, so the same letter always gives the same file.
 */
export function renderLetterPdf(input: {
  title: string
  heading: readonly string[]
  body: string
  createdAt: string
  language: string
}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'LETTER',
      margins: { top: 72, bottom: 72, left: 72, right: 72 },
      info: {
        Title: input.title,
        Creator: 'Pathway',
        Producer: 'Pathway',
        CreationDate: new Date(input.createdAt),
      },
      lang: input.language,
      displayTitle: true,
    })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.font('Helvetica').fontSize(11)
    for (const line of input.heading) {
      if (line === '') doc.moveDown(0.6)
      else doc.text(line)
    }
    doc.moveDown(1)
    for (const paragraph of input.body.split(/\n\s*\n/)) {
      doc.text(paragraph, { align: 'left', lineGap: 2 })
      doc.moveDown(0.8)
    }
    doc.end()
  })
}
