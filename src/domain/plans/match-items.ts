/**
 * Pairs the items of two versions of a list (goals, services, accommodations) so the diff can say
 * "changed" rather than "removed and added". Passes run in order, each over what is still unpaired:
 * first the stable id, then weaker evidence (same library entry, similar words, same amount). In a
 * pass, the best-scoring pairs are taken first. A pass marked `uniqueOnly` pairs two items only when
 * each is the other's single candidate, for evidence too weak to choose between several.
 */
export interface MatchPass<T, B extends string> {
  readonly basis: B
  /** A score (higher is better) when a and b may be the same item; undefined when they may not. */
  readonly score: (before: T, after: T) => number | undefined
  readonly uniqueOnly?: boolean
}

export interface MatchedPair<T, B extends string> {
  readonly before: T
  readonly after: T
  readonly basis: B
  readonly score: number
}

export interface Matching<T, B extends string> {
  /** Pairs, in the order of the `after` list. */
  readonly pairs: readonly MatchedPair<T, B>[]
  readonly removed: readonly T[]
  readonly added: readonly T[]
}

export function matchItems<T, B extends string>(
  before: readonly T[],
  after: readonly T[],
  passes: readonly MatchPass<T, B>[],
): Matching<T, B> {
  const pairOfAfter = new Map<number, MatchedPair<T, B>>()
  const beforeTaken = new Set<number>()
  for (const pass of passes) {
    const candidates: { b: number; a: number; score: number }[] = []
    for (const [b, left] of before.entries()) {
      if (beforeTaken.has(b)) continue
      for (const [a, right] of after.entries()) {
        if (pairOfAfter.has(a)) continue
        const score = pass.score(left, right)
        if (score !== undefined) candidates.push({ b, a, score })
      }
    }
    const chosen = pass.uniqueOnly ? uniqueCandidates(candidates) : candidates
    // Best score first; ties keep list order so the result is stable.
    chosen.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)
    for (const { b, a, score } of chosen) {
      if (beforeTaken.has(b) || pairOfAfter.has(a)) continue
      const left = before[b] as T
      const right = after[a] as T
      beforeTaken.add(b)
      pairOfAfter.set(a, { before: left, after: right, basis: pass.basis, score })
    }
  }
  const pairs: MatchedPair<T, B>[] = []
  const added: T[] = []
  for (const [a, right] of after.entries()) {
    const pair = pairOfAfter.get(a)
    if (pair) pairs.push(pair)
    else added.push(right)
  }
  const removed = before.filter((_, b) => !beforeTaken.has(b))
  return { pairs, removed, added }
}

function uniqueCandidates<C extends { b: number; a: number }>(candidates: C[]): C[] {
  const perBefore = new Map<number, number>()
  const perAfter = new Map<number, number>()
  for (const { b, a } of candidates) {
    perBefore.set(b, (perBefore.get(b) ?? 0) + 1)
    perAfter.set(a, (perAfter.get(a) ?? 0) + 1)
  }
  return candidates.filter(({ b, a }) => perBefore.get(b) === 1 && perAfter.get(a) === 1)
}
