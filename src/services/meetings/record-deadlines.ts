import type { Child } from '../../domain/children/child.ts'
import type { ChildEvent } from '../../domain/children/event.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import type { Deadline } from '../../domain/deadlines/deadline.ts'
import type { SchoolYear } from '../../domain/school-calendars/school-year.ts'
import { deadlineInputOf } from '../deadlines/child-deadlines.ts'
import { evaluateChildDeadlines } from '../deadlines/compute-deadlines.ts'

/** An event as the deadline engine reads it: a row of the record, or one a check makes up (a planned meeting). */
export type EngineEvent = Pick<ChildEvent, 'id' | 'type' | 'date'> & {
  readonly details?: ChildEvent['details']
}

/**
 * Every deadline these events start under the child's state's rules (federal where the state has
 * none), on `today`, counting school days on the child's school years. Without a school year a
 * school-day rule has no date, and `needsSchoolCalendar` says so.
 */
export function childDeadlines(
  child: Pick<Child, 'state' | 'dateOfBirth'>,
  events: readonly EngineEvent[],
  today: LocalDate,
  schoolYears: readonly SchoolYear[] = [],
): { deadlines: readonly Deadline[]; needsSchoolCalendar: boolean } {
  const evaluation = evaluateChildDeadlines(
    deadlineInputOf(
      child,
      events.map((event) => ({ ...event, details: event.details ?? null })),
      schoolYears,
      today,
    ),
  )
  return { deadlines: evaluation.deadlines, needsSchoolCalendar: evaluation.problems.length > 0 }
}
