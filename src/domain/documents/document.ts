import { type LocalDate, parseLocalDate } from '../dates/local-date.ts'
import { type Problem, problem } from '../problems.ts'
import type { AcceptedFileType } from './file-type.ts'

/** What a document is, in the words school papers use. */
export const DOCUMENT_KINDS = [
  'evaluation',
  'iep',
  '504-plan',
  'progress-report',
  'report-card',
  'medical',
  'correspondence',
  'work-sample',
  'other',
] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value)
}

/**
 * Whether Pathway could read the words in the file for search:
 * `done` (text found), `none` (no text in it, e.g. a photo without words), `unavailable` (the
 * reader for this kind of file is not installed), `failed` (the file could not be read).
 */
export const TEXT_STATUSES = ['done', 'none', 'unavailable', 'failed'] as const
export type TextStatus = (typeof TEXT_STATUSES)[number]

export interface ChildDocument {
  readonly id: string
  readonly childId: string
  readonly organizationId: string
  readonly title: string
  readonly kind: DocumentKind
  readonly date: LocalDate
  readonly notes: string | null
  readonly tags: readonly string[]
  readonly fileName: string
  readonly mediaType: AcceptedFileType['mediaType']
  readonly sizeBytes: number
  readonly textStatus: TextStatus
  readonly textChars: number
  readonly version: number
  readonly createdAt: string
  readonly updatedAt: string
}

/** What a person types about a document (all strings, as a form sends them). */
export interface DocumentDraft {
  readonly title: string
  readonly kind: string
  readonly date: string
  readonly notes: string
  readonly tags: string
}

export interface DocumentDetails {
  readonly title: string
  readonly kind: DocumentKind
  readonly date: LocalDate
  readonly notes: string | null
  readonly tags: readonly string[]
}

export const MAX_TITLE = 200
export const MAX_NOTES = 5000
export const MAX_TAGS = 20
export const MAX_TAG = 40

/** Tags are typed as a comma-separated list; blanks and repeats (in any case) are dropped. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>()
  const tags: string[] = []
  for (const raw of text.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ')
    if (tag === '' || seen.has(tag.toLowerCase())) continue
    seen.add(tag.toLowerCase())
    tags.push(tag)
  }
  return tags
}

/** Checks a document's details and names every field that needs fixing. */
export function checkDocumentDetails(
  draft: DocumentDraft,
  today: LocalDate,
): { value: DocumentDetails | undefined; problems: Problem[] } {
  const problems: Problem[] = []
  const title = draft.title.trim().replace(/\s+/g, ' ')
  if (title === '') problems.push(problem('title', 'documents.problems.titleMissing'))
  else if (title.length > MAX_TITLE)
    problems.push(problem('title', 'documents.problems.titleTooLong', { max: MAX_TITLE }))

  const kind = draft.kind.trim()
  if (kind === '') problems.push(problem('kind', 'documents.problems.kindMissing'))
  else if (!isDocumentKind(kind)) problems.push(problem('kind', 'documents.problems.kindInvalid'))

  const dateText = draft.date.trim()
  const date = parseLocalDate(dateText)
  if (dateText === '') problems.push(problem('date', 'documents.problems.dateMissing'))
  else if (date === undefined) problems.push(problem('date', 'documents.problems.dateInvalid'))
  else if (date.slice(0, 4) < '1990') problems.push(problem('date', 'documents.problems.dateTooEarly'))
  else if (date > today) problems.push(problem('date', 'documents.problems.dateInFuture'))

  const notes = draft.notes.trim()
  if (notes.length > MAX_NOTES)
    problems.push(problem('notes', 'documents.problems.notesTooLong', { max: MAX_NOTES }))

  const tags = parseTags(draft.tags)
  if (tags.length > MAX_TAGS)
    problems.push(problem('tags', 'documents.problems.tooManyTags', { max: MAX_TAGS }))
  else if (tags.some((tag) => tag.length > MAX_TAG))
    problems.push(problem('tags', 'documents.problems.tagTooLong', { max: MAX_TAG }))

  if (problems.length > 0 || date === undefined || !isDocumentKind(kind))
    return { value: undefined, problems }
  return { value: { title, kind, date, notes: notes === '' ? null : notes, tags }, problems }
}

/**
 * A file name that is safe in a Content-Disposition header and on any disk: the person's own name
 * without its path, control characters or reserved characters, ending in the extension of the type
 * Pathway detected (never the one the file arrived with).
 */
export function safeFileName(original: string, extension: string, fallback: string): string {
  const base = (original.split(/[\\/]/).pop() ?? '')
    .replace(/\.[^.]*$/, '')
    .normalize('NFC')
    .split('')
    .map((char) => (char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f ? ' ' : char))
    .join('')
    .replace(/["*:<>?|\\/;]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
  return `${base === '' || /^\.+$/.test(base) ? fallback : base}.${extension}`
}
