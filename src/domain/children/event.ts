import { type LocalDate, parseLocalDate } from '../dates/local-date.ts'
import { type EventType, isEventType } from '../events/event-types.ts'
import { type Problem, problem } from '../problems.ts'

/** Something that happened (or is scheduled) on a child's record: it starts and meets legal clocks. */
export interface ChildEvent {
  readonly id: string
  readonly childId: string
  readonly organizationId: string
  readonly type: EventType
  readonly date: LocalDate
  readonly note: string | null
  /** Extra facts some rules read, e.g. `{ schoolDays: 3 }` on a disciplinary removal. */
  readonly details: Readonly<Record<string, unknown>> | null
  readonly createdBy: string | null
  readonly createdAt: string
  readonly updatedAt: string
}

export interface EventDraft {
  readonly type: string
  readonly date: string
  readonly note: string
}

export interface EventDetails {
  readonly type: EventType
  readonly date: LocalDate
  readonly note: string | null
}

const MAX_NOTE = 2000
/** Events may be scheduled ahead (a meeting next month) but not absurdly far. */
const MAX_YEARS_AHEAD = 5

export function checkEventDetails(
  draft: EventDraft,
  today: LocalDate,
): { value: EventDetails | undefined; problems: Problem[] } {
  const problems: Problem[] = []
  const type = draft.type.trim()
  if (type === '') problems.push(problem('type', 'events.problems.typeMissing'))
  else if (!isEventType(type)) problems.push(problem('type', 'events.problems.typeInvalid'))

  const dateText = draft.date.trim()
  const date = parseLocalDate(dateText)
  if (dateText === '') problems.push(problem('date', 'events.problems.dateMissing'))
  else if (date === undefined) problems.push(problem('date', 'events.problems.dateInvalid'))
  else if (date.slice(0, 4) < '1990') problems.push(problem('date', 'events.problems.dateTooEarly'))
  else if (Number(date.slice(0, 4)) > Number(today.slice(0, 4)) + MAX_YEARS_AHEAD) {
    problems.push(problem('date', 'events.problems.dateTooLate', { years: MAX_YEARS_AHEAD }))
  }

  const note = draft.note.trim()
  if (note.length > MAX_NOTE) problems.push(problem('note', 'events.problems.noteTooLong', { max: MAX_NOTE }))

  if (problems.length > 0 || date === undefined || !isEventType(type)) return { value: undefined, problems }
  return { value: { type, date, note: note === '' ? null : note }, problems }
}
