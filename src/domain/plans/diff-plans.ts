import { type Message, type MessageParam, message } from '../messages.ts'
import { libraryKeys } from './library.ts'
import { type MatchPass, matchItems } from './match-items.ts'
import type {
  Accommodation,
  AccommodationSetting,
  AssessmentChoice,
  Goal,
  IepPlan,
  Plan,
  PlanItem,
  Service,
} from './plan.ts'
import { DEFAULT_MINUTES_SCALE, type MinutesScale, minutesPerWeek, roundMinutes } from './service-minutes.ts'
import { cachedTextSimilarity } from './text-similarity.ts'

/**
 * What changed between two versions of a child's plan (any two: an amendment and the plan it
 * amends, this year's IEP and last year's, an IEP and the 504 plan that followed it). Items are
 * matched by id first, then by weaker evidence (library entry, similar words, same amount), so a
 * goal rewritten or a service renamed shows as changed, not as removed and added. Service amounts
 * are compared in minutes per week (service-minutes.ts). Reductions and removals are marked
 * `attention`; any change to services or placement carries the note that the school must give
 * prior written notice (34 CFR 300.503). The result is plain JSON: the API returns it as is.
 */
export interface PlanDiff {
  readonly before: PlanLabel
  readonly after: PlanLabel
  readonly services: readonly ServiceChange[]
  readonly goals: readonly GoalChange[]
  readonly accommodations: readonly ItemChange[]
  readonly settings: readonly SettingChange[]
  readonly summary: DiffSummary
  /** True when anything was cut: a service reduced or removed, an accommodation removed or narrowed, less time in general education. */
  readonly hasReductions: boolean
  readonly notes: readonly DiffNote[]
}

export interface PlanLabel {
  readonly kind: Plan['kind']
  readonly status: Plan['status']
  readonly meeting: string | null
  readonly start: string | null
}

export type MatchBasis = 'id' | 'library' | 'similar-text' | 'same-amount' | 'same-area'

export type ServiceChangeKind = 'added' | 'removed' | 'reduced' | 'increased' | 'changed' | 'unchanged'

export interface ServiceChange {
  readonly change: ServiceChangeKind
  readonly matchedBy: MatchBasis | null
  readonly before: Service | null
  readonly after: Service | null
  /** The name differs but the diff judged it the same service. */
  readonly renamed: boolean
  /** Names of the fields that differ (`minutes`, `frequency`, `setting` …). */
  readonly fields: readonly string[]
  /** Minutes per week, rounded to one decimal; null where the plan gives no amount. */
  readonly minutesPerWeek: {
    readonly before: number | null
    readonly after: number | null
    readonly change: number | null
  }
  /** The service moved out of the general education class. */
  readonly movedOutOfGeneralEducation: boolean
  readonly attention: boolean
  readonly message: Message
}

export type GoalChangeKind = 'added' | 'removed' | 'changed' | 'unchanged'

export interface GoalChange {
  readonly change: GoalChangeKind
  readonly matchedBy: MatchBasis | null
  readonly before: Goal | null
  readonly after: Goal | null
  /** The words of the goal changed. */
  readonly rewritten: boolean
  /** How alike the two texts are (0–1), for goals matched without their id. */
  readonly similarity: number | null
  readonly fields: readonly string[]
  /** The numeric target moved the wrong way for the goal's direction (a lower bar). */
  readonly targetLowered: boolean
  readonly attention: boolean
  readonly message: Message
}

export type ItemList = 'accommodations' | 'programModifications' | 'staffSupports'
export type ItemChangeKind = 'added' | 'removed' | 'changed' | 'unchanged'

export interface ItemChange {
  readonly list: ItemList
  readonly change: ItemChangeKind
  readonly matchedBy: MatchBasis | null
  readonly before: Accommodation | PlanItem | null
  readonly after: Accommodation | PlanItem | null
  readonly fields: readonly string[]
  readonly settingsAdded: readonly AccommodationSetting[]
  readonly settingsRemoved: readonly AccommodationSetting[]
  readonly attention: boolean
  readonly message: Message
}

export type SettingAspect =
  | 'plan-kind'
  | 'general-education-time'
  | 'extended-school-year'
  | 'state-assessment'
  | 'district-assessment'

export interface SettingChange {
  readonly aspect: SettingAspect
  readonly before: string | number | null
  readonly after: string | number | null
  readonly attention: boolean
  readonly message: Message
}

