import { PDFCheckBox, PDFDocument, PDFDropdown, PDFRadioGroup, PDFTextField } from 'pdf-lib'
import type { FormFieldValue } from '../../domain/imports/proposal.ts'

/**
 * The values typed into a fillable PDF (AcroForm), read with pdf-lib, and how many pages it has (to
 * report reading progress page by page). A PDF without a form, or one pdf-lib cannot open, has no
 * fields (and an unknown page count): the page text is still read. Runs inside the import reader's
 * child process (import-process.ts), never on the web server's event loop.
 */
export async function readPdfForm(
  pdf: Uint8Array,
): Promise<{ pageCount: number | undefined; fields: FormFieldValue[] }> {
  let document: PDFDocument
  try {
    document = await PDFDocument.load(pdf, { ignoreEncryption: true, updateMetadata: false })
  } catch {
    return { pageCount: undefined, fields: [] }
  }
  const pages = document.getPages()
  const pageOf = (ref: unknown): number | null => {
    const index = pages.findIndex((page) => page.ref === ref)
    return index >= 0 ? index + 1 : null
  }
  const values: FormFieldValue[] = []
  for (const field of document.getForm().getFields()) {
    const widget = field.acroField.getWidgets()[0]
    const page = widget ? pageOf(widget.P()) : null
    let value = ''
    if (field instanceof PDFTextField) value = field.getText() ?? ''
    else if (field instanceof PDFCheckBox) value = field.isChecked() ? 'Yes' : 'Off'
    else if (field instanceof PDFDropdown) value = field.getSelected().join(', ')
    else if (field instanceof PDFRadioGroup) value = field.getSelected() ?? ''
    values.push({ name: field.getName(), value, page })
  }
  return { pageCount: pages.length, fields: values }
}
