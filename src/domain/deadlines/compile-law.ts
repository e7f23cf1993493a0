import type { Message } from '../messages.ts'
import { explain, ruleTitle } from './explain.ts'
import {
  type AlternativeLimit,
  type Bound,
  type Confidence,
  type DeadlineKind,
  type EndOfSchoolYear,
  kindOfBound,
  type LawData,
  type LawRule,
  type Pause,
  type StateFigure,
  type StateTimeline,
  type Unit,
} from './law-data.ts'

/**
 * How to turn a trigger date into a due date: one rule's figure, federal or a state's.
 * Built once when the law is compiled, never per child.
 */
export interface Recipe {
  /** `US` or the state code whose figure this is (also who "counts" in the explanation). */
  readonly authority: string
  readonly bound: Bound
  readonly amount: number | null
  readonly unit: Unit | null
  readonly kind: DeadlineKind
  readonly triggerTypes: readonly string[]
  readonly dueTypes: readonly string[]
  readonly citation: string
  readonly confidence: Confidence
  readonly pauses: { readonly list: readonly Pause[]; readonly key: string } | null
  readonly absenceExtension: { readonly minimumAbsences: number; readonly citation: string } | null
  readonly endOfSchoolYear: EndOfSchoolYear | null
  readonly summerTriggerMovesToFirstSchoolDay: boolean
  readonly byAge: StateFigure['byAge'] | null
  readonly alternative: (AlternativeLimit & { readonly triggerTypes: readonly string[] }) | null
  readonly onlyWhenDetail: string | null
  /** Whether a date on a weekend or holiday gets a note (only for something a person must do). */
  readonly weekendNote: boolean
}

/**
 * How a rule applies in one jurisdiction:
 * - `federal`: the federal figure (no state figure, or the state may not change it);
 * - `replace`: the state's figure replaces the federal one (`stateOverride: any`, confidence high or medium);
 * - `stricter`: both apply and the earlier date wins (`stricter-only`, high or medium). When the
 *   state counts from another event, its figure is used when that event is in the record.
 */
export type VariantMode = 'federal' | 'replace' | 'stricter'

export interface RuleVariant {
  readonly rule: LawRule
  /** Copies of the rule's fields the engine reads for every clock. */
  readonly id: string
  readonly restarts: boolean
  readonly endsByItself: boolean
  readonly optional: boolean
  readonly metLookbackMonths: number
  readonly requiresBeforeDue: boolean
  readonly order: number
  readonly title: Message
  readonly mode: VariantMode
  readonly federal: Recipe
  readonly state: Recipe | null
  /** A low-confidence state figure: shown beside the federal date, never used silently (LAW.md §12.1). */
  readonly candidate: Recipe | null
  /** A fixed step about the state (unknown figure, folded timeline, unclear override). */
  readonly stateNote: Message | null
  /** Confidence when the federal recipe gives the date. */
  readonly federalConfidence: Confidence
  /** Type ids that start a clock, and the ids of every type the variant reads. */
  readonly triggerMask: Uint8Array
  readonly federalTriggerMask: Uint8Array
  readonly stateTriggerMask: Uint8Array | null
  readonly dueMask: Uint8Array
  readonly stateDueMask: Uint8Array | null
  readonly exceptionMask: Uint8Array
  readonly endedEarlyMask: Uint8Array
  readonly alsoDueBeforeMask: Uint8Array
  readonly requiresMask: Uint8Array | null
  readonly alternativeMask: Uint8Array | null
  /** Type ids of every event the rule reads besides its triggers (to skip scans when none is present). */
  readonly readTypeIds: readonly number[]
  /**
   * The same as bit words laid out like EvaluationContext.present (bit id % 30 of word id / 30), kept
   * sparse as pairs: [word index, bits, word index, bits, …] for the words that have a bit set.
   * 30 bits a word keep every value a small integer, so V8 never boxes them.
   */
  readonly readWords: readonly number[]
  readonly readsAlsoDueBefore: boolean
  readonly readsExceptions: boolean
  readonly readsEndedEarly: boolean
  readonly chainSource: number
  /** Another rule chains from this one, so the engine keeps where its clocks end. */
  readonly isChainSource: boolean
  readonly fromBirth: boolean
  readonly derivedFromBirthYears: number
  readonly isThreshold: boolean
  readonly note: Message | null
}

export interface JurisdictionRules {
  readonly code: string
  readonly variants: readonly RuleVariant[]
  /** For each event type id, the variants (indexes, ascending) an event of that type starts. */
  readonly byType: readonly (readonly number[])[]
  /** For each variant, the variants that chain from it (start where its clocks end); null for none. */
  readonly chainedBy: readonly (readonly number[] | null)[]
  /** Variants that start from the child's date of birth. */
  readonly birthVariants: readonly number[]
}

