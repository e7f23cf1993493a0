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

/** How far into a long text a snippet looks for a match (documents can hold millions of characters). */
export const SNIPPET_SCAN_LIMIT = 200_000

const WORD = /[\p{L}\p{M}\p{N}]+/gu

function startsAnyTerm(word: string, terms: readonly string[]): boolean {
  const folded = foldText(word)
  return terms.some((term) => folded.startsWith(term))
}

/** Where the first word that starts with a term begins, looking at most SNIPPET_SCAN_LIMIT characters. */
function firstMatch(text: string, terms: readonly string[]): number | undefined {
  // A plain search finds unaccented terms at once; it only says where to start looking.
  const lower = text.toLowerCase()
  const hints = terms.map((term) => lower.indexOf(term)).filter((index) => index >= 0)
  const from = hints.length > 0 ? Math.max(0, Math.min(...hints) - 100) : 0
  const pattern = new RegExp(WORD.source, WORD.flags)
  pattern.lastIndex = from
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index - from > SNIPPET_SCAN_LIMIT) return undefined
    if (startsAnyTerm(match[0], terms)) return match.index
  }
  return undefined
}

/**
 * The part of `text` around the first word that starts with a term, about `length` characters,
 * cut at word boundaries, with every matching word marked. Starts at the beginning of the text
 * when nothing matches near enough (a match in the title, say). Costs only the window it shows.
 */
export function highlightSnippet(text: string, terms: readonly string[], length = 240): SnippetPart[] {
  const match = firstMatch(text, terms)
  let from = 0
  if (match !== undefined && match > 40) {
    // Start a few words before the match, at a word boundary, so it is read in context.
    const before = text.slice(Math.max(0, match - 60), match)
    const cut = before.search(/\s\S*$/) >= 0 ? before.indexOf(' ', 0) : -1
    from = Math.max(0, match - 60) + (cut >= 0 ? cut + 1 : 0)
  }
  const window = text.slice(from, from + length * 2).replace(/\s+/g, ' ')
  const head = from === 0 ? window.trimStart() : window.trim()
  if (head === '') return []
  let to = Math.min(head.length, length)
  const cutText = to < head.length
  if (cutText) {
    const lastSpace = head.lastIndexOf(' ', to)
    if (lastSpace > 0) to = lastSpace
  }
  const shown = head.slice(0, to).trimEnd()
  const parts: SnippetPart[] = []
  if (from > 0) parts.push({ text: '… ', match: false })
  let cursor = 0
  for (const word of shown.matchAll(new RegExp(WORD.source, WORD.flags))) {
    const start = word.index ?? 0
    if (!startsAnyTerm(word[0], terms)) continue
    if (start > cursor) parts.push({ text: shown.slice(cursor, start), match: false })
    parts.push({ text: word[0], match: true })
    cursor = start + word[0].length
  }
  if (cursor < shown.length) parts.push({ text: shown.slice(cursor), match: false })
  if (cutText || from + length * 2 < text.length) parts.push({ text: ' …', match: false })
  return parts
}
