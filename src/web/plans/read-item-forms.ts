import { type LibraryEntry, libraryEntry } from '../../domain/plans/library.ts'
import {
  ACCOMMODATION_SETTINGS,
  type Accommodation,
  type AccommodationSetting,
  FREQUENCY_PERIODS,
  GOAL_AREAS,
  type Goal,
  type IepPlan,
  type Plan,
  type PlanItem,
  SERVICE_KINDS,
  SERVICE_SETTINGS,
  type Service,
  type ShortTermObjective,
} from '../../domain/plans/plan.ts'
import type { Problem } from '../../domain/problems.ts'
import {
  asText,
  choiceOf,
  dateOf,
  type FormValues,
  fieldProblem,
  isBlankRow,
  numberOf,
  rowCount,
  textOf,
} from './form-values.ts'

/**
 * The plan's lists edited one item at a time: goals, services, accommodations, modifications and
 * supports for staff. Each item keeps its id for good, so versions and next year's plan can be
 * compared item by item and later records (progress data, sessions delivered) can point at it.
 */
export const ITEM_LISTS = [
  'goals',
  'services',
  'accommodations',
  'programModifications',
  'staffSupports',
] as const
export type ItemList = (typeof ITEM_LISTS)[number]

export function isItemList(list: string): list is ItemList {
  return (ITEM_LISTS as readonly string[]).includes(list)
}

/** Whether a kind of plan has this list (a 504 plan has no goals, modifications or staff supports). */
export function listFits(list: ItemList, kind: Plan['kind']): boolean {
  return kind === 'iep' || list === 'services' || list === 'accommodations'
}

type AnyItem = Goal | Service | Accommodation | PlanItem

export function itemsOf(plan: Plan, list: ItemList): readonly AnyItem[] {
  switch (list) {
    case 'goals':
      return plan.kind === 'iep' ? plan.goals : []
    case 'services':
      return plan.services
    case 'accommodations':
      return plan.accommodations
    case 'programModifications':
    case 'staffSupports':
      return plan.kind === 'iep' ? (plan[list] ?? []) : []
  }
}

export function findItem(
  plan: Plan,
  list: ItemList,
  id: string,
): { item: AnyItem; index: number } | undefined {
  const index = itemsOf(plan, list).findIndex((item) => item.id === id)
  const item = itemsOf(plan, list)[index]
  return item === undefined ? undefined : { item, index }
}

/** The plan with the list replaced. */
export function withItems(plan: Plan, list: ItemList, items: readonly AnyItem[]): Plan {
  if (list === 'services') return { ...plan, services: items as Service[] }
  if (list === 'accommodations') return { ...plan, accommodations: items as Accommodation[] }
  if (plan.kind !== 'iep') return plan
  return { ...plan, [list]: items } as IepPlan
}

/** The plan with one item put in place of the item with the same id, or added at the end. */
export function withItem(plan: Plan, list: ItemList, item: AnyItem): Plan {
  const items = itemsOf(plan, list)
  const index = items.findIndex((existing) => existing.id === item.id)
  return withItems(
    plan,
    list,
    index === -1 ? [...items, item] : items.map((existing, i) => (i === index ? item : existing)),
  )
}

export function withoutItem(plan: Plan, list: ItemList, id: string): Plan {
  return withItems(
    plan,
    list,
    itemsOf(plan, list).filter((item) => item.id !== id),
  )
}

/** The library entry type each list takes. */
export function libraryTypeOf(list: ItemList): LibraryEntry['type'] | undefined {
  switch (list) {
    case 'services':
      return 'service'
    case 'accommodations':
      return 'accommodation'
    case 'programModifications':
      return 'modification'
    case 'staffSupports':
      return 'staff-support'
    case 'goals':
      return undefined
  }
}

// ── values an item gives ───────────────────────────────────────────────────────────────────────

