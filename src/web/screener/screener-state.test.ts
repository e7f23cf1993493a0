import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { answersArb } from '../../domain/screener/answers.arbitrary.ts'
import { MAJOR_LIFE_ACTIVITIES, MITIGATING_MEASURES } from '../../domain/screener/answers.ts'
import { draftFromAnswers, EMPTY_DRAFT, type ScreenerDraft } from '../../domain/screener/flow.ts'
import { CONDITION_NAME_LENGTH, MOST_CONDITIONS } from '../../domain/screener/questions.ts'
import { decodeDraft, encodeDraft } from './screener-state.ts'

describe('the screener cookie', () => {
  test('any draft the flow can make reads back unchanged', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const draft = draftFromAnswers(answers)
        expect(decodeDraft(encodeDraft(draft))).toEqual(draft)
      }),
      { numRuns: 300 },
    )
  })

  test('the longest possible draft still fits one cookie (under 3,900 characters before signing)', () => {
    // Random characters of a 3-byte script do not compress: the worst case for the cookie.
    let seed = 7
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed
    }
    const name = () =>
      Array.from({ length: CONDITION_NAME_LENGTH }, () =>
        String.fromCharCode(0x4e00 + (random() % 20000)),
      ).join('')
    const draft: ScreenerDraft = {
      answers: {
        age: '21',
        school: 'private',
        currentPlan: 'none',
        basis: 'impairment',
        ideaCategories: [
          'autism',
          'deafness',
          'emotional-disturbance',
          'hearing-impairment',
          'intellectual-disability',
          'multiple-disabilities',
          'orthopedic-impairment',
          'other-health-impairment',
          'specific-learning-disability',
          'speech-or-language-impairment',
          'traumatic-brain-injury',
          'visual-impairment-including-blindness',
          'deaf-blindness',
        ],
        adverseEffectOnEducation: 'unsure',
        needsSpecializedInstruction: 'unsure',
        majorLifeActivities: [...MAJOR_LIFE_ACTIVITIES],
        mitigatingMeasures: [...MITIGATING_MEASURES],
        substantialLimitation: 'unsure',
        needsAccommodations: 'unsure',
        schoolResponse: 'evaluation-delayed-for-interventions',
      },
      conditions: Array.from({ length: MOST_CONDITIONS }, (_, i) => ({
        conditionName: name(),
        conditionDiagnosed: 'unsure',
        conditionDuration: 'temporary',
        conditionMonths: '240',
        conditionPattern: 'comes-and-goes',
        anotherCondition: i < MOST_CONDITIONS - 1 ? 'yes' : 'no',
      })),
    }
    const value = encodeDraft(draft)
    expect(value.length).toBeLessThan(3900)
    expect(decodeDraft(value)).toEqual(draft)
  })

  test.each([
    ['not base64 of anything', '%%%'],
    ['base64 of plain text', Buffer.from('hello').toString('base64url')],
    ['JSON that is not a draft', encodeJson({ answers: [], conditions: {} })],
    ['an unknown question', encodeJson({ answers: { shoeSize: '9' }, conditions: [] })],
    ['an unknown condition field', encodeJson({ answers: {}, conditions: [{ colour: 'red' }] })],
    ['too many conditions', encodeJson({ answers: {}, conditions: Array.from({ length: 11 }, () => ({})) })],
    ['an answer far too long', encodeJson({ answers: { age: 'x'.repeat(401) }, conditions: [] })],
    ['an extra top-level field', encodeJson({ answers: {}, conditions: [], admin: true })],
  ])('refuses %s', (_, value) => {
    expect(decodeDraft(value)).toBeUndefined()
  })

  test('the empty draft reads back', () => {
    expect(decodeDraft(encodeDraft(EMPTY_DRAFT))).toEqual(EMPTY_DRAFT)
  })
})

function encodeJson(value: unknown): string {
  return encodeDraft(value as ScreenerDraft)
}
