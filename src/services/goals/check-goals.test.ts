import { describe, expect, test } from 'vitest'
import { GOAL_FLAGS } from '../../domain/goals/goal-check.ts'
import { FLAG_LABEL_KEYS, SUGGESTION_KEYS, VAGUE_VERB_KEY } from '../../domain/goals/goal-suggestions.ts'
import { LANGS, renderMessage } from '../../i18n/i18n.ts'
import { parseInput } from '../validation.ts'
import {
  checkGoalRequestSchema,
  checkGoalsBatchSchema,
  checkGoalText,
  checkGoalTexts,
  goalCheckResultSchema,
} from './check-goals.ts'

const POOR = 'Ana will understand fractions.'
const GOOD =
  'Given fraction strips, Ana will name equivalent fractions with 80% accuracy by May 2027, per teacher data.'

describe('checkGoalText', () => {
  test('its answer fits the published response schema exactly', () => {
    for (const text of [POOR, GOOD, '']) {
      const result = checkGoalText(text)
      expect(goalCheckResultSchema.parse(result)).toEqual(result)
    }
  })

  test('each suggestion carries its catalog key, its values and the sentence', () => {
    const [, behavior] = checkGoalText(POOR).suggestions
    expect(behavior).toEqual({
      flag: 'no-behavior',
      key: 'goals.suggestions.vagueVerb',
      params: { verb: 'understand' },
      text: renderMessage('en', { key: 'goals.suggestions.vagueVerb', params: { verb: 'understand' } }),
    })
  })

  test('many goals are answered in the order given', () => {
    expect(checkGoalTexts([GOOD, POOR]).map((r) => r.flags.length)).toEqual([0, 5])
  })
})

describe('input schemas', () => {
  test('the API body takes a text and an optional language, and nothing else', () => {
    expect(parseInput(checkGoalRequestSchema, { text: GOOD }).ok).toBe(true)
    expect(parseInput(checkGoalRequestSchema, { text: GOOD, language: 'en' }).ok).toBe(true)
    expect(parseInput(checkGoalRequestSchema, { text: GOOD, language: 'fr' })).toMatchObject({
      ok: false,
      problems: [{ field: 'language', message: 'errors.input.oneOf' }],
    })
    expect(parseInput(checkGoalRequestSchema, { goal: GOOD }).ok).toBe(false)
  })

  test('a goal longer than 5000 characters is refused', () => {
    expect(parseInput(checkGoalsBatchSchema, ['x'.repeat(5001)])).toMatchObject({
      ok: false,
      problems: [{ field: '[0]', message: 'errors.input.tooLong' }],
    })
  })
})

describe('words', () => {
  const keys = [...Object.values(SUGGESTION_KEYS), ...Object.values(FLAG_LABEL_KEYS), VAGUE_VERB_KEY]

  test.each(LANGS)('every goals message exists in %s', (lang) => {
    expect(keys).toHaveLength(GOAL_FLAGS.length * 2 + 1)
    for (const key of keys) {
      const text = renderMessage(lang, { key, params: { verb: 'know' } })
      expect(text).not.toBe(key)
      expect(text).not.toContain('{{')
    }
  })
})