export interface DiffSummary {
  readonly servicesAdded: number
  readonly servicesRemoved: number
  readonly servicesReduced: number
  readonly servicesIncreased: number
  readonly servicesChanged: number
  readonly goalsAdded: number
  readonly goalsRemoved: number
  readonly goalsChanged: number
  readonly accommodationsAdded: number
  readonly accommodationsRemoved: number
  readonly accommodationsChanged: number
  /** Total minutes per week over the services whose amount is known on that side. */
  readonly totalMinutesPerWeek: { readonly before: number; readonly after: number; readonly change: number }
  /** Services left out of the totals because the plan gives no amount. */
  readonly servicesWithoutAmount: { readonly before: number; readonly after: number }
}

export interface DiffNote {
  readonly code: string
  readonly message: Message
  readonly citation: string
}

export interface DiffOptions {
  readonly scale?: MinutesScale
}

// Below this many minutes a week, a difference is rounding, not a change.
const MINUTES_EPSILON = 0.05

/** Compares two versions of a plan; `before` is the older one. */
export function diffPlans(before: Plan, after: Plan, options: DiffOptions = {}): PlanDiff {
  const scale = options.scale ?? DEFAULT_MINUTES_SCALE
  const services = diffServices(before.services, after.services, scale)
  const goals = diffGoals(before.kind === 'iep' ? before.goals : [], after.kind === 'iep' ? after.goals : [])
  const accommodations = [
    ...diffItems('accommodations', before.accommodations, after.accommodations),
    ...diffItems(
      'programModifications',
      iepItems(before, 'programModifications'),
      iepItems(after, 'programModifications'),
    ),
    ...diffItems('staffSupports', iepItems(before, 'staffSupports'), iepItems(after, 'staffSupports')),
  ]
  const settings = diffSettings(before, after)
  const summary = summarise(services, goals, accommodations, before, after, scale)
  const hasReductions =
    services.some((s) => s.change === 'reduced' || s.change === 'removed') ||
    accommodations.some((a) => a.change === 'removed' || a.settingsRemoved.length > 0) ||
    settings.some((s) => s.aspect === 'general-education-time' && s.attention)
  return {
    before: label(before),
    after: label(after),
    services,
    goals,
    accommodations,
    settings,
    summary,
    hasReductions,
    notes: notes(before, after, services, accommodations, settings, hasReductions),
  }
}

function label(plan: Plan): PlanLabel {
  return {
    kind: plan.kind,
    status: plan.status,
    meeting: plan.dates.meeting ?? null,
    start: plan.dates.start ?? null,
  }
}

function iepItems(plan: Plan, list: 'programModifications' | 'staffSupports'): readonly PlanItem[] {
  return plan.kind === 'iep' ? (plan[list] ?? []) : []
}

