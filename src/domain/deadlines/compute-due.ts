import type { LocalDate } from '../dates/local-date.ts'
import type { Message } from '../messages.ts'
import type { Problem } from '../problems.ts'
import {
  type CompiledCalendar,
  countBetween,
  countedDays,
  nthAfter,
  nthBefore,
  yearHolding,
  yearStartingAfter,
} from './calendar-index.ts'
import type { Recipe } from './compile-law.ts'
import {
  addMonthsToEpoch,
  epochFromCivil,
  isWeekendDay,
  monthArithmeticClamped,
  nthBusinessDay,
  weekdayHolidaysBetween,
  weekdaysBetween,
  yearOf,
} from './day-math.ts'
import type { EventDetails } from './deadline.ts'
import { dateOf } from './epoch-dates.ts'
import { explain } from './explain.ts'
import type { Unit } from './law-data.ts'

/** A child's event, prepared for the engine: type numbered, date as an epoch day. */
export interface PreparedEvent {
  readonly id: string
  readonly type: string
  readonly typeId: number
  readonly day: number
  readonly date: LocalDate
  readonly details: EventDetails | undefined
  /** The event itself: an event is also where a clock starts (see ClockStart in evaluate.ts). */
  readonly event: PreparedEvent
  readonly origin: 'event'
}

/** What counting needs to know about one child on one day. */
export interface CountContext {
  readonly calendar: CompiledCalendar | null
  readonly holidays: ReadonlySet<number>
  readonly events: readonly PreparedEvent[]
  readonly birth: number | null
  readonly absentTypeId: number
  /** Problems found while counting (a missing calendar); null while counting quietly. */
  problems: Problem[] | null
  ruleId: string
}

function report(ctx: CountContext, field: string, message: string, params: Record<string, string>) {
  ctx.problems?.push({ field, message, params: { rule: ctx.ruleId, ...params } })
}

/**
 * Applies a recipe to a trigger day and returns the due day, or null (no fixed period, or the count
 * cannot be done). The steps that explain it go to `steps` when one is given: the engine first
 * evaluates without words, and explains a deadline only when someone reads it. The trigger's own
 * step and the final "due on" step are the caller's. The trigger day is day 0.
 */
export function applyRecipe(
  ctx: CountContext,
  recipe: Recipe,
  triggerDay: number,
  trigger: PreparedEvent | null,
  steps: Message[] | null,
): number | null {
  let start = triggerDay
  let amount = recipe.amount
  let unit = recipe.unit
  const who = recipe.authority
  if (recipe.bound === 'no-fixed-period' || amount === null || unit === null) {
    if (recipe.bound === 'before' || recipe.bound === 'at-least-before') {
      steps?.push(explain.beforeNoLead())
      return triggerDay
    }
    steps?.push(explain.noFixedPeriod())
    return null
  }
  if (recipe.summerTriggerMovesToFirstSchoolDay && ctx.calendar && !yearHolding(ctx.calendar, start)) {
    const next = yearStartingAfter(ctx.calendar, start)
    const firstSchoolDay = next ? nthAfter(ctx.calendar.school, next.firstDay - 1, 1) : undefined
    if (firstSchoolDay !== undefined) {
      start = firstSchoolDay
      steps?.push(explain.summerMoved(who, dateOf(start)))
    }
  }
  if (recipe.byAge && ctx.birth !== null) {
    for (const band of recipe.byAge) {
      if (addMonthsToEpoch(ctx.birth, band.below * 12) > start) {
        amount = band.amount
        unit = band.unit
        steps?.push(explain.byAge(who, band.below, band.amount, band.unit))
        break
      }
    }
  }
  if (recipe.onlyWhenDetail && trigger) steps?.push(explain.detail(recipe.onlyWhenDetail))
  let due: number | null
  switch (recipe.bound) {
    case 'at-least-before':
    case 'before':
      due = countBackward(ctx, who, start, amount, unit, steps)
      break
    case 'within':
    case 'not-before':
    case 'at': {
      if (amount === 0) {
        steps?.push(explain.sameDay())
        due = start
        break
      }
      const special = recipe.endOfSchoolYear ? endOfSchoolYear(ctx, recipe, start, steps) : undefined
      if (special !== undefined) {
        due = special
        break
      }
      due = countForward(ctx, recipe, start, amount, unit, steps)
      if (due !== null && recipe.absenceExtension)
        due = extendForAbsences(ctx, recipe, start, due, unit, steps)
      if (due !== null && recipe.alternative && trigger)
        due = alternativeLimit(ctx, recipe, trigger, due, steps)
      break
    }
    default:
      due = null
  }
  // Only calendar counts can land on a day off; the law does not move the date (LAW.md §12.8).
  if (steps && due !== null && recipe.weekendNote && !recipe.pauses && isCalendarCount(unit)) {
    if (isWeekendDay(due) || ctx.holidays.has(due)) steps.push(explain.weekend(dateOf(due)))
  }
  return due
}

