import { type Problem, problem } from '../problems.ts'
import {
  BOUNDS,
  CONFIDENCES,
  DEADLINE_KINDS,
  EXCEPTION_EFFECTS,
  LAWS,
  type LawData,
  type LawRule,
  STATE_CONFIDENCES,
  STATE_OVERRIDES,
  type StateFigure,
  type StateTimeline,
  UNITS,
} from './law-data.ts'

/**
 * Checks the law data files and returns them typed, or every problem found, each naming the entry
 * (`rules[12].unit`, `states[43].initialEvaluation.amount`). Unknown fields are problems too, so a
 * misspelt field in the data is caught at start-up instead of being silently ignored.
 * Messages are catalog keys (`errors.input.*`, `deadlines.lawData.*`).
 */
export function validateLawData(
  rulesJson: unknown,
  statesJson: unknown,
): { ok: true; value: LawData } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = []
  const rules = readArray(rulesJson, 'rules', problems, readRule)
  const states = readArray(statesJson, 'states', problems, readState)
  if (rules && states) crossCheck(rules, states, problems)
  if (problems.length > 0 || !rules || !states) return { ok: false, problems }
  return { ok: true, value: { rules, states } }
}

const NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/
const STATE_CODE = /^[A-Z]{2}$/
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

type Reader<T> = (value: unknown, path: string, problems: Problem[]) => T | undefined

function readArray<T>(value: unknown, path: string, problems: Problem[], read: Reader<T>): T[] | undefined {
  if (!Array.isArray(value)) {
    problems.push(problem(path, 'errors.input.wrongType', { expected: 'array' }))
    return undefined
  }
  const out: T[] = []
  value.forEach((item, index) => {
    const read_ = read(item, `${path}[${index}]`, problems)
    if (read_ !== undefined) out.push(read_)
  })
  return out.length === value.length ? out : undefined
}

/** Reads fields of one object and reports each problem once; `done` reports unknown fields. */
class Fields {
  private readonly seen = new Set<string>()
  private readonly before: number

  constructor(
    private readonly source: Record<string, unknown>,
    readonly path: string,
    private readonly problems: Problem[],
  ) {
    this.before = problems.length
  }

  private at(key: string): string {
    return `${this.path}.${key}`
  }

  raw(key: string): unknown {
    this.seen.add(key)
    return this.source[key]
  }

  /** A problem with the object as a whole (say, two fields that exclude each other). */
  failHere(message: string): undefined {
    this.problems.push(problem(this.path, message))
    return undefined
  }

  fail(key: string, message: string, params?: Record<string, string | number>): undefined {
    this.problems.push(problem(this.at(key), message, params))
    return undefined
  }

  string(key: string, options: { optional?: boolean; pattern?: RegExp } = {}): string | undefined {
    const value = this.raw(key)
    if (value === undefined && options.optional) return undefined
    if (typeof value !== 'string' || value === '') {
      return value === undefined
        ? this.fail(key, 'errors.input.required')
        : this.fail(key, 'errors.input.wrongType', { expected: 'text' })
    }
    if (options.pattern && !options.pattern.test(value)) return this.fail(key, 'deadlines.lawData.name')
    return value
  }

  /** A text field that may be null (and, with `optional`, absent). */
  nullableString(
    key: string,
    options: { optional?: boolean; pattern?: RegExp } = {},
  ): string | null | undefined {
    const value = this.raw(key)
    if (value === null) return null
    return this.string(key, options)
  }

