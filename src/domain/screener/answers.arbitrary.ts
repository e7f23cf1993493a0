import fc from 'fast-check'
import {
  CURRENT_PLANS,
  MAJOR_LIFE_ACTIVITIES,
  MITIGATING_MEASURES,
  SCHOOL_RESPONSES,
  SCHOOLS,
  type ScreenerAnswers,
  SUSPECTED_CATEGORIES,
  TRI_STATES,
} from './answers.ts'

// Test support only (fast-check is a development dependency): generators of screener answers.

const conditionArb = fc.record({
  name: fc.constantFrom('ADHD', 'asthma', 'dyslexia', 'broken arm', 'anxiety'),
  diagnosed: fc.boolean(),
  temporary: fc.boolean(),
  expectedDurationMonths: fc.option(fc.integer({ min: 1, max: 24 }), { nil: null }),
  episodic: fc.boolean(),
  inRemission: fc.boolean(),
})

const subset = <T>(values: readonly T[]) => fc.subarray([...values], { maxLength: 4 })

/** Any valid answers across the schema's full range, for property tests. */
export const answersArb: fc.Arbitrary<ScreenerAnswers> = fc.record({
  age: fc.integer({ min: 0, max: 25 }),
  school: fc.constantFrom(...SCHOOLS),
  currentPlan: fc.constantFrom(...CURRENT_PLANS),
  conditions: fc.array(conditionArb, { maxLength: 3 }),
  ideaCategories: subset(SUSPECTED_CATEGORIES),
  ideaCategoriesUnsure: fc.boolean(),
  adverseEffectOnEducation: fc.constantFrom(...TRI_STATES),
  needsSpecializedInstruction: fc.constantFrom(...TRI_STATES),
  substantialLimitation: fc.constantFrom(...TRI_STATES),
  majorLifeActivities: subset(MAJOR_LIFE_ACTIVITIES),
  mitigatingMeasures: subset(MITIGATING_MEASURES),
  basis: fc.constantFrom('impairment', 'record-of', 'regarded-as'),
  needsAccommodations: fc.constantFrom(...TRI_STATES),
  schoolResponse: fc.constantFrom(...SCHOOL_RESPONSES),
})
