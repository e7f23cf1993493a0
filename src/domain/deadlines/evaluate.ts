import { fromEpochDay, type LocalDate, toEpochDay } from '../dates/local-date.ts'
import type { Message } from '../messages.ts'
import { type Problem, problem } from '../problems.ts'
import type { CompiledCalendar } from './calendar-index.ts'
import type { CompiledLaw, JurisdictionRules, Recipe, RuleVariant } from './compile-law.ts'
import { applyRecipe, type CountContext, type PreparedEvent } from './compute-due.ts'
import { addMonthsToEpoch } from './day-math.ts'
import { type Deadline, type DeadlineEvent, type DeadlineStatus, DUE_SOON_DAYS } from './deadline.ts'
import { explain } from './explain.ts'
import type { Confidence } from './law-data.ts'
import { evaluateThreshold } from './removal-threshold.ts'

/** One child's record on one day, ready for the engine. Calendars and holidays are compiled once and shared. */
export interface DeadlineInput {
  /** `US` or a state code. */
  readonly jurisdiction: string
  readonly today: LocalDate
  readonly dateOfBirth: LocalDate | null
  readonly events: readonly DeadlineEvent[]
  readonly calendar: CompiledCalendar | null
  /** Holidays as epoch days (see compileHolidays). */
  readonly holidays: ReadonlySet<number>
}

export interface DeadlineEvaluation {
  readonly deadlines: Deadline[]
  /** Input the family can fix (a missing school calendar); each deadline it affects has no date. */
  readonly problems: Problem[]
}

/** The trigger id used for rules that count from the child's date of birth. */
export const BIRTH_TRIGGER = 'child.dateOfBirth'

/** Holidays as epoch days, for business-day counts (34 CFR 300.11(b)). */
export function compileHolidays(holidays: Iterable<LocalDate>): ReadonlySet<number> {
  const days = new Set<number>()
  for (const day of holidays) days.add(toEpochDay(day))
  return days
}

/** Where a clock starts: an event, the date of birth, or the end of another rule's period (chaining). */
interface ClockStart {
  readonly id: string
  readonly day: number
  readonly date: LocalDate
  readonly event: PreparedEvent | null
  readonly step: Message
}

/** What the engine remembers of each clock, so that a chained rule can read it. */
export interface ClockEnd {
  readonly id: string
  /** The day the period ended: the event that ended it, or the computed date. */
  readonly day: number
  readonly byEvent: PreparedEvent | null
  readonly superseded: boolean
}

/** The engine's working state for one child. */
export interface EvaluationContext extends CountContext {
  readonly law: CompiledLaw
  readonly rules: JurisdictionRules
  readonly today: number
  readonly ends: (ClockEnd[] | undefined)[]
}

/**
 * Every deadline a child's events start under the law of a jurisdiction, with its status on
 * `today` and the steps that explain its date. Pure: the same input always gives the same output.
 * Conventions (day 0, clamping, school days, statuses) are in docs/deadlines.md.
 */
export function evaluateDeadlines(law: CompiledLaw, input: DeadlineInput): DeadlineEvaluation {
  const problems: Problem[] = []
  const rules = law.jurisdictions.get(input.jurisdiction)
  if (!rules) return { deadlines: [], problems: [problem('jurisdiction', 'deadlines.problems.jurisdiction')] }
  const events = prepareEvents(law, input.events, problems)
  const ctx: EvaluationContext = {
    law,
    rules,
    today: toEpochDay(input.today),
    calendar: input.calendar,
    holidays: input.holidays,
    events,
    birth: input.dateOfBirth === null ? null : toEpochDay(input.dateOfBirth),
    absentTypeId: law.typeIds.get('student-absent') ?? -1,
    problems,
    ruleId: '',
    ends: new Array(rules.variants.length),
  }
  const selected = new Uint8Array(rules.variants.length)
  for (const event of events) for (const index of rules.byType[event.typeId] ?? []) selected[index] = 1
  if (ctx.birth !== null) for (const index of rules.birthVariants) selected[index] = 1
  const deadlines: Deadline[] = []
  for (let index = 0; index < selected.length; index += 1) {
    const variant = rules.variants[index]
    if (selected[index] !== 1 || !variant) continue
    ctx.ruleId = variant.rule.id
    if (variant.isThreshold) evaluateThreshold(ctx, variant, deadlines)
    else evaluateVariant(ctx, variant, index, deadlines)
  }
  deadlines.sort(byDueDate)
  return { deadlines, problems: dedupe(problems) }
}

