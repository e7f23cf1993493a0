import { expect, test } from 'vitest'
import { clauseEnd, spanOf, withoutOverlaps } from './text-spans.ts'

test.each([
  ['Given a list, Sam will', 0, 12],
  ['Sam will pay $5.00 exactly. Then', 0, 26],
  ['no boundary at all', 3, 18],
  ['stop (here) please', 0, 5],
])('the clause in “%s” from %d ends at %d', (text, from, end) => {
  expect(clauseEnd(text, from)).toBe(end)
})

test('a span leaves out surrounding spaces and trailing commas', () => {
  expect(spanOf('  by June 2027, as', 0, 15)).toEqual({ start: 2, end: 14, text: 'by June 2027' })
})

test('of two overlapping spans the one listed first is kept, and the result is in text order', () => {
  const kept = withoutOverlaps([
    { start: 10, end: 20 },
    { start: 0, end: 5 },
    { start: 15, end: 25 },
  ])
  expect(kept).toEqual([
    { start: 0, end: 5 },
    { start: 10, end: 20 },
  ])
})