/** The law, compiled once at start-up: every jurisdiction's rules resolved, event types numbered. */
export interface CompiledLaw {
  readonly data: LawData
  readonly typeIds: ReadonlyMap<string, number>
  readonly eventTypes: readonly string[]
  readonly jurisdictions: ReadonlyMap<string, JurisdictionRules>
  readonly stateNames: ReadonlyMap<string, string>
  /** Type ids the engine reads by name: absences (Texas, Florida) and waived resolution meetings. */
  readonly absentTypeId: number
  readonly waivedTypeId: number
  readonly resolutionMeetingTypeId: number
  /** An empty set of event types, one bit per type id (EVENT_BITS to a word), to copy per child. */
  readonly noEventTypes: readonly number[]
}

/** Rules whose explanation ends with a plain-language note (`deadlines.notes.<id>`). */
const RULES_WITH_NOTE = new Set(['idea-annual-iep-review', 'idea-transition-services-by-16'])

/** Event types the engine itself reads, whether or not a rule names them. */
const ENGINE_EVENT_TYPES = ['student-absent', 'resolution-meeting-waived', 'resolution-meeting-held']

const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 }

function lower(a: Confidence, b: Confidence): Confidence {
  return CONFIDENCE_RANK[a] <= CONFIDENCE_RANK[b] ? a : b
}

/**
 * Compiles checked law data (see validateLawData) for the engine. `vocabulary` adds event types
 * that no rule names (so they are accepted and numbered too).
 */
export function compileLaw(data: LawData, vocabulary: readonly string[] = []): CompiledLaw {
  const names = new Set<string>([...ENGINE_EVENT_TYPES, ...vocabulary])
  for (const rule of data.rules) for (const name of ruleEventNames(rule)) names.add(name)
  for (const state of data.states) {
    for (const figure of Object.values(state.figures))
      if (figure) for (const n of figureEventNames(figure)) names.add(n)
  }
  const eventTypes = [...names]
  const typeIds = new Map(eventTypes.map((type, index) => [type, index]))
  const jurisdictions = new Map<string, JurisdictionRules>()
  jurisdictions.set('US', compileJurisdiction(data, 'US', undefined, typeIds))
  for (const state of data.states)
    jurisdictions.set(state.code, compileJurisdiction(data, state.code, state, typeIds))
  const stateNames = new Map(data.states.map((state) => [state.code, state.state]))
  return {
    data,
    typeIds,
    eventTypes,
    jurisdictions,
    stateNames,
    absentTypeId: typeIds.get('student-absent') ?? -1,
    waivedTypeId: typeIds.get('resolution-meeting-waived') ?? -1,
    resolutionMeetingTypeId: typeIds.get('resolution-meeting-held') ?? -1,
    noEventTypes: Array.from({ length: Math.ceil(eventTypes.length / EVENT_BITS) }, () => 0),
  }
}

function ruleEventNames(rule: LawRule): string[] {
  return [
    rule.trigger,
    rule.due,
    ...(rule.alsoTriggeredBy ?? []),
    ...(rule.alsoMetBy ?? []),
    ...(rule.alsoDueBefore ?? []),
    ...(rule.endedEarlyBy ?? []),
    ...(rule.requiresEvent?.anyOf ?? []),
    ...(rule.exceptions ?? []).flatMap((e) => (e.event ? [e.event] : [])),
  ]
}

function figureEventNames(figure: StateFigure): string[] {
  const names = [...(figure.alsoTriggeredBy ?? [])]
  if (figure.trigger) names.push(figure.trigger)
  if (figure.endsWith) names.push(figure.endsWith)
  if (figure.alternativeLimit)
    names.push(figure.alternativeLimit.trigger, ...(figure.alternativeLimit.alsoTriggeredBy ?? []))
  return names
}

function compileJurisdiction(
  data: LawData,
  code: string,
  state: StateTimeline | undefined,
  typeIds: ReadonlyMap<string, number>,
): JurisdictionRules {
  const ruleIndex = new Map(data.rules.map((rule, index) => [rule.id, index]))
  const chainSources = new Set(data.rules.flatMap((rule) => (rule.chainedFrom ? [rule.chainedFrom] : [])))
  const variants = data.rules.map((rule, order) =>
    compileVariant(rule, order, state, typeIds, ruleIndex, chainSources),
  )
  const byType: number[][] = Array.from({ length: typeIds.size }, () => [])
  const chainedBy: number[][] = variants.map(() => [])
  const birthVariants: number[] = []
  variants.forEach((variant, index) => {
    if (variant.fromBirth || variant.derivedFromBirthYears > 0) birthVariants.push(index)
    variant.triggerMask.forEach((on, type) => {
      if (on === 1) byType[type]?.push(index)
    })
    if (variant.chainSource >= 0) chainedBy[variant.chainSource]?.push(index)
  })
  return {
    code,
    variants,
    byType,
    chainedBy: chainedBy.map((later) => (later.length > 0 ? later : null)),
    birthVariants,
  }
}