function isCalendarCount(unit: Unit | null): boolean {
  return unit === 'calendar-days' || unit === 'months' || unit === 'years'
}

function countForward(
  ctx: CountContext,
  recipe: Recipe,
  start: number,
  amount: number,
  unit: Unit,
  steps: Message[] | null,
): number | null {
  const who = recipe.authority
  // "Not before" and "at" rules word the count their own way; only built when explaining.
  const lead =
    steps === null
      ? null
      : recipe.bound === 'not-before'
        ? explain.notBefore(who, amount, unit)
        : recipe.bound === 'at'
          ? explain.happensAt(who, amount, unit)
          : null
  switch (unit) {
    case 'calendar-days': {
      steps?.push(lead ?? explain.countCalendar(who, amount, unit))
      if (!recipe.pauses) return start + amount
      const calendar = ctx.calendar
      if (!calendar) {
        steps?.push(explain.pausesNoCalendar(who))
        return start + amount
      }
      const counted = countedDays(calendar, recipe.pauses.list, recipe.pauses.key)
      if (start < calendar.start && !counted.outsideCounts)
        steps?.push(explain.beforeCalendar(dateOf(calendar.start)))
      const due = nthAfter(counted, start, amount)
      if (due === undefined) return needsNextYear(ctx, calendar, steps)
      const paused = due - start - amount
      if (paused > 0) steps?.push(explain.pauses(who, paused))
      return due
    }
    case 'school-days': {
      steps?.push(lead ?? explain.countSchool(who, amount))
      const calendar = ctx.calendar
      if (!calendar) return needsCalendar(ctx, steps)
      if (start < calendar.start) steps?.push(explain.beforeCalendar(dateOf(calendar.start)))
      const due = nthAfter(calendar.school, start, amount)
      if (due === undefined) return needsNextYear(ctx, calendar, steps)
      explainSchoolDaySkips(calendar, Math.max(start, calendar.start - 1), due, amount, steps)
      return due
    }
    case 'business-days': {
      steps?.push(lead ?? explain.countBusiness(who, amount))
      const due = nthBusinessDay(start, amount, ctx.holidays)
      explainHolidays(ctx, start, due, steps)
      return due
    }
    case 'months':
    case 'years': {
      steps?.push(lead ?? explain.countMonths(who, amount, unit))
      const due = addMonthsToEpoch(start, unit === 'years' ? amount * 12 : amount)
      if (monthArithmeticClamped(start, due)) steps?.push(explain.clamped())
      return due
    }
    case 'school-years': {
      // The school year under way, or (from the summer) the one that starts next.
      const calendar = ctx.calendar
      const year = calendar ? (yearHolding(calendar, start) ?? yearStartingAfter(calendar, start)) : undefined
      if (year && amount === 1) {
        steps?.push(explain.schoolYear(dateOf(year.lastDay)))
        return year.lastDay
      }
      steps?.push(explain.schoolYearNoCalendar())
      return addMonthsToEpoch(start, amount * 12) - 1
    }
  }
}

function countBackward(
  ctx: CountContext,
  who: string,
  start: number,
  amount: number,
  unit: Unit,
  steps: Message[] | null,
): number | null {
  if (amount === 0) {
    steps?.push(explain.beforeNoLead())
    return start
  }
  steps?.push(explain.countBackward(who, amount, unit))
  switch (unit) {
    case 'calendar-days':
      return start - amount
    case 'business-days': {
      const due = nthBusinessDay(start, -amount, ctx.holidays)
      explainHolidays(ctx, due, start, steps)
      return due
    }
    case 'school-days': {
      const calendar = ctx.calendar
      if (!calendar) return needsCalendar(ctx, steps)
      const due = nthBefore(calendar.school, start, amount)
      if (due === undefined) {
        steps?.push(explain.needsCalendar())
        report(ctx, 'schoolCalendars', 'deadlines.problems.previousYearNeeded', { date: dateOf(start) })
        return null
      }
      return due
    }
    case 'months':
    case 'years':
    case 'school-years':
      return addMonthsToEpoch(start, -(unit === 'months' ? amount : amount * 12))
  }
}

function explainSchoolDaySkips(
  calendar: CompiledCalendar,
  from: number,
  due: number,
  amount: number,
  steps: Message[] | null,
) {
  if (!steps) return
  const inYear = countBetween(calendar.yearWeekdays, from, due)
  const closed = inYear - amount
  const outside = weekdaysBetween(from, due) - inYear
  if (closed > 0) steps?.push(explain.skippedClosed(closed))
  if (outside > 0) steps?.push(explain.skippedSummer(outside))
}

function explainHolidays(ctx: CountContext, from: number, to: number, steps: Message[] | null) {
  if (!steps) return
  if (ctx.holidays.size === 0) {
    steps?.push(explain.noHolidays())
    return
  }
  const skipped = weekdayHolidaysBetween(from, to, ctx.holidays)
  if (skipped > 0) steps?.push(explain.skippedHolidays(skipped))
}

