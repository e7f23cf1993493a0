import { checkGoal } from '../goals/check-goal.ts'
import { cellsOf, isBlank, type LayoutLine, passageOf } from './layout.ts'
import type { ProposedField } from './proposal.ts'
import type { Section } from './sections.ts'
import { frequencyText, readGoalArea, readProvider, readServiceAmount, readSetting, tidy } from './values.ts'

/**
 * The list parts of a plan: goals (with the goal checker's parser for baseline, criterion and
 * measurement), services from grids or sentences, and accommodations from lists.
 */

const GOAL_START =
  /^\s*(?:(?:measurable\s+)?(?:annual\s+)?goal\s*(?:#|no\.?|number)?\s*(\d{1,2})?\s*[:.)–—-]\s*|(\d{1,2})[.)]\s+(?=[A-Z]))/i
const GOAL_SUB_LABELS: readonly (readonly [
  RegExp,
  'baseline' | 'criterion' | 'measurementMethod' | 'area' | 'stop',
])[] = [
  [/^\s*(?:present level\/)?baseline\s*(?:data)?\s*[:-]\s*/i, 'baseline'],
  [/^\s*(?:mastery\s+)?criteri(?:a|on)\s*(?:for mastery)?\s*[:-]\s*/i, 'criterion'],
  [
    /^\s*(?:measured by|measurement( method)?|evaluation (method|procedures?)|how (progress )?(will be |is )?measured|method of measurement|assessment method|data collection)\s*[:-]\s*/i,
    'measurementMethod',
  ],
  [/^\s*(?:goal\s+)?(?:area|domain|area of need)\s*[:-]\s*/i, 'area'],
  [
    /^\s*(?:short[- ]term objectives?|benchmarks?|objectives?|progress|schedule|responsible|person responsible|reported)\b/i,
    'stop',
  ],
]

interface GoalBlock {
  readonly first: LayoutLine
  text: string
  baseline?: { text: string; line: LayoutLine }
  criterion?: { text: string; line: LayoutLine }
  measurementMethod?: { text: string; line: LayoutLine }
  area?: { text: string; line: LayoutLine }
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

/** Goals in a goals section: each "Goal 1:" (or "1.") block with its labelled parts. */
export function proposeGoals(
  section: Section,
  confidenceScale: number,
  headings: ReadonlySet<LayoutLine> = new Set(),
): ProposedField[] {
  const blocks: GoalBlock[] = []
  let current: GoalBlock | undefined
  let mode: 'text' | 'baseline' | 'criterion' | 'measurementMethod' | 'area' | 'stop' = 'stop'
  let area: string | undefined
  for (const line of section.lines) {
    if (isBlank(line)) {
      if (mode !== 'text') mode = 'stop'
      continue
    }
    if (headings.has(line)) {
      // A heading ("Reading Goals") names the area of the goals under it; it is no goal itself.
      if (readGoalArea(line.text)) area = line.text.trim()
      current = undefined
      mode = 'stop'
      continue
    }
    const start = GOAL_START.exec(line.text)
    if (start) {
      current = {
        first: line,
        text: line.text.slice(start[0].length).trim(),
        ...(area ? { area: { text: area, line } } : {}),
      }
      blocks.push(current)
      mode = 'text'
      continue
    }
    const sub = GOAL_SUB_LABELS.find(([pattern]) => pattern.test(line.text))
    if (sub) {
      const [pattern, kind] = sub
      mode = kind
      if (kind === 'stop') continue
      const value = line.text.replace(pattern, '').trim()
      if (kind === 'area' && !current) {
        area = value
        continue
      }
      if (current) current[kind] = { text: value, line }
      continue
    }
    if (!current) {
      // A heading inside the goals section ("Reading") names the area of the goals after it.
      const cells = cellsOf(line.text)
      if (cells.length === 1 && line.text.trim().length < 40 && readGoalArea(line.text))
        area = line.text.trim()
      continue
    }
    if (mode === 'text') current.text = `${current.text} ${line.text.trim()}`.trim()
    else if (mode !== 'stop') {
      const part = current[mode]
      if (part) part.text = `${part.text} ${line.text.trim()}`
    }
  }
  const fields: ProposedField[] = []
  blocks.forEach((block, i) => {
    // "… in 4 of 5 trials. Baseline: 2 of 5 trials." — a baseline written inside the goal's paragraph.
    const inner = /\s*\bbaseline\s*(?:is|:|-)\s*([^.]+)\.?\s*$/i.exec(block.text)
    if (inner && !block.baseline) block.baseline = { text: inner[1] ?? '', line: block.first }
    const text = tidy(inner ? block.text.slice(0, inner.index) : block.text)
    if (text.length < 15) return
    const at = (field: string) => `goals[${i}].${field}`
    const check = checkGoal(text)
    const goalSource = passageOf(block.first, text)
    // A goal reads as a goal when the checker finds a behavior; else it may be a stray numbered line.
    const sure = check.parts.behavior ? 0.85 : 0.6
    fields.push({
      path: at('text'),
      value: text,
      confidence: round(sure * confidenceScale),
      source: goalSource,
      origin: 'text',
    })
    const areaText = block.area?.text ?? ''
    const area = readGoalArea(areaText) ?? readGoalArea(text)
    if (area)
      fields.push({
        path: at('area'),
        value: area,
        confidence: round((block.area && readGoalArea(areaText) ? 0.8 : 0.55) * confidenceScale),
        source: block.area ? passageOf(block.area.line) : goalSource,
        origin: 'text',
      })
    const labelled = (part: 'baseline' | 'criterion' | 'measurementMethod') => {
      const found = block[part]
      if (found && tidy(found.text) !== '')
        fields.push({
          path: at(part),
          value: tidy(found.text),
          confidence: round(0.85 * confidenceScale),
          source: passageOf(found.line),
          origin: 'text',
        })
      return found !== undefined
    }
    if (!labelled('baseline') && check.parts.baseline)
      fields.push({
        path: at('baseline'),
        value: check.parts.baseline.text,
        confidence: round(0.6 * confidenceScale),
        source: goalSource,
        origin: 'text',
      })
    const criterion = check.parts.criterion[0]
    if (!labelled('criterion') && criterion)
      fields.push({
        path: at('criterion'),
        value: criterion.text,
        confidence: round(0.6 * confidenceScale),
        source: goalSource,
        origin: 'text',
      })
    const method = check.parts.measurementMethod[0]
    if (!labelled('measurementMethod') && method)
      fields.push({
        path: at('measurementMethod'),
        value: method.text,
        confidence: round(0.6 * confidenceScale),
        source: goalSource,
        origin: 'text',
      })
  })
  return fields
}

const SERVICE_HEADER =
  /\b(service|minutes|amount|frequency|location|setting|provider|duration|time|sessions?)\b/gi

interface Column {
  readonly name: 'service' | 'amount' | 'frequency' | 'location' | 'provider' | 'other'
  readonly column: number
}

function columnName(text: string): Column['name'] {
  const t = text.toLowerCase()
  if (/service|type|instruction|area/.test(t)) return 'service'
  if (/minutes|amount|time|duration/.test(t)) return 'amount'
  if (/frequency|how often|sessions/.test(t)) return 'frequency'
  if (/location|setting|where/.test(t)) return 'location'
  if (/provider|responsible|staff|who/.test(t)) return 'provider'
  return 'other'
}

/** The grid's columns when a line is a service table's header row. */
function headerColumns(line: LayoutLine): Column[] | undefined {
  const cells = cellsOf(line.text)
  if (cells.length < 3) return undefined
  const named = (line.text.match(SERVICE_HEADER) ?? []).length
  if (named < 2) return undefined
  return cells.map((c) => ({ name: columnName(c.text), column: c.column }))
}

function cellsByColumn(line: LayoutLine, columns: readonly Column[]): Map<Column['name'], string> {
  const out = new Map<Column['name'], string>()
  for (const cell of cellsOf(line.text)) {
    // Each cell belongs to the column whose start is nearest to the left of (or just after) it.
    let best: Column | undefined
    for (const column of columns) if (column.column <= cell.column + 3) best = column
    const name = best?.name ?? 'other'
    out.set(name, `${out.get(name) ?? ''} ${cell.text}`.trim())
  }
  return out
}

const SERVICE_NAME = /^(.*?)(?:[:–—-]\s*|\s{2,}|,\s*)?$/

/** Services: rows of a service grid, or sentences with minutes and a frequency. */
export function proposeServices(lines: readonly LayoutLine[], confidenceScale: number): ProposedField[] {
  const fields: ProposedField[] = []
  let columns: Column[] | undefined
  let n = 0
  for (let index = 0; index < lines.length; index += 1) {
    let line = lines[index] as LayoutLine
    if (isBlank(line)) continue
    const header = headerColumns(line)
    if (header && !readServiceAmount(line.text)) {
      columns = header
      continue
    }
    let amount = readServiceAmount(line.text)
    if (!amount?.minutes) continue
    // A sentence wrapped onto the next line ("…, special education setting, special" / "education teacher").
    const next = lines[index + 1]
    if (!columns && next && !isBlank(next) && /^\s*[a-z]/.test(next.text) && !readServiceAmount(next.text)) {
      line = { ...line, text: `${line.text} ${next.text.trim()}` }
      amount = readServiceAmount(line.text) ?? amount
    }
    const at = (field: string) => `services[${n}].${field}`
    const source = passageOf(line)
    const push = (field: string, value: string | undefined, confidence: number) => {
      if (value !== undefined && value !== '')
        fields.push({
          path: at(field),
          value,
          confidence: round(confidence * confidenceScale),
          source,
          origin: 'text',
        })
    }
    let name: string | undefined
    let rest: string
    if (columns) {
      const cells = cellsByColumn(line, columns)
      name = cells.get('service')
      rest = [cells.get('location'), cells.get('provider'), cells.get('other')].filter(Boolean).join(', ')
      push('location', cells.get('location') ? tidy(cells.get('location') ?? '') : undefined, 0.8)
      const provider = cells.get('provider')
      push('providerRole', provider ? tidy(provider) : readProvider(rest), provider ? 0.8 : 0.65)
    } else {
      const before = line.text.slice(0, amount.start)
      const after = line.text.slice(amount.end)
      const cells = cellsOf(before)
      name = SERVICE_NAME.exec(tidy(cells[0]?.text ?? before))?.[1]
      rest = after
      const location = tidy(after.split(/[,;]|\s{2,}/).find((part) => readSetting(part)) ?? '')
      push('location', location || undefined, 0.7)
      push('providerRole', readProvider(after), 0.65)
    }
    const cleanName = tidy(name ?? '')
    if (cleanName === '' || /^\d/.test(cleanName)) continue
    push('name', cleanName, columns ? 0.85 : 0.75)
    push('minutes', String(amount.minutes), 0.85)
    if (amount.frequency) push('frequency', frequencyText(amount.frequency), 0.85)
    push('setting', readSetting(rest) ?? readSetting(line.text), 0.7)
    n += 1
  }
  return fields
}

const BULLET = /^\s*(?:[-•*▪◦●○☐☑☒✓✔]|\(?[a-z0-9]{1,2}[.)])\s+/i

/** Accommodations: the items of a list (bullets or numbers), or each line of an unmarked list. */
export function proposeAccommodations(section: Section, confidenceScale: number): ProposedField[] {
  const lines = section.lines.filter((l) => !isBlank(l))
  const bulleted = lines.some((l) => BULLET.test(l.text))
  const items: { text: string; line: LayoutLine }[] = []
  for (const line of lines) {
    const cells = cellsOf(line.text)
    const first = cells[0]
    if (!first) continue
    // Skip a table's header row.
    if (/^(accommodations?|modifications?|supports?)\b/i.test(first.text) && cells.length > 1) continue
    if (/^(setting|frequency|location|responsible|when)\b/i.test(first.text)) continue
    if (bulleted && !BULLET.test(line.text)) {
      const last = items.at(-1)
      if (last && first.column > 0) last.text = `${last.text} ${first.text}`
      continue
    }
    items.push({ text: first.text.replace(BULLET, ''), line })
  }
  return items
    .map((item) => ({ ...item, text: tidy(item.text.replace(BULLET, '')) }))
    .filter((item) => item.text.length >= 6)
    .map((item, i) => ({
      path: `accommodations[${i}].text`,
      value: item.text,
      confidence: round((bulleted ? 0.8 : 0.7) * confidenceScale),
      source: passageOf(item.line),
      origin: 'text' as const,
    }))
}
