import type { LocalDate } from '../dates/local-date.ts'
import type { Message } from '../messages.ts'
import { type Problem, problem } from '../problems.ts'
import type { CompiledCalendar } from './calendar-index.ts'
import { type CompiledLaw, EVENT_BITS, type Recipe, type RuleVariant } from './compile-law.ts'
import { applyRecipe, type CountContext, type PreparedEvent } from './compute-due.ts'
import { addMonthsToEpoch } from './day-math.ts'
import { type Deadline, type DeadlineEvent, type DeadlineStatus, DUE_SOON_DAYS } from './deadline.ts'
import { dateOf, epochOf } from './epoch-dates.ts'
import { explain } from './explain.ts'
import type { Confidence, DeadlineKind } from './law-data.ts'
import { LazyDeadline } from './lazy-deadline.ts'
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
  /** In due-date order; deadlines without a date last. */
  readonly deadlines: Deadline[]
  /** Input the family can fix (a missing school calendar); each deadline it affects has no date. */
  readonly problems: Problem[]
}

// A placeholder until dateClock sets the recipe of the clock being evaluated.
const NO_RECIPE = {} as Recipe

/** The trigger id used for rules that count from the child's date of birth. */
export const BIRTH_TRIGGER = 'child.dateOfBirth'

/** Holidays as epoch days, for business-day counts (34 CFR 300.11(b)). */
export function compileHolidays(holidays: Iterable<LocalDate>): ReadonlySet<number> {
  const days = new Set<number>()
  for (const day of holidays) days.add(epochOf(day))
  return days
}

/**
 * Where a clock starts: an event, the date of birth, or the end of another rule's period (chaining).
 * A PreparedEvent is its own ClockStart, so most clocks need no extra object.
 */
interface ClockStart {
  readonly id: string
  readonly day: number
  readonly event: PreparedEvent | null
  readonly origin: 'event' | 'birth' | 'majority' | 'chain'
  /** For a chained start: the event that started the source rule's clock. */
  readonly from?: PreparedEvent | null
}

/** Where a rule's last clock ended, for a rule chained from it. */
interface ClockEnd {
  readonly rule: number
  readonly id: string
  /** The event that started the source clock (null when it started from the date of birth). */
  readonly startedBy: PreparedEvent | null
  readonly day: number
  readonly byEvent: PreparedEvent | null
}

/** The engine's working state for one child. */
export interface EvaluationContext extends CountContext {
  readonly law: CompiledLaw
  readonly today: number
  /** Which event types the child has: bit (id % EVENT_BITS) of word (id / EVENT_BITS). */
  readonly present: number[]
  /** The one clock start every age rule shares (made on first use). */
  birthStarts: readonly ClockStart[] | null
  /** Set by dateClock: the recipe that gave the date. */
  recipe: Recipe
  /** For each rule evaluated so far that others chain from, where its last clock ended. */
  ends: ClockEnd[] | null
}

/**
 * Every deadline a child's events start under the law of a jurisdiction, with its status on
 * `today` and the steps that explain its date. Pure: the same input always gives the same output.
 * Explanations are built when first read, so a dashboard that needs only dates and statuses does
 * not pay for words. Conventions (day 0, clamping, school days, statuses) are in docs/deadlines.md.
 */
