import type { LocalDate } from '../dates/local-date.ts'
import { type Problem, problem } from '../problems.ts'
import { checkSessionDraft, type SessionDetails, type SessionSource } from './session-entry.ts'

/**
 * Reading a service log from a CSV file (a spreadsheet saved as CSV, or a school's export).
 * The first line names the columns; `date`, `service`, `minutes` and `status` are required,
 * `provider` and `note` optional, in any order. `service` may be a service's name (as the plan
 * writes it, any case) or its id. All or nothing: a file with any problem saves no row, and every
 * problem names its line and column.
 */
export const CSV_COLUMNS = ['date', 'service', 'minutes', 'status', 'provider', 'note'] as const
export type CsvColumn = (typeof CSV_COLUMNS)[number]
const REQUIRED_COLUMNS: readonly CsvColumn[] = ['date', 'service', 'minutes', 'status']

export const MAX_CSV_ROWS = 5000

/** Splits CSV text into rows of cells (RFC 4180: quotes, doubled quotes, line breaks in quotes). */
export function parseCsvRows(text: string): { rows: string[][]; unclosedQuoteOnLine?: number } {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let inQuotes = false
  let line = 1
  let quoteLine = 0
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]
    if (inQuotes) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          cell += '"'
          i += 1
        } else inQuotes = false
      } else {
        if (char === '\n') line += 1
        cell += char
      }
      continue
    }
    if (char === '"') {
      inQuotes = true
      quoteLine = line
    } else if (char === ',' || char === ';') {
      row.push(cell)
      cell = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      line += 1
    } else cell += char
  }
  if (inQuotes) return { rows, unclosedQuoteOnLine: quoteLine }
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return { rows }
}

export interface CsvService {
  readonly id: string
  readonly name: string
}

/**
 * Every session of a CSV file, or every problem in it. Problems point at the field `file` with the
 * line number and column in their parameters, so the page can say "Line 4, minutes: …".
 */
export function readSessionsCsv(
  text: string,
  context: {
    readonly services: readonly CsvService[]
    readonly today: LocalDate
    readonly source: SessionSource
  },
): { sessions: SessionDetails[]; problems: Problem[] } {
  const parsed = parseCsvRows(text)
  if (parsed.unclosedQuoteOnLine !== undefined)
    return {
      sessions: [],
      problems: [
        problem('file', 'services.csv.problems.unclosedQuote', { line: parsed.unclosedQuoteOnLine }),
      ],
    }
  const nonEmpty = parsed.rows
    .map((cells, index) => ({ cells, line: index + 1 }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''))
  const header = nonEmpty[0]
  if (!header) return { sessions: [], problems: [problem('file', 'services.csv.problems.empty')] }
  const columns = header.cells.map((cell) => cell.trim().toLowerCase())
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.includes(name))
  if (missing.length > 0)
    return {
      sessions: [],
      problems: [problem('file', 'services.csv.problems.columnsMissing', { columns: missing.join(', ') })],
    }
  const body = nonEmpty.slice(1)
  if (body.length === 0) return { sessions: [], problems: [problem('file', 'services.csv.problems.noRows')] }
  if (body.length > MAX_CSV_ROWS)
    return {
      sessions: [],
      problems: [problem('file', 'services.csv.problems.tooManyRows', { max: MAX_CSV_ROWS })],
    }

  const byName = new Map<string, string>()
  for (const service of context.services) {
    byName.set(service.name.trim().toLowerCase(), service.id)
    byName.set(service.id.toLowerCase(), service.id)
  }
  const cellOf = (cells: readonly string[], name: CsvColumn) => {
    const index = columns.indexOf(name)
    return index < 0 ? '' : (cells[index] ?? '')
  }
  const toColumn: Record<string, CsvColumn> = {
    serviceId: 'service',
    date: 'date',
    minutes: 'minutes',
    status: 'status',
    provider: 'provider',
    note: 'note',
    source: 'service',
  }

  const sessions: SessionDetails[] = []
  const problems: Problem[] = []
  for (const { cells, line } of body) {
    const serviceText = cellOf(cells, 'service').trim()
    const checked = checkSessionDraft(
      {
        serviceId: byName.get(serviceText.toLowerCase()) ?? serviceText,
        date: cellOf(cells, 'date'),
        minutes: cellOf(cells, 'minutes'),
        status: cellOf(cells, 'status').trim().toLowerCase(),
        provider: cellOf(cells, 'provider'),
        note: cellOf(cells, 'note'),
        source: context.source,
      },
      { serviceIds: context.services.map((s) => s.id), today: context.today },
    )
    for (const found of checked.problems) {
      problems.push(
        problem('file', 'services.csv.problems.row', {
          line,
          column: toColumn[found.field] ?? found.field,
          message: found.message,
          ...(found.params ?? {}),
        }),
      )
    }
    if (checked.value) sessions.push(checked.value)
  }
  return problems.length > 0 ? { sessions: [], problems } : { sessions, problems }
}
