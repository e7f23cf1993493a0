import { type LocalDate, parseLocalDate } from '../dates/local-date.ts'
import { type Problem, problem } from '../problems.ts'

/**
 * A score recorded toward one annual goal, and what a school progress report said about it. Points
 * hang on the plan goal's stable id (see plan.ts), so they follow the goal into amendments.
 */

/** Who measured: the family, a teacher, a therapist, or the school's progress report. */
export const PROGRESS_SOURCES = ['parent', 'teacher', 'therapist', 'school-report'] as const
export type ProgressSource = (typeof PROGRESS_SOURCES)[number]

/** Who typed a point in: a signed-in person, or someone holding a data-entry link. */
export interface EnteredBy {
  readonly userId: string | null
  readonly linkId: string | null
  /** The person's name or the link's label when the point was saved. */
  readonly name: string | null
}

export interface ProgressPoint {
  readonly id: string
  readonly childId: string
  readonly organizationId: string
  readonly goalId: string
  readonly measuredOn: LocalDate
  readonly value: number
  readonly unit: string | null
  readonly source: ProgressSource
  readonly note: string | null
  readonly enteredBy: EnteredBy
  readonly version: number
  readonly createdAt: string
  readonly updatedAt: string
}

/** A point as typed in a form (every field a string). */
export interface ProgressPointDraft {
  readonly measuredOn: string
  readonly value: string
  readonly unit: string
  readonly source: string
  readonly note: string
}

export interface ProgressPointDetails {
  readonly measuredOn: LocalDate
  readonly value: number
  readonly unit: string | null
  readonly source: ProgressSource
  readonly note: string | null
}

/** The kinds of note kept beside the data. */
export const PROGRESS_NOTE_KINDS = ['progress-report', 'phase-change'] as const
export type ProgressNoteKind = (typeof PROGRESS_NOTE_KINDS)[number]

/** What the school's progress report said ("making progress"), or the day the teaching changed. */
export interface ProgressNote {
  readonly id: string
  readonly childId: string
  readonly organizationId: string
  readonly goalId: string
  readonly kind: ProgressNoteKind
  readonly notedOn: LocalDate
  readonly text: string | null
  readonly version: number
  readonly createdAt: string
}

export const MAX_UNIT = 100
export const MAX_NOTE = 1000
export const MAX_REPORT_TEXT = 5000
/** Scores beyond this size are typing mistakes, not measurements. */
export const MAX_ABS_VALUE = 1_000_000_000

export function isProgressSource(value: string): value is ProgressSource {
  return (PROGRESS_SOURCES as readonly string[]).includes(value)
}

function optional(text: string): string | null {
  const trimmed = text.trim()
  return trimmed === '' ? null : trimmed
}

/**
 * Reads a score as people type it: "42", "42.5", "85%", "-3", and "42,5" (a decimal comma, as
 * Spanish speakers write it). Undefined when it is not a number.
 */
export function parseScore(text: string): number | undefined {
  let cleaned = text.trim().replace(/%$/, '').trim()
  if (/^-?\d+,\d+$/.test(cleaned)) cleaned = cleaned.replace(',', '.')
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return undefined
  const value = Number(cleaned)
  return Number.isFinite(value) ? value : undefined
}

/** Reads a date as YYYY-MM-DD, or as the US M/D/YYYY that spreadsheets write. */
export function parseMeasuredOn(text: string): LocalDate | undefined {
  const trimmed = text.trim()
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed)
  if (us) return parseLocalDate(`${us[3]}-${us[1]?.padStart(2, '0')}-${us[2]?.padStart(2, '0')}`)
  return parseLocalDate(trimmed)
}

/**
 * Checks a point as typed and names every field that needs fixing. `fieldPrefix` lets a list of
 * points name its fields ("points.2.value"). Dates cannot be in the future: nobody measured yet.
 */
export function checkProgressPointDraft(
  draft: ProgressPointDraft,
  today: LocalDate,
  fieldPrefix = '',
): { value: ProgressPointDetails | undefined; problems: Problem[] } {
  const problems: Problem[] = []
  const field = (name: string) => `${fieldPrefix}${name}`
  const dateText = draft.measuredOn.trim()
  const measuredOn = parseMeasuredOn(dateText)
  if (dateText === '') problems.push(problem(field('measuredOn'), 'progress.points.problems.dateMissing'))
  else if (measuredOn === undefined)
    problems.push(problem(field('measuredOn'), 'progress.points.problems.dateInvalid'))
  else if (measuredOn < '1990-01-01')
    problems.push(problem(field('measuredOn'), 'progress.points.problems.dateTooEarly'))
  else if (measuredOn > today)
    problems.push(problem(field('measuredOn'), 'progress.points.problems.dateInFuture'))

  const valueText = draft.value.trim()
  const value = parseScore(valueText)
  if (valueText === '') problems.push(problem(field('value'), 'progress.points.problems.valueMissing'))
  else if (value === undefined)
    problems.push(problem(field('value'), 'progress.points.problems.valueInvalid'))
  else if (Math.abs(value) > MAX_ABS_VALUE)
    problems.push(problem(field('value'), 'progress.points.problems.valueTooLarge'))

  const source = draft.source.trim()
  if (!isProgressSource(source))
    problems.push(problem(field('source'), 'progress.points.problems.sourceMissing'))

  const unit = optional(draft.unit)
  if (unit && unit.length > MAX_UNIT)
    problems.push(problem(field('unit'), 'progress.points.problems.unitTooLong', { max: MAX_UNIT }))
  const note = optional(draft.note)
  if (note && note.length > MAX_NOTE)
    problems.push(problem(field('note'), 'progress.points.problems.noteTooLong', { max: MAX_NOTE }))

  if (problems.length > 0 || measuredOn === undefined || value === undefined || !isProgressSource(source)) {
    return { value: undefined, problems }
  }
  return { value: { measuredOn, value, unit, source, note }, problems }
}
