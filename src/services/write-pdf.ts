/**
 * Writes a PDF with pdfkit: `draw` fills the document, and the finished file comes back as bytes.
 * pdfkit and its fonts take about half a second to load, so the library is loaded with the first PDF
 * rather than when the server starts (start-up time, docs/operations.md).
 */
export async function writePdf(
  options: PDFKit.PDFDocumentOptions,
  draw: (doc: PDFKit.PDFDocument) => void,
): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit')
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument(options)
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    draw(doc)
    doc.end()
  })
}
