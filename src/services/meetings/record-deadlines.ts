import type { Child } from '../../domain/children/child.ts'
import type { ChildEvent } from '../../domain/children/event.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import type { Deadline, DeadlineEvent, EventDetails } from '../../domain/deadlines/deadline.ts'
import { evaluateChildDeadlines } from '../deadlines/compute-deadlines.ts'
import { law } from '../deadlines/law.ts'

/** The engine's `details` an event row may carry; anything else in the row (a meeting id) is not for the engine. */
function engineDetails(details: ChildEvent['details']): EventDetails | undefined {
  if (!details) return undefined
  const picked: Record<string, unknown> = {}
  if (typeof details.schoolDays === 'number') picked.schoolDays = details.schoolDays
  if (typeof details.waived === 'boolean') picked.waived = details.waived
  if (typeof details.date === 'string') picked.date = details.date
  if (typeof details.intellectualDisability === 'boolean')
    picked.intellectualDisability = details.intellectualDisability
  return Object.keys(picked).length > 0 ? (picked as EventDetails) : undefined
}

/** Events in the engine's shape. */
export function deadlineEventsOf(
  events: readonly Pick<ChildEvent, 'id' | 'type' | 'date' | 'details'>[],
): DeadlineEvent[] {
  return events.map((event) => {
    const details = engineDetails(event.details)
    return details
      ? { id: event.id, type: event.type, date: event.date, details }
      : { id: event.id, type: event.type, date: event.date }
  })
}

/**
 * Every deadline a child's events start under the child's state's rules (federal where the state has
 * none), evaluated by the deadline engine on `today`. No school calendar is known here, so a
 * school-day rule comes back without a date (the engine's problems say so).
 */
export function childDeadlines(
  child: Pick<Child, 'state' | 'dateOfBirth'>,
  events: readonly DeadlineEvent[],
  today: LocalDate,
): { deadlines: readonly Deadline[]; needsSchoolCalendar: boolean } {
  const jurisdiction = law().jurisdictions.has(child.state) ? child.state : 'US'
  const evaluation = evaluateChildDeadlines({
    jurisdiction,
    today,
    child: { dateOfBirth: child.dateOfBirth },
    holidays: [],
    events: [...events],
  })
  return { deadlines: evaluation.deadlines, needsSchoolCalendar: evaluation.problems.length > 0 }
}
