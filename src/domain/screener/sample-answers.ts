import type { Condition, ScreenerAnswers } from './answers.ts'

/**
 * A valid child to start from: a 9-year-old at a public school with diagnosed ADHD, who meets both
 * IDEA's and Section 504's tests. Tests, fixtures and the bench override only what they are about.
 */
export function sampleAnswers(overrides: Partial<ScreenerAnswers> = {}): ScreenerAnswers {
  return {
    age: 9,
    school: 'public',
    currentPlan: 'none',
    conditions: [sampleCondition()],
    ideaCategories: ['other-health-impairment'],
    ideaCategoriesUnsure: false,
    adverseEffectOnEducation: 'yes',
    needsSpecializedInstruction: 'yes',
    substantialLimitation: 'yes',
    majorLifeActivities: ['concentrating'],
    mitigatingMeasures: [],
    basis: 'impairment',
    needsAccommodations: 'yes',
    schoolResponse: 'none',
    ...overrides,
  }
}

export function sampleCondition(overrides: Partial<Condition> = {}): Condition {
  return {
    name: 'ADHD',
    diagnosed: true,
    temporary: false,
    expectedDurationMonths: null,
    episodic: false,
    inRemission: false,
    ...overrides,
  }
}
