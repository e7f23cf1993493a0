import {
  baseVerb,
  CARRIER_VERBS,
  CHANGE_VERBS,
  COUNTABLE_OBJECTS,
  NON_OBSERVABLE_VERBS,
  OBSERVABLE_BE_PHRASES,
  OBSERVABLE_VERBS,
  VAGUE_OBJECTS,
  VERB_LEAD_INS,
} from './english-verbs.ts'
import type { TextSpan } from './goal-check.ts'
import type { BehaviorFinding } from './goal-lexicon.ts'
import { clauseEnd, nextStart, spanOf } from './text-spans.ts'

/**
 * Finds the behavior in an English goal. Goals almost always say "[the child] will [verb]", so the
 * verb after "will" is the behavior. When several "will"s appear, the first observable one wins.
 * Without "will", a goal that starts with a verb ("Read 90 words …") or says "to [verb]" is read.
 *
 * A part-of-speech tagger (compromise) was measured at about 2.4 ms a goal, over the budget of well
 * under a millisecond, and goal verbs are a small closed set; see docs/goals.md.
 */

interface Token {
  readonly lower: string
  readonly start: number
  readonly end: number
  readonly capitalized: boolean
}

const WORD = /[A-Za-z][A-Za-z'’-]*/g

const SUBJECT_WORDS: ReadonlySet<string> = new Set([
  'the',
  'student',
  'child',
  'learner',
  'he',
  'she',
  'they',
  'student’s',
  "student's",
])

const SKIP_PHRASES: readonly (readonly string[])[] = [
  ['be', 'able', 'to'],
  ['continue', 'to'],
  ['begin', 'to'],
  ['be', 'expected', 'to'],
  ['demonstrate', 'the', 'ability', 'to'],
  ['demonstrate', 'an', 'ability', 'to'],
  ['demonstrate', 'ability', 'to'],
  ['show', 'the', 'ability', 'to'],
  ['have', 'the', 'ability', 'to'],
]

const GENERIC_LEADS: ReadonlySet<string> = new Set(['goal', 'annual', 'student', 'the', 'to', 'will'])

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(WORD)) {
    const word = match[0]
    const first = word.charCodeAt(0)
    tokens.push({
      lower: word.toLowerCase(),
      start: match.index,
      end: match.index + word.length,
      capitalized: first >= 65 && first <= 90,
    })
  }
  return tokens
}

interface Candidate {
  readonly verbIndex: number
  readonly verb: string
  readonly observable: boolean
  readonly subjectStart: number
}

/** The behavior of an English goal and where its subject starts; null when no verb can be found. */
export function findEnglishBehavior(text: string, taken: readonly TextSpan[]): BehaviorFinding | null {
  const tokens = tokenize(text)
  let first: Candidate | undefined
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token
    if (token.lower !== 'will' && token.lower !== 'shall') continue
    const candidate = readVerbAfter(text, tokens, i + 1, subjectStartBefore(text, tokens, i))
    if (!candidate) continue
    if (candidate.observable) return finding(text, tokens, candidate, taken)
    first ??= candidate
  }
  if (first) return finding(text, tokens, first, taken)
  const fallback = leadingVerb(text, tokens) ?? verbAfterTo(text, tokens)
  return fallback ? finding(text, tokens, fallback, taken) : null
}

/** Reads the verb that starts at token `index`, skipping adverbs and "be able to". */
function readVerbAfter(
  text: string,
  tokens: readonly Token[],
  index: number,
  subjectStart: number,
): Candidate | undefined {
  let j = index
  for (let guard = 0; guard < 8 && j < tokens.length; guard += 1) {
    const word = (tokens[j] as Token).lower
    if (VERB_LEAD_INS.has(word) || isAdverb(word)) {
      j += 1
      continue
    }
    const skip = SKIP_PHRASES.find((phrase) => phrase.every((w, k) => tokens[j + k]?.lower === w))
    if (skip) {
      j += skip.length
      continue
    }
    break
  }
  const token = tokens[j]
  if (!token || hasBoundaryBetween(text, tokens[index - 1] as Token, token)) return undefined
  const word = token.lower
  if (word === 'be') return readBe(tokens, j, subjectStart)
  return classify(text, tokens, j, word, subjectStart)
}

function readBe(tokens: readonly Token[], j: number, subjectStart: number): Candidate {
  const rest = tokens
    .slice(j + 1, j + 5)
    .map((t) => t.lower)
    .join(' ')
  const phrase = OBSERVABLE_BE_PHRASES.find((p) => rest === p || rest.startsWith(`${p} `))
  if (phrase) return { verbIndex: j, verb: `be ${phrase}`, observable: true, subjectStart }
  const next = tokens[j + 1]?.lower
  const verb = next === 'aware' || next === 'familiar' ? `be ${next}` : 'be'
  return { verbIndex: j, verb, observable: false, subjectStart }
}

