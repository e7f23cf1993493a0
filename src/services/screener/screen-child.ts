import { z } from 'zod'
import {
  BASES,
  CURRENT_PLANS,
  MAJOR_LIFE_ACTIVITIES,
  MITIGATING_MEASURES,
  OLDEST_AGE,
  SCHOOL_RESPONSES,
  SCHOOLS,
  type ScreenerAnswers,
  SUSPECTED_CATEGORIES,
  TRI_STATES,
} from '../../domain/screener/answers.ts'
import { CONDITION_NAME_LENGTH, LONGEST_MONTHS, MOST_CONDITIONS } from '../../domain/screener/questions.ts'
import {
  type EvaluationFocus,
  RECOMMENDATIONS,
  type Recommendation,
  type ScreenResult,
  screen,
} from '../../domain/screener/screen.ts'
import { type Lang, renderMessage } from '../../i18n/i18n.ts'

/**
 * The screener's JSON contract, shared by `pathway screen`, `POST /api/v1/screener` and the result
 * page: the answers schema (issue 5's names, plus two optional extensions) and the rendered result.
 */

const DUPLICATES = 'screener.problems.duplicates'

function unique<T extends z.ZodType>(item: T) {
  return z.array(item).refine((values) => new Set(values).size === values.length, DUPLICATES)
}

export const ConditionSchema = z.strictObject({
  name: z.string().trim().min(1).max(CONDITION_NAME_LENGTH),
  diagnosed: z.boolean(),
  temporary: z.boolean(),
  expectedDurationMonths: z.number().int().min(1).max(LONGEST_MONTHS).nullable(),
  episodic: z.boolean(),
  inRemission: z.boolean(),
})

export const ScreenerAnswersSchema = z.strictObject({
  age: z.number().int().min(0).max(OLDEST_AGE),
  school: z.enum(SCHOOLS),
  currentPlan: z.enum(CURRENT_PLANS),
  conditions: z.array(ConditionSchema).max(MOST_CONDITIONS),
  ideaCategories: unique(z.enum(SUSPECTED_CATEGORIES)),
  ideaCategoriesUnsure: z.boolean().optional(),
  adverseEffectOnEducation: z.enum(TRI_STATES),
  needsSpecializedInstruction: z.enum(TRI_STATES),
  substantialLimitation: z.enum(TRI_STATES),
  majorLifeActivities: unique(z.enum(MAJOR_LIFE_ACTIVITIES)),
  mitigatingMeasures: unique(z.enum(MITIGATING_MEASURES)),
  basis: z.enum(BASES),
  needsAccommodations: z.enum(TRI_STATES).optional(),
  schoolResponse: z.enum(SCHOOL_RESPONSES),
})

export type ScreenerAnswersInput = z.infer<typeof ScreenerAnswersSchema>

export const ScreenChildResultSchema = z.object({
  recommendation: z.enum(RECOMMENDATIONS),
  title: z.string(),
  summary: z.string(),
  reasons: z.array(z.object({ id: z.string(), text: z.string(), citation: z.string() })),
  nextSteps: z.array(z.string()),
  nextStepDetails: z.array(z.object({ id: z.string(), text: z.string(), citation: z.string().nullable() })),
  evaluationFocus: z.enum(['early-intervention', 'idea', 'section-504']).nullable(),
  notice: z.string(),
})

export type ScreenChildResult = z.infer<typeof ScreenChildResultSchema>

/** Screens a child and writes the result in the reader's language. */
export function screenChild(answers: ScreenerAnswers, lang: Lang = 'en'): ScreenChildResult {
  return renderScreenResult(screen(answers), lang)
}

/** Writes an engine result in a language: every reason with its citation, every next step. */
export function renderScreenResult(result: ScreenResult, lang: Lang): ScreenChildResult {
  const words = recommendationKeys(result.recommendation, result.evaluationFocus)
  const steps = result.nextSteps.map((step) => ({
    id: step.id,
    text: renderMessage(lang, step.message),
    citation: step.citation,
  }))
  return {
    recommendation: result.recommendation,
    title: renderMessage(lang, { key: words.title }),
    summary: renderMessage(lang, { key: words.summary }),
    reasons: result.reasons.map((reason) => ({
      id: reason.id,
      text: renderMessage(lang, reason.message),
      citation: reason.citation,
    })),
    nextSteps: steps.map((step) => step.text),
    nextStepDetails: steps,
    evaluationFocus: result.evaluationFocus,
    notice: renderMessage(lang, { key: 'screener.notice' }),
  }
}

/** The catalog keys of a recommendation's title and summary. */
export function recommendationKeys(
  recommendation: Recommendation,
  focus: EvaluationFocus | null,
): { title: string; summary: string } {
  const base = `screener.recommendations.${recommendation}`
  if (recommendation === 'evaluate' && focus === 'early-intervention')
    return { title: `${base}.titleEarlyIntervention`, summary: `${base}.summaryEarlyIntervention` }
  return { title: `${base}.title`, summary: `${base}.summary` }
}