function byDueDate(a: Deadline, b: Deadline): number {
  if (a.due !== b.due) {
    if (a.due === null) return 1
    if (b.due === null) return -1
    return a.due < b.due ? -1 : 1
  }
  return 0
}

function prepareEvents(
  law: CompiledLaw,
  events: readonly DeadlineEvent[],
  problems: Problem[],
): PreparedEvent[] {
  const prepared: PreparedEvent[] = []
  const waivedId = law.typeIds.get('resolution-meeting-waived') ?? -1
  for (let i = 0; i < events.length; i += 1) {
    const event = events[i]
    if (!event) continue
    const typeId = law.typeIds.get(event.type)
    if (typeId === undefined) {
      problems.push(problem(`events[${i}].type`, 'deadlines.problems.eventType', { type: event.type }))
      continue
    }
    // A resolution meeting recorded as waived is read as the waiver itself (docs/deadlines.md).
    const waived = event.type === 'resolution-meeting-held' && event.details?.waived === true
    prepared.push({
      id: event.id,
      type: waived ? 'resolution-meeting-waived' : event.type,
      typeId: waived ? waivedId : typeId,
      day: toEpochDay(event.date),
      date: event.date,
      details: event.details,
    })
  }
  prepared.sort((a, b) => a.day - b.day)
  return prepared
}

