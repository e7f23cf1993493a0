import { textSimilarity } from '../plans/text-similarity.ts'
import { fieldKind, HIGH_CONFIDENCE, type ProposedField } from './proposal.ts'

/**
 * Measuring the import reader against documents whose fields are known: per field kind, precision
 * (proposals that were right) and recall (expected fields found), the number of wrong proposals
 * made with high confidence, and whether a document needed no typing beyond corrections.
 */

export interface ExpectedValue {
  readonly path: string
  readonly value: string
}

export interface KindScore {
  readonly kind: string
  proposed: number
  correct: number
  expected: number
  found: number
  wrongSure: number
}

export interface DocumentScore {
  readonly kinds: ReadonlyMap<string, KindScore>
  /** Every expected field had a proposal (right or wrong): the parent only corrects. */
  readonly nothingToType: boolean
  readonly wrong: readonly { path: string; value: string; expected: string | undefined; confidence: number }[]
  readonly missed: readonly ExpectedValue[]
}

/**
 * Field kinds the reader proposes as a help but the corpus does not state, so they are shown and
 * not measured: a goal's area and criterion, a service's location words.
 */
export const UNMEASURED_KINDS: ReadonlySet<string> = new Set([
  'goals.area',
  'goals.criterion',
  'services.location',
])

/** Long texts (goals, present levels) match when their words mostly agree; other values exactly. */
export function sameValue(path: string, proposed: string, expected: string): boolean {
  const kind = fieldKind(path)
  const a = proposed.trim().toLowerCase().replace(/\s+/g, ' ')
  const b = expected.trim().toLowerCase().replace(/\s+/g, ' ')
  if (a === b) return true
  if (
    /text$|academic$|baseline$|measurementMethod$|criterion$|name$|impairments$|providerRole$|location$|school$/.test(
      kind,
    )
  )
    return textSimilarity(a, b) >= 0.8
  return false
}

/** Scores one document's proposals against its expected fields. List items match in any order. */
export function scoreDocument(
  proposed: readonly ProposedField[],
  expected: readonly ExpectedValue[],
): DocumentScore {
  const kinds = new Map<string, KindScore>()
  const of = (kind: string) => {
    let score = kinds.get(kind)
    if (!score) {
      score = { kind, proposed: 0, correct: 0, expected: 0, found: 0, wrongSure: 0 }
      kinds.set(kind, score)
    }
    return score
  }
  const wrong: DocumentScore['wrong'][number][] = []
  const missed: ExpectedValue[] = []
  const open = [...expected]
  const measured = proposed.filter((field) => !UNMEASURED_KINDS.has(fieldKind(field.path)))
  for (const field of measured) {
    const kind = fieldKind(field.path)
    const score = of(kind)
    score.proposed += 1
    const at = open.findIndex((e) => fieldKind(e.path) === kind && sameValue(e.path, field.value, e.value))
    if (at >= 0) {
      score.correct += 1
      open.splice(at, 1)
    } else {
      if (field.confidence >= HIGH_CONFIDENCE) score.wrongSure += 1
      const same = expected.find((e) => e.path === field.path)
      wrong.push({
        path: field.path,
        value: field.value,
        expected: same?.value,
        confidence: field.confidence,
      })
    }
  }
  const proposedKinds = new Map<string, number>()
  for (const field of measured)
    proposedKinds.set(fieldKind(field.path), (proposedKinds.get(fieldKind(field.path)) ?? 0) + 1)
  const expectedKinds = new Map<string, number>()
  for (const e of expected) {
    const kind = fieldKind(e.path)
    of(kind).expected += 1
    expectedKinds.set(kind, (expectedKinds.get(kind) ?? 0) + 1)
  }
  for (const e of expected) {
    const kind = fieldKind(e.path)
    if (!open.includes(e)) of(kind).found += 1
  }
  missed.push(...open)
  const nothingToType = [...expectedKinds].every(([kind, n]) => (proposedKinds.get(kind) ?? 0) >= n)
  return { kinds, nothingToType, wrong, missed }
}

/** Adds document scores into one table per field kind. */
export function totalScores(scores: readonly DocumentScore[]): KindScore[] {
  const total = new Map<string, KindScore>()
  for (const score of scores)
    for (const [kind, s] of score.kinds) {
      const t = total.get(kind) ?? { kind, proposed: 0, correct: 0, expected: 0, found: 0, wrongSure: 0 }
      t.proposed += s.proposed
      t.correct += s.correct
      t.expected += s.expected
      t.found += s.found
      t.wrongSure += s.wrongSure
      total.set(kind, t)
    }
  return [...total.values()].sort((a, b) => a.kind.localeCompare(b.kind))
}

export function precision(s: KindScore): number {
  return s.proposed === 0 ? 1 : s.correct / s.proposed
}

export function recall(s: KindScore): number {
  return s.expected === 0 ? 1 : s.found / s.expected
}