// Masks with the same types are shared: most rules read the same types in every jurisdiction, so
// the law needs a few hundred distinct masks, not 52 × 62 × 10 (each a typed array and its buffer).
const sharedMasks = new WeakMap<ReadonlyMap<string, number>, Map<string, Uint8Array>>()

/** One byte per type id, 1 for each of `types`. Shared between variants: never write to it. */
function mask(typeIds: ReadonlyMap<string, number>, types: readonly string[]): Uint8Array {
  const ids = types.flatMap((type) => {
    const id = typeIds.get(type)
    return id === undefined ? [] : [id]
  })
  const key = [...new Set(ids)].sort((a, b) => a - b).join(',')
  let shared = sharedMasks.get(typeIds)
  if (!shared) {
    shared = new Map()
    sharedMasks.set(typeIds, shared)
  }
  let out = shared.get(key)
  if (!out) {
    out = new Uint8Array(typeIds.size)
    for (const id of ids) out[id] = 1
    shared.set(key, out)
  }
  return out
}

function federalRecipe(rule: LawRule): Recipe {
  return {
    authority: 'US',
    bound: rule.bound,
    amount: rule.amount,
    unit: rule.unit,
    kind: rule.kind ?? kindOfBound(rule.bound),
    triggerTypes: [rule.trigger, ...(rule.alsoTriggeredBy ?? [])],
    dueTypes: [rule.due, ...(rule.alsoMetBy ?? [])],
    citation: rule.citation,
    confidence: rule.confidence,
    pauses: null,
    absenceExtension: null,
    endOfSchoolYear: null,
    summerTriggerMovesToFirstSchoolDay: false,
    byAge: null,
    alternative: null,
    onlyWhenDetail: null,
    weekendNote: needsAction(rule, rule.kind ?? kindOfBound(rule.bound)),
  }
}

function needsAction(rule: LawRule, kind: DeadlineKind): boolean {
  return kind === 'deadline' && rule.endsByItself !== true && rule.optional !== true
}

function stateRecipe(rule: LawRule, code: string, figure: StateFigure): Recipe {
  // A state figure for a rule without a federal count ("as soon as possible") is a last day.
  const bound =
    figure.bound ?? (rule.bound === 'no-fixed-period' || rule.bound === 'before' ? 'within' : rule.bound)
  const trigger = figure.trigger ?? rule.trigger
  const sameTrigger = trigger === rule.trigger
  return {
    authority: code,
    bound,
    amount: figure.amount,
    unit: figure.unit,
    kind: kindOfBound(bound),
    triggerTypes: [
      trigger,
      ...(figure.alsoTriggeredBy ?? []),
      ...(sameTrigger ? (rule.alsoTriggeredBy ?? []) : []),
    ],
    dueTypes: [figure.endsWith ?? rule.due, ...(rule.alsoMetBy ?? [])],
    citation: figure.citation ?? rule.citation,
    confidence: figure.confidence === 'unknown' ? 'low' : figure.confidence,
    pauses: figure.pausedDuring
      ? { list: figure.pausedDuring, key: JSON.stringify(figure.pausedDuring) }
      : null,
    absenceExtension: figure.absenceExtension ?? null,
    endOfSchoolYear: figure.endOfSchoolYear ?? null,
    summerTriggerMovesToFirstSchoolDay: figure.summerTriggerMovesToFirstSchoolDay ?? false,
    byAge: figure.byAge ?? null,
    alternative: figure.alternativeLimit
      ? {
          ...figure.alternativeLimit,
          triggerTypes: [figure.alternativeLimit.trigger, ...(figure.alternativeLimit.alsoTriggeredBy ?? [])],
        }
      : null,
    onlyWhenDetail: figure.onlyWhenDetail ?? null,
    weekendNote: needsAction(rule, kindOfBound(bound)),
  }
}

/** Event type ids per bit word: 30, so a word is always a small integer (a V8 Smi, never a boxed double). */
export const EVENT_BITS = 30

/** Type ids as sparse bit words: [word index, bits, …] for each word with a bit set (bit id % 30 of word id / 30). */
function bitWords(ids: readonly number[]): number[] {
  const words: number[] = []
  for (const id of ids) {
    const word = Math.floor(id / EVENT_BITS)
    while (words.length <= word) words.push(0)
    words[word] = (words[word] ?? 0) | (1 << (id % EVENT_BITS))
  }
  return words.flatMap((bits, word) => (bits === 0 ? [] : [word, bits]))
}

