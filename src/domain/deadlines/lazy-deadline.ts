import type { LocalDate } from '../dates/local-date.ts'
import type { Message } from '../messages.ts'
import type { PreparedEvent } from './compute-due.ts'
import type { Deadline, DeadlineStatus } from './deadline.ts'
import { dateOf } from './epoch-dates.ts'
import type { Confidence, DeadlineKind } from './law-data.ts'

/**
 * A Deadline whose explanation is built the first time it is read. Evaluating a district's
 * children for a dashboard needs dates and statuses only; the words cost more than the dates, so
 * they wait until someone opens "why this date". Subclasses know how to explain themselves.
 */
export abstract class LazyDeadline implements Deadline {
  readonly due: LocalDate | null
  readonly metBy: string | null
  readonly metOn: LocalDate | null
  readonly dueDay: number
  #explanation: readonly Message[] | null = null

  /** Due date first; deadlines without a date last. */
  static byDueDate(a: LazyDeadline, b: LazyDeadline): number {
    return a.dueDay - b.dueDay
  }

  protected constructor(
    readonly rule: string,
    readonly kind: DeadlineKind,
    readonly title: Message,
    dueDay: number | null,
    readonly trigger: string,
    readonly status: DeadlineStatus,
    metBy: PreparedEvent | null,
    readonly daysLate: number | null,
    readonly supersededBy: string | null,
    readonly jurisdiction: string,
    readonly citation: string,
    readonly confidence: Confidence,
    readonly count: { readonly value: number; readonly limit: number } | null,
  ) {
    this.due = dueDay === null ? null : dateOf(dueDay)
    this.dueDay = dueDay === null ? Number.MAX_SAFE_INTEGER : dueDay
    this.metBy = metBy === null ? null : metBy.id
    this.metOn = metBy === null ? null : metBy.date
  }

  /** Runs the evaluation again with words. */
  protected abstract explainNow(): Message[]

  get explanation(): readonly Message[] {
    if (this.#explanation === null) this.#explanation = this.explainNow()
    return this.#explanation
  }
}