/** Deep equality for plain JSON values (the plan holds nothing else). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined)
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined)
  if (keysA.length !== keysB.length) return false
  return keysA.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

function changedFields<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): string[] {
  return fields.filter((field) => !same(before[field], after[field]))
}

// ── services ────────────────────────────────────────────────────────────────────────────────────

const SERVICE_FIELDS = [
  'name',
  'kind',
  'minutes',
  'frequency',
  'start',
  'end',
  'setting',
  'location',
  'providerRole',
  'grouping',
] as const satisfies readonly (keyof Service)[]

function servicePasses(scale: MinutesScale): MatchPass<Service, MatchBasis>[] {
  const textSimilarity = cachedTextSimilarity()
  return [
    { basis: 'id', score: (b, a) => (b.id === a.id ? 1 : undefined) },
    {
      basis: 'library',
      score: (b, a) => (b.libraryId !== undefined && b.libraryId === a.libraryId ? 1 : undefined),
    },
    {
      basis: 'similar-text',
      score: (b, a) => {
        const similarity = textSimilarity(b.name, a.name)
        return similarity >= 0.5 ? similarity + (b.kind === a.kind ? 0.1 : 0) : undefined
      },
    },
    {
      // A service renamed outright ("Resource room" → "Specialized reading instruction") keeps its
      // kind and its amount; with one such candidate on each side, it is the same service.
      basis: 'same-amount',
      uniqueOnly: true,
      score: (b, a) => {
        const left = minutesPerWeek(b, scale)
        const right = minutesPerWeek(a, scale)
        if (b.kind !== a.kind || left === undefined || right === undefined) return undefined
        return Math.abs(left - right) < MINUTES_EPSILON ? 1 : undefined
      },
    },
  ]
}

function serviceName(service: Service): MessageParam {
  return service.name
}

function minutesFigure(value: number | undefined): number | null {
  return value === undefined ? null : roundMinutes(value)
}

function diffServices(
  before: readonly Service[],
  after: readonly Service[],
  scale: MinutesScale,
): ServiceChange[] {
  const matching = matchItems(before, after, servicePasses(scale))
  const changes: ServiceChange[] = []
  for (const pair of matching.pairs) changes.push(compareServices(pair.before, pair.after, pair.basis, scale))
  for (const service of matching.added) {
    const perWeek = minutesFigure(minutesPerWeek(service, scale))
    changes.push({
      change: 'added',
      matchedBy: null,
      before: null,
      after: service,
      renamed: false,
      fields: [],
      minutesPerWeek: { before: null, after: perWeek, change: perWeek },
      movedOutOfGeneralEducation: false,
      attention: false,
      message:
        perWeek === null
          ? message('plans.diff.service.addedNoAmount', { name: serviceName(service) })
          : message('plans.diff.service.added', { name: serviceName(service), after: perWeek }),
    })
  }
  for (const service of matching.removed) {
    const perWeek = minutesFigure(minutesPerWeek(service, scale))
    changes.push({
      change: 'removed',
      matchedBy: null,
      before: service,
      after: null,
      renamed: false,
      fields: [],
      minutesPerWeek: { before: perWeek, after: null, change: perWeek === null ? null : -perWeek },
      movedOutOfGeneralEducation: false,
      attention: true,
      message:
        perWeek === null
          ? message('plans.diff.service.removedNoAmount', { name: serviceName(service) })
          : message('plans.diff.service.removed', { name: serviceName(service), before: perWeek }),
    })
  }
  return changes
}

function compareServices(
  before: Service,
  after: Service,
  basis: MatchBasis,
  scale: MinutesScale,
): ServiceChange {
  const fields = changedFields(before, after, SERVICE_FIELDS)
  const renamed = fields.includes('name')
  const left = minutesPerWeek(before, scale)
  const right = minutesPerWeek(after, scale)
  const delta = left !== undefined && right !== undefined ? right - left : undefined
  const movedOut =
    before.setting === 'general-education-class' &&
    after.setting !== undefined &&
    after.setting !== 'general-education-class'
  let change: ServiceChangeKind
  if (delta !== undefined && delta < -MINUTES_EPSILON) change = 'reduced'
  else if (delta !== undefined && delta > MINUTES_EPSILON) change = 'increased'
  else if (fields.length > 0) change = 'changed'
  else change = 'unchanged'
  const figures = { before: minutesFigure(left), after: minutesFigure(right), change: minutesFigure(delta) }
  return {
    change,
    matchedBy: basis,
    before,
    after,
    renamed,
    fields,
    minutesPerWeek: figures,
    movedOutOfGeneralEducation: movedOut,
    attention: change === 'reduced' || movedOut || (left !== undefined && right === undefined),
    message: serviceMessage(change, before, after, renamed, figures, fields),
  }
}

function serviceMessage(
  change: ServiceChangeKind,
  before: Service,
  after: Service,
  renamed: boolean,
  figures: { before: number | null; after: number | null; change: number | null },
  fields: readonly string[],
): Message {
  const name = serviceName(after)
  if (change === 'reduced' || change === 'increased') {
    return message(`plans.diff.service.${change}`, {
      name,
      before: figures.before ?? 0,
      after: figures.after ?? 0,
      change: Math.abs(figures.change ?? 0),
    })
  }
  if (figures.before !== null && figures.after === null) {
    return message('plans.diff.service.amountDropped', { name, before: figures.before })
  }
  if (renamed && fields.length === 1) {
    return message('plans.diff.service.renamed', { before: serviceName(before), after: name })
  }
  if (change === 'changed') {
    if (fields.includes('frequency')) return message('plans.diff.service.rescheduled', { name })
    return message('plans.diff.service.changed', { name })
  }
  return message('plans.diff.service.unchanged', { name })
}

// ── goals ───────────────────────────────────────────────────────────────────────────────────────

const GOAL_FIELDS = [
  'area',
  'text',
  'baseline',
  'baselineValue',
  'target',
  'targetValue',
  'unit',
  'direction',
  'measurementMethod',
  'criterion',
  'progressReporting',
  'objectives',
] as const satisfies readonly (keyof Goal)[]

function goalPasses(textSimilarity: (a: string, b: string) => number): MatchPass<Goal, MatchBasis>[] {
  return [
    { basis: 'id', score: (b, a) => (b.id === a.id ? 1 : undefined) },
    {
      basis: 'similar-text',
      score: (b, a) => {
        const similarity = textSimilarity(b.text, a.text)
        return similarity >= 0.5 ? similarity + (b.area === a.area ? 0.1 : 0) : undefined
      },
    },
    {
      // A goal rewritten from scratch in the same area: with one candidate on each side, the
      // diff shows it as rewritten; the parent sees both texts and can judge.
      basis: 'same-area',
      uniqueOnly: true,
      score: (b, a) => (b.area === a.area && b.area !== 'other' ? textSimilarity(b.text, a.text) : undefined),
    },
  ]
}

function diffGoals(before: readonly Goal[], after: readonly Goal[]): GoalChange[] {
  const textSimilarity = cachedTextSimilarity()
  const matching = matchItems(before, after, goalPasses(textSimilarity))
  const changes: GoalChange[] = matching.pairs.map((pair) =>
    compareGoals(pair.before, pair.after, pair.basis, textSimilarity),
  )
  for (const goal of matching.added) {
    changes.push({
      change: 'added',
      matchedBy: null,
      before: null,
      after: goal,
      rewritten: false,
      similarity: null,
      fields: [],
      targetLowered: false,
      attention: false,
      message: message('plans.diff.goal.added', { area: { key: `plans.goalAreas.${goal.area}` } }),
    })
  }
  for (const goal of matching.removed) {
    changes.push({
      change: 'removed',
      matchedBy: null,
      before: goal,
      after: null,
      rewritten: false,
      similarity: null,
      fields: [],
      targetLowered: false,
      attention: true,
      message: message('plans.diff.goal.removed', { area: { key: `plans.goalAreas.${goal.area}` } }),
    })
  }
  return changes
}

function targetLowered(before: Goal, after: Goal): boolean {
  const direction = after.direction ?? before.direction
  if (direction === undefined || before.targetValue === undefined || after.targetValue === undefined)
    return false
  if ((before.unit ?? '') !== (after.unit ?? '')) return false
  return direction === 'increase'
    ? after.targetValue < before.targetValue
    : after.targetValue > before.targetValue
}

function compareGoals(
  before: Goal,
  after: Goal,
  basis: MatchBasis,
  textSimilarity: (a: string, b: string) => number,
): GoalChange {
  const fields = changedFields(before, after, GOAL_FIELDS)
  const rewritten = fields.includes('text')
  const lowered = targetLowered(before, after)
  const area = { key: `plans.goalAreas.${after.area}` }
  let key = 'plans.diff.goal.unchanged'
  if (lowered) key = 'plans.diff.goal.targetLowered'
  else if (rewritten) key = 'plans.diff.goal.rewritten'
  else if (fields.length > 0) key = 'plans.diff.goal.changed'
  return {
    change: fields.length > 0 ? 'changed' : 'unchanged',
    matchedBy: basis,
    before,
    after,
    rewritten,
    similarity: basis === 'id' ? null : Math.round(textSimilarity(before.text, after.text) * 100) / 100,
    fields,
    targetLowered: lowered,
    attention: lowered,
    message: message(key, { area }),
  }
}

// ── accommodations, modifications, supports for staff ─────────────────────────────────────────

type AnyItem = Accommodation | PlanItem

function itemWords(item: AnyItem): string {
  return item.text ?? item.libraryId ?? ''
}

function itemName(item: AnyItem): MessageParam {
  if (item.text !== undefined && item.text.trim() !== '') return item.text
  return item.libraryId !== undefined ? { key: libraryKeys(item.libraryId).name } : ''
}

function settingsOf(item: AnyItem): readonly AccommodationSetting[] {
  return 'settings' in item ? item.settings : []
}

function itemPasses(): MatchPass<AnyItem, MatchBasis>[] {
  const textSimilarity = cachedTextSimilarity()
  return [
    { basis: 'id', score: (b, a) => (b.id === a.id ? 1 : undefined) },
    {
      basis: 'library',
      score: (b, a) => (b.libraryId !== undefined && b.libraryId === a.libraryId ? 1 : undefined),
    },
    {
      basis: 'similar-text',
      score: (b, a) => {
        const similarity = textSimilarity(itemWords(b), itemWords(a))
        return similarity >= 0.6 ? similarity : undefined
      },
    },
  ]
}

function diffItems(list: ItemList, before: readonly AnyItem[], after: readonly AnyItem[]): ItemChange[] {
  const matching = matchItems(before, after, itemPasses())
  const changes: ItemChange[] = []
  for (const { before: left, after: right, basis } of matching.pairs) {
    const fields = changedFields(left as Accommodation, right as Accommodation, [
      'text',
      'libraryId',
      'settings',
      'details',
      'responsible',
    ])
    const beforeSettings = settingsOf(left)
    const afterSettings = settingsOf(right)
    const settingsAdded = afterSettings.filter((s) => !beforeSettings.includes(s))
    const settingsRemoved = beforeSettings.filter((s) => !afterSettings.includes(s))
    let key = 'plans.diff.item.unchanged'
    if (settingsRemoved.length > 0) key = 'plans.diff.item.narrowed'
    else if (fields.length > 0) key = 'plans.diff.item.changed'
    changes.push({
      list,
      change: fields.length > 0 ? 'changed' : 'unchanged',
      matchedBy: basis,
      before: left,
      after: right,
      fields,
      settingsAdded,
      settingsRemoved,
      attention: settingsRemoved.length > 0,
      message: message(key, { name: itemName(right) }),
    })
  }
  for (const item of matching.added) {
    changes.push(
      itemChange(list, 'added', null, item, message('plans.diff.item.added', { name: itemName(item) })),
    )
  }
  for (const item of matching.removed) {
    changes.push(
      itemChange(list, 'removed', item, null, message('plans.diff.item.removed', { name: itemName(item) })),
    )
  }
  return changes
}

function itemChange(
  list: ItemList,
  change: 'added' | 'removed',
  before: AnyItem | null,
  after: AnyItem | null,
  text: Message,
): ItemChange {
  return {
    list,
    change,
    matchedBy: null,
    before,
    after,
    fields: [],
    settingsAdded: [],
    settingsRemoved: [],
    attention: change === 'removed',
    message: text,
  }
}

// ── settings: plan kind, time in general education, ESY, assessments ──────────────────────────

/** Percent of the school week in general education, from the percent or from minutes. */
export function generalEducationPercent(plan: IepPlan): number | undefined {
  const time = plan.generalEducationTime
  if (time === undefined) return undefined
  if (time.percent !== undefined) return time.percent
  if (
    time.minutesPerWeek !== undefined &&
    time.schoolMinutesPerWeek !== undefined &&
    time.schoolMinutesPerWeek > 0
  ) {
    return Math.round((time.minutesPerWeek / time.schoolMinutesPerWeek) * 1000) / 10
  }
  return undefined
}

