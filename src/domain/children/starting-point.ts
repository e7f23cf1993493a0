import type { LocalDate } from '../dates/local-date.ts'
import type { EventType } from '../events/event-types.ts'
import { type Problem, problem } from '../problems.ts'
import { checkEventDetails, type EventDetails } from './event.ts'

/**
 * "Where are you now?": the family's answer when a child's record starts, one question a page,
 * turned into the events that start the legal clocks, so the first timeline they see already has
 * real dates. Any date may be "I don't know"; the timeline then says which date would sharpen it.
 */
export const STARTING_POINTS = ['no-plan', 'evaluation', 'has-iep', 'has-504', 'in-dispute'] as const
export type StartingPoint = (typeof STARTING_POINTS)[number]

export const DISPUTE_KINDS = ['due-process', 'state-complaint'] as const

export const STARTING_POINT_FIELDS = [
  'stage',
  'requestedOn',
  'consentOn',
  'evaluatedOn',
  'iepMeetingOn',
  'plan504On',
  'lastEvaluationOn',
  'disputeKind',
  'disputeOn',
] as const
export type StartingPointField = (typeof STARTING_POINT_FIELDS)[number]
export type StartingPointDraft = Readonly<Record<StartingPointField, string>>

/** The answer "I don't know" to a date question. */
export const UNKNOWN_DATE = 'unknown'

/** The date questions each answer asks, in order, and the event each date becomes. */
function datesAsked(
  stage: StartingPoint,
  disputeKind: string,
): readonly { field: StartingPointField; type: EventType }[] {
  switch (stage) {
    case 'no-plan':
      return []
    case 'evaluation':
      return [
        { field: 'requestedOn', type: 'evaluation-requested' },
        { field: 'consentOn', type: 'consent-to-evaluate-signed' },
        { field: 'evaluatedOn', type: 'evaluation-completed' },
      ]
    case 'has-iep':
      return [
        { field: 'iepMeetingOn', type: 'iep-meeting-held' },
        { field: 'lastEvaluationOn', type: 'evaluation-completed' },
      ]
    case 'has-504':
      return [
        { field: 'plan504On', type: '504-plan-meeting-held' },
        { field: 'lastEvaluationOn', type: '504-evaluation-completed' },
      ]
    case 'in-dispute':
      return [
        {
          field: 'disputeOn',
          type:
            disputeKind === 'state-complaint'
              ? 'state-complaint-filed'
              : 'parent-due-process-complaint-received',
        },
      ]
  }
}

export function isStartingPoint(value: string): value is StartingPoint {
  return (STARTING_POINTS as readonly string[]).includes(value)
}

/**
 * The questions, one a page, for the answers given so far: first "where are you now?", then (for
 * a dispute) which kind, then each date that matters. Only the stage is known before it is chosen.
 */
export function startingPointSteps(
  draft: Pick<StartingPointDraft, 'stage' | 'disputeKind'>,
): StartingPointField[] {
  const stage = draft.stage.trim()
  if (!isStartingPoint(stage)) return ['stage']
  return [
    'stage',
    ...(stage === 'in-dispute' ? (['disputeKind'] as const) : []),
    ...datesAsked(stage, draft.disputeKind.trim()).map((asked) => asked.field),
  ]
}

/** Whether a question asks for a date (which may be answered "I don't know"). */
export function isDateQuestion(field: StartingPointField): boolean {
  return field !== 'stage' && field !== 'disputeKind'
}

/** Checks the answer to one question; dates are of things that already happened (not after `today`). */
export function checkStartingPointAnswer(
  field: StartingPointField,
  draft: StartingPointDraft,
  today: LocalDate,
): { event?: EventDetails; problems: Problem[] } {
  const text = draft[field].trim()
  if (field === 'stage') {
    return isStartingPoint(text)
      ? { problems: [] }
      : { problems: [problem('stage', 'deadlines.ui.setup.problems.stage')] }
  }
  if (field === 'disputeKind') {
    return (DISPUTE_KINDS as readonly string[]).includes(text)
      ? { problems: [] }
      : { problems: [problem('disputeKind', 'deadlines.ui.setup.problems.disputeKind')] }
  }
  if (text === UNKNOWN_DATE) return { problems: [] }
  if (text === '') return { problems: [problem(field, `deadlines.ui.setup.problems.${field}`)] }
  const stage = draft.stage.trim()
  const asked = isStartingPoint(stage)
    ? datesAsked(stage, draft.disputeKind.trim()).find((a) => a.field === field)
    : undefined
  // A date under another answer is never recorded; it still has to be a real date to be kept.
  const checked = checkEventDetails(
    { type: asked?.type ?? 'evaluation-requested', date: text, note: '' },
    today,
  )
  // The event checks name the field `date`; here each date has its own field.
  const problems: Problem[] = checked.problems.map((found) => ({ ...found, field }))
  if (checked.value && checked.value.date > today) {
    problems.push(problem(field, 'deadlines.ui.setup.problems.future'))
  }
  return problems.length > 0 || !checked.value || !asked ? { problems } : { event: checked.value, problems }
}

/**
 * Checks every answer the chosen path asks, and gives the events to record (none for "I don't
 * know"), or every problem, each naming its field. Answers to questions off the path are ignored.
 */
export function startingPointEvents(
  draft: StartingPointDraft,
  today: LocalDate,
): { value: EventDetails[] | undefined; problems: Problem[] } {
  const problems: Problem[] = []
  const events: EventDetails[] = []
  for (const field of startingPointSteps(draft)) {
    const answer = checkStartingPointAnswer(field, draft, today)
    problems.push(...answer.problems)
    if (answer.event) events.push(answer.event)
  }
  if (!isStartingPoint(draft.stage.trim())) return { value: undefined, problems }
  return problems.length > 0 ? { value: undefined, problems } : { value: events, problems }
}

/** The dates the family answered "I don't know" to, in the order asked. */
export function unknownDates(draft: StartingPointDraft): StartingPointField[] {
  return startingPointSteps(draft).filter(
    (field) => isDateQuestion(field) && draft[field].trim() === UNKNOWN_DATE,
  )
}

/**
 * Dates missing from a record that would sharpen its deadlines: a plan with no evaluation date
 * (the three-year reevaluation cannot be dated), a request with no consent date (the evaluation
 * clock starts at consent). Read from the events, so the hint goes once the date is added.
 */
export function datesThatWouldSharpen(
  types: ReadonlySet<string>,
): ('lastEvaluation' | 'last504Evaluation' | 'consent')[] {
  const missing: ('lastEvaluation' | 'last504Evaluation' | 'consent')[] = []
  if (types.has('iep-meeting-held') && !types.has('evaluation-completed')) missing.push('lastEvaluation')
  if (types.has('504-plan-meeting-held') && !types.has('504-evaluation-completed'))
    missing.push('last504Evaluation')
  if (
    types.has('evaluation-requested') &&
    !types.has('consent-to-evaluate-signed') &&
    !types.has('evaluation-completed')
  ) {
    missing.push('consent')
  }
  return missing
}
