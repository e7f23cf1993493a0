import { addDays, daysBetween, type LocalDate, parseLocalDate } from '../dates/local-date.ts'
import { type Problem, problem } from '../problems.ts'

/** The longest break one range may name (a whole year). */
export const MAX_CLOSED_RANGE_DAYS = 366

/**
 * Reads the days a school was closed as a family types them: dates separated by commas, spaces or
 * lines, and ranges written `2026-12-21 to 2027-01-01` (or `..`, or `a` in Spanish). Returns the
 * days in order, without repeats, and a problem naming the first piece that could not be read.
 */
export function parseClosedDays(text: string, field = 'closed'): { days: LocalDate[]; problems: Problem[] } {
  const days = new Set<LocalDate>()
  const pieces = text
    .replace(/\s+(?:to|a|al|hasta)\s+/gi, '..')
    .replace(/\s*\.\.\s*/g, '..')
    .split(/[\s,;]+/)
    .filter((piece) => piece !== '')
  for (const piece of pieces) {
    const [first, last, extra] = piece.split('..')
    const from = first === undefined ? undefined : parseLocalDate(first)
    const to = last === undefined ? from : parseLocalDate(last)
    if (from === undefined || to === undefined || extra !== undefined)
      return { days: [], problems: [problem(field, 'services.calendar.problems.closedInvalid', { piece })] }
    if (to < from)
      return { days: [], problems: [problem(field, 'services.calendar.problems.closedBackwards', { piece })] }
    if (daysBetween(from, to) > MAX_CLOSED_RANGE_DAYS)
      return {
        days: [],
        problems: [
          problem(field, 'services.calendar.problems.closedTooLong', { piece, max: MAX_CLOSED_RANGE_DAYS }),
        ],
      }
    for (let day = from; day <= to; day = addDays(day, 1)) days.add(day)
  }
  return { days: [...days].sort(), problems: [] }
}

/** The days again as text, runs of consecutive days written as ranges (for the form and links). */
export function formatClosedDays(days: readonly LocalDate[]): string {
  const parts: string[] = []
  let start: LocalDate | undefined
  let previous: LocalDate | undefined
  const flush = () => {
    if (start === undefined || previous === undefined) return
    parts.push(start === previous ? start : `${start}..${previous}`)
  }
  for (const day of [...days].sort()) {
    if (previous !== undefined && addDays(previous, 1) === day) {
      previous = day
      continue
    }
    flush()
    start = day
    previous = day
  }
  flush()
  return parts.join(', ')
}
