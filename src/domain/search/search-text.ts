/**
 * Search words the same way on both databases: text is folded to lower case without accents
 * ("Evaluación" → "evaluacion") before it is indexed and before a query is run, and the words of
 * a query match the start of words in the text ("evalu" finds "evaluation").
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g

/** Lower case, accents removed, every run of non-letters and non-digits turned into one space. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

export const MAX_QUERY_TERMS = 8

/** The words of a query, folded; at most MAX_QUERY_TERMS, repeats dropped. */
export function queryTerms(query: string): string[] {
  const terms: string[] = []
  for (const term of foldText(query).split(' ')) {
    if (term === '' || terms.includes(term)) continue
    terms.push(term)
    if (terms.length === MAX_QUERY_TERMS) break
  }
  return terms
}

/** A piece of a snippet: plain text, or text that matched the search (shown highlighted). */
export interface SnippetPart {
  readonly text: string
  readonly match: boolean
}

interface WordSpan {
  readonly start: number
  readonly end: number
  readonly folded: string
}

function wordsOf(text: string): WordSpan[] {
  const words: WordSpan[] = []
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const start = match.index ?? 0
    words.push({ start, end: start + match[0].length, folded: foldText(match[0]) })
  }
  return words
}

/**
 * The part of `text` around the first words that match the terms, at most about `length`
 * characters, cut at word boundaries, with every matching word marked. Returns the start of the
 * text when nothing matches (a match in the title, say).
 */
export function highlightSnippet(text: string, terms: readonly string[], length = 240): SnippetPart[] {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat === '') return []
  const words = wordsOf(flat)
  const matches = (word: WordSpan) => terms.some((term) => word.folded.startsWith(term))
  const first = words.findIndex(matches)
  let from = 0
  if (first > 0) {
    // Start a few words before the first match, so it is read in context.
    const anchor = words[Math.max(0, first - 6)]
    from = anchor?.start ?? 0
  }
  let to = Math.min(flat.length, from + length)
  if (to < flat.length) {
    const lastWord = [...words].reverse().find((word) => word.end <= to && word.start >= from)
    if (lastWord) to = lastWord.end
  }
  const parts: SnippetPart[] = []
  if (from > 0) parts.push({ text: '… ', match: false })
  let cursor = from
  for (const word of words) {
    if (word.start < from || word.end > to) continue
    if (!matches(word)) continue
    if (word.start > cursor) parts.push({ text: flat.slice(cursor, word.start), match: false })
    parts.push({ text: flat.slice(word.start, word.end), match: true })
    cursor = word.end
  }
  if (cursor < to) parts.push({ text: flat.slice(cursor, to), match: false })
  if (to < flat.length) parts.push({ text: ' …', match: false })
  return parts
}