export function evaluateDeadlines(law: CompiledLaw, input: DeadlineInput): DeadlineEvaluation {
  const problems: Problem[] = []
  const rules = law.jurisdictions.get(input.jurisdiction)
  if (!rules) return { deadlines: [], problems: [problem('jurisdiction', 'deadlines.problems.jurisdiction')] }
  const events = prepareEvents(law, input.events, problems)
  const ctx = context(
    law,
    epochOf(input.today),
    input.calendar,
    input.holidays,
    events,
    input.dateOfBirth === null ? null : epochOf(input.dateOfBirth),
    problems,
    '',
    null,
    law.noEventTypes.slice(),
    null,
  )
  // The rules this child's events start, each with the events that start it. Rules are evaluated
  // in order, so a chained rule (always listed after its source) sees where its source ended.
  const starters: (PreparedEvent[] | undefined)[] = new Array(rules.variants.length)
  if (ctx.birth !== null) for (const index of rules.birthVariants) starters[index] = NO_EVENTS
  const present = ctx.present
  const byType = rules.byType
  for (let e = 0; e < events.length; e += 1) {
    const event = events[e] as PreparedEvent
    const typeId = event.typeId
    const word = (typeId / EVENT_BITS) | 0
    present[word] = (present[word] ?? 0) | (1 << (typeId % EVENT_BITS))
    const variants = byType[typeId]
    if (variants === undefined) continue
    for (let v = 0; v < variants.length; v += 1) {
      const index = variants[v] as number
      const list = starters[index]
      if (list === undefined || list === NO_EVENTS) starters[index] = [event]
      else list.push(event)
    }
  }
  const deadlines: LazyDeadline[] = []
  const variants = rules.variants
  const chainedBy = rules.chainedBy
  for (let index = 0; index < starters.length; index += 1) {
    const list = starters[index]
    if (list === undefined) continue
    const variant = variants[index] as RuleVariant
    ctx.ruleId = variant.id
    if (variant.isThreshold) evaluateThreshold(ctx, variant, list, deadlines)
    else evaluateVariant(ctx, variant, index, list, deadlines)
    const chained = chainedBy[index]
    if (chained) for (let c = 0; c < chained.length; c += 1) starters[chained[c] as number] ??= NO_EVENTS
  }
  sortByDueDate(deadlines)
  return { deadlines, problems: problems.length > 1 ? dedupe(problems) : problems }
}

/**
 * Every EvaluationContext is made here, so that all of them (a child's, and the quiet copies that
 * explanations count with) share one shape and the engine's property reads stay monomorphic.
 */
function context(
  law: CompiledLaw,
  today: number,
  calendar: CompiledCalendar | null,
  holidays: ReadonlySet<number>,
  events: readonly PreparedEvent[],
  birth: number | null,
  problems: Problem[] | null,
  ruleId: string,
  ends: ClockEnd[] | null,
  present: number[],
  birthStarts: readonly ClockStart[] | null,
): EvaluationContext {
  return {
    law,
    today,
    calendar,
    holidays,
    events,
    birth,
    absentTypeId: law.absentTypeId,
    problems,
    ruleId,
    ends,
    present,
    birthStarts,
    recipe: NO_RECIPE,
  }
}

/** A copy of a child's context that counts without reporting problems (they were reported once already). */
export function quietContext(ctx: EvaluationContext, ruleId: string): EvaluationContext {
  const quiet = context(
    ctx.law,
    ctx.today,
    ctx.calendar,
    ctx.holidays,
    ctx.events,
    ctx.birth,
    null,
    ruleId,
    ctx.ends,
    ctx.present,
    ctx.birthStarts,
  )
  quiet.recipe = ctx.recipe
  return quiet
}

// A shared empty list: a rule picked without events (it counts from the date of birth, or is chained).
const NO_EVENTS: PreparedEvent[] = []

// Insertion sorts: for the dozen items a child has, faster than Array.prototype.sort. Both are stable.
function sortByDueDate(items: LazyDeadline[]): void {
  for (let i = 1; i < items.length; i += 1) {
    const item = items[i] as LazyDeadline
    let j = i - 1
    while (j >= 0 && (items[j] as LazyDeadline).dueDay > item.dueDay) {
      items[j + 1] = items[j] as LazyDeadline
      j -= 1
    }
    items[j + 1] = item
  }
}

function sortByDay(items: PreparedEvent[]): void {
  for (let i = 1; i < items.length; i += 1) {
    const item = items[i] as PreparedEvent
    let j = i - 1
    while (j >= 0 && (items[j] as PreparedEvent).day > item.day) {
      items[j + 1] = items[j] as PreparedEvent
      j -= 1
    }
    items[j + 1] = item
  }
}

