import type { LocalDate } from '../dates/local-date.ts'
import type { Message } from '../messages.ts'
import type { Deadline, DeadlineStatus } from './deadline.ts'
import { dateOf } from './epoch-dates.ts'
import type { Confidence, DeadlineKind } from './law-data.ts'

/**
 * The sort key of a deadline without a date: after every real day. A small integer (not
 * Number.MAX_SAFE_INTEGER), so V8 keeps `dueDay` unboxed in every deadline.
 */
export const NO_DUE_DAY = 0x3fffffff

/**
 * A Deadline that keeps only what it cannot work out again: its date and status, and references
 * to the rule and events it came from. The other fields are read through from those, and the
 * explanation is built the first time it is read. Evaluating a district's children for a
 * dashboard needs dates and statuses only, so it pays for neither the words nor the copies.
 * For a plain object (JSON), map the fields (see services/deadlines/compute-deadlines.ts).
 */
export abstract class LazyDeadline implements Deadline {
  /** The due date as an epoch day; deadlines without a date sort last (NO_DUE_DAY). */
  readonly dueDay: number
  #explanation: readonly Message[] | null = null

  /** Due date first; deadlines without a date last. */
  static byDueDate(a: LazyDeadline, b: LazyDeadline): number {
    return a.dueDay - b.dueDay
  }

  protected constructor(
    dueDay: number | null,
    readonly status: DeadlineStatus,
  ) {
    this.dueDay = dueDay === null ? NO_DUE_DAY : dueDay
  }

  /** Written when read: a dashboard that sorts and counts by day never needs the text. */
  get due(): LocalDate | null {
    return this.dueDay === NO_DUE_DAY ? null : dateOf(this.dueDay)
  }

  abstract get rule(): string
  abstract get kind(): DeadlineKind
  abstract get title(): Message
  abstract get trigger(): string
  abstract get metBy(): string | null
  abstract get metOn(): LocalDate | null
  abstract get daysLate(): number | null
  abstract get supersededBy(): string | null
  abstract get jurisdiction(): string
  abstract get citation(): string
  abstract get confidence(): Confidence
  abstract get count(): { readonly value: number; readonly limit: number } | null

  /** Runs the evaluation again with words. */
  protected abstract explainNow(): Message[]

  get explanation(): readonly Message[] {
    if (this.#explanation === null) this.#explanation = this.explainNow()
    return this.#explanation
  }
}
