import { isTimeZone } from '../consultations/zone-clock.ts'
import { type LocalDate, parseLocalDate } from '../dates/local-date.ts'
import type { EventType } from '../events/event-types.ts'
import { type Problem, problem } from '../problems.ts'

/** The meetings a family is invited to, in the words of school papers. Never rename one: rows keep them. */
export const MEETING_KINDS = [
  'eligibility',
  'initial-iep',
  'annual-review',
  'amendment',
  'reevaluation',
  '504-meeting',
  '504-review',
  'manifestation-determination',
  'resolution-meeting',
  'mediation-session',
  'other',
] as const
export type MeetingKind = (typeof MEETING_KINDS)[number]

export function isMeetingKind(value: string): value is MeetingKind {
  return (MEETING_KINDS as readonly string[]).includes(value)
}

/** The kinds held by the IEP team, whose members 34 CFR 300.321 names. */
export const IEP_TEAM_KINDS: readonly MeetingKind[] = [
  'initial-iep',
  'annual-review',
  'amendment',
  'reevaluation',
]

/** The kinds whose invitation the IEP meeting-notice rule (34 CFR 300.322(a)-(b)) covers. */
export const NOTICE_RULE_KINDS: readonly MeetingKind[] = [
  'eligibility',
  'initial-iep',
  'annual-review',
  'amendment',
  'reevaluation',
]

/** Roles at the table. The first five are the members 34 CFR 300.321(a) requires (with the parent). */
export const PARTICIPANT_ROLES = [
  'parent',
  'general-education-teacher',
  'special-education-teacher',
  'district-representative',
  'evaluation-interpreter',
  'related-service-provider',
  'student',
  'advocate',
  'language-interpreter',
  'case-manager',
  'other',
] as const
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number]

export interface Participant {
  readonly name: string
  readonly role: ParticipantRole
  /** Excused from attending (34 CFR 300.321(e)): the written agreement or consent is what makes it allowed. */
  readonly excused: boolean
}

export interface FollowUpTask {
  readonly task: string
  readonly owner: string
  readonly dueOn: LocalDate | null
  readonly done: boolean
}

/** What the parent brings: their own words, one item per line for questions and requests. */
export interface MeetingPrep {
  readonly concerns: string
  readonly strengths: string
  readonly questions: readonly string[]
  readonly requests: readonly string[]
}

export interface MeetingOutcome {
  readonly heldOn: LocalDate
  readonly notes: string
  readonly decisions: string
  readonly followUps: readonly FollowUpTask[]
  /**
   * The school proposed or refused a change at the meeting (to the evaluation, eligibility,
   * placement or services): it then owes the family prior written notice (34 CFR 300.503).
   */
  readonly schoolProposedChange: boolean
}

export interface MeetingDetails {
  readonly kind: MeetingKind
  readonly date: LocalDate
  /** Wall-clock start, `HH:MM`, in `timeZone`. */
  readonly startTime: string
  readonly durationMinutes: number
  readonly timeZone: string
  readonly place: string | null
  readonly link: string | null
  /** The day the school's invitation (meeting notice) reached the family. */
  readonly invitedOn: LocalDate | null
  readonly participants: readonly Participant[]
}

export interface Meeting extends MeetingDetails {
  readonly id: string
  readonly childId: string
  readonly organizationId: string
  readonly prep: MeetingPrep
  readonly outcome: MeetingOutcome | null
  readonly version: number
  readonly createdAt: string
  readonly updatedAt: string
}

export const EMPTY_PREP: MeetingPrep = { concerns: '', strengths: '', questions: [], requests: [] }

/** The events recording a meeting as held adds, so the deadline engine meets and restarts the right clocks. */
export const HELD_EVENTS: Readonly<Record<MeetingKind, readonly EventType[]>> = {
  eligibility: ['eligibility-determined'],
  // The first IEP meeting meets the 30-day rule, starts the annual-review clock, and writes the
  // IEP, after which services start as soon as possible (34 CFR 300.323(c)(2)).
  'initial-iep': ['initial-iep-meeting-held', 'iep-meeting-held', 'iep-developed'],
  // An annual review meets last year's clock and starts the next one.
  'annual-review': ['annual-iep-review-held', 'iep-meeting-held'],
  // An amendment changes the IEP without restarting the annual review (34 CFR 300.324(a)(4)).
  amendment: ['other'],
  reevaluation: ['reevaluation-completed'],
  '504-meeting': ['504-plan-meeting-held'],
  '504-review': ['504-plan-meeting-held'],
  'manifestation-determination': ['manifestation-determination-held'],
  'resolution-meeting': ['resolution-meeting-held'],
  'mediation-session': ['mediation-held'],
  other: ['other'],
}

