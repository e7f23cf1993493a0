import type { LocalDate } from '../dates/local-date.ts'
import type { Message } from '../messages.ts'
import { nthAfter, yearHolding, yearStartingAfter } from './calendar-index.ts'
import type { RuleVariant } from './compile-law.ts'
import type { PreparedEvent } from './compute-due.ts'
import { epochFromCivil, yearOf } from './day-math.ts'
import { type DeadlineStatus, DUE_SOON_DAYS_OF_REMOVAL } from './deadline.ts'
import { dateOf } from './epoch-dates.ts'
import { type EvaluationContext, quietContext } from './evaluate.ts'
import { explain } from './explain.ts'
import type { Confidence } from './law-data.ts'
import { LazyDeadline } from './lazy-deadline.ts'

/**
 * Disciplinary removals (34 CFR 300.530(b), (d)): school days of removal add up per school year,
 * and from the day after the limit (the 11th school day) the school must provide services.
 * One deadline per school year with removals. Each `disciplinary-removal-day-recorded` event counts
 * `details.schoolDays` school days (1 when absent) from its date. The running count needs no
 * calendar; the date of the 11th day does.
 */
export function evaluateThreshold(
  ctx: EvaluationContext,
  variant: RuleVariant,
  removalEvents: readonly PreparedEvent[],
  out: LazyDeadline[],
): void {
  const limit = variant.federal.amount ?? 10
  const groups = new Map<number, PreparedEvent[]>()
  for (const event of removalEvents) {
    const key = schoolYearStart(ctx, event.day)
    const group = groups.get(key)
    if (group) group.push(event)
    else groups.set(key, [event])
  }
  for (const [yearStart, removals] of groups)
    out.push(evaluateYear(ctx, variant, limit, yearStart, removals, null))
}

/** One school year's removals. Its explanation repeats the count with words. */
class RemovalDeadline extends LazyDeadline {
  readonly #ctx: EvaluationContext
  readonly #variant: RuleVariant
  readonly #yearStart: number
  readonly #removals: readonly PreparedEvent[]
  readonly #trigger: string
  readonly #metBy: PreparedEvent | null
  readonly #count: { readonly value: number; readonly limit: number }

  constructor(
    ctx: EvaluationContext,
    variant: RuleVariant,
    yearStart: number,
    removals: readonly PreparedEvent[],
    outcome: { due: number | null; trigger: string; status: DeadlineStatus; metBy: PreparedEvent | null },
    count: { readonly value: number; readonly limit: number },
  ) {
    super(outcome.due, outcome.status)
    this.#ctx = ctx
    this.#variant = variant
    this.#yearStart = yearStart
    this.#removals = removals
    this.#trigger = outcome.trigger
    this.#metBy = outcome.metBy
    this.#count = count
  }

  get rule(): string {
    return this.#variant.id
  }
  get kind(): 'threshold' {
    return 'threshold'
  }
  get title(): Message {
    return this.#variant.title
  }
  get trigger(): string {
    return this.#trigger
  }
  get metBy(): string | null {
    return this.#metBy === null ? null : this.#metBy.id
  }
  get metOn(): LocalDate | null {
    return this.#metBy === null ? null : this.#metBy.date
  }
  get daysLate(): number | null {
    return this.#metBy === null ? null : Math.max(0, this.#metBy.day - this.dueDay)
  }
  get supersededBy(): null {
    return null
  }
  get jurisdiction(): string {
    return this.#variant.federal.authority
  }
  get citation(): string {
    return this.#variant.federal.citation
  }
  get confidence(): Confidence {
    return this.#variant.federal.confidence
  }
  get count(): { readonly value: number; readonly limit: number } {
    return this.#count
  }

  protected explainNow(): Message[] {
    const steps: Message[] = []
    const quiet = quietContext(this.#ctx, this.#ctx.ruleId)
    evaluateYear(
      quiet,
      this.#variant,
      this.#variant.federal.amount ?? 10,
      this.#yearStart,
      this.#removals,
      steps,
    )
    return steps
  }
}

// The first day of the school year holding a day: from the calendar, else 1 July (a common US school-year start).
function schoolYearStart(ctx: EvaluationContext, day: number): number {
  const calendar = ctx.calendar
  if (calendar) {
    const year = yearHolding(calendar, day) ?? yearStartingAfter(calendar, day)
    if (year) return year.firstDay
  }
  const year = yearOf(day)
  const julyFirst = epochFromCivil(year, 7, 1)
  return day >= julyFirst ? julyFirst : epochFromCivil(year - 1, 7, 1)
}

function evaluateYear(
  ctx: EvaluationContext,
  variant: RuleVariant,
  limit: number,
  yearStart: number,
  removals: readonly PreparedEvent[],
  steps: Message[] | null,
): RemovalDeadline {
  let total = 0
  let crossing: PreparedEvent | undefined
  let dayAfterLimit: number | null = null
  for (const removal of removals) {
    const days = removal.details?.schoolDays ?? 1
    if (!crossing && total + days > limit) {
      crossing = removal
      // The removal's first day is its date when that is a school day, else the next school day.
      const calendar = ctx.calendar
      const nth = calendar ? nthAfter(calendar.school, removal.day - 1, limit + 1 - total) : undefined
      if (nth !== undefined) dayAfterLimit = nth
    }
    total += days
  }
  const trigger = (crossing ?? removals[removals.length - 1])?.id ?? ''
  if (steps) {
    for (const removal of removals) steps.push(explain.event(removal.type, removal.date))
    steps.push(explain.removalTotal(total, dateOf(yearStart)), explain.removalRule(limit))
  }
  let status: DeadlineStatus
  let metBy: PreparedEvent | null = null
  let daysLate: number | null = null
  if (!crossing) {
    steps?.push(explain.removalLeft(limit + 1 - total))
    status = total > limit - DUE_SOON_DAYS_OF_REMOVAL ? 'due-soon' : 'upcoming'
  } else if (dayAfterLimit === null) {
    // Past the limit, but the day it was passed needs the school calendar (or next year's).
    steps?.push(ctx.calendar ? explain.needsNextYear(dateOf(ctx.calendar.end)) : explain.needsCalendar())
    ctx.problems?.push({
      field: ctx.calendar ? 'schoolCalendars' : 'schoolCalendar',
      message: ctx.calendar ? 'deadlines.problems.nextYearNeeded' : 'deadlines.problems.calendarNeeded',
      params: ctx.calendar
        ? { rule: variant.rule.id, date: dateOf(ctx.calendar.end) }
        : { rule: variant.rule.id },
    })
    status = 'upcoming'
  } else {
    steps?.push(explain.removalDay(limit + 1, dateOf(dayAfterLimit)), explain.due(dateOf(dayAfterLimit)))
    const first = removals[0]?.day ?? yearStart
    metBy = ctx.events.find((e) => variant.dueMask[e.typeId] === 1 && e.day >= first) ?? null
    if (metBy) {
      daysLate = Math.max(0, metBy.day - dayAfterLimit)
      steps?.push(
        daysLate > 0
          ? explain.metLate(metBy.type, metBy.date, daysLate)
          : explain.metOnTime(metBy.type, metBy.date),
      )
      status = 'met'
    } else if (ctx.today >= dayAfterLimit) {
      steps?.push(explain.overdue())
      status = 'overdue'
    } else {
      status = 'due-soon'
    }
  }
  const outcome = { due: dayAfterLimit, trigger, status, metBy }
  return new RemovalDeadline(ctx, variant, yearStart, removals, outcome, { value: total, limit })
}
