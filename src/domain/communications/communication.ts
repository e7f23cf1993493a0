import { type LocalDate, parseLocalDate } from '../dates/local-date.ts'
import { type Problem, problem } from '../problems.ts'

/** How the family and the school were in touch. */
export const CHANNELS = ['call', 'email', 'meeting', 'letter', 'other'] as const
export type Channel = (typeof CHANNELS)[number]

/** Who it was from: the family, the school, or both ways (a talk or a meeting). */
export const DIRECTIONS = ['to-school', 'from-school', 'both'] as const
export type Direction = (typeof DIRECTIONS)[number]

export interface Communication {
  readonly id: string
  readonly childId: string
  readonly organizationId: string
  readonly occurredOn: LocalDate
  readonly channel: Channel
  readonly direction: Direction
  readonly people: string | null
  readonly subject: string
  readonly summary: string | null
  readonly emailText: string | null
  readonly followUpOn: LocalDate | null
  readonly followUpNote: string | null
  readonly followUpDoneAt: string | null
  readonly letterId: string | null
  readonly version: number
  readonly createdAt: string
  readonly updatedAt: string
}

export interface CommunicationDraft {
  readonly occurredOn: string
  readonly channel: string
  readonly direction: string
  readonly people: string
  readonly subject: string
  readonly summary: string
  readonly emailText: string
  readonly followUpOn: string
  readonly followUpNote: string
}

export interface CommunicationDetails {
  readonly occurredOn: LocalDate
  readonly channel: Channel
  readonly direction: Direction
  readonly people: string | null
  readonly subject: string
  readonly summary: string | null
  readonly emailText: string | null
  readonly followUpOn: LocalDate | null
  readonly followUpNote: string | null
}

export const MAX_SUBJECT = 200
export const MAX_PEOPLE = 500
export const MAX_SUMMARY = 10_000
export const MAX_EMAIL_TEXT = 100_000
export const MAX_FOLLOW_UP_NOTE = 500
const MAX_YEARS_AHEAD = 5

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value)
}

function optional(text: string): string | null {
  const trimmed = text.trim()
  return trimmed === '' ? null : trimmed
}

/** Checks an entry of the communications log and names every field that needs fixing. */
export function checkCommunicationDetails(
  draft: CommunicationDraft,
  today: LocalDate,
): { value: CommunicationDetails | undefined; problems: Problem[] } {
  const problems: Problem[] = []
  const occurredText = draft.occurredOn.trim()
  const occurredOn = parseLocalDate(occurredText)
  if (occurredText === '') problems.push(problem('occurredOn', 'communications.problems.dateMissing'))
  else if (occurredOn === undefined)
    problems.push(problem('occurredOn', 'communications.problems.dateInvalid'))
  else if (occurredOn.slice(0, 4) < '1990')
    problems.push(problem('occurredOn', 'communications.problems.dateTooEarly'))
  else if (occurredOn > today) problems.push(problem('occurredOn', 'communications.problems.dateInFuture'))

  const channel = draft.channel.trim()
  if (!isOneOf(CHANNELS, channel)) problems.push(problem('channel', 'communications.problems.channelMissing'))
  const direction = draft.direction.trim()
  if (!isOneOf(DIRECTIONS, direction))
    problems.push(problem('direction', 'communications.problems.directionMissing'))

  const subject = draft.subject.trim().replace(/\s+/g, ' ')
  if (subject === '') problems.push(problem('subject', 'communications.problems.subjectMissing'))
  else if (subject.length > MAX_SUBJECT)
    problems.push(problem('subject', 'communications.problems.subjectTooLong', { max: MAX_SUBJECT }))

  const people = optional(draft.people)
  if (people && people.length > MAX_PEOPLE)
    problems.push(problem('people', 'communications.problems.peopleTooLong', { max: MAX_PEOPLE }))
  const summary = optional(draft.summary)
  if (summary && summary.length > MAX_SUMMARY)
    problems.push(problem('summary', 'communications.problems.summaryTooLong', { max: MAX_SUMMARY }))
  const emailText = optional(draft.emailText)
  if (emailText && emailText.length > MAX_EMAIL_TEXT)
    problems.push(problem('emailText', 'communications.problems.emailTooLong', { max: MAX_EMAIL_TEXT }))

  const followUpText = draft.followUpOn.trim()
  const followUpOn = followUpText === '' ? null : parseLocalDate(followUpText)
  const followUpNote = optional(draft.followUpNote)
  if (followUpOn === undefined)
    problems.push(problem('followUpOn', 'communications.problems.followUpInvalid'))
  else if (followUpOn !== null && occurredOn !== undefined && followUpOn < occurredOn)
    problems.push(problem('followUpOn', 'communications.problems.followUpBeforeDate'))
  else if (
    followUpOn !== null &&
    Number(followUpOn.slice(0, 4)) > Number(today.slice(0, 4)) + MAX_YEARS_AHEAD
  )
    problems.push(
      problem('followUpOn', 'communications.problems.followUpTooLate', { years: MAX_YEARS_AHEAD }),
    )
  else if (followUpOn === null && followUpNote !== null)
    problems.push(problem('followUpOn', 'communications.problems.followUpDateMissing'))
  if (followUpNote && followUpNote.length > MAX_FOLLOW_UP_NOTE)
    problems.push(
      problem('followUpNote', 'communications.problems.followUpNoteTooLong', { max: MAX_FOLLOW_UP_NOTE }),
    )

  if (
    problems.length > 0 ||
    occurredOn === undefined ||
    followUpOn === undefined ||
    !isOneOf(CHANNELS, channel) ||
    !isOneOf(DIRECTIONS, direction)
  )
    return { value: undefined, problems }
  return {
    value: { occurredOn, channel, direction, people, subject, summary, emailText, followUpOn, followUpNote },
    problems,
  }
}

/**
 * A follow-up the family promised itself ("call back if no answer by Friday"): the deadlines
 * feature lists these among the child's dates.
 */
export interface FollowUp {
  readonly communicationId: string
  readonly childId: string
  readonly dueOn: LocalDate
  readonly subject: string
  readonly note: string | null
  readonly done: boolean
}

export function followUpOf(communication: Communication): FollowUp | undefined {
  if (communication.followUpOn === null) return undefined
  return {
    communicationId: communication.id,
    childId: communication.childId,
    dueOn: communication.followUpOn,
    subject: communication.subject,
    note: communication.followUpNote,
    done: communication.followUpDoneAt !== null,
  }
}
