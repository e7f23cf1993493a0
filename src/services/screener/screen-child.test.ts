import { describe, expect, test } from 'vitest'
import { sampleAnswers, sampleCondition } from '../../domain/screener/sample-answers.ts'
import { parseInput } from '../validation.ts'
import { ScreenChildResultSchema, ScreenerAnswersSchema, screenChild } from './screen-child.ts'

/** The issue's example of answers, with only the fields the issue names (no extensions). */
const issueAnswers = {
  age: 10,
  school: 'public',
  currentPlan: 'none',
  conditions: [
    {
      name: 'ADHD',
      diagnosed: true,
      temporary: false,
      expectedDurationMonths: null,
      episodic: false,
      inRemission: false,
    },
  ],
  ideaCategories: ['other-health-impairment'],
  adverseEffectOnEducation: 'yes',
  needsSpecializedInstruction: 'yes',
  substantialLimitation: 'yes',
  majorLifeActivities: ['concentrating', 'brain'],
  mitigatingMeasures: ['medication'],
  basis: 'impairment',
  schoolResponse: 'evaluation-delayed-for-interventions',
}

describe('the answers schema', () => {
  test('accepts the issue’s answers as they are, without the optional extensions', () => {
    const parsed = parseInput(ScreenerAnswersSchema, issueAnswers)
    expect(parsed.ok).toBe(true)
  })

  test('accepts every extension the engine knows', () => {
    const parsed = parseInput(ScreenerAnswersSchema, {
      ...issueAnswers,
      ideaCategories: ['developmental-delay'],
      ideaCategoriesUnsure: true,
      needsAccommodations: 'unsure',
      majorLifeActivities: ['interacting-with-others', 'writing'],
    })
    expect(parsed.ok).toBe(true)
  })

  test.each([
    ['an age over 25', { age: 26 }, 'age'],
    ['a fractional age', { age: 7.5 }, 'age'],
    ['a school that is not on the list', { school: 'academy' }, 'school'],
    ['a category that is not in 34 CFR 300.8(c)', { ideaCategories: ['dyslexia'] }, 'ideaCategories[0]'],
    [
      'a condition without its expected duration',
      {
        conditions: [
          { name: 'asthma', diagnosed: true, temporary: false, episodic: true, inRemission: false },
        ],
      },
      'conditions[0].expectedDurationMonths',
    ],
    [
      'a condition with an empty name',
      { conditions: [{ ...sampleCondition(), name: '  ' }] },
      'conditions[0].name',
    ],
    ['the same activity twice', { majorLifeActivities: ['reading', 'reading'] }, 'majorLifeActivities'],
    [
      'a yes/no/unsure answer spelled differently',
      { substantialLimitation: 'maybe' },
      'substantialLimitation',
    ],
  ])('refuses %s and names the field', (_, change, field) => {
    const parsed = parseInput(ScreenerAnswersSchema, { ...issueAnswers, ...change })
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.problems.map((p) => p.field)).toContain(field)
  })

  test('refuses a field it does not know, naming it', () => {
    const parsed = parseInput(ScreenerAnswersSchema, { ...issueAnswers, grade: 4 })
    expect(parsed.ok).toBe(false)
    if (!parsed.ok)
      expect(parsed.problems[0]).toMatchObject({
        message: 'errors.input.unknownKeys',
        params: { keys: 'grade' },
      })
  })

  test('a duplicate gets the screener’s own message', () => {
    const parsed = parseInput(ScreenerAnswersSchema, {
      ...issueAnswers,
      mitigatingMeasures: ['medication', 'medication'],
    })
    expect(!parsed.ok && parsed.problems[0]?.message).toBe('screener.problems.duplicates')
  })
})

describe('screenChild', () => {
  test('returns the issue’s shape: recommendation, reasons with text and citation, next steps as text', () => {
    const result = screenChild(
      sampleAnswers({ needsSpecializedInstruction: 'no', mitigatingMeasures: ['medication'] }),
    )
    expect(ScreenChildResultSchema.parse(result)).toEqual(result)
    expect(result.recommendation).toBe('504')
    expect(result.reasons.find((r) => r.id === 'mitigatingMeasuresIgnored')).toEqual({
      id: 'mitigatingMeasuresIgnored',
      text: expect.stringContaining('without medicine'),
      citation: expect.stringContaining('42 U.S.C. 12102(4)(E)(i)'),
    })
    expect(result.nextSteps).toEqual(result.nextStepDetails.map((s) => s.text))
    expect(result.notice).toContain('not legal advice')
  })

  test('writes every sentence in Spanish when asked, keeping the citations', () => {
    const english = screenChild(sampleAnswers(), 'en')
    const spanish = screenChild(sampleAnswers(), 'es')
    expect(spanish.recommendation).toBe(english.recommendation)
    expect(spanish.reasons.map((r) => r.citation)).toEqual(english.reasons.map((r) => r.citation))
    expect(spanish.title).toBe('Un IEP parece lo más adecuado')
    expect(spanish.notice).toContain('Centro de Capacitación e Información para Padres')
    for (const [i, reason] of spanish.reasons.entries())
      expect(reason.text).not.toBe(english.reasons[i]?.text)
  })

  test('a category name inside a reason is written in the reader’s language', () => {
    const english = screenChild(sampleAnswers({ ideaCategories: ['autism'] }), 'en')
    const spanish = screenChild(sampleAnswers({ ideaCategories: ['autism'] }), 'es')
    expect(english.reasons[0]?.text).toContain(': autism.')
    expect(spanish.reasons[0]?.text).toContain(': autismo.')
  })

  test('a child under 3 is told about early intervention in the title', () => {
    const result = screenChild(sampleAnswers({ age: 2 }))
    expect(result.title).toBe('Ask for a free early intervention evaluation')
    expect(result.evaluationFocus).toBe('early-intervention')
  })

  test('the issue’s answers without “needs accommodations” still give an IEP when teaching is needed', () => {
    const parsed = parseInput(ScreenerAnswersSchema, issueAnswers)
    if (!parsed.ok) throw new Error('issue answers should parse')
    const result = screenChild(parsed.value)
    expect(result.recommendation).toBe('iep')
    expect(result.reasons.map((r) => r.id)).toContain('interventionsCannotDelay')
  })
})
