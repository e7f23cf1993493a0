import type { LightMyRequestResponse } from 'fastify'
import type { ScreenerAnswers } from '../../src/domain/screener/answers.ts'
import {
  applyAnswer,
  draftFromAnswers,
  EMPTY_DRAFT,
  nextStep,
  type RawAnswer,
  type ScreenerDraft,
  type ScreenerStep,
  stepSlug,
} from '../../src/domain/screener/flow.ts'
import { sampleAnswers, sampleCondition } from '../../src/domain/screener/sample-answers.ts'
import type { TestBrowser } from './browser.ts'

/**
 * Answers for the screener's pages in tests: a few families whose answers lead to each
 * recommendation, and a walker that answers the pages one by one through the real forms.
 */

/** ADHD with a need for teaching planned around it: an IEP. */
export const IEP_FAMILY: ScreenerAnswers = sampleAnswers()

/** ADHD managed with medicine, changes at school are enough: a 504 plan. */
export const PLAN_504_FAMILY: ScreenerAnswers = sampleAnswers({
  needsSpecializedInstruction: 'no',
  mitigatingMeasures: ['medication'],
})

/** Trouble reading, nobody knows yet whether special teaching is needed: ask for an evaluation. */
export const EVALUATE_FAMILY: ScreenerAnswers = sampleAnswers({
  conditions: [sampleCondition({ name: 'Trouble reading', diagnosed: false })],
  ideaCategories: ['specific-learning-disability'],
  needsSpecializedInstruction: 'unsure',
  majorLifeActivities: ['reading'],
  substantialLimitation: 'unsure',
  schoolResponse: 'evaluation-delayed-for-interventions',
})

/** Nearsighted, fully corrected by glasses: neither plan. */
export const NEITHER_FAMILY: ScreenerAnswers = sampleAnswers({
  conditions: [sampleCondition({ name: 'Nearsighted' })],
  ideaCategories: [],
  adverseEffectOnEducation: 'no',
  needsSpecializedInstruction: 'no',
  majorLifeActivities: ['seeing'],
  mitigatingMeasures: ['ordinary-eyeglasses-or-contacts'],
  substantialLimitation: 'no',
  needsAccommodations: 'no',
})

/** Each family shape the flow knows: every question, its variants, and the under-3 and existing-IEP roads. */
export const ROAD_FAMILIES: readonly [string, ScreenerAnswers][] = [
  [
    'two conditions, one short-term, one that flares up; every question on the road',
    sampleAnswers({
      conditions: [
        sampleCondition({ name: 'Broken leg', temporary: true, expectedDurationMonths: 3 }),
        sampleCondition({ name: 'Asthma', episodic: true }),
      ],
      ideaCategories: ['other-health-impairment'],
      needsSpecializedInstruction: 'unsure',
      majorLifeActivities: ['walking', 'breathing'],
      mitigatingMeasures: ['medication', 'ordinary-eyeglasses-or-contacts'],
      schoolResponse: 'evaluation-refused',
    }),
  ],
  [
    'a 2-year-old (early intervention)',
    sampleAnswers({ age: 2, conditions: [sampleCondition({ name: 'Not talking yet' })] }),
  ],
  ['a child who has an IEP', sampleAnswers({ currentPlan: 'iep', conditions: [] })],
]

/** The answer a draft holds for a page, as a form would post it. */
export function rawAnswerFor(draft: ScreenerDraft, step: ScreenerStep): RawAnswer | undefined {
  if ('condition' in step) return draft.conditions[step.condition]?.[step.question]
  return draft.answers[step.question]
}

/** Form fields for one answer: the field is the question's id. */
export function formFor(step: ScreenerStep, raw: RawAnswer | undefined): Record<string, string | string[]> {
  if (raw === undefined) return {}
  return { [step.question]: typeof raw === 'string' ? raw : [...raw] }
}

export interface WalkedPage {
  readonly step: ScreenerStep
  readonly slug: string
  readonly response: LightMyRequestResponse
}

/**
 * Answers every page the family meets, in order, through the real forms. `before` runs on each
 * page before it is answered (to try its error path). Returns each page's answer response.
 */
export async function answerScreener(
  browser: TestBrowser,
  target: ScreenerAnswers | ScreenerDraft,
  before?: (step: ScreenerStep, slug: string) => Promise<void>,
): Promise<WalkedPage[]> {
  const wanted: ScreenerDraft = 'age' in target ? draftFromAnswers(target) : target
  let draft = EMPTY_DRAFT
  const pages: WalkedPage[] = []
  for (let step = nextStep(draft); step !== null; step = nextStep(draft)) {
    const slug = stepSlug(step)
    if (before) await before(step, slug)
    const raw = rawAnswerFor(wanted, step)
    const response = await browser.post(`/screener/${slug}`, formFor(step, raw))
    if (response.statusCode !== 303)
      throw new Error(`${slug} answered ${String(raw)}: ${response.statusCode}`)
    const applied = applyAnswer(draft, step, raw)
    if (!applied.ok) throw new Error(`${slug} refused ${String(raw)}`)
    draft = applied.draft
    pages.push({ step, slug, response })
  }
  return pages
}