  oneOf<T extends string>(
    key: string,
    allowed: readonly T[],
    options: { optional?: boolean } = {},
  ): T | undefined {
    const value = this.raw(key)
    if (value === undefined && options.optional) return undefined
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      return this.fail(key, 'errors.input.oneOf', { allowed: allowed.join(', ') })
    }
    return value as T
  }

  nullableOneOf<T extends string>(key: string, allowed: readonly T[], options: { optional?: boolean } = {}) {
    const value = this.raw(key)
    if (value === null) return null
    return this.oneOf(key, allowed, options)
  }

  number(key: string, options: { optional?: boolean; nullable?: boolean; minimum?: number } = {}) {
    const value = this.raw(key)
    if (value === undefined && options.optional) return undefined
    if (value === null && options.nullable) return null
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      return this.fail(key, 'errors.input.wrongType', { expected: 'whole number' })
    }
    const minimum = options.minimum ?? 0
    if (value < minimum) return this.fail(key, 'errors.input.tooSmall', { minimum })
    return value
  }

  boolean(key: string, options: { optional?: boolean } = {}) {
    const value = this.raw(key)
    if (value === undefined && options.optional) return undefined
    if (typeof value !== 'boolean')
      return this.fail(key, 'errors.input.wrongType', { expected: 'true or false' })
    return value
  }

  names(key: string, options: { optional?: boolean; nonEmpty?: boolean } = {}) {
    const value = this.raw(key)
    if (value === undefined && options.optional) return undefined
    if (!Array.isArray(value) || (options.nonEmpty && value.length === 0)) {
      return this.fail(key, 'errors.input.wrongType', { expected: 'list of event names' })
    }
    const bad = value.findIndex((item) => typeof item !== 'string' || !NAME.test(item))
    if (bad >= 0) return this.fail(`${key}[${bad}]`, 'deadlines.lawData.name')
    return value as string[]
  }

  strings(key: string, options: { optional?: boolean } = {}) {
    const value = this.raw(key)
    if (value === undefined && options.optional) return undefined
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
      return this.fail(key, 'errors.input.wrongType', { expected: 'list of text' })
    }
    return value as string[]
  }

  object(key: string, options: { optional?: boolean; nullable?: boolean } = {}) {
    const value = this.raw(key)
    if (value === undefined && options.optional) return undefined
    if (value === null && options.nullable) return null
    if (!isRecord(value)) return this.fail(key, 'errors.input.wrongType', { expected: 'object' })
    return new Fields(value, this.at(key), this.problems)
  }

  list(key: string, options: { optional?: boolean } = {}): Fields[] | undefined {
    const value = this.raw(key)
    if (value === undefined && options.optional) return undefined
    if (!Array.isArray(value)) return this.fail(key, 'errors.input.wrongType', { expected: 'list' })
    const out: Fields[] = []
    value.forEach((item, index) => {
      if (isRecord(item)) out.push(new Fields(item, `${this.at(key)}[${index}]`, this.problems))
      else this.fail(`${key}[${index}]`, 'errors.input.wrongType', { expected: 'object' })
    })
    return out
  }

  /** Reports fields nobody read; true when this object had no problems. */
  done(): boolean {
    const unknown = Object.keys(this.source).filter((key) => !this.seen.has(key))
    if (unknown.length > 0) {
      this.problems.push(problem(this.path, 'errors.input.unknownKeys', { keys: unknown.join(', ') }))
    }
    return this.problems.length === this.before
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function fieldsOf(value: unknown, path: string, problems: Problem[]): Fields | undefined {
  if (!isRecord(value)) {
    problems.push(problem(path, 'errors.input.wrongType', { expected: 'object' }))
    return undefined
  }
  return new Fields(value, path, problems)
}

function readPeriod(fields: Fields) {
  return { amount: fields.number('amount', { minimum: 1 }), unit: fields.oneOf('unit', UNITS) }
}

function readRule(value: unknown, path: string, problems: Problem[]): LawRule | undefined {
  const f = fieldsOf(value, path, problems)
  if (!f) return undefined
  const bound = f.oneOf('bound', BOUNDS)
  const amount = f.number('amount', { nullable: true })
  const unit = f.nullableOneOf('unit', UNITS)
  const rule = {
    id: f.string('id', { pattern: NAME }),
    law: f.oneOf('law', LAWS),
    category: f.string('category', { pattern: NAME }),
    trigger: f.string('trigger', { pattern: NAME }),
    due: f.string('due', { pattern: NAME }),
    bound,
    amount,
    unit,
    responsibleParty: f.string('responsibleParty'),
    stateOverridable: f.boolean('stateOverridable'),
    stateOverride: f.oneOf('stateOverride', STATE_OVERRIDES),
    stateTimelineKey: f.string('stateTimelineKey', { optional: true }),
    exceptions: f.list('exceptions', { optional: true })?.map((e) => {
      const exception = {
        id: e.string('id', { pattern: NAME }),
        description: e.string('description'),
        citation: e.string('citation'),
        event: e.string('event', { optional: true, pattern: NAME }),
        effect: e.oneOf('effect', EXCEPTION_EFFECTS, { optional: true }),
      }
      if ((exception.event === undefined) !== (exception.effect === undefined)) {
        e.fail('effect', 'deadlines.lawData.eventAndEffect')
      }
      e.done()
      return exception
    }),
    alsoDueBefore: f.names('alsoDueBefore', { optional: true }),
    citation: f.string('citation'),
    notes: f.string('notes'),
    confidence: f.oneOf('confidence', CONFIDENCES),
    source: f.strings('source'),
    alsoTriggeredBy: f.names('alsoTriggeredBy', { optional: true, nonEmpty: true }),
    alsoMetBy: f.names('alsoMetBy', { optional: true, nonEmpty: true }),
    laterTriggerRestarts: f.boolean('laterTriggerRestarts', { optional: true }),
    endsByItself: f.boolean('endsByItself', { optional: true }),
    optional: f.boolean('optional', { optional: true }),
    chainedFrom: f.string('chainedFrom', { optional: true, pattern: NAME }),
    endedEarlyBy: f.names('endedEarlyBy', { optional: true, nonEmpty: true }),
    metLookback: readOptional(f, 'metLookback', readPeriod),
    requiresEvent: readOptional(f, 'requiresEvent', (r) => ({
      anyOf: r.names('anyOf', { nonEmpty: true }),
      beforeDue: r.boolean('beforeDue', { optional: true }),
    })),
    derivedTrigger: readOptional(f, 'derivedTrigger', (d) => ({
      fromDateOfBirth: readOptional(d, 'fromDateOfBirth', (b) => ({
        years: b.number('years', { minimum: 1 }),
      })),
    })),
    kind: f.oneOf('kind', DEADLINE_KINDS, { optional: true }),
  }
  if (bound !== undefined && amount !== undefined && unit !== undefined) {
    const needsAmount = bound !== 'no-fixed-period' && bound !== 'before'
    if (needsAmount && amount === null) f.fail('amount', 'deadlines.lawData.amountNeeded', { bound })
    if (bound === 'no-fixed-period' && amount !== null) f.fail('amount', 'deadlines.lawData.noAmount')
    if ((amount === null) !== (unit === null)) f.fail('unit', 'deadlines.lawData.amountAndUnit')
  }
  return f.done() ? (stripUndefined(rule) as LawRule) : undefined
}

function readOptional<T>(f: Fields, key: string, read: (fields: Fields) => T): T | undefined {
  const fields = f.object(key, { optional: true })
  if (!fields) return undefined
  const value = read(fields)
  fields.done()
  return value
}

const STATE_KEYS = new Set(['state', 'code', 'notes', 'disagreements'])

function readState(value: unknown, path: string, problems: Problem[]): StateTimeline | undefined {
  const f = fieldsOf(value, path, problems)
  if (!f) return undefined
  const state = f.string('state')
  const code = f.string('code', { pattern: STATE_CODE })
  const notes = f.nullableString('notes')
  const disagreements = f.nullableString('disagreements')
  const figures: Record<string, StateFigure | null> = {}
  const raw = value as Record<string, unknown>
  for (const key of Object.keys(raw)) {
    if (STATE_KEYS.has(key)) continue
    const figure = f.object(key, { nullable: true })
    if (figure === null) figures[key] = null
    else if (figure) {
      const read = readFigure(figure)
      if (read) figures[key] = read
    }
  }
  if (!f.done() || state === undefined || code === undefined) return undefined
  return { state, code, notes: notes ?? null, disagreements: disagreements ?? null, figures }
}

function readFigure(f: Fields): StateFigure | undefined {
  const amount = f.number('amount', { optional: true, nullable: true, minimum: 1 }) ?? null
  const unit = f.nullableOneOf('unit', UNITS, { optional: true }) ?? null
  const trigger = f.nullableString('trigger', { optional: true, pattern: NAME }) ?? null
  const confidence = f.oneOf('confidence', STATE_CONFIDENCES)
  const figure = {
    amount,
    unit,
    trigger,
    endsWith: f.nullableString('endsWith', { optional: true, pattern: NAME }),
    bound: f.oneOf('bound', BOUNDS, { optional: true }),
    citation: f.nullableString('citation') ?? null,
    confidence,
    notes: f.nullableString('notes', { optional: true }),
    description: f.string('description', { optional: true }),
    sources: f.strings('sources', { optional: true }),
    excludedPeriods: f.strings('excludedPeriods', { optional: true }),
    exceptions: f.nullableString('exceptions', { optional: true }),
    alternativeLimit: readAlternativeLimit(f),
    foldedIntoInitialTimeline: f.boolean('foldedIntoInitialTimeline', { optional: true }),
    alsoTriggeredBy: f.names('alsoTriggeredBy', { optional: true, nonEmpty: true }),
    pausedDuring: f.list('pausedDuring', { optional: true })?.map(readPause),
    absenceExtension: readOptional(f, 'absenceExtension', (a) => ({
      minimumAbsences: a.number('minimumAbsences', { minimum: 1 }),
      citation: a.string('citation'),
    })),
    endOfSchoolYear: readOptional(f, 'endOfSchoolYear', readEndOfSchoolYear),
    summerTriggerMovesToFirstSchoolDay: f.boolean('summerTriggerMovesToFirstSchoolDay', { optional: true }),
    byAge: f.list('byAge', { optional: true })?.map((b) => {
      const entry = {
        below: b.number('below', { minimum: 1 }),
        ...readPeriod(b),
        citation: b.string('citation'),
      }
      b.done()
      return entry
    }),
    onlyWhenDetail: f.string('onlyWhenDetail', { optional: true }),
  }
  if (amount !== null && (unit === null || trigger === null)) {
    f.fail(unit === null ? 'unit' : 'trigger', 'deadlines.lawData.figureIncomplete')
  }
  if (amount !== null && confidence === 'unknown') f.fail('confidence', 'deadlines.lawData.unknownWithFigure')
  return f.done() ? (stripUndefined(figure) as StateFigure) : undefined
}

function readAlternativeLimit(f: Fields) {
  const fields = f.object('alternativeLimit', { optional: true, nullable: true })
  if (!fields) return fields
  const limit = {
    ...readPeriod(fields),
    trigger: fields.string('trigger', { pattern: NAME }),
    combine: fields.oneOf('combine', ['earliest'] as const),
    alsoTriggeredBy: fields.names('alsoTriggeredBy', { optional: true, nonEmpty: true }),
  }
  fields.done()
  return stripUndefined(limit)
}

function readPause(p: Fields) {
  const type = p.oneOf('type', ['between-school-years', 'breaks'] as const)
  if (type === 'breaks') {
    const pause = {
      type,
      minimumClosedSchoolDays: p.number('minimumClosedSchoolDays', { minimum: 1 }),
      adjacentWeekends: p.boolean('adjacentWeekends'),
    }
    p.done()
    return pause
  }
  p.done()
  return { type }
}

function readEndOfSchoolYear(e: Fields) {
  const when = e.object('when')
  let whenValue: unknown
  if (when) {
    const school = readOptional(when, 'schoolDaysBeforeLastDay', (s) => ({
      atLeast: s.number('atLeast', { minimum: 1 }),
      below: s.number('below', { minimum: 1 }),
    }))
    const calendar = readOptional(when, 'calendarDaysBeforeLastDay', (c) => ({
      atMost: c.number('atMost', { minimum: 1 }),
    }))
    if ((school === undefined) === (calendar === undefined)) when.failHere('deadlines.lawData.exactlyOne')
    whenValue = school ? { schoolDaysBeforeLastDay: school } : { calendarDaysBeforeLastDay: calendar }
    when.done()
  }
  const due = e.object('due')
  let dueValue: unknown
  if (due) {
    const monthDay = due.string('monthDay', { optional: true })
    if (monthDay !== undefined && !MONTH_DAY.test(monthDay))
      due.fail('monthDay', 'deadlines.lawData.monthDay')
    const daysAfterLastDay = due.number('daysAfterLastDay', { optional: true })
    const daysAfterNextFirstDay = due.number('daysAfterNextFirstDay', { optional: true })
    const given = [monthDay, daysAfterLastDay, daysAfterNextFirstDay].filter((v) => v !== undefined)
    if (given.length !== 1) due.failHere('deadlines.lawData.exactlyOne')
    dueValue = stripUndefined({ monthDay, daysAfterLastDay, daysAfterNextFirstDay })
    due.done()
  }
  return { when: whenValue, due: dueValue, citation: e.string('citation') }
}

function crossCheck(rules: readonly LawRule[], states: readonly StateTimeline[], problems: Problem[]): void {
  const ids = new Map<string, number>()
  rules.forEach((rule, index) => {
    if (ids.has(rule.id)) {
      problems.push(problem(`rules[${index}].id`, 'deadlines.lawData.duplicate', { value: rule.id }))
    }
    ids.set(rule.id, index)
  })
  rules.forEach((rule, index) => {
    // The engine evaluates rules in order, so a chained rule must come after the rule it reads.
    const source = rule.chainedFrom === undefined ? undefined : ids.get(rule.chainedFrom)
    if (rule.chainedFrom !== undefined && (source === undefined || source >= index)) {
      problems.push(
        problem(`rules[${index}].chainedFrom`, 'deadlines.lawData.unknownRule', { value: rule.chainedFrom }),
      )
    }
  })
  const codes = new Set<string>()
  states.forEach((state, index) => {
    if (codes.has(state.code) || state.code === 'US') {
      problems.push(problem(`states[${index}].code`, 'deadlines.lawData.duplicate', { value: state.code }))
    }
    codes.add(state.code)
  })
}

// Copies the defined fields into a fresh object (deleting fields would leave a slow object behind).
function stripUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(value)) if (field !== undefined) out[key] = field
  return out as T
}