function diffSettings(before: Plan, after: Plan): SettingChange[] {
  const changes: SettingChange[] = []
  if (before.kind !== after.kind) {
    changes.push({
      aspect: 'plan-kind',
      before: before.kind,
      after: after.kind,
      attention: true,
      message: message(`plans.diff.setting.kind-${before.kind}-to-${after.kind}`),
    })
  }
  if (before.kind !== 'iep' || after.kind !== 'iep') return changes
  const left = generalEducationPercent(before)
  const right = generalEducationPercent(after)
  if (left !== undefined && right !== undefined && left !== right) {
    const less = right < left
    changes.push({
      aspect: 'general-education-time',
      before: left,
      after: right,
      attention: less,
      message: message(
        less ? 'plans.diff.setting.lessGeneralEducation' : 'plans.diff.setting.moreGeneralEducation',
        {
          before: left,
          after: right,
        },
      ),
    })
  }
  const esyBefore = before.extendedSchoolYear?.decision ?? null
  const esyAfter = after.extendedSchoolYear?.decision ?? null
  if (esyBefore !== esyAfter && esyBefore !== null && esyAfter !== null) {
    changes.push({
      aspect: 'extended-school-year',
      before: esyBefore,
      after: esyAfter,
      attention: esyBefore === 'eligible',
      message: message('plans.diff.setting.extendedSchoolYear', {
        before: { key: `plans.esyDecisions.${esyBefore}` },
        after: { key: `plans.esyDecisions.${esyAfter}` },
      }),
    })
  }
  for (const which of ['state', 'district'] as const) {
    const change = assessmentChange(which, before.assessments?.[which], after.assessments?.[which])
    if (change) changes.push(change)
  }
  return changes
}

