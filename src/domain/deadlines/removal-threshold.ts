import { fromEpochDay } from '../dates/local-date.ts'
import type { Message } from '../messages.ts'
import { nthAfter, yearHolding, yearStartingAfter } from './calendar-index.ts'
import type { RuleVariant } from './compile-law.ts'
import type { PreparedEvent } from './compute-due.ts'
import { epochFromCivil, yearOf } from './day-math.ts'
import { type Deadline, type DeadlineStatus, DUE_SOON_DAYS_OF_REMOVAL } from './deadline.ts'
import type { EvaluationContext } from './evaluate.ts'
import { explain } from './explain.ts'

/**
 * Disciplinary removals (34 CFR 300.530(b), (d)): school days of removal add up per school year,
 * and from the day after the limit (the 11th school day) the school must provide services.
 * One deadline per school year with removals. Each `disciplinary-removal-day-recorded` event counts
 * `details.schoolDays` school days (1 when absent) from its date. The date of the 11th day needs
 * the school calendar; the running count does not.
 */
export function evaluateThreshold(ctx: EvaluationContext, variant: RuleVariant, out: Deadline[]): void {
  const limit = variant.federal.amount ?? 10
  const groups = new Map<number, PreparedEvent[]>()
  for (const event of ctx.events) {
    if (variant.triggerMask[event.typeId] !== 1) continue
    const key = schoolYearStart(ctx, event.day)
    const group = groups.get(key)
    if (group) group.push(event)
    else groups.set(key, [event])
  }
  for (const [yearStart, removals] of groups) out.push(evaluateYear(ctx, variant, limit, yearStart, removals))
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
): Deadline {
  let total = 0
  let crossing: PreparedEvent | undefined
  let dayAfterLimit: number | null = null
  let needsCalendar = false
  for (const removal of removals) {
    const days = removal.details?.schoolDays ?? 1
    if (!crossing && total + days > limit) {
      crossing = removal
      const calendar = ctx.calendar
      // The removal's first day is its date when that is a school day, else the next school day.
      const nth = calendar ? nthAfter(calendar.school, removal.day - 1, limit + 1 - total) : undefined
      if (nth === undefined) needsCalendar = true
      else dayAfterLimit = nth
    }
    total += days
  }
  const trigger = crossing ?? removals[removals.length - 1]
  const steps: Message[] = []
  for (const removal of removals) steps.push(explain.event(removal.type, removal.date))
  steps.push(explain.removalTotal(total, fromEpochDay(yearStart)), explain.removalRule(limit))
  let status: DeadlineStatus
  let metBy: PreparedEvent | undefined
  let daysLate: number | null = null
  if (!crossing) {
    steps.push(explain.removalLeft(limit + 1 - total))
    status = total >= limit - DUE_SOON_DAYS_OF_REMOVAL + 1 ? 'due-soon' : 'upcoming'
  } else if (dayAfterLimit === null) {
    if (needsCalendar) {
      steps.push(explain.needsCalendar())
      ctx.problems?.push({
        field: 'schoolCalendar',
        message: 'deadlines.problems.calendarNeeded',
        params: { rule: variant.rule.id },
      })
    }
    status = 'upcoming'
  } else {
    steps.push(
      explain.removalDay(limit + 1, fromEpochDay(dayAfterLimit)),
      explain.due(fromEpochDay(dayAfterLimit)),
    )
    const start = removals[0]?.day ?? yearStart
    metBy = ctx.events.find((e) => variant.dueMask[e.typeId] === 1 && e.day >= start)
    if (metBy) {
      daysLate = Math.max(0, metBy.day - dayAfterLimit)
      steps.push(
        daysLate > 0
          ? explain.metLate(metBy.type, metBy.date, daysLate)
          : explain.metOnTime(metBy.type, metBy.date),
      )
      status = 'met'
    } else if (ctx.today >= dayAfterLimit) {
      steps.push(explain.overdue())
      status = 'overdue'
    } else {
      status = 'due-soon'
    }
  }
  return {
    rule: variant.rule.id,
    kind: 'threshold',
    title: variant.title,
    due: dayAfterLimit === null ? null : fromEpochDay(dayAfterLimit),
    trigger: trigger?.id ?? '',
    status,
    metBy: metBy?.id ?? null,
    metOn: metBy?.date ?? null,
    daysLate,
    supersededBy: null,
    jurisdiction: 'US',
    citation: variant.rule.citation,
    confidence: variant.rule.confidence,
    explanation: steps,
    count: { value: total, limit },
  }
}