export function itemValues(list: ItemList, item: AnyItem | undefined): Record<string, string> {
  const v: Record<string, string> = {}
  const put = (name: string, value: string | number | undefined) => {
    v[name] = asText(value)
  }
  if (item === undefined) return v
  if (list === 'goals') {
    const goal = item as Goal
    put('area', goal.area)
    put('text', goal.text)
    put('baseline', goal.baseline)
    put('baselineValue', goal.baselineValue)
    put('target', goal.target)
    put('targetValue', goal.targetValue)
    put('unit', goal.unit)
    put('direction', goal.direction)
    put('measurementMethod', goal.measurementMethod)
    put('criterion', goal.criterion)
    put('progressReporting.how', goal.progressReporting?.how)
    put('progressReporting.when', goal.progressReporting?.when)
    ;(goal.objectives ?? []).forEach((o, i) => {
      put(`objectives[${i}].id`, o.id)
      put(`objectives[${i}].text`, o.text)
      put(`objectives[${i}].criterion`, o.criterion)
      put(`objectives[${i}].targetDate`, o.targetDate)
    })
  } else if (list === 'services') {
    const service = item as Service
    put('libraryId', service.libraryId)
    put('name', service.name)
    put('kind', service.kind)
    put('minutes', service.minutes)
    put('frequency.times', service.frequency?.times)
    put('frequency.per', service.frequency?.per)
    put('start', service.start)
    put('end', service.end)
    put('setting', service.setting)
    put('location', service.location)
    put('providerRole', service.providerRole)
    put('grouping', service.grouping)
    put('notes', service.notes)
  } else {
    const entry = item as Accommodation & PlanItem
    put('libraryId', entry.libraryId)
    put('text', entry.text)
    put('responsible', entry.responsible)
    if (list === 'accommodations') put('details', (item as Accommodation).details)
  }
  return v
}

/** A new service's starting values, from a library entry where one was chosen. */
export function newServiceValues(entry: LibraryEntry | undefined, name: string): Record<string, string> {
  if (!entry) return {}
  return { libraryId: entry.id, name, kind: entry.serviceKind ?? '' }
}

// ── an item from submitted values ──────────────────────────────────────────────────────────────

export interface AppliedItem {
  readonly item: AnyItem | undefined
  readonly problems: readonly Problem[]
}

function readGoal(
  values: FormValues,
  id: string,
  newId: () => string,
  problems: Problem[],
): Goal | undefined {
  const area = choiceOf(values, 'area', GOAL_AREAS, problems, 'goal')
  if (textOf(values, 'area') === undefined)
    problems.push(fieldProblem('area', 'plans.form.problems.goalArea', 'goal'))
  const text = textOf(values, 'text')
  if (text === undefined) problems.push(fieldProblem('text', 'plans.form.problems.goalText', 'goal'))
  const objectives: ShortTermObjective[] = []
  for (let i = 0; i < rowCount(values, 'objectives'); i++) {
    if (isBlankRow(values, 'objectives', i, ['text', 'criterion', 'targetDate'])) continue
    const at = (field: string) => `objectives[${i}].${field}`
    const objectiveText = textOf(values, at('text'))
    if (objectiveText === undefined) {
      problems.push(fieldProblem(at('text'), 'plans.form.problems.objectiveText', 'goal', { number: i + 1 }))
    }
    const targetDate = dateOf(values, at('targetDate'), problems, 'goal')
    if (objectiveText !== undefined) {
      objectives.push({
        id: textOf(values, at('id')) ?? newId(),
        text: objectiveText,
        criterion: textOf(values, at('criterion')),
        targetDate,
      } as ShortTermObjective)
    }
  }
  const how = textOf(values, 'progressReporting.how')
  const when = textOf(values, 'progressReporting.when')
  const direction = choiceOf(values, 'direction', ['increase', 'decrease'] as const, problems, 'goal')
  const number = (name: string) => numberOf(values, name, problems, 'goal')
  const baselineValue = number('baselineValue')
  const targetValue = number('targetValue')
  if (area === undefined || text === undefined) return undefined
  return {
    id,
    area,
    text,
    baseline: textOf(values, 'baseline'),
    baselineValue,
    target: textOf(values, 'target'),
    targetValue,
    unit: textOf(values, 'unit'),
    direction,
    measurementMethod: textOf(values, 'measurementMethod'),
    criterion: textOf(values, 'criterion'),
    progressReporting: how === undefined && when === undefined ? undefined : { how, when },
    objectives: objectives.length > 0 ? objectives : undefined,
  } as Goal
}