function assessmentChange(
  which: 'state' | 'district',
  before: AssessmentChoice | undefined,
  after: AssessmentChoice | undefined,
): SettingChange | undefined {
  if (before === undefined || after === undefined || before.participation === after.participation)
    return undefined
  return {
    aspect: which === 'state' ? 'state-assessment' : 'district-assessment',
    before: before.participation,
    after: after.participation,
    attention: after.participation === 'alternate',
    message: message(`plans.diff.setting.${which}Assessment`, {
      before: { key: `plans.assessmentParticipation.${before.participation}` },
      after: { key: `plans.assessmentParticipation.${after.participation}` },
    }),
  }
}

// ── summary and notes ──────────────────────────────────────────────────────────────────────────

function totals(services: readonly Service[], scale: MinutesScale): { minutes: number; unknown: number } {
  let minutes = 0
  let unknown = 0
  for (const service of services) {
    const perWeek = minutesPerWeek(service, scale)
    if (perWeek === undefined) unknown += 1
    else minutes += perWeek
  }
  return { minutes, unknown }
}

function summarise(
  services: readonly ServiceChange[],
  goals: readonly GoalChange[],
  items: readonly ItemChange[],
  before: Plan,
  after: Plan,
  scale: MinutesScale,
): DiffSummary {
  const count = <T extends { change: string }>(list: readonly T[], change: string) =>
    list.filter((item) => item.change === change).length
  const accommodations = items.filter((item) => item.list === 'accommodations')
  const left = totals(before.services, scale)
  const right = totals(after.services, scale)
  return {
    servicesAdded: count(services, 'added'),
    servicesRemoved: count(services, 'removed'),
    servicesReduced: count(services, 'reduced'),
    servicesIncreased: count(services, 'increased'),
    servicesChanged: count(services, 'changed'),
    goalsAdded: count(goals, 'added'),
    goalsRemoved: count(goals, 'removed'),
    goalsChanged: count(goals, 'changed'),
    accommodationsAdded: count(accommodations, 'added'),
    accommodationsRemoved: count(accommodations, 'removed'),
    accommodationsChanged: count(accommodations, 'changed'),
    totalMinutesPerWeek: {
      before: roundMinutes(left.minutes),
      after: roundMinutes(right.minutes),
      change: roundMinutes(right.minutes - left.minutes),
    },
    servicesWithoutAmount: { before: left.unknown, after: right.unknown },
  }
}