function classify(
  text: string,
  tokens: readonly Token[],
  j: number,
  word: string,
  subjectStart: number,
): Candidate {
  const base = { verbIndex: j, verb: word, subjectStart }
  if (NON_OBSERVABLE_VERBS.has(word)) {
    return { ...base, observable: rescued(text, tokens, j) }
  }
  if (CARRIER_VERBS.has(word)) {
    const objects = objectWords(text, tokens, j)
    const next = objects[0]
    const vague =
      (word === 'work' && (next === 'on' || next === 'toward' || next === 'towards')) ||
      objects.some((w) => VAGUE_OBJECTS.has(w)) ||
      (CHANGE_VERBS.has(word) && !objects.some(isCountable) && !subjectIsCountable(tokens, subjectStart, j))
    return { ...base, observable: !vague || rescued(text, tokens, j) }
  }
  return { ...base, observable: true }
}

/**
 * A vague verb is forgiven when the goal says how it will be seen: "show respect by following
 * directions", "recognize and read letters".
 */
function rescued(text: string, tokens: readonly Token[], j: number): boolean {
  const end = clauseEnd(text, (tokens[j] as Token).end)
  const next = tokens[j + 1]
  const after = tokens[j + 2]
  if ((next?.lower === 'and' || next?.lower === 'or') && after && OBSERVABLE_VERBS.has(after.lower))
    return true
  for (let k = j + 1; k < tokens.length && (tokens[k] as Token).start < end; k += 1) {
    if ((tokens[k] as Token).lower !== 'by') continue
    const gerund = tokens[k + 1]
    if (gerund?.lower.endsWith('ing')) {
      const verb = baseVerb(gerund.lower)
      return !NON_OBSERVABLE_VERBS.has(verb) && !CARRIER_VERBS.has(verb)
    }
  }
  return false
}

/** The words after a verb, up to the end of its clause, at most eight. */
function objectWords(text: string, tokens: readonly Token[], j: number): string[] {
  const end = clauseEnd(text, (tokens[j] as Token).end)
  const out: string[] = []
  for (let k = j + 1; k < tokens.length && out.length < 8; k += 1) {
    const token = tokens[k] as Token
    if (token.start >= end) break
    out.push(token.lower)
  }
  // A number straight after the verb ("reduce to 2") makes the object countable.
  if (/^\s*(?:to\s+|from\s+)?\d/.test(text.slice((tokens[j] as Token).end, end))) out.push('number')
  return out
}

function isCountable(word: string): boolean {
  return COUNTABLE_OBJECTS.has(word) || (word.endsWith('ing') && word.length > 5)
}

/** "Her reading fluency will increase": the subject names the countable thing. */
function subjectIsCountable(tokens: readonly Token[], subjectStart: number, verbIndex: number): boolean {
  for (let k = verbIndex - 1; k >= 0 && (tokens[k] as Token).start >= subjectStart - 40; k -= 1) {
    if (isCountable((tokens[k] as Token).lower)) return true
  }
  return false
}

function isAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly') && !OBSERVABLE_VERBS.has(word) && word !== 'apply'
}

function hasBoundaryBetween(text: string, a: Token, b: Token): boolean {
  return clauseEnd(text, a.end) < b.start
}

/** Where the subject of "will" starts: "Marcus", "the student", "Ana’s brother" — at most three words back. */
function subjectStartBefore(text: string, tokens: readonly Token[], willIndex: number): number {
  const will = tokens[willIndex] as Token
  let start = will.start
  for (let k = willIndex - 1; k >= 0 && k >= willIndex - 3; k -= 1) {
    const token = tokens[k] as Token
    if (hasBoundaryBetween(text, token, tokens[k + 1] as Token)) break
    if (!(token.capitalized || SUBJECT_WORDS.has(token.lower) || token.lower.endsWith("'s"))) break
    start = token.start
  }
  return start
}

/** A goal written as an instruction: "Read 90 words …", "Goal: improve reading". */
function leadingVerb(text: string, tokens: readonly Token[]): Candidate | undefined {
  for (let k = 0; k < Math.min(tokens.length, 4); k += 1) {
    const token = tokens[k] as Token
    if (GENERIC_LEADS.has(token.lower) || text.slice(token.end, token.end + 1) === ':') continue
    if (isKnownVerb(token.lower)) return classify(text, tokens, k, token.lower, token.start)
    return undefined
  }
  return undefined
}

/** "needs to improve", "is expected to read". */
function verbAfterTo(text: string, tokens: readonly Token[]): Candidate | undefined {
  for (let k = 0; k + 1 < tokens.length; k += 1) {
    if ((tokens[k] as Token).lower !== 'to') continue
    const next = tokens[k + 1] as Token
    if (isKnownVerb(next.lower)) return classify(text, tokens, k + 1, next.lower, next.start)
  }
  return undefined
}

function isKnownVerb(word: string): boolean {
  return OBSERVABLE_VERBS.has(word) || NON_OBSERVABLE_VERBS.has(word) || CARRIER_VERBS.has(word)
}

function finding(
  text: string,
  tokens: readonly Token[],
  candidate: Candidate,
  taken: readonly TextSpan[],
): BehaviorFinding {
  const verbToken = tokens[candidate.verbIndex] as Token
  const start = verbToken.start
  // The engine later cuts the phrase at any condition and trims small trailing words.
  const end = Math.min(clauseEnd(text, verbToken.end), nextStart(taken, start, text.length))
  const span = spanOf(text, start, Math.max(end, verbToken.end))
  return {
    behavior: { ...span, verb: candidate.verb, observable: candidate.observable },
    subjectStart: Math.min(candidate.subjectStart, start),
  }
}
