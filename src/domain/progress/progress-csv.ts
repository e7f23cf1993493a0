import type { LocalDate } from '../dates/local-date.ts'
import { type Problem, problem } from '../problems.ts'
import {
  checkProgressPointDraft,
  isProgressSource,
  type ProgressPointDetails,
  type ProgressPointDraft,
  type ProgressSource,
} from './progress-point.ts'

/**
 * Reads several progress points pasted from a spreadsheet or a CSV file. One point a line:
 * `date,value[,source][,note][,unit]`. A first line of column names (English or Spanish) may set
 * another order. Commas, semicolons or tabs separate the columns (a paste from a spreadsheet
 * brings tabs); quotes work as in RFC 4180. The import is all or nothing, so every bad line is
 * reported, named by its line number and column.
 */

export const MAX_IMPORT_ROWS = 1000

const COLUMNS = ['measuredOn', 'value', 'source', 'note', 'unit'] as const
type Column = (typeof COLUMNS)[number]

const HEADER_NAMES: Readonly<Record<string, Column>> = {
  date: 'measuredOn',
  fecha: 'measuredOn',
  value: 'value',
  score: 'value',
  valor: 'value',
  puntaje: 'value',
  source: 'source',
  'measured by': 'source',
  who: 'source',
  fuente: 'source',
  quien: 'source',
  quién: 'source',
  note: 'note',
  notes: 'note',
  nota: 'note',
  notas: 'note',
  unit: 'unit',
  unidad: 'unit',
}

/** Source words a spreadsheet may carry, in both languages. */
const SOURCE_ALIASES: Readonly<Record<string, ProgressSource>> = {
  family: 'parent',
  parent: 'parent',
  padre: 'parent',
  madre: 'parent',
  familia: 'parent',
  teacher: 'teacher',
  maestro: 'teacher',
  maestra: 'teacher',
  therapist: 'therapist',
  terapeuta: 'therapist',
  report: 'school-report',
  'progress report': 'school-report',
  'school report': 'school-report',
  informe: 'school-report',
  'informe de progreso': 'school-report',
}

export interface ImportedPoint extends ProgressPointDetails {
  /** The line of the text the point came from (1 = the first line). */
  readonly line: number
}

/** Splits text into records of fields, keeping each record's first line number. */
function splitRecords(text: string, separator: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let recordLine = 1
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else {
        if (char === '\n') line++
        field += char
      }
    } else if (char === '"' && field.trim() === '') {
      field = ''
      quoted = true
    } else if (char === separator) {
      fields.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++
      fields.push(field)
      records.push({ line: recordLine, fields })
      fields = []
      field = ''
      line++
      recordLine = line
    } else field += char
  }
  fields.push(field)
  records.push({ line: recordLine, fields })
  return records.filter((r) => r.fields.some((f) => f.trim() !== ''))
}

function separatorOf(text: string): string {
  const firstLine = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? ''
  if (firstLine.includes('\t')) return '\t'
  if (firstLine.includes(';') && !firstLine.includes(',')) return ';'
  return ','
}

function headerOf(fields: readonly string[]): Column[] | undefined {
  const columns = fields.map((f) => HEADER_NAMES[f.trim().toLowerCase()])
  if (columns.some((c) => c === undefined)) return undefined
  return columns as Column[]
}

function sourceOf(text: string, fallback: string): string {
  const cleaned = text.trim().toLowerCase()
  if (cleaned === '') return fallback
  if (isProgressSource(cleaned)) return cleaned
  return SOURCE_ALIASES[cleaned] ?? cleaned
}

/**
 * Reads pasted or uploaded points. `defaultSource` fills lines without a source column.
 * Problems name their line (`params.line`) and carry the same reasons as one point's form.
 */
export function readProgressCsv(
  text: string,
  options: { today: LocalDate; defaultSource: string; defaultUnit?: string | null },
): { points: ImportedPoint[]; problems: Problem[] } {
  const problems: Problem[] = []
  if (text.trim() === '') return { points: [], problems: [problem('csv', 'progress.import.problems.empty')] }
  const records = splitRecords(text.replace(/^\uFEFF/, ''), separatorOf(text))
  const first = records[0]
  const header = first ? headerOf(first.fields) : undefined
  if (header && !header.includes('measuredOn'))
    problems.push(problem('csv', 'progress.import.problems.noDateColumn', { line: first?.line ?? 1 }))
  if (header && !header.includes('value'))
    problems.push(problem('csv', 'progress.import.problems.noValueColumn', { line: first?.line ?? 1 }))
  const columns: readonly Column[] = header ?? COLUMNS
  const rows = header ? records.slice(1) : records
  if (problems.length > 0) return { points: [], problems }
  if (rows.length === 0) return { points: [], problems: [problem('csv', 'progress.import.problems.empty')] }
  if (rows.length > MAX_IMPORT_ROWS)
    return {
      points: [],
      problems: [problem('csv', 'progress.import.problems.tooMany', { max: MAX_IMPORT_ROWS })],
    }

  const points: ImportedPoint[] = []
  for (const row of rows) {
    if (row.fields.length > columns.length) {
      problems.push(
        problem('csv', 'progress.import.problems.tooManyColumns', { line: row.line, max: columns.length }),
      )
      continue
    }
    const cell = (column: Column) => {
      const index = columns.indexOf(column)
      return index < 0 ? '' : (row.fields[index] ?? '')
    }
    const draft: ProgressPointDraft = {
      measuredOn: cell('measuredOn'),
      value: cell('value'),
      unit: cell('unit').trim() === '' ? (options.defaultUnit ?? '') : cell('unit'),
      source: sourceOf(cell('source'), options.defaultSource),
      note: cell('note'),
    }
    const checked = checkProgressPointDraft(draft, options.today)
    for (const found of checked.problems) {
      // progress.points.problems.X → progress.import.problems.X, with the line it is on.
      const reason = found.message.slice(found.message.lastIndexOf('.') + 1)
      problems.push(problem('csv', `progress.import.problems.${reason}`, { ...found.params, line: row.line }))
    }
    if (checked.value) points.push({ ...checked.value, line: row.line })
  }
  return problems.length > 0 ? { points: [], problems } : { points, problems }
}
