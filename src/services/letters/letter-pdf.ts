import { writePdf } from '../write-pdf.ts'

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
  return writePdf(
    {
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
    },
    (doc) => {
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
    },
  )
}
