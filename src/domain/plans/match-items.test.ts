import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { matchItems } from './match-items.ts'
import { contentWords, textSimilarity } from './text-similarity.ts'

interface Item {
  readonly id: string
  readonly group: string
}

const byId = { basis: 'id' as const, score: (a: Item, b: Item) => (a.id === b.id ? 1 : undefined) }
const byGroup = {
  basis: 'group' as const,
  uniqueOnly: true,
  score: (a: Item, b: Item) => (a.group === b.group ? 1 : undefined),
}

describe('matchItems', () => {
  test('ids first, then weaker evidence among what is left', () => {
    const before = [
      { id: '1', group: 'x' },
      { id: '2', group: 'y' },
    ]
    const after = [
      { id: '9', group: 'y' },
      { id: '1', group: 'z' },
    ]
    const result = matchItems(before, after, [byId, byGroup])
    expect(result.pairs.map((p) => [p.before.id, p.after.id, p.basis])).toEqual([
      ['2', '9', 'group'],
      ['1', '1', 'id'],
    ])
    expect(result.added).toEqual([])
    expect(result.removed).toEqual([])
  })

  test('a unique-only pass refuses to choose between two candidates', () => {
    const before = [
      { id: '1', group: 'x' },
      { id: '2', group: 'x' },
    ]
    const after = [{ id: '3', group: 'x' }]
    const result = matchItems(before, after, [byGroup])
    expect(result.pairs).toEqual([])
    expect(result.removed.length).toBe(2)
  })

  test('every item ends up exactly once: paired, added or removed', () => {
    const item = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), group: fc.constantFrom('x', 'y') })
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), fc.array(item, { maxLength: 8 }), (before, after) => {
        const result = matchItems(before, after, [byId, byGroup])
        const beforeSeen = [...result.pairs.map((p) => p.before), ...result.removed]
        const afterSeen = [...result.pairs.map((p) => p.after), ...result.added]
        expect(beforeSeen.length).toBe(before.length)
        expect(afterSeen.length).toBe(after.length)
        expect(new Set(beforeSeen).size).toBe(before.length)
        expect(new Set(afterSeen).size).toBe(after.length)
      }),
    )
  })
})

describe('textSimilarity', () => {
  test.each([
    ['the same words', 'Maya will read 90 words per minute', 'Maya will read 90 words per minute', 1],
    ['nothing in common', 'add fractions', 'tie shoes', 0],
    ['reading and reads meet', 'reading fluency', 'reads fluently', 0.5],
  ])('%s', (_, a, b, expected) => {
    expect(textSimilarity(a, b)).toBeCloseTo(expected, 5)
  })

  test('common words do not count', () => {
    expect([...contentWords('The student will read with the teacher')]).toEqual(['read', 'teacher'])
  })

  test('is symmetric and between 0 and 1', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const ab = textSimilarity(a, b)
        expect(ab).toBe(textSimilarity(b, a))
        expect(ab).toBeGreaterThanOrEqual(0)
        expect(ab).toBeLessThanOrEqual(1)
      }),
    )
  })
})