function needsCalendar(ctx: CountContext, steps: Message[] | null): null {
  steps?.push(explain.needsCalendar())
  report(ctx, 'schoolCalendar', 'deadlines.problems.calendarNeeded', {})
  return null
}

function needsNextYear(ctx: CountContext, calendar: CompiledCalendar, steps: Message[] | null): null {
  const lastDay = dateOf(calendar.end)
  steps?.push(explain.needsNextYear(lastDay))
  report(ctx, 'schoolCalendars', 'deadlines.problems.nextYearNeeded', { date: lastDay })
  return null
}

/** Texas, Massachusetts and California rules for consent that arrives near the end of the school year. */
function endOfSchoolYear(
  ctx: CountContext,
  recipe: Recipe,
  start: number,
  steps: Message[] | null,
): number | null | undefined {
  const rule = recipe.endOfSchoolYear
  const calendar = ctx.calendar
  if (!rule || !calendar) return undefined
  const year = yearHolding(calendar, start)
  if (!year) return undefined
  const lastDay = dateOf(year.lastDay)
  if ('schoolDaysBeforeLastDay' in rule.when) {
    const { atLeast, below } = rule.when.schoolDaysBeforeLastDay
    const left = countBetween(calendar.school, start, year.lastDay)
    if (left < atLeast || left >= below) return undefined
    steps?.push(explain.countSchool(recipe.authority, recipe.amount ?? 0))
    steps?.push(explain.endOfYearSchoolDays(left, lastDay))
  } else {
    const left = year.lastDay - start
    if (left > rule.when.calendarDaysBeforeLastDay.atMost) return undefined
    steps?.push(explain.countCalendar(recipe.authority, recipe.amount ?? 0, recipe.unit ?? 'calendar-days'))
    steps?.push(explain.endOfYearCalendarDays(left, lastDay))
  }
  steps?.push(explain.endOfYearRule(recipe.authority, rule.citation))
  if ('monthDay' in rule.due) {
    const month = Number(rule.due.monthDay.slice(0, 2))
    const day = Number(rule.due.monthDay.slice(3, 5))
    return epochFromCivil(yearOf(year.lastDay), month, day)
  }
  if ('daysAfterLastDay' in rule.due) return year.lastDay + rule.due.daysAfterLastDay
  const next = yearStartingAfter(calendar, year.lastDay)
  if (!next) return needsNextYear(ctx, calendar, steps)
  return next.firstDay + rule.due.daysAfterNextFirstDay
}

/** Texas (3 or more) and Florida (more than 8) add the child's absences to the count. */
function extendForAbsences(
  ctx: CountContext,
  recipe: Recipe,
  start: number,
  due: number,
  unit: Unit,
  steps: Message[] | null,
): number | null {
  const extension = recipe.absenceExtension
  if (!extension) return due
  let absences = 0
  for (const event of ctx.events) {
    if (event.typeId === ctx.absentTypeId && event.day > start && event.day <= due) {
      absences += event.details?.schoolDays ?? 1
    }
  }
  const who = recipe.authority
  if (absences === 0) {
    steps?.push(explain.absencesNone(who, extension.minimumAbsences))
    return due
  }
  if (absences < extension.minimumAbsences) {
    steps?.push(explain.absencesFew(who, absences, extension.minimumAbsences))
    return due
  }
  const quiet: Message[] | null = steps ? [] : null
  const extended = countForward(ctx, recipe, due, absences, unit, quiet)
  if (extended === null) {
    if (steps && quiet) steps.push(...quiet.slice(1))
    return null
  }
  steps?.push(explain.absences(who, absences, extension.minimumAbsences, dateOf(extended)))
  return extended
}

/** Delaware and Maryland set a second limit; the earlier date wins. */
function alternativeLimit(
  ctx: CountContext,
  recipe: Recipe,
  trigger: PreparedEvent,
  due: number,
  steps: Message[] | null,
): number | null {
  const alt = recipe.alternative
  if (!alt) return due
  let from: PreparedEvent | undefined
  if (alt.triggerTypes.includes(trigger.type)) from = trigger
  else {
    for (const event of ctx.events) {
      if (event.day <= trigger.day && alt.triggerTypes.includes(event.type)) from = event
    }
  }
  const who = recipe.authority
  if (!from) {
    steps?.push(explain.alternativeMissing(who, alt.amount, alt.unit, alt.trigger))
    return due
  }
  const problems = ctx.problems
  ctx.problems = null
  const other = countForward(
    ctx,
    { ...recipe, alternative: null, absenceExtension: null },
    from.day,
    alt.amount,
    alt.unit,
    [],
  )
  ctx.problems = problems
  if (other === null) return due
  steps?.push(explain.alternative(who, alt.amount, alt.unit, from.type, dateOf(other)))
  steps?.push(explain.earlierApplies())
  return Math.min(other, due)
}