function notes(
  before: Plan,
  after: Plan,
  services: readonly ServiceChange[],
  items: readonly ItemChange[],
  settings: readonly SettingChange[],
  hasReductions: boolean,
): DiffNote[] {
  const list: DiffNote[] = []
  const changedServicesOrPlacement =
    services.some((s) => s.change !== 'unchanged') ||
    items.some((i) => i.change !== 'unchanged') ||
    settings.length > 0
  const idea = before.kind === 'iep' || after.kind === 'iep'
  if (hasReductions) {
    list.push({
      code: idea ? 'reductions-need-notice' : 'section-504-reductions',
      message: message(
        idea ? 'plans.diff.notes.reductionsNeedNotice' : 'plans.diff.notes.section504Reductions',
      ),
      citation: idea ? '34 CFR 300.503' : '34 CFR 104.35(a); 104.36',
    })
  } else if (changedServicesOrPlacement) {
    list.push({
      code: idea ? 'changes-need-notice' : 'section-504-changes',
      message: message(idea ? 'plans.diff.notes.changesNeedNotice' : 'plans.diff.notes.section504Changes'),
      citation: idea ? '34 CFR 300.503' : '34 CFR 104.36',
    })
  }
  if (before.kind !== after.kind) {
    list.push({
      code: 'program-move',
      message: message('plans.diff.notes.programMove'),
      citation: before.kind === 'iep' ? '34 CFR 300.305(e)' : '34 CFR 300.300(a)',
    })
  }
  if (after.revision?.reason === 'amendment') {
    list.push({
      code: 'amendment-not-annual-review',
      message: message('plans.diff.notes.amendmentNotAnnualReview'),
      citation: '34 CFR 300.324(a)(4); 300.324(b)(1)',
    })
  }
  return list
}
