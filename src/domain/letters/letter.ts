import { type LocalDate, parseLocalDate } from '../dates/local-date.ts'
import { type Problem, problem } from '../problems.ts'
import { type LetterFactName, type LetterTemplate, type LetterTemplateId, letterFields } from './templates.ts'

export const LETTER_LANGUAGES = ['en', 'es'] as const
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number]

/** How a letter reached the school. */
export const SENT_VIA = ['email', 'hand', 'mail'] as const
export type SentVia = (typeof SENT_VIA)[number]

export type LetterFacts = Readonly<Partial<Record<LetterFactName, string>>>

export interface Letter {
  readonly id: string
  readonly childId: string
  readonly organizationId: string
  readonly template: LetterTemplateId
  readonly language: LetterLanguage
  readonly facts: LetterFacts
  readonly subject: string
  readonly body: string
  /** The date printed at the top of the letter. */
  readonly writtenOn: LocalDate
  readonly sentOn: LocalDate | null
  readonly sentVia: SentVia | null
  readonly receivedOn: LocalDate | null
  readonly version: number
  readonly createdAt: string
  readonly updatedAt: string
}

export function isSent(letter: Pick<Letter, 'sentOn'>): boolean {
  return letter.sentOn !== null
}

export const MAX_FACT_LINE = 300
export const MAX_FACT_TEXT = 10_000
export const MAX_LETTER_SUBJECT = 300
export const MAX_LETTER_BODY = 50_000

function isLanguage(value: string): value is LetterLanguage {
  return value === 'en' || value === 'es'
}

/**
 * Checks the facts for a template. Dates must be real and not in the future (they are things that
 * happened), except a meeting date in a records request, which may be ahead.
 */
export function checkLetterFacts(
  template: LetterTemplate,
  draft: Readonly<Record<string, string>>,
  today: LocalDate,
): { value: { language: LetterLanguage; facts: LetterFacts } | undefined; problems: Problem[] } {
  const problems: Problem[] = []
  const language = (draft.language ?? '').trim()
  if (!isLanguage(language)) problems.push(problem('language', 'letters.problems.languageMissing'))
  const facts: Partial<Record<LetterFactName, string>> = {}
  for (const field of letterFields(template)) {
    const value = (draft[field.name] ?? '').trim()
    if (value === '') {
      if (field.required) problems.push(problem(field.name, `letters.problems.missing.${field.name}`))
      continue
    }
    if (field.kind === 'date') {
      const date = parseLocalDate(value)
      const mayBeAhead = template.id === 'records' && field.name === 'meetingDate'
      if (date === undefined) problems.push(problem(field.name, 'letters.problems.dateInvalid'))
      else if (date.slice(0, 4) < '1990') problems.push(problem(field.name, 'letters.problems.dateTooEarly'))
      else if (!mayBeAhead && date > today)
        problems.push(problem(field.name, 'letters.problems.dateInFuture'))
      else facts[field.name] = date
      continue
    }
    const max = field.kind === 'line' ? MAX_FACT_LINE : MAX_FACT_TEXT
    if (value.length > max) problems.push(problem(field.name, 'letters.problems.tooLong', { max }))
    else facts[field.name] = field.kind === 'line' ? value.replace(/\s+/g, ' ') : value
  }
  if (problems.length > 0 || !isLanguage(language)) return { value: undefined, problems }
  return { value: { language, facts }, problems }
}

/** The parent's own words for the letter, after editing. */
export function checkLetterWords(draft: { subject: string; body: string }): {
  value: { subject: string; body: string } | undefined
  problems: Problem[]
} {
  const problems: Problem[] = []
  const subject = draft.subject.trim().replace(/\s+/g, ' ')
  const body = draft.body.replace(/\r\n?/g, '\n').trim()
  if (subject === '') problems.push(problem('subject', 'letters.problems.subjectMissing'))
  else if (subject.length > MAX_LETTER_SUBJECT)
    problems.push(problem('subject', 'letters.problems.tooLong', { max: MAX_LETTER_SUBJECT }))
  if (body === '') problems.push(problem('body', 'letters.problems.bodyMissing'))
  else if (body.length > MAX_LETTER_BODY)
    problems.push(problem('body', 'letters.problems.tooLong', { max: MAX_LETTER_BODY }))
  if (problems.length > 0) return { value: undefined, problems }
  return { value: { subject, body }, problems }
}

export interface SentDetails {
  readonly sentOn: LocalDate
  readonly sentVia: SentVia
  readonly receivedOn: LocalDate | null
}

/**
 * "Mark as sent": when and how. A mailed letter may also say when the school got it; the clock
 * starts on that day (else on the day it was posted, which may be a few days early).
 */
export function checkSentDetails(
  draft: { sentOn: string; sentVia: string; receivedOn: string },
  today: LocalDate,
  writtenOn: LocalDate,
): { value: SentDetails | undefined; problems: Problem[] } {
  const problems: Problem[] = []
  const sentText = draft.sentOn.trim()
  const sentOn = parseLocalDate(sentText)
  if (sentText === '') problems.push(problem('sentOn', 'letters.problems.sentOnMissing'))
  else if (sentOn === undefined) problems.push(problem('sentOn', 'letters.problems.dateInvalid'))
  else if (sentOn > today) problems.push(problem('sentOn', 'letters.problems.sentInFuture'))
  else if (sentOn < writtenOn) problems.push(problem('sentOn', 'letters.problems.sentBeforeWritten'))

  const sentVia = draft.sentVia.trim()
  const via = (SENT_VIA as readonly string[]).includes(sentVia) ? (sentVia as SentVia) : undefined
  if (!via) problems.push(problem('sentVia', 'letters.problems.sentViaMissing'))

  const receivedText = draft.receivedOn.trim()
  let receivedOn: LocalDate | null = null
  if (receivedText !== '' && via === 'mail') {
    const parsed = parseLocalDate(receivedText)
    if (parsed === undefined) problems.push(problem('receivedOn', 'letters.problems.dateInvalid'))
    else if (parsed > today) problems.push(problem('receivedOn', 'letters.problems.receivedInFuture'))
    else if (sentOn !== undefined && parsed < sentOn)
      problems.push(problem('receivedOn', 'letters.problems.receivedBeforeSent'))
    else receivedOn = parsed
  }
  if (problems.length > 0 || sentOn === undefined || !via) return { value: undefined, problems }
  return { value: { sentOn, sentVia: via, receivedOn }, problems }
}

/** The day the school got the letter, as far as the family knows. */
export function deliveredOn(sent: SentDetails): LocalDate {
  return sent.receivedOn ?? sent.sentOn
}
