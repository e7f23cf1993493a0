import { isBlank, type LayoutLine, passageOf } from './layout.ts'
import { fieldKind, type SourcePassage } from './proposal.ts'
import { DATE_FIELD_KINDS } from './to-records.ts'
import {
  DATE_PATTERN,
  frequencyText,
  readCategory,
  readDate,
  readGoalArea,
  readServiceAmount,
  readSetting,
  tidy,
} from './values.ts'

/**
 * The document's text as numbered passages (its non-blank lines), so the parent can take a value
 * the reader missed from any of them; and the value a passage gives a field. Pure.
 */

/** At most this many passages are kept with a proposal (a long document's first pages). */
export const MAX_PASSAGES = 3000

/** The non-blank lines of the document, each with its page and line, as the sources of fields are. */
export function documentPassages(lines: readonly LayoutLine[]): SourcePassage[] {
  return lines
    .filter((line) => !isBlank(line))
    .slice(0, MAX_PASSAGES)
    .map((line) => passageOf(line))
}

/** "Meeting date: 3/14/2026" → "3/14/2026": a short label before a colon is not the value. */
function withoutLabel(text: string): string {
  const match = /^([^:]{1,40}):\s*(\S.*)$/.exec(text)
  return tidy(match?.[2] ?? text)
}

/**
 * What a passage gives a field: the date it holds for a date, the category, setting or area it
 * names for a choice (nothing when it names none: the parent chooses), minutes and frequency from a service amount, else its words without a label.
 * A passage with nothing of the kind gives its words, for the parent to correct.
 */
export function valueFromPassage(path: string, text: string): string {
  const kind = fieldKind(path)
  const words = withoutLabel(text)
  if (DATE_FIELD_KINDS.has(kind)) {
    const date = readDate(DATE_PATTERN.exec(text)?.[0] ?? text)
    return date ?? words
  }
  if (kind === 'eligibility.category') return readCategory(text) ?? ''
  if (kind === 'services.setting') return readSetting(text) ?? ''
  if (kind === 'goals.area') return readGoalArea(text) ?? ''
  if (kind === 'services.minutes') return String(readServiceAmount(text)?.minutes ?? words)
  if (kind === 'services.frequency') {
    const frequency = readServiceAmount(text)?.frequency
    return frequency ? frequencyText(frequency) : words
  }
  return words
}
