import { expect, test } from 'vitest'
import { checkGoal } from './check-goal.ts'

test.each([
  [
    'Sam will increase oral reading fluency from a baseline of 42 wcpm to 80 wcpm by June 2027.',
    { value: 42, unit: 'wcpm' },
    { value: 80, unit: 'wcpm', direction: 'increase' },
  ],
  [
    'Liam will reduce aggression from 6 incidents per week to 1 or fewer incidents per week.',
    { value: 6, unit: 'incidents per week' },
    { value: 1, unit: 'incidents per week', direction: 'decrease' },
  ],
  [
    'Ana will raise her score from 45% to 80% on unit tests.',
    { value: 45, unit: '%' },
    { value: 80, unit: '%' },
  ],
  [
    'Currently Ben reads 38 words correct per minute. Ben will read 70 words correct per minute by May 2027.',
    { value: 38, unit: 'words correct per minute' },
    { value: 70, unit: 'words correct per minute', direction: 'increase' },
  ],
  ['Mia will spell words with at least 85% accuracy.', null, { value: 85, unit: '%', direction: 'increase' }],
  [
    'Zoe will call out no more than 2 times per lesson.',
    null,
    { value: 2, unit: 'times per lesson', direction: 'decrease' },
  ],
  [
    'Noah will start work within 2 minutes of the request.',
    null,
    { value: 2, unit: 'minutes', direction: 'decrease' },
  ],
  [
    'Ava will stay seated for at least twenty minutes.',
    null,
    { value: 20, unit: 'minutes', direction: 'increase' },
  ],
  [
    'Leo will read aloud with no more than 3 errors.',
    null,
    { value: 3, unit: 'errors', direction: 'decrease' },
  ],
] as const)('%s', (text, baseline, target) => {
  const { parts } = checkGoal(text)
  if (baseline === null) expect(parts.baseline).toBeNull()
  else expect(parts.baseline).toMatchObject(baseline)
  expect(parts.target).toMatchObject(target)
  for (const part of [parts.baseline, parts.target]) {
    if (part) expect(text.slice(part.start, part.end)).toBe(part.text)
  }
})

test('a goal with only a trials criterion states no target number', () => {
  expect(checkGoal('Sam will tie his shoes in 4 of 5 trials.').parts.target).toBeNull()
})

test('the starting level is not counted as a criterion', () => {
  const { parts, flags } = checkGoal('Sam will reduce call-outs from 8 per day by June 2027.')
  expect(parts.baseline).toBeNull()
  const stated = checkGoal('Sam will reduce call-outs from 8 per day to 2 per day.')
  expect(stated.parts.criterion.map((c) => c.text)).toEqual(['2 per day'])
  expect(flags).not.toContain('no-behavior')
})
