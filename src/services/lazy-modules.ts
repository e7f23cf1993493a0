/**
 * Libraries that only a few requests use, loaded on first use rather than at start-up: each costs
 * the server resident memory for its source, compiled code and tables whether or not anyone asks
 * for a PDF or sets up two-step sign-in (measured: pdfkit about 22 MB, qrcode about 7 MB).
 * Each is loaded once; later calls get the same module.
 */
type PdfKit = typeof import('pdfkit')
type QrCode = typeof import('qrcode')

let pdfkit: Promise<PdfKit> | undefined
let qrcode: Promise<QrCode> | undefined

/** PDFKit's document class (letters, the plan at a glance, the meeting packet). */
export function loadPdfKit(): Promise<PdfKit> {
  pdfkit ??= import('pdfkit').then((module) => module.default)
  return pdfkit
}

/** The QR code writer (two-step sign-in setup). */
export function loadQrCode(): Promise<QrCode> {
  qrcode ??= import('qrcode').then((module) => module.default)
  return qrcode
}