function compileVariant(
  rule: LawRule,
  order: number,
  state: StateTimeline | undefined,
  typeIds: ReadonlyMap<string, number>,
  ruleIndex: ReadonlyMap<string, number>,
  chainSources: ReadonlySet<string>,
): RuleVariant {
  const federal = federalRecipe(rule)
  let mode: VariantMode = 'federal'
  let stateRec: Recipe | null = null
  let candidate: Recipe | null = null
  let stateNote: Message | null = null
  let federalConfidence = rule.confidence
  const key = rule.stateTimelineKey
  if (state && key && rule.stateOverride !== 'none') {
    const figure = state.figures[key] ?? null
    const known = figure !== null && figure.amount !== null && figure.unit !== null
    if (figure?.foldedIntoInitialTimeline && !known) {
      stateNote = explain.stateFolded(state.code)
    } else if (!known || figure === null) {
      if (rule.stateOverride === 'any') {
        stateNote = explain.stateUnknown(state.code)
        federalConfidence = lower(rule.confidence, 'medium')
      } else if (rule.stateOverride === 'unclear') {
        stateNote = explain.stateUnclear()
      } else {
        stateNote = explain.stateNoShorter(state.code)
      }
    } else if (figure.confidence === 'low' || figure.confidence === 'unknown') {
      candidate = stateRecipe(rule, state.code, figure)
      federalConfidence = 'low'
    } else {
      stateRec = stateRecipe(rule, state.code, figure)
      mode = rule.stateOverride === 'any' ? 'replace' : 'stricter'
    }
  } else if (state && rule.stateOverride === 'unclear') {
    stateNote = explain.stateUnclear()
  }
  const triggerTypes = new Set(federal.triggerTypes)
  if (stateRec) for (const type of stateRec.triggerTypes) triggerTypes.add(type)
  if (stateRec?.alternative) for (const type of stateRec.alternative.triggerTypes) triggerTypes.add(type)
  const exceptionTypes = (rule.exceptions ?? []).flatMap((e) => (e.event ? [e.event] : []))
  const chainSource = rule.chainedFrom ? (ruleIndex.get(rule.chainedFrom) ?? -1) : -1
  const readTypeIds = [
    ...new Set([
      ...federal.dueTypes,
      ...(stateRec?.dueTypes ?? []),
      ...exceptionTypes,
      ...(rule.endedEarlyBy ?? []),
      ...(rule.alsoDueBefore ?? []),
      ...(rule.requiresEvent?.anyOf ?? []),
    ]),
  ].flatMap((type) => {
    const id = typeIds.get(type)
    return id === undefined ? [] : [id]
  })

  return {
    rule,
    id: rule.id,
    restarts: rule.laterTriggerRestarts === true,
    endsByItself: rule.endsByItself === true,
    optional: rule.optional === true,
    metLookbackMonths: rule.metLookback
      ? rule.metLookback.amount * (rule.metLookback.unit === 'years' ? 12 : 1)
      : 0,
    requiresBeforeDue: rule.requiresEvent?.beforeDue === true,
    order,
    title: ruleTitle(rule.id),
    mode,
    federal,
    state: stateRec,
    candidate,
    stateNote,
    federalConfidence,
    triggerMask: mask(
      typeIds,
      [...triggerTypes].filter((type) => type !== 'child-date-of-birth'),
    ),
    federalTriggerMask: mask(typeIds, federal.triggerTypes),
    stateTriggerMask: stateRec ? mask(typeIds, stateRec.triggerTypes) : null,
    dueMask: mask(typeIds, federal.dueTypes),
    stateDueMask: stateRec ? mask(typeIds, stateRec.dueTypes) : null,
    exceptionMask: mask(typeIds, exceptionTypes),
    endedEarlyMask: mask(typeIds, rule.endedEarlyBy ?? []),
    alsoDueBeforeMask: mask(typeIds, rule.alsoDueBefore ?? []),
    requiresMask: rule.requiresEvent ? mask(typeIds, rule.requiresEvent.anyOf) : null,
    alternativeMask: stateRec?.alternative ? mask(typeIds, stateRec.alternative.triggerTypes) : null,
    readTypeIds,
    readWords: bitWords(readTypeIds),
    readsAlsoDueBefore: (rule.alsoDueBefore ?? []).length > 0,
    readsExceptions: exceptionTypes.length > 0,
    readsEndedEarly: (rule.endedEarlyBy ?? []).length > 0,
    chainSource,
    isChainSource: chainSources.has(rule.id),
    fromBirth: rule.trigger === 'child-date-of-birth',
    derivedFromBirthYears: rule.derivedTrigger?.fromDateOfBirth.years ?? 0,
    isThreshold: rule.bound === 'threshold',
    note: RULES_WITH_NOTE.has(rule.id) ? explain.ruleNote(rule.id) : null,
  }
}