/**
 * Every event recording this outcome adds: the kind's own (HELD_EVENTS), and the school's proposal
 * or refusal when there was one, which starts the prior-written-notice rule (34 CFR 300.503).
 */
export function heldEventTypes(
  kind: MeetingKind,
  outcome: Pick<MeetingOutcome, 'schoolProposedChange'>,
): EventType[] {
  return [
    ...HELD_EVENTS[kind],
    ...(outcome.schoolProposedChange ? (['school-proposes-or-refuses-action'] as const) : []),
  ]
}

export const MAX_PARTICIPANTS = 30
export const MAX_FOLLOW_UPS = 30
const MAX_LINE = 300
const MAX_TEXT = 10_000
const MAX_ITEMS = 50

/** What a meeting form posts, every field as typed. */
export interface MeetingDraft {
  readonly kind: string
  readonly date: string
  readonly startTime: string
  readonly durationMinutes: string
  readonly timeZone: string
  readonly place: string
  readonly link: string
  readonly invitedOn: string
  readonly participants: readonly { name: string; role: string; excused: string }[]
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

function isWebLink(text: string): boolean {
  try {
    const url = new URL(text)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

function dateField(
  text: string,
  field: string,
  problems: Problem[],
  missingKey?: string,
): LocalDate | null | undefined {
  const trimmed = text.trim()
  if (trimmed === '') {
    if (missingKey) problems.push(problem(field, missingKey))
    return missingKey ? undefined : null
  }
  const date = parseLocalDate(trimmed)
  if (date === undefined) problems.push(problem(field, 'meetings.problems.dateInvalid'))
  return date
}

/** Checks a meeting form: every problem at once, each naming its field. */
export function checkMeetingDetails(draft: MeetingDraft): {
  value: MeetingDetails | undefined
  problems: Problem[]
} {
  const problems: Problem[] = []
  const kind = draft.kind.trim()
  if (!isMeetingKind(kind)) problems.push(problem('kind', 'meetings.problems.kind'))
  const date = dateField(draft.date, 'date', problems, 'meetings.problems.dateMissing')
  const startTime = draft.startTime.trim()
  if (startTime === '') problems.push(problem('startTime', 'meetings.problems.timeMissing'))
  else if (!TIME.test(startTime)) problems.push(problem('startTime', 'meetings.problems.timeInvalid'))
  const durationText = draft.durationMinutes.trim()
  const durationMinutes = durationText === '' ? 60 : Number(durationText)
  if (
    !/^\d{1,3}$/.test(durationText === '' ? '60' : durationText) ||
    durationMinutes < 5 ||
    durationMinutes > 600
  )
    problems.push(problem('durationMinutes', 'meetings.problems.duration'))
  const timeZone = draft.timeZone.trim()
  if (!isTimeZone(timeZone)) problems.push(problem('timeZone', 'meetings.problems.timeZone'))
  const place = draft.place.trim()
  const link = draft.link.trim()
  if (place.length > MAX_LINE) problems.push(problem('place', 'meetings.problems.tooLong', { max: MAX_LINE }))
  if (link !== '' && (!isWebLink(link) || link.length > 1000))
    problems.push(problem('link', 'meetings.problems.link'))
  if (place === '' && link === '') problems.push(problem('place', 'meetings.problems.placeOrLink'))
  const invitedOn = dateField(draft.invitedOn, 'invitedOn', problems)
  if (invitedOn && date && invitedOn > date)
    problems.push(problem('invitedOn', 'meetings.problems.invitedAfterMeeting'))

  const participants: Participant[] = []
  draft.participants.forEach((row, index) => {
    const name = row.name.trim()
    const role = row.role.trim()
    if (name === '' && role === '') return
    if (name === '')
      problems.push(problem(`participants[${index}].name`, 'meetings.problems.participantName'))
    else if (name.length > MAX_LINE)
      problems.push(problem(`participants[${index}].name`, 'meetings.problems.tooLong', { max: MAX_LINE }))
    if (!(PARTICIPANT_ROLES as readonly string[]).includes(role))
      problems.push(problem(`participants[${index}].role`, 'meetings.problems.participantRole'))
    else participants.push({ name, role: role as ParticipantRole, excused: row.excused === 'yes' })
  })
  if (participants.length > MAX_PARTICIPANTS)
    problems.push(problem('participants', 'meetings.problems.tooMany', { max: MAX_PARTICIPANTS }))

  if (problems.length > 0 || !isMeetingKind(kind) || !date) return { value: undefined, problems }
  return {
    value: {
      kind,
      date,
      startTime,
      durationMinutes,
      timeZone,
      place: place === '' ? null : place,
      link: link === '' ? null : link,
      invitedOn: invitedOn ?? null,
      participants,
    },
    problems,
  }
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
    .filter((line) => line !== '')
}

/** Checks the parent's preparation: free text, and one question or request per line. */
export function checkMeetingPrep(draft: {
  concerns: string
  strengths: string
  questions: string
  requests: string
}): { value: MeetingPrep | undefined; problems: Problem[] } {
  const problems: Problem[] = []
  for (const field of ['concerns', 'strengths', 'questions', 'requests'] as const)
    if (draft[field].length > MAX_TEXT)
      problems.push(problem(field, 'meetings.problems.tooLong', { max: MAX_TEXT }))
  const questions = lines(draft.questions)
  const requests = lines(draft.requests)
  if (questions.length > MAX_ITEMS)
    problems.push(problem('questions', 'meetings.problems.tooManyLines', { max: MAX_ITEMS }))
  if (requests.length > MAX_ITEMS)
    problems.push(problem('requests', 'meetings.problems.tooManyLines', { max: MAX_ITEMS }))
  if (problems.length > 0) return { value: undefined, problems }
  return {
    value: { concerns: draft.concerns.trim(), strengths: draft.strengths.trim(), questions, requests },
    problems,
  }
}

/** Checks what happened: the day it was held (not after today), notes, decisions and follow-up tasks. */
export function checkMeetingOutcome(
  draft: {
    heldOn: string
    notes: string
    decisions: string
    followUps: readonly { task: string; owner: string; dueOn: string; done: string }[]
    /** 'yes' when the school proposed or refused a change. */
    schoolProposedChange?: string
  },
  today: LocalDate,
): { value: MeetingOutcome | undefined; problems: Problem[] } {
  const problems: Problem[] = []
  const heldOn = dateField(draft.heldOn, 'heldOn', problems, 'meetings.problems.heldOnMissing')
  if (heldOn && heldOn > today) problems.push(problem('heldOn', 'meetings.problems.heldInFuture'))
  for (const field of ['notes', 'decisions'] as const)
    if (draft[field].length > MAX_TEXT)
      problems.push(problem(field, 'meetings.problems.tooLong', { max: MAX_TEXT }))
  const followUps: FollowUpTask[] = []
  draft.followUps.forEach((row, index) => {
    const task = row.task.trim()
    const owner = row.owner.trim()
    if (task === '' && owner === '' && row.dueOn.trim() === '') return
    if (task === '') problems.push(problem(`followUps[${index}].task`, 'meetings.problems.taskMissing'))
    else if (task.length > MAX_LINE)
      problems.push(problem(`followUps[${index}].task`, 'meetings.problems.tooLong', { max: MAX_LINE }))
    if (owner === '') problems.push(problem(`followUps[${index}].owner`, 'meetings.problems.ownerMissing'))
    else if (owner.length > MAX_LINE)
      problems.push(problem(`followUps[${index}].owner`, 'meetings.problems.tooLong', { max: MAX_LINE }))
    const dueOn = dateField(row.dueOn, `followUps[${index}].dueOn`, problems)
    followUps.push({ task, owner, dueOn: dueOn ?? null, done: row.done === 'yes' })
  })
  if (followUps.length > MAX_FOLLOW_UPS)
    problems.push(problem('followUps', 'meetings.problems.tooMany', { max: MAX_FOLLOW_UPS }))
  if (problems.length > 0 || !heldOn) return { value: undefined, problems }
  return {
    value: {
      heldOn,
      notes: draft.notes.trim(),
      decisions: draft.decisions.trim(),
      followUps,
      schoolProposedChange: draft.schoolProposedChange === 'yes',
    },
    problems,
  }
}
