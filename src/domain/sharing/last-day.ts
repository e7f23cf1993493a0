import { type LocalDate, parseLocalDate } from '../dates/local-date.ts'
import { type Problem, problem } from '../problems.ts'

/**
 * Reads an optional last day for a share or a link, as typed: empty means no end date; otherwise a
 * real date from today on (a share that ends before today would give nothing).
 */
export function checkLastDay(
  text: string,
  today: LocalDate,
  field = 'expiresOn',
): { value: LocalDate | null; problems: Problem[] } {
  const trimmed = text.trim()
  if (trimmed === '') return { value: null, problems: [] }
  const date = parseLocalDate(trimmed)
  if (!date) return { value: null, problems: [problem(field, 'sharing.problems.lastDayInvalid')] }
  if (date < today) return { value: null, problems: [problem(field, 'sharing.problems.lastDayPast')] }
  return { value: date, problems: [] }
}
