import { ageOn, type LocalDate, parseLocalDate } from '../dates/local-date.ts'
import { type Problem, problem } from '../problems.ts'
import { isStateCode, type StateCode } from './us-states.ts'

export type ChildId = string & { readonly __brand: 'ChildId' }

/** A child's record: who the child is and where they go to school. Plans and events hang on it. */
export interface Child {
  readonly id: ChildId
  readonly organizationId: string
  readonly legalName: string
  readonly preferredName: string | null
  readonly dateOfBirth: LocalDate
  readonly grade: Grade | null
  readonly school: string | null
  readonly district: string | null
  readonly state: StateCode
  readonly homeLanguage: string | null
  readonly notes: string | null
  readonly archivedAt: string | null
  readonly version: number
  readonly createdAt: string
  readonly updatedAt: string
}

/** Grades as US schools name them, from early childhood to the end of eligibility at 21. */
export const GRADES = [
  'pre-k',
  'k',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
  '11',
  '12',
  'post-secondary',
] as const
export type Grade = (typeof GRADES)[number]

export function isGrade(value: string): value is Grade {
  return (GRADES as readonly string[]).includes(value)
}

/** What a person types to create or edit a child: strings as submitted, checked by checkChildDetails. */
export interface ChildDetailsDraft {
  readonly legalName: string
  readonly preferredName: string
  readonly dateOfBirth: string
  readonly grade: string
  readonly school: string
  readonly district: string
  readonly state: string
  readonly homeLanguage: string
  readonly notes: string
}

export interface ChildDetails {
  readonly legalName: string
  readonly preferredName: string | null
  readonly dateOfBirth: LocalDate
  readonly grade: Grade | null
  readonly school: string | null
  readonly district: string | null
  readonly state: StateCode
  readonly homeLanguage: string | null
  readonly notes: string | null
}

const MAX_NAME = 120
const MAX_TEXT = 200
const MAX_NOTES = 5000

/**
 * Checks a child's details and returns every problem at once (so the error summary is complete).
 * A child may be up to 22 on the day entered: IDEA serves students to 21 (34 CFR 300.101).
 */
export function checkChildDetails(
  draft: ChildDetailsDraft,
  today: LocalDate,
): { value: ChildDetails | undefined; problems: Problem[] } {
  const problems: Problem[] = []
  const legalName = draft.legalName.trim()
  if (legalName === '') problems.push(problem('legalName', 'children.problems.legalNameMissing'))
  else if (legalName.length > MAX_NAME)
    problems.push(problem('legalName', 'children.problems.tooLong', { max: MAX_NAME }))

  const preferredName = optional(draft.preferredName)
  if (preferredName && preferredName.length > MAX_NAME) {
    problems.push(problem('preferredName', 'children.problems.tooLong', { max: MAX_NAME }))
  }

  const dateOfBirth = parseLocalDate(draft.dateOfBirth.trim())
  if (draft.dateOfBirth.trim() === '')
    problems.push(problem('dateOfBirth', 'children.problems.dateOfBirthMissing'))
  else if (dateOfBirth === undefined)
    problems.push(problem('dateOfBirth', 'children.problems.dateOfBirthInvalid'))
  else if (dateOfBirth > today) problems.push(problem('dateOfBirth', 'children.problems.dateOfBirthFuture'))
  else if (ageOn(dateOfBirth, today) > 25)
    problems.push(problem('dateOfBirth', 'children.problems.dateOfBirthTooOld'))

  const gradeText = draft.grade.trim()
  const grade = gradeText === '' ? null : isGrade(gradeText) ? gradeText : undefined
  if (grade === undefined) problems.push(problem('grade', 'children.problems.gradeInvalid'))

  const stateText = draft.state.trim().toUpperCase()
  if (stateText === '') problems.push(problem('state', 'children.problems.stateMissing'))
  else if (!isStateCode(stateText)) problems.push(problem('state', 'children.problems.stateInvalid'))

  for (const field of ['school', 'district', 'homeLanguage'] as const) {
    const value = optional(draft[field])
    if (value && value.length > MAX_TEXT)
      problems.push(problem(field, 'children.problems.tooLong', { max: MAX_TEXT }))
  }
  const notes = optional(draft.notes)
  if (notes && notes.length > MAX_NOTES)
    problems.push(problem('notes', 'children.problems.tooLong', { max: MAX_NOTES }))

  if (problems.length > 0 || dateOfBirth === undefined || grade === undefined || !isStateCode(stateText)) {
    return { value: undefined, problems }
  }
  return {
    value: {
      legalName,
      preferredName,
      dateOfBirth,
      grade,
      school: optional(draft.school),
      district: optional(draft.district),
      state: stateText,
      homeLanguage: optional(draft.homeLanguage),
      notes,
    },
    problems,
  }
}

/** The name to use when speaking about the child: the preferred name if there is one. */
export function displayName(child: Pick<Child, 'legalName' | 'preferredName'>): string {
  return child.preferredName ?? child.legalName
}

function optional(value: string): string | null {
  const trimmed = value.trim()
  return trimmed === '' ? null : trimmed
}
