/**
 * How alike two short texts are, from 0 (no shared words) to 1 (the same words), used to match a
 * goal or a service that was rewritten or renamed between two versions when the ids differ.
 * It compares sets of content words (Dice coefficient): lower case, punctuation dropped, common
 * words dropped, and a light English suffix trim so "reads" and "reading" meet. Good enough for
 * "is this the same goal, reworded?"; it is not a measure of meaning.
 */
export function textSimilarity(a: string, b: string): number {
  return similarityOfWords(a, contentWords(a), b, contentWords(b))
}

/**
 * The same measure, remembering each text's words: for comparing every item of one list with every
 * item of another without splitting the same text again. Make one per comparison (it holds a cache).
 */
export function cachedTextSimilarity(): (a: string, b: string) => number {
  const cache = new Map<string, Set<string>>()
  const wordsOf = (text: string) => {
    let words = cache.get(text)
    if (words === undefined) {
      words = contentWords(text)
      cache.set(text, words)
    }
    return words
  }
  return (a, b) => similarityOfWords(a, wordsOf(a), b, wordsOf(b))
}

function similarityOfWords(a: string, left: Set<string>, b: string, right: Set<string>): number {
  if (left.size === 0 && right.size === 0) return a.trim().toLowerCase() === b.trim().toLowerCase() ? 1 : 0
  if (left.size === 0 || right.size === 0) return 0
  let shared = 0
  for (const word of left) if (right.has(word)) shared += 1
  return (2 * shared) / (left.size + right.size)
}

const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'given',
  'her',
  'his',
  'in',
  'into',
  'is',
  'it',
  'of',
  'on',
  'or',
  'per',
  'she',
  'he',
  'student',
  'child',
  'that',
  'the',
  'their',
  'them',
  'they',
  'this',
  'to',
  'when',
  'will',
  'with',
  'within',
])

/** The set of content words of a text, trimmed to rough stems. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>()
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}%]+/u)) {
    if (raw === '' || STOP_WORDS.has(raw)) continue
    words.add(stem(raw))
  }
  return words
}

function stem(word: string): string {
  if (word.length <= 4) return word
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length)
  }
  return word
}
