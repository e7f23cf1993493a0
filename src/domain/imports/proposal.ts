/**
 * What the import reader proposes from a school document: the kind of document and a list of
 * fields, each with a value, how sure the reader is, and the passage it came from. Nothing here is
 * a record yet: the parent confirms or corrects each field first (docs/decisions/007-import.md).
 */

/** The kinds of paper families bring (issue 13), plus a referral and "could not tell". */
export const IMPORT_DOCUMENT_KINDS = [
  'iep',
  '504-plan',
  'evaluation-report',
  'prior-written-notice',
  'consent',
  'meeting-invitation',
  'progress-report',
  'referral',
  'unknown',
] as const
export type ImportDocumentKind = (typeof IMPORT_DOCUMENT_KINDS)[number]

/** Where a value was read: a page (from 1), a line on it (from 1) and the passage itself. */
export interface SourcePassage {
  readonly page: number
  readonly line: number
  readonly text: string
}

/** At or above this, a field is shown as likely right; below LOW_CONFIDENCE it is flagged. */
export const HIGH_CONFIDENCE = 0.8
export const LOW_CONFIDENCE = 0.6

/**
 * One proposed field. `path` names where it goes (`dates.meeting`, `goals[0].text`,
 * `services[1].minutes`); `value` is text as the parent will see it in the form (dates as
 * YYYY-MM-DD, categories as their ids, a frequency as "2/week").
 */
export interface ProposedField {
  readonly path: string
  readonly value: string
  /** 0 to 1. */
  readonly confidence: number
  readonly source: SourcePassage | null
  /** `form` when read from a fillable PDF's field, `text` when read from the page's words. */
  readonly origin: 'text' | 'form'
}

export interface ImportProposal {
  readonly kind: ImportDocumentKind
  readonly kindConfidence: number
  readonly fields: readonly ProposedField[]
  /** A fingerprint of the document's headings, to recognize the same school's layout next time. */
  readonly layout: string
  /**
   * The document's text as numbered passages (non-blank lines), for the parent to fill a field the
   * reader missed. Absent from proposals stored before passages were kept.
   */
  readonly passages?: readonly SourcePassage[]
}

/** What the reader is doing: reading the text layer, recognizing scanned pages (OCR), finding fields. */
export const READING_STAGES = ['text', 'ocr', 'fields'] as const
export type ReadingStage = (typeof READING_STAGES)[number]

/** How far a reading got: its stage, and pages done of pages in all (null while not known). */
export interface ReadingProgress {
  readonly stage: ReadingStage
  readonly done: number
  readonly total: number | null
}

/** A fillable PDF's field as the PDF stores it (check boxes as "Yes" / "Off" or their export value). */
export interface FormFieldValue {
  readonly name: string
  readonly value: string
  readonly page: number | null
}

/** A document as read: the text of each page with its layout kept, and any form field values. */
export interface ImportSource {
  readonly pages: readonly string[]
  readonly formFields: readonly FormFieldValue[]
  /** True when the words came from OCR (the reader is less sure of each). */
  readonly ocr: boolean
}

/** What the household's earlier confirmed imports taught: layout fingerprint → kind. */
export interface LayoutHint {
  readonly layout: string
  readonly kind: ImportDocumentKind
}

/** The field kind of a path, for measuring and grouping: `goals[2].text` → `goals.text`. */
export function fieldKind(path: string): string {
  return path.replace(/\[\d+\]/g, '')
}

/** The item index in a path, if it names a list item: `services[1].minutes` → 1. */
export function itemIndex(path: string): number | undefined {
  const match = /\[(\d+)\]/.exec(path)
  return match ? Number(match[1]) : undefined
}
