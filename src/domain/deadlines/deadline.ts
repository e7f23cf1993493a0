import type { LocalDate } from '../dates/local-date.ts'
import type { Message } from '../messages.ts'
import type { Confidence, DeadlineKind } from './law-data.ts'

/**
 * Where a deadline stands on `today` (docs/deadlines.md, "Statuses"):
 * - `upcoming`: not yet due, more than DUE_SOON_DAYS away (or no fixed date yet);
 * - `due-soon`: due today or within the next DUE_SOON_DAYS days;
 * - `overdue`: the date has passed and nothing in the record meets it;
 * - `met`: an event met it (on time or late), or the period ended by itself;
 * - `not-applicable`: a later event restarted the clock, an exception or waiver applies, the chance
 *   to act has ended, or the rule does not apply to this child.
 */
export const DEADLINE_STATUSES = ['upcoming', 'due-soon', 'overdue', 'met', 'not-applicable'] as const
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number]

/** "Due soon" means due today or in the next 14 days: the first reminder goes out 14 days before. */
export const DUE_SOON_DAYS = 14

/**
 * A removal count is "due soon" from school day 8 of removal: LAW.md §5 suggests alerts at days
 * 8, 10 and 11, so the last three days before the limit are the warning window.
 */
export const DUE_SOON_DAYS_OF_REMOVAL = 3

/** A child's event as the engine reads it. `details` fields are listed in docs/deadlines.md. */
export interface DeadlineEvent {
  readonly id: string
  readonly type: string
  readonly date: LocalDate
  readonly details?: EventDetails
}

export interface EventDetails {
  /** School days a disciplinary removal lasted, or school days a student-absent event covers (default 1). */
  readonly schoolDays?: number
  /** On `resolution-meeting-held`: the meeting was waived in writing (read as `resolution-meeting-waived`). */
  readonly waived?: boolean
  /** On `evaluation-completion-date-agreed`: the completion date the parent and the new district agreed. */
  readonly date?: LocalDate
  /** On `evaluation-completed` / `reevaluation-completed`: the child has an intellectual disability (PA). */
  readonly intellectualDisability?: boolean
}

/** One deadline an event started, with the reasons for its date. */
export interface Deadline {
  readonly rule: string
  readonly kind: DeadlineKind
  readonly title: Message
  /** The date, or null when the law gives no fixed period or the record lacks what the date needs. */
  readonly due: LocalDate | null
  /** The id of the event that started the clock (`child.dateOfBirth` for age rules). */
  readonly trigger: string
  readonly status: DeadlineStatus
  readonly metBy: string | null
  readonly metOn: LocalDate | null
  /** Calendar days between the due date and the event that met it; 0 when on time. */
  readonly daysLate: number | null
  /** The later event that restarted this clock, when one did. */
  readonly supersededBy: string | null
  /** `US` when the federal rule gave the date, else the state code whose rule did. */
  readonly jurisdiction: string
  readonly citation: string
  readonly confidence: Confidence
  /** The steps that lead to the date, in order; built when first read. */
  readonly explanation: readonly Message[]
  /** Threshold rules only (null otherwise): school days counted so far and the limit. */
  readonly count: { readonly value: number; readonly limit: number } | null
}
