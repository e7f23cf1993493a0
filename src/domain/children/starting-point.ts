import type { LocalDate } from '../dates/local-date.ts'
import type { EventType } from '../events/event-types.ts'
import { type Problem, problem } from '../problems.ts'
import { checkEventDetails, type EventDetails } from './event.ts'

/**
 * "Where are you now?": the family's answer when a child's record starts, turned into the events
 * that start the legal clocks, so the first timeline they see already has real dates.
 */
export const STARTING_POINTS = [
  'nothing-yet',
  'evaluation-requested',
  'consent-signed',
  'evaluated',
  'has-iep',
  'has-504',
  'in-dispute',
] as const
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

interface Asked {
  readonly field: StartingPointField
  readonly type: EventType
  /** A date the family may leave empty ("I don't know"). */
  readonly optional?: boolean
}

/** The dates each answer asks for, and the event each becomes. */
function datesAsked(stage: StartingPoint, disputeKind: string): readonly Asked[] {
  switch (stage) {
    case 'nothing-yet':
      return []
    case 'evaluation-requested':
      return [{ field: 'requestedOn', type: 'evaluation-requested' }]
    case 'consent-signed':
      return [{ field: 'consentOn', type: 'consent-to-evaluate-signed' }]
    case 'evaluated':
      return [{ field: 'evaluatedOn', type: 'evaluation-completed' }]
    case 'has-iep':
      return [
        { field: 'iepMeetingOn', type: 'iep-meeting-held' },
        { field: 'lastEvaluationOn', type: 'evaluation-completed', optional: true },
      ]
    case 'has-504':
      return [
        { field: 'plan504On', type: '504-plan-meeting-held' },
        { field: 'lastEvaluationOn', type: '504-evaluation-completed', optional: true },
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

function isStartingPoint(value: string): value is StartingPoint {
  return (STARTING_POINTS as readonly string[]).includes(value)
}

/**
 * Checks the answer and gives the events to record, or every problem, each naming its field.
 * Dates are of things that already happened, so none may be after `today`.
 */
export function startingPointEvents(
  draft: StartingPointDraft,
  today: LocalDate,
): { value: EventDetails[] | undefined; problems: Problem[] } {
  const stage = draft.stage.trim()
  if (!isStartingPoint(stage)) {
    return { value: undefined, problems: [problem('stage', 'deadlines.ui.setup.problems.stage')] }
  }
  const problems: Problem[] = []
  const disputeKind = draft.disputeKind.trim()
  if (stage === 'in-dispute' && !(DISPUTE_KINDS as readonly string[]).includes(disputeKind)) {
    problems.push(problem('disputeKind', 'deadlines.ui.setup.problems.disputeKind'))
  }
  const events: EventDetails[] = []
  for (const asked of datesAsked(stage, disputeKind)) {
    const text = draft[asked.field].trim()
    if (text === '') {
      if (!asked.optional) problems.push(problem(asked.field, `deadlines.ui.setup.problems.${asked.field}`))
      continue
    }
    const checked = checkEventDetails({ type: asked.type, date: text, note: '' }, today)
    // The event checks name the field `date`; here each date has its own field.
    for (const found of checked.problems) problems.push({ ...found, field: asked.field })
    if (checked.value && checked.value.date > today) {
      problems.push(problem(asked.field, 'deadlines.ui.setup.problems.future'))
    } else if (checked.value) events.push(checked.value)
  }
  return problems.length > 0 ? { value: undefined, problems } : { value: events, problems }
}