function readService(values: FormValues, id: string, problems: Problem[]): Service | undefined {
  const name = textOf(values, 'name')
  if (name === undefined) problems.push(fieldProblem('name', 'plans.form.problems.serviceName', 'service'))
  const kind = choiceOf(values, 'kind', SERVICE_KINDS, problems, 'service')
  if (textOf(values, 'kind') === undefined)
    problems.push(fieldProblem('kind', 'plans.form.problems.serviceKind', 'service'))
  const minutes = numberOf(values, 'minutes', problems, 'service')
  const times = numberOf(values, 'frequency.times', problems, 'service', { whole: true })
  const per = choiceOf(values, 'frequency.per', FREQUENCY_PERIODS, problems, 'service')
  if (times !== undefined && per === undefined && textOf(values, 'frequency.per') === undefined) {
    problems.push(fieldProblem('frequency.per', 'plans.form.problems.frequencyPer', 'service'))
  }
  if (times === undefined && per !== undefined && textOf(values, 'frequency.times') === undefined) {
    problems.push(fieldProblem('frequency.times', 'plans.form.problems.frequencyTimes', 'service'))
  }
  const start = dateOf(values, 'start', problems, 'service')
  const end = dateOf(values, 'end', problems, 'service')
  const setting = choiceOf(values, 'setting', SERVICE_SETTINGS, problems, 'service')
  const grouping = choiceOf(values, 'grouping', ['individual', 'group'] as const, problems, 'service')
  const libraryId = textOf(values, 'libraryId')
  if (name === undefined || kind === undefined) return undefined
  return {
    id,
    name,
    kind,
    libraryId: libraryId !== undefined && libraryEntry(libraryId) ? libraryId : undefined,
    minutes,
    frequency: times !== undefined && per !== undefined ? { times, per } : undefined,
    start,
    end,
    setting,
    location: textOf(values, 'location'),
    providerRole: textOf(values, 'providerRole'),
    grouping,
    notes: textOf(values, 'notes'),
  } as Service
}

function readAccommodation(
  values: FormValues,
  settings: readonly string[],
  id: string,
  problems: Problem[],
): Accommodation | undefined {
  const libraryId = textOf(values, 'libraryId')
  const known = libraryId !== undefined && libraryEntry(libraryId) !== undefined
  const text = textOf(values, 'text')
  if (text === undefined && !known) {
    problems.push(fieldProblem('text', 'plans.form.problems.accommodationText', 'item'))
    return undefined
  }
  const chosen = ACCOMMODATION_SETTINGS.filter((s) => settings.includes(s))
  return {
    id,
    libraryId: known ? libraryId : undefined,
    text,
    settings: chosen as AccommodationSetting[],
    details: textOf(values, 'details'),
    responsible: textOf(values, 'responsible'),
  } as Accommodation
}

function readPlanItem(values: FormValues, id: string, problems: Problem[]): PlanItem | undefined {
  const libraryId = textOf(values, 'libraryId')
  const known = libraryId !== undefined && libraryEntry(libraryId) !== undefined
  const text = textOf(values, 'text')
  if (text === undefined) {
    problems.push(fieldProblem('text', 'plans.form.problems.itemText', 'item'))
    return undefined
  }
  return {
    id,
    libraryId: known ? libraryId : undefined,
    text,
    responsible: textOf(values, 'responsible'),
  } as PlanItem
}

/**
 * An item from its form: `id` is the item being edited, or a new id for a new item. `settings` are
 * the ticked accommodation settings (a repeated field).
 */
export function readItem(
  list: ItemList,
  values: FormValues,
  settings: readonly string[],
  id: string,
  newId: () => string,
): AppliedItem {
  const problems: Problem[] = []
  let item: AnyItem | undefined
  switch (list) {
    case 'goals':
      item = readGoal(values, id, newId, problems)
      break
    case 'services':
      item = readService(values, id, problems)
      break
    case 'accommodations':
      item = readAccommodation(values, settings, id, problems)
      break
    default:
      item = readPlanItem(values, id, problems)
  }
  return { item, problems }
}

/** The items the library picker adds: each entry once, with the places it usually applies. */
export function itemsFromLibrary(
  list: 'accommodations' | 'programModifications' | 'staffSupports',
  ids: readonly string[],
  existing: readonly AnyItem[],
  newId: () => string,
  nameOf: (entry: LibraryEntry) => string,
): AnyItem[] {
  const present = new Set(existing.map((item) => ('libraryId' in item ? item.libraryId : undefined)))
  const type = libraryTypeOf(list)
  const added: AnyItem[] = []
  for (const id of new Set(ids)) {
    const entry = libraryEntry(id)
    if (!entry || entry.type !== type || present.has(id)) continue
    added.push(
      list === 'accommodations'
        ? ({ id: newId(), libraryId: id, settings: [...(entry.settings ?? [])] } as Accommodation)
        : ({ id: newId(), libraryId: id, text: nameOf(entry) } as PlanItem),
    )
  }
  return added
}

/** The rows an item form repeats. */
export const ITEM_ROW_FIELDS: Readonly<Record<string, readonly string[]>> = {
  objectives: ['text', 'criterion', 'targetDate'],
}
