import { type LocalDate, parseLocalDate } from '../../domain/dates/local-date.ts'
import { type Problem, problem } from '../../domain/problems.ts'
import type { Translate } from '../../i18n/i18n.ts'

/**
 * The small toolkit behind the plan forms. A form's values are kept as the strings the person
 * typed, keyed by the field's JSON path in the plan (`dates.meeting`, `team[1].role`), so a problem
 * from the plan schema lands on the right field and everything typed can be shown again.
 */
export type FormValues = Readonly<Record<string, string>>

/** Names the form machinery uses itself; never part of a plan. */
const CONTROL_FIELDS = new Set(['_csrf', '_action', 'version', 'purpose'])

/** Every text field of a submitted form (the first value of a repeated name). */
export function readValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {}
  if (typeof body !== 'object' || body === null) return values
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (CONTROL_FIELDS.has(name)) continue
    if (typeof value === 'string') values[name] = value
    else if (Array.isArray(value) && typeof value[0] === 'string') values[name] = value[0]
  }
  return values
}

/** What a form button asked for: save, check (show the goal checker's result), add a row to a list, or remove row i of a list. */
export type FormAction =
  | { readonly kind: 'save' }
  | { readonly kind: 'check' }
  | { readonly kind: 'add'; readonly list: string }
  | { readonly kind: 'remove'; readonly list: string; readonly index: number }

export function readAction(body: unknown): FormAction {
  const raw =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)._action : undefined
  const text = typeof raw === 'string' ? raw : Array.isArray(raw) ? String(raw[0]) : 'save'
  if (text === 'check') return { kind: 'check' }
  const add = /^add:([\w.[\]]+)$/.exec(text)
  if (add?.[1]) return { kind: 'add', list: add[1] }
  const remove = /^remove:([\w.[\]]+):(\d+)$/.exec(text)
  if (remove?.[1] && remove[2]) return { kind: 'remove', list: remove[1], index: Number(remove[2]) }
  return { kind: 'save' }
}

/** The text of a field, trimmed; undefined when empty. */
export function textOf(values: FormValues, name: string): string | undefined {
  const value = (values[name] ?? '').trim()
  return value === '' ? undefined : value
}

/**
 * The catalog key of a field's label: its path without row numbers, under `plans.form.labels`, in
 * a scope for the item forms (`goal`, `service`, `item`): `team[2].role` → `plans.form.labels.team.role`.
 */
export function labelKey(field: string, scope = ''): string {
  const path = field.replace(/\[\d+\]/g, '')
  return `plans.form.labels.${scope === '' ? '' : `${scope}.`}${path}`
}

/** A problem whose message names the field: `params.fieldKey` is the catalog key of its label. */
export function fieldProblem(
  field: string,
  message: string,
  scope = '',
  extra: Record<string, string | number> = {},
): Problem {
  return problem(field, message, { ...extra, fieldKey: labelKey(field, scope) })
}

/** Fills in `field` (the label in the reader's language) for problems that carry a `fieldKey`. */
export function localizeProblems(problems: readonly Problem[], t: Translate): Problem[] {
  return problems.map((p) =>
    p.params && typeof p.params.fieldKey === 'string'
      ? { ...p, params: { ...p.params, field: t(p.params.fieldKey) } }
      : p,
  )
}

/** A date field: undefined when empty; a problem naming the field when it is not a real date. */
export function dateOf(
  values: FormValues,
  name: string,
  problems: Problem[],
  scope = '',
): LocalDate | undefined {
  const text = textOf(values, name)
  if (text === undefined) return undefined
  const date = parseLocalDate(text)
  if (date === undefined) problems.push(fieldProblem(name, 'plans.form.problems.date', scope))
  return date
}

const NUMBER = /^-?\d+(?:[.,]\d+)?$/
const WHOLE = /^\d+$/

/** A number field: undefined when empty; a problem naming the field when it is not a number. */
export function numberOf(
  values: FormValues,
  name: string,
  problems: Problem[],
  scope = '',
  options: { whole?: boolean } = {},
): number | undefined {
  const text = textOf(values, name)
  if (text === undefined) return undefined
  if (!(options.whole ? WHOLE : NUMBER).test(text)) {
    problems.push(
      fieldProblem(
        name,
        options.whole ? 'plans.form.problems.wholeNumber' : 'plans.form.problems.number',
        scope,
      ),
    )
    return undefined
  }
  return Number(text.replace(',', '.'))
}

/** A choice from a fixed list: undefined when empty; a problem when it is not one of the list. */
export function choiceOf<T extends string>(
  values: FormValues,
  name: string,
  allowed: readonly T[],
  problems: Problem[],
  scope = '',
): T | undefined {
  const text = textOf(values, name)
  if (text === undefined) return undefined
  if ((allowed as readonly string[]).includes(text)) return text as T
  problems.push(fieldProblem(name, 'plans.form.problems.choose', scope))
  return undefined
}

/** How many rows of a repeated list the form holds: one more than the highest index posted. */
export function rowCount(values: FormValues, list: string): number {
  const pattern = new RegExp(`^${list.replace(/[.[\]]/g, '\\$&')}\\[(\\d+)\\]`)
  let count = 0
  for (const name of Object.keys(values)) {
    const match = pattern.exec(name)
    if (match?.[1]) count = Math.max(count, Number(match[1]) + 1)
  }
  return count
}

/** The values with row `index` of a list taken out and the rows after it moved up. */
export function withoutRow(values: FormValues, list: string, index: number): Record<string, string> {
  const prefix = `${list}[`
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(values)) {
    if (!name.startsWith(prefix)) {
      out[name] = value
      continue
    }
    const match = /^\[(\d+)\](.*)$/.exec(name.slice(list.length))
    if (!match?.[1]) continue
    const row = Number(match[1])
    if (row === index) continue
    out[`${list}[${row > index ? row - 1 : row}]${match[2] ?? ''}`] = value
  }
  return out
}

/** A row is blank when every one of its fields is empty (it is then left out of the plan). */
export function isBlankRow(
  values: FormValues,
  list: string,
  index: number,
  fields: readonly string[],
): boolean {
  return fields.every(
    (field) => textOf(values, `${list}[${index}]${field === '' ? '' : `.${field}`}`) === undefined,
  )
}

/** Leaves out an object whose fields are all undefined, so an empty part of the form adds nothing. */
export function unlessEmpty<T extends object>(value: T): T | undefined {
  return Object.values(value).some((v) => v !== undefined) ? value : undefined
}

/** The value as a form string: numbers and dates as typed, missing as ''. */
export function asText(value: string | number | undefined | null): string {
  return value === undefined || value === null ? '' : String(value)
}

/** Problems from a save that point inside one list item (`goals[2].text`), re-pointed at the item's form (`text`). */
export function problemsForItem(problems: readonly Problem[], itemPath: string): Problem[] {
  return problems.map((p) =>
    p.field.startsWith(`${itemPath}.`) ? { ...p, field: p.field.slice(itemPath.length + 1) } : p,
  )
}