function dedupe(problems: Problem[]): Problem[] {
  if (problems.length < 2) return problems
  const seen = new Set<string>()
  return problems.filter((p) => {
    const key = `${p.field}|${p.message}|${p.params?.rule ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Which recipe starts clocks, from which events. */
function clockStarts(ctx: EvaluationContext, variant: RuleVariant): ClockStart[] {
  const starts: ClockStart[] = []
  if (variant.fromBirth) {
    if (ctx.birth !== null) {
      const date = fromEpochDay(ctx.birth)
      starts.push({ id: BIRTH_TRIGGER, day: ctx.birth, date, event: null, step: explain.birth(date) })
    }
    return starts
  }
  const stateMask = variant.stateTriggerMask
  // A state that counts from its own event is used when that event is in the record.
  const useState =
    stateMask !== null && (variant.mode !== 'stricter' || ctx.events.some((e) => stateMask[e.typeId] === 1))
  for (const event of ctx.events) {
    const starts_ =
      variant.federalTriggerMask[event.typeId] === 1 || (useState && stateMask?.[event.typeId] === 1)
    if (starts_)
      starts.push({
        id: event.id,
        day: event.day,
        date: event.date,
        event,
        step: explain.event(event.type, event.date),
      })
  }
  if (starts.length === 0 && variant.derivedFromBirthYears > 0 && ctx.birth !== null) {
    const day = addMonthsToEpoch(ctx.birth, variant.derivedFromBirthYears * 12)
    const date = fromEpochDay(day)
    starts.push({
      id: BIRTH_TRIGGER,
      day,
      date,
      event: null,
      step: explain.majorityAssumed(variant.derivedFromBirthYears, date),
    })
  }
  if (starts.length === 0 && variant.chainSource >= 0) {
    const ends = ctx.ends[variant.chainSource]
    const end = ends?.filter((e) => !e.superseded).at(-1)
    if (end) {
      const date = fromEpochDay(end.day)
      starts.push({
        id: end.byEvent?.id ?? end.id,
        day: end.day,
        date,
        event: end.byEvent,
        step: end.byEvent
          ? explain.endedByEvent(end.byEvent.type, end.byEvent.date)
          : explain.chainComputed(variant.rule.chainedFrom ?? '', date),
      })
    }
  }
  return starts
}

function evaluateVariant(ctx: EvaluationContext, variant: RuleVariant, index: number, out: Deadline[]): void {
  const starts = clockStarts(ctx, variant)
  const ends: ClockEnd[] = []
  const rule = variant.rule
  for (let i = 0; i < starts.length; i += 1) {
    const start = starts[i]
    if (!start) continue
    const next = rule.laterTriggerRestarts ? starts[i + 1] : undefined
    const previous = i > 0 ? starts[i - 1] : undefined
    const deadline = evaluateClock(ctx, variant, start, next, previous, ends)
    out.push(deadline)
  }
  ctx.ends[index] = ends
}

interface Dated {
  due: number | null
  steps: Message[]
  recipe: Recipe
  confidence: Confidence
}

/** The due date of one clock under the jurisdiction's variant of the rule. */
function dateClock(ctx: EvaluationContext, variant: RuleVariant, start: ClockStart): Dated {
  const federal = variant.federal
  const state = variant.state
  const type = start.event?.typeId ?? -1
  const isStateTrigger = state !== null && type >= 0 && variant.stateTriggerMask?.[type] === 1
  const isFederalTrigger = type < 0 || variant.federalTriggerMask[type] === 1
  if (state && variant.mode === 'replace') {
    if (isStateTrigger) {
      const counted = applyRecipe(ctx, state, start.day, start.event)
      counted.steps.unshift(explain.stateReplaces(state.authority, federal.amount, federal.unit))
      return { ...counted, recipe: state, confidence: state.confidence }
    }
    // The state counts from another event, which the record does not have yet.
    const steps: Message[] = []
    if (state.amount !== null && state.unit !== null) {
      steps.push(explain.needsEvent(state.authority, state.amount, state.unit, state.triggerTypes[0] ?? ''))
    }
    return { due: null, steps, recipe: state, confidence: state.confidence }
  }
  if (state && variant.mode === 'stricter') {
    const detail = state.onlyWhenDetail
    const detailApplies =
      detail === null || (start.event?.details as Record<string, unknown> | undefined)?.[detail] === true
    if (isStateTrigger && detailApplies) {
      const stateCounted = applyRecipe(ctx, state, start.day, start.event)
      if (!isFederalTrigger) return { ...stateCounted, recipe: state, confidence: state.confidence }
      const federalCounted = applyRecipe(ctx, federal, start.day, start.event)
      if (federalCounted.due === null) {
        stateCounted.steps.unshift(explain.stateReplaces(state.authority, null, null))
        return { ...stateCounted, recipe: state, confidence: state.confidence }
      }
      if (stateCounted.due === null)
        return { ...federalCounted, recipe: federal, confidence: variant.federalConfidence }
      const stateFirst = stateCounted.due < federalCounted.due
      const steps = [
        ...federalCounted.steps,
        explain.gives(fromEpochDay(federalCounted.due)),
        ...stateCounted.steps,
        explain.gives(fromEpochDay(stateCounted.due)),
        explain.earlierApplies(),
      ]
      return stateFirst
        ? { due: stateCounted.due, steps, recipe: state, confidence: state.confidence }
        : { due: federalCounted.due, steps, recipe: federal, confidence: variant.federalConfidence }
    }
    const counted = applyRecipe(ctx, federal, start.day, start.event)
    if (!isStateTrigger && detailApplies && state.triggerTypes[0] !== federal.triggerTypes[0]) {
      counted.steps.push(explain.stateFromOtherEvent(state.authority, state.triggerTypes[0] ?? ''))
    }
    return { ...counted, recipe: federal, confidence: variant.federalConfidence }
  }
  const counted = applyRecipe(ctx, federal, start.day, start.event)
  if (variant.stateNote) counted.steps.push(variant.stateNote)
  const candidate = variant.candidate
  if (candidate && candidate.amount !== null && candidate.unit !== null) {
    counted.steps.push(candidateStep(ctx, candidate, start, candidate.amount, candidate.unit))
  }
  return { ...counted, recipe: federal, confidence: variant.federalConfidence }
}

/** A low-confidence state figure, shown beside the federal date with a "check it" note. */
function candidateStep(
  ctx: EvaluationContext,
  candidate: Recipe,
  start: ClockStart,
  amount: number,
  unit: Recipe['unit'] & string,
) {
  const citation = candidate.citation
  const sameStart = start.event === null || candidate.triggerTypes.includes(start.event.type)
  if (sameStart) {
    const problems = ctx.problems
    ctx.problems = null
    const counted = applyRecipe(ctx, candidate, start.day, start.event)
    ctx.problems = problems
    if (counted.due !== null) {
      return explain.candidateDate(candidate.authority, amount, unit, fromEpochDay(counted.due), citation)
    }
  }
  return explain.candidateNoDate(candidate.authority, amount, unit, citation)
}

function evaluateClock(
  ctx: EvaluationContext,
  variant: RuleVariant,
  start: ClockStart,
  next: ClockStart | undefined,
  previous: ClockStart | undefined,
  ends: ClockEnd[],
): Deadline {
  const rule = variant.rule
  const dated = dateClock(ctx, variant, start)
  const steps: Message[] = [start.step, ...dated.steps]
  let due = dated.due
  const recipe = dated.recipe
  const kind = recipe.kind
  const backward = recipe.bound === 'before' || recipe.bound === 'at-least-before'
  // Events that meet or stop a clock must come after it starts (or, for "before" rules, after the
  // previous clock of the same rule, so each notice pairs with its own meeting).
  const windowStart = backward
    ? previous
      ? previous.day + 1
      : Number.NEGATIVE_INFINITY
    : rule.metLookback
      ? addMonthsToEpoch(start.day, -(rule.metLookback.unit === 'years' ? 12 : 1) * rule.metLookback.amount)
      : start.day
  const limit = next?.day ?? Number.POSITIVE_INFINITY

  if (due !== null && variant.alsoDueBeforeMask.length > 0) {
    for (const event of ctx.events) {
      if (variant.alsoDueBeforeMask[event.typeId] === 1 && event.day > start.day && event.day < due) {
        due = event.day
        steps.push(explain.alsoDueBefore(event.type, event.date))
        break
      }
    }
  }

  let status: DeadlineStatus | undefined
  let metBy: PreparedEvent | undefined
  let supersededBy: string | null = null

  const exception = findEvent(ctx, variant.exceptionMask, windowStart, limit, start)
  if (exception) {
    const listed = rule.exceptions?.find((e) => e.event === exception.type)
    steps.push(explain.event(exception.type, exception.date))
    if (listed) steps.push(explain.exception(listed.id))
    if (listed?.effect === 'sets-due' && exception.details?.date) {
      due = toEpochDay(exception.details.date)
    } else {
      status = 'not-applicable'
    }
  }

  const dueMask = recipe === variant.state && variant.stateDueMask ? variant.stateDueMask : variant.dueMask
  if (status === undefined) {
    metBy = findMet(ctx, dueMask, windowStart, next, start)
    const endedEarly = findEvent(ctx, variant.endedEarlyMask, start.day, limit, start)
    if (endedEarly && (!metBy || endedEarly.day < metBy.day) && (due === null || endedEarly.day <= due)) {
      metBy = endedEarly
    }
  }
  if (status === undefined && !metBy && next) {
    status = 'not-applicable'
    supersededBy = next.id
  }
  if (status === undefined && variant.requiresMask && !requirementMet(ctx, variant, due)) {
    status = 'not-applicable'
    steps.push(explain.notApplicable(rule.id))
  }

  const dueDate = due === null ? null : fromEpochDay(due)
  if (dueDate !== null) steps.push(kind === 'earliest' ? explain.earliest(dueDate) : explain.due(dueDate))

  let daysLate: number | null = null
  if (status === undefined) {
    if (metBy) {
      status = 'met'
      daysLate = due === null ? 0 : Math.max(0, metBy.day - due)
      if (kind === 'earliest' && due !== null && metBy.day < due)
        steps.push(explain.metEarly(metBy.type, metBy.date))
      else if (variant.endedEarlyMask[metBy.typeId] === 1)
        steps.push(explain.endedByEvent(metBy.type, metBy.date))
      else if (daysLate > 0) steps.push(explain.metLate(metBy.type, metBy.date, daysLate))
      else steps.push(explain.metOnTime(metBy.type, metBy.date))
    } else {
      status = statusOnToday(ctx, variant, kind, due, dueDate, steps)
    }
  } else if (supersededBy !== null && next) {
    steps.push(explain.superseded(next.event?.type ?? rule.trigger, next.date))
  }
  if (variant.note) steps.push(variant.note)

  ends.push({
    id: start.id,
    day: metBy && variant.endedEarlyMask[metBy.typeId] === 1 ? metBy.day : (due ?? start.day),
    byEvent: metBy && variant.endedEarlyMask[metBy.typeId] === 1 ? metBy : null,
    superseded: supersededBy !== null,
  })

  return {
    rule: rule.id,
    kind,
    title: variant.title,
    due: dueDate,
    trigger: start.id,
    status,
    metBy: metBy?.id ?? null,
    metOn: metBy?.date ?? null,
    daysLate,
    supersededBy,
    jurisdiction: recipe.authority,
    citation: recipe.citation,
    confidence: dated.confidence,
    explanation: steps,
  }
}

function statusOnToday(
  ctx: EvaluationContext,
  variant: RuleVariant,
  kind: Deadline['kind'],
  due: number | null,
  dueDate: LocalDate | null,
  steps: Message[],
): DeadlineStatus {
  if (due === null || dueDate === null || kind === 'no-fixed-period') return 'upcoming'
  const rule = variant.rule
  if (kind === 'earliest') {
    if (ctx.today >= due) {
      steps.push(explain.earliestReached())
      return 'met'
    }
  } else if (ctx.today > due) {
    if (rule.endsByItself) {
      steps.push(explain.periodEnded(dueDate))
      return 'met'
    }
    if (rule.optional) {
      steps.push(explain.chanceEnded(dueDate))
      return 'not-applicable'
    }
    steps.push(explain.overdue())
    return 'overdue'
  }
  return due - ctx.today <= DUE_SOON_DAYS ? 'due-soon' : 'upcoming'
}

function findEvent(
  ctx: EvaluationContext,
  mask: Uint8Array,
  from: number,
  before: number,
  start: ClockStart,
): PreparedEvent | undefined {
  for (const event of ctx.events) {
    if (mask[event.typeId] === 1 && event.day >= from && event.day < before && event !== start.event)
      return event
  }
  return undefined
}

/** The first event that meets the clock: after it starts, and before a later trigger restarts it (or that trigger itself). */
function findMet(
  ctx: EvaluationContext,
  mask: Uint8Array,
  from: number,
  next: ClockStart | undefined,
  start: ClockStart,
): PreparedEvent | undefined {
  for (const event of ctx.events) {
    if (mask[event.typeId] !== 1 || event.day < from || event === start.event) continue
    if (next && event.day > next.day) return undefined
    if (
      next &&
      event.day === next.day &&
      event !== next.event &&
      next.event &&
      mask[next.event.typeId] !== 1
    ) {
      return undefined
    }
    return event
  }
  return undefined
}

function requirementMet(ctx: EvaluationContext, variant: RuleVariant, due: number | null): boolean {
  const mask = variant.requiresMask
  if (!mask) return true
  const beforeDue = variant.rule.requiresEvent?.beforeDue === true
  for (const event of ctx.events) {
    if (mask[event.typeId] === 1 && (!beforeDue || due === null || event.day <= due)) return true
  }
  return false
}
