import { expect, test } from 'vitest'
import { scoreFlags } from './flag-scores.ts'

test('precision and recall count raised and expected flags per flag', () => {
  const scores = scoreFlags([
    { expected: ['no-condition'], actual: ['no-condition'] },
    { expected: ['no-condition'], actual: [] },
    { expected: [], actual: ['no-condition', 'no-timeframe'] },
    { expected: [], actual: [] },
  ])
  const condition = scores.find((s) => s.flag === 'no-condition')
  expect(condition).toMatchObject({
    truePositives: 1,
    falsePositives: 1,
    falseNegatives: 1,
    trueNegatives: 1,
  })
  expect(condition?.precision).toBe(0.5)
  expect(condition?.recall).toBe(0.5)
  const timeframe = scores.find((s) => s.flag === 'no-timeframe')
  expect(timeframe?.precision).toBe(0)
  expect(timeframe?.recall).toBeNull()
})

test('a flag never raised and never expected has no precision and no recall', () => {
  const behavior = scoreFlags([{ expected: [], actual: [] }]).find((s) => s.flag === 'no-behavior')
  expect(behavior?.precision).toBeNull()
  expect(behavior?.recall).toBeNull()
})
