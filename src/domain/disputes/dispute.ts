import { type LocalDate, parseLocalDate } from '../dates/local-date.ts'
import { type Problem, problem } from '../problems.ts'
import { type FormalRoad, findStage, isFormalRoad } from './roads.ts'

export const DISPUTE_STATUSES = ['open', 'resolved', 'withdrawn'] as const
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number]

/** A stage the family recorded, with the events it added to the child's record. */
export interface DisputeStageRecord {
  readonly stage: string
  readonly date: LocalDate
  readonly eventIds: readonly string[]
}

export interface Dispute {
  readonly id: string
  readonly childId: string
  readonly organizationId: string
  readonly road: FormalRoad
  readonly title: string
  readonly status: DisputeStatus
  readonly violationOn: LocalDate
  readonly knewOn: LocalDate | null
  readonly stages: readonly DisputeStageRecord[]
  readonly outcome: string
  /** The terms of a mediation or resolution agreement, one per line; each becomes a follow-up task. */
  readonly agreementTerms: readonly string[]
  readonly version: number
  readonly createdAt: string
  readonly updatedAt: string
}

const MAX_LINE = 300
const MAX_TEXT = 10_000
const MAX_TERMS = 50

function dateOf(
  text: string,
  field: string,
  today: LocalDate,
  problems: Problem[],
  missingKey?: string,
): LocalDate | null {
  const trimmed = text.trim()
  if (trimmed === '') {
    if (missingKey) problems.push(problem(field, missingKey))
    return null
  }
  const date = parseLocalDate(trimmed)
  if (date === undefined) {
    problems.push(problem(field, 'disputes.problems.dateInvalid'))
    return null
  }
  if (date > today) {
    problems.push(problem(field, 'disputes.problems.dateInFuture'))
    return null
  }
  return date
}

export interface DisputeStart {
  readonly road: FormalRoad
  readonly title: string
  readonly violationOn: LocalDate
  readonly knewOn: LocalDate | null
}

/** Checks the form that opens a dispute: the road, a short name, the day of the problem and the day they knew. */
export function checkDisputeStart(
  draft: { road: string; title: string; violationOn: string; knewOn: string },
  today: LocalDate,
): { value: DisputeStart | undefined; problems: Problem[] } {
  const problems: Problem[] = []
  const road = draft.road.trim()
  if (!isFormalRoad(road)) problems.push(problem('road', 'disputes.problems.road'))
  const title = draft.title.trim()
  if (title === '') problems.push(problem('title', 'disputes.problems.titleMissing'))
  else if (title.length > MAX_LINE)
    problems.push(problem('title', 'disputes.problems.tooLong', { max: MAX_LINE }))
  const violationOn = dateOf(
    draft.violationOn,
    'violationOn',
    today,
    problems,
    'disputes.problems.violationMissing',
  )
  const knewOn = dateOf(draft.knewOn, 'knewOn', today, problems)
  if (violationOn && knewOn && knewOn < violationOn)
    problems.push(problem('knewOn', 'disputes.problems.knewBeforeViolation'))
  if (problems.length > 0 || !isFormalRoad(road) || !violationOn) return { value: undefined, problems }
  return { value: { road, title, violationOn, knewOn }, problems }
}

/** Checks a stage the family records: one of the road's stages, on a real day (hearing dates may be ahead). */
export function checkStageRecord(
  road: FormalRoad,
  draft: { stage: string; date: string },
  today: LocalDate,
): { value: { stage: string; date: LocalDate } | undefined; problems: Problem[] } {
  const problems: Problem[] = []
  const stage = findStage(road, draft.stage.trim())
  if (!stage) problems.push(problem('stage', 'disputes.problems.stage'))
  // A hearing is scheduled ahead; every other stage is something that has happened.
  const ahead = stage?.id === 'hearing' && road === 'due-process'
  const limit = ahead ? ('9999-12-31' as LocalDate) : today
  const date = dateOf(draft.date, 'date', limit, problems, 'disputes.problems.stageDateMissing')
  if (problems.length > 0 || !stage || !date) return { value: undefined, problems }
  return { value: { stage: stage.id, date }, problems }
}

/** Checks the outcome: a status, what happened, and the agreement's terms (one per line). */
export function checkDisputeOutcome(draft: { status: string; outcome: string; agreementTerms: string }): {
  value: { status: DisputeStatus; outcome: string; agreementTerms: string[] } | undefined
  problems: Problem[]
} {
  const problems: Problem[] = []
  const status = draft.status.trim()
  if (!(DISPUTE_STATUSES as readonly string[]).includes(status))
    problems.push(problem('status', 'disputes.problems.status'))
  if (draft.outcome.length > MAX_TEXT)
    problems.push(problem('outcome', 'disputes.problems.tooLong', { max: MAX_TEXT }))
  const agreementTerms = draft.agreementTerms
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
    .filter((line) => line !== '')
  if (agreementTerms.length > MAX_TERMS)
    problems.push(problem('agreementTerms', 'disputes.problems.tooManyTerms', { max: MAX_TERMS }))
  if (agreementTerms.some((term) => term.length > MAX_LINE))
    problems.push(problem('agreementTerms', 'disputes.problems.termTooLong', { max: MAX_LINE }))
  if (problems.length > 0) return { value: undefined, problems }
  return {
    value: { status: status as DisputeStatus, outcome: draft.outcome.trim(), agreementTerms },
    problems,
  }
}