function prepareEvents(
  law: CompiledLaw,
  events: readonly DeadlineEvent[],
  problems: Problem[],
): PreparedEvent[] {
  const prepared: PreparedEvent[] = []
  for (let i = 0; i < events.length; i += 1) {
    const event = events[i]
    if (!event) continue
    const typeId = law.typeIds.get(event.type)
    if (typeId === undefined) {
      problems.push(problem(`events[${i}].type`, 'deadlines.problems.eventType', { type: event.type }))
      continue
    }
    // A resolution meeting recorded as waived is read as the waiver itself (docs/deadlines.md).
    const waived = typeId === law.resolutionMeetingTypeId && event.details?.waived === true
    const item = {
      id: event.id,
      type: waived ? 'resolution-meeting-waived' : event.type,
      typeId: waived ? law.waivedTypeId : typeId,
      day: epochOf(event.date),
      date: event.date,
      details: event.details,
      event: null as unknown as PreparedEvent,
      origin: 'event' as const,
    }
    item.event = item
    prepared.push(item)
  }
  // Stable: events on the same day keep the order they were given in.
  sortByDay(prepared)
  return prepared
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>()
  return problems.filter((p) => {
    const key = `${p.field}|${p.message}|${p.params?.rule ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Which events start this rule's clocks (`starters`: the child's events whose type can start it). */
function clockStarts(
  ctx: EvaluationContext,
  variant: RuleVariant,
  starters: readonly PreparedEvent[],
): readonly ClockStart[] {
  // Most rules: every starter is a federal trigger, and each is its own clock start.
  if (variant.mode === 'federal' && starters.length > 0) return starters
  if (variant.fromBirth) {
    // Every age rule of a child starts from the same date of birth: one shared start.
    if (ctx.birth === null) return NO_EVENTS
    ctx.birthStarts ??= [{ id: BIRTH_TRIGGER, day: ctx.birth, event: null, origin: 'birth' }]
    return ctx.birthStarts
  }
  const starts: ClockStart[] = []
  const stateMask = variant.stateTriggerMask
  // In `stricter` mode a state that counts from its own event is used once that event is recorded.
  let useState = stateMask !== null
  if (stateMask !== null && variant.mode === 'stricter') {
    useState = false
    for (const event of starters) if (stateMask[event.typeId] === 1) useState = true
  }
  for (const event of starters) {
    if (variant.federalTriggerMask[event.typeId] === 1 || (useState && stateMask?.[event.typeId] === 1)) {
      starts.push(event)
    }
  }
  if (starts.length === 0 && variant.derivedFromBirthYears > 0 && ctx.birth !== null) {
    const day = addMonthsToEpoch(ctx.birth, variant.derivedFromBirthYears * 12)
    starts.push({ id: BIRTH_TRIGGER, day, event: null, origin: 'majority' })
  }
  if (starts.length === 0 && variant.chainSource >= 0) {
    const end = ctx.ends?.findLast((e) => e.rule === variant.chainSource)
    if (end) {
      starts.push({
        id: end.byEvent?.id ?? end.id,
        day: end.day,
        event: end.byEvent,
        origin: 'chain',
        from: end.startedBy,
      })
    }
  }
  return starts
}

function startSteps(variant: RuleVariant, start: ClockStart, steps: Message[]): void {
  switch (start.origin) {
    case 'birth':
      steps.push(explain.birth(dateOf(start.day)))
      return
    case 'majority':
      steps.push(explain.majorityAssumed(variant.derivedFromBirthYears, dateOf(start.day)))
      return
    case 'chain':
      if (start.event) {
        steps.push(explain.endedByEvent(start.event.type, start.event.date))
        return
      }
      // The source period's end was worked out: say from what, then the date it gives.
      if (start.from) steps.push(explain.event(start.from.type, start.from.date))
      steps.push(explain.chainComputed(variant.rule.chainedFrom ?? '', dateOf(start.day)))
      return
    default:
      steps.push(explain.event(start.event?.type ?? variant.rule.trigger, dateOf(start.day)))
  }
}

function evaluateVariant(
  ctx: EvaluationContext,
  variant: RuleVariant,
  index: number,
  starters: readonly PreparedEvent[],
  out: LazyDeadline[],
): void {
  const starts = clockStarts(ctx, variant, starters)
  const restarts = variant.restarts
  for (let i = 0; i < starts.length; i += 1) {
    const start = starts[i]
    if (!start) continue
    const next = restarts ? starts[i + 1] : undefined
    const previous = i > 0 ? starts[i - 1] : undefined
    out.push(evaluateClock(ctx, variant, start, next, previous, null, index))
  }
}

/** One clock's deadline. Its explanation repeats the evaluation with words. */
class ClockDeadline extends LazyDeadline {
  readonly #ctx: EvaluationContext
  readonly #variant: RuleVariant
  readonly #start: ClockStart
  readonly #next: ClockStart | undefined
  readonly #previous: ClockStart | undefined
  readonly #recipe: Recipe
  readonly #metBy: PreparedEvent | null
  readonly #supersededBy: string | null

  constructor(
    ctx: EvaluationContext,
    variant: RuleVariant,
    start: ClockStart,
    next: ClockStart | undefined,
    previous: ClockStart | undefined,
    due: number | null,
    status: DeadlineStatus,
    recipe: Recipe,
    metBy: PreparedEvent | null,
    supersededBy: string | null,
  ) {
    super(due, status)
    this.#ctx = ctx
    this.#variant = variant
    this.#start = start
    this.#next = next
    this.#previous = previous
    this.#recipe = recipe
    this.#metBy = metBy
    this.#supersededBy = supersededBy
  }

  get rule(): string {
    return this.#variant.id
  }
  get kind(): DeadlineKind {
    return this.#recipe.kind
  }
  get title(): Message {
    return this.#variant.title
  }
  get trigger(): string {
    return this.#start.id
  }
  get metBy(): string | null {
    return this.#metBy === null ? null : this.#metBy.id
  }
  get metOn(): LocalDate | null {
    return this.#metBy === null ? null : this.#metBy.date
  }
  get daysLate(): number | null {
    if (this.#metBy === null) return null
    return this.due === null ? 0 : Math.max(0, this.#metBy.day - this.dueDay)
  }
  get supersededBy(): string | null {
    return this.#supersededBy
  }
  get jurisdiction(): string {
    return this.#recipe.authority
  }
  get citation(): string {
    return this.#recipe.citation
  }
  get confidence(): Confidence {
    return this.#recipe === this.#variant.federal ? this.#variant.federalConfidence : this.#recipe.confidence
  }
  get count(): null {
    return null
  }

  protected explainNow(): Message[] {
    const steps: Message[] = []
    // Problems were already reported by the first evaluation.
    const quiet = quietContext(this.#ctx, this.#variant.id)
    evaluateClock(quiet, this.#variant, this.#start, this.#next, this.#previous, steps)
    return steps
  }
}

/** The recipe that gives a clock its date under the jurisdiction's variant of the rule, and that date. */
function dateClock(
  ctx: EvaluationContext,
  variant: RuleVariant,
  start: ClockStart,
  steps: Message[] | null,
): number | null {
  const federal = variant.federal
  const state = variant.state
  const type = start.event ? start.event.typeId : -1
  const isStateTrigger = state !== null && type >= 0 && variant.stateTriggerMask?.[type] === 1
  if (state && variant.mode === 'replace') {
    if (isStateTrigger) {
      steps?.push(explain.stateReplaces(state.authority, federal.amount, federal.unit))
      const due = applyRecipe(ctx, state, start.day, start.event, steps)
      return chosen(ctx, state, due)
    }
    // The state counts from another event, which the record does not have yet.
    if (state.amount !== null && state.unit !== null) {
      steps?.push(explain.needsEvent(state.authority, state.amount, state.unit, state.triggerTypes[0] ?? ''))
    }
    return chosen(ctx, state, null)
  }
  if (state && variant.mode === 'stricter') {
    const detail = state.onlyWhenDetail
    const details = start.event?.details as Record<string, unknown> | undefined
    const detailApplies = detail === null || details?.[detail] === true
    if (isStateTrigger && detailApplies) {
      const isFederalTrigger = variant.federalTriggerMask[type] === 1
      const stateSteps = steps ? [] : null
      const stateDue = applyRecipe(ctx, state, start.day, start.event, stateSteps)
      const federalSteps = steps && isFederalTrigger ? [] : null
      const federalDue = isFederalTrigger
        ? applyRecipe(ctx, federal, start.day, start.event, federalSteps)
        : null
      if (federalDue === null || stateDue === null) {
        const useState = stateDue !== null || federalDue === null
        if (steps) {
          if (useState && isFederalTrigger) steps.push(explain.stateReplaces(state.authority, null, null))
          steps.push(...((useState ? stateSteps : federalSteps) ?? []))
        }
        return useState ? chosen(ctx, state, stateDue) : chosen(ctx, federal, federalDue)
      }
      if (steps && stateSteps && federalSteps) {
        steps.push(
          ...federalSteps,
          explain.gives(dateOf(federalDue)),
          ...stateSteps,
          explain.gives(dateOf(stateDue)),
        )
        steps.push(explain.earlierApplies())
      }
      return stateDue < federalDue ? chosen(ctx, state, stateDue) : chosen(ctx, federal, federalDue)
    }
    const due = applyRecipe(ctx, federal, start.day, start.event, steps)
    if (steps && !isStateTrigger && detailApplies && state.triggerTypes[0] !== federal.triggerTypes[0]) {
      steps.push(explain.stateFromOtherEvent(state.authority, state.triggerTypes[0] ?? ''))
    }
    return chosen(ctx, federal, due)
  }
  const due = applyRecipe(ctx, federal, start.day, start.event, steps)
  if (steps) {
    if (variant.stateNote) steps.push(variant.stateNote)
    const candidate = variant.candidate
    if (candidate) steps.push(candidateStep(ctx, candidate, start))
  }
  return chosen(ctx, federal, due)
}

// Records which recipe gave the date (read back by evaluateClock) and passes the date through.
function chosen(ctx: EvaluationContext, recipe: Recipe, due: number | null): number | null {
  ctx.recipe = recipe
  return due
}

/** A low-confidence state figure, shown beside the federal date with a "check it" note (LAW.md §12.1). */
function candidateStep(ctx: EvaluationContext, candidate: Recipe, start: ClockStart): Message {
  const amount = candidate.amount ?? 0
  const unit = candidate.unit ?? 'calendar-days'
  const sameStart = start.event === null || candidate.triggerTypes.includes(start.event.type)
  // A state that counts from another event (a referral, where federal law counts from consent): the
  // latest such event up to the federal start gives the state's date, when the record has one.
  let from: PreparedEvent | null = sameStart ? start.event : null
  if (!sameStart) {
    for (const event of ctx.events) {
      if (event.day <= start.day && candidate.triggerTypes.includes(event.type)) from = event
    }
  }
  if (sameStart || from) {
    // Counted quietly: a problem with the state's figure is not the family's to fix.
    const problems = ctx.problems
    ctx.problems = null
    const due = applyRecipe(ctx, candidate, from?.day ?? start.day, from, null)
    ctx.problems = problems
    if (due !== null)
      return explain.candidateDate(candidate.authority, amount, unit, dateOf(due), candidate.citation)
  }
  return explain.candidateNoDate(candidate.authority, amount, unit, candidate.citation)
}

/**
 * One clock: its date, then what the record says about it (an exception, the event that met it,
 * a later trigger that restarted it), then its status on `today`. With `steps`, also the words.
 */
function evaluateClock(
  ctx: EvaluationContext,
  variant: RuleVariant,
  start: ClockStart,
  next: ClockStart | undefined,
  previous: ClockStart | undefined,
  steps: Message[] | null,
  /** The rule's index, to record where its clock ended when another rule chains from it. */
  index = -1,
): ClockDeadline {
  const rule = variant.rule
  if (steps) startSteps(variant, start, steps)
  let due = dateClock(ctx, variant, start, steps)
  const recipe = ctx.recipe
  const kind = recipe.kind
  const backward = recipe.bound === 'before' || recipe.bound === 'at-least-before'
  // Events that meet or stop a clock come after it starts; for "before" rules, after the previous
  // clock of the same rule, so that each notice pairs with its own meeting.
  let windowStart = start.day
  if (backward) windowStart = previous ? previous.day + 1 : Number.NEGATIVE_INFINITY
  else if (variant.metLookbackMonths > 0)
    windowStart = addMonthsToEpoch(start.day, -variant.metLookbackMonths)
  const limit = next ? next.day : Number.POSITIVE_INFINITY
  const events = ctx.events
  // Most clocks have no event that could meet, stop or shorten them: skip the scans.
  let reads = false
  const words = variant.readWords
  const present = ctx.present
  for (let w = 0; w < words.length && !reads; w += 2)
    reads = ((present[words[w] ?? 0] ?? 0) & (words[w + 1] ?? 0)) !== 0

  if (reads && due !== null && variant.readsAlsoDueBefore) {
    for (const event of events) {
      if (variant.alsoDueBeforeMask[event.typeId] === 1 && event.day > start.day && event.day < due) {
        due = event.day
        steps?.push(explain.alsoDueBefore(event.type, event.date))
        break
      }
    }
  }

  let status: DeadlineStatus | null = null
  let metBy: PreparedEvent | null = null
  let supersededBy: string | null = null

  if (reads && variant.readsExceptions) {
    const exception = findEvent(events, variant.exceptionMask, windowStart, limit, start)
    if (exception) {
      const listed = rule.exceptions?.find((e) => e.event === exception.type)
      steps?.push(explain.event(exception.type, exception.date))
      if (listed) steps?.push(explain.exception(listed.id))
      if (listed?.effect === 'sets-due' && exception.details?.date) due = epochOf(exception.details.date)
      else status = 'not-applicable'
    }
  }

  let endedBy: PreparedEvent | null = null
  if (status === null) {
    const dueMask = recipe === variant.state && variant.stateDueMask ? variant.stateDueMask : variant.dueMask
    metBy = reads ? findMet(events, dueMask, windowStart, next, start) : null
    if (reads && variant.readsEndedEarly) {
      const early = findEvent(events, variant.endedEarlyMask, start.day, limit, start)
      if (early && (!metBy || early.day < metBy.day) && (due === null || early.day <= due)) {
        metBy = early
        endedBy = early
      }
    }
    if (!metBy && next) {
      status = 'not-applicable'
      supersededBy = next.id
    } else if (variant.requiresMask && (!reads || !requirementMet(events, variant, due))) {
      status = 'not-applicable'
      steps?.push(explain.notApplicable(variant.id))
    }
  }

  if (steps && due !== null)
    steps.push(kind === 'earliest' ? explain.earliest(dateOf(due)) : explain.due(dateOf(due)))

  let daysLate: number | null = null
  if (status === null && metBy) {
    status = 'met'
    daysLate = due === null ? 0 : Math.max(0, metBy.day - due)
    if (steps) {
      if (endedBy) steps.push(explain.endedByEvent(metBy.type, metBy.date))
      else if (kind === 'earliest' && due !== null && metBy.day < due)
        steps.push(explain.metEarly(metBy.type, metBy.date))
      else if (daysLate > 0) steps.push(explain.metLate(metBy.type, metBy.date, daysLate))
      else steps.push(explain.metOnTime(metBy.type, metBy.date))
    }
  } else if (status === null) {
    status = statusOnToday(ctx, variant, kind, due, steps)
  } else if (steps && supersededBy !== null && next) {
    steps.push(explain.superseded(next.event?.type ?? rule.trigger, dateOf(next.day)))
  }
  if (steps && variant.note) steps.push(variant.note)

  // A chained rule reads the last clock that was not restarted: where the period ended.
  if (index >= 0 && variant.isChainSource && supersededBy === null) {
    ctx.ends ??= []
    const day = endedBy ? endedBy.day : (due ?? start.day)
    ctx.ends.push({ rule: index, id: start.id, startedBy: start.event, day, byEvent: endedBy })
  }
  return new ClockDeadline(ctx, variant, start, next, previous, due, status, recipe, metBy, supersededBy)
}

function statusOnToday(
  ctx: EvaluationContext,
  variant: RuleVariant,
  kind: DeadlineKind,
  due: number | null,
  steps: Message[] | null,
): DeadlineStatus {
  if (due === null || kind === 'no-fixed-period') return 'upcoming'
  if (kind === 'earliest') {
    if (ctx.today >= due) {
      steps?.push(explain.earliestReached())
      return 'met'
    }
  } else if (ctx.today > due) {
    if (variant.endsByItself) {
      steps?.push(explain.periodEnded(dateOf(due)))
      return 'met'
    }
    if (variant.optional) {
      steps?.push(explain.chanceEnded(dateOf(due)))
      return 'not-applicable'
    }
    steps?.push(explain.overdue())
    return 'overdue'
  }
  return due - ctx.today <= DUE_SOON_DAYS ? 'due-soon' : 'upcoming'
}

function findEvent(
  events: readonly PreparedEvent[],
  mask: Uint8Array,
  from: number,
  before: number,
  start: ClockStart,
): PreparedEvent | null {
  for (const event of events) {
    if (mask[event.typeId] === 1 && event.day >= from && event.day < before && event !== start.event)
      return event
  }
  return null
}

/** The first event that meets the clock: after it starts, and before a later trigger restarts it (or that trigger itself). */
function findMet(
  events: readonly PreparedEvent[],
  mask: Uint8Array,
  from: number,
  next: ClockStart | undefined,
  start: ClockStart,
): PreparedEvent | null {
  for (const event of events) {
    if (mask[event.typeId] !== 1 || event.day < from || event === start.event) continue
    // An event on the day of the restart still meets the old clock: it came no later than the restart.
    if (next && event.day > next.day) return null
    return event
  }
  return null
}

function requirementMet(events: readonly PreparedEvent[], variant: RuleVariant, due: number | null): boolean {
  const mask = variant.requiresMask
  if (!mask) return true
  const beforeDue = variant.requiresBeforeDue
  for (const event of events) {
    if (mask[event.typeId] === 1 && (!beforeDue || due === null || event.day <= due)) return true
  }
  return false
}
