import {
  ORDINARY_EYEGLASSES,
  type ScreenerAnswers,
  SUSPECTED_CATEGORIES,
  type SuspectedCategory,
  TRANSITORY_MONTHS,
  type TriState,
} from './answers.ts'
import {
  categoryStatus,
  claimsCurrentImpairment,
  effectivePlan,
  hasLiveIep,
  ideaQuestionsApply,
  instructionQuestionApplies,
  isIdeaAge,
  isUnderThree,
  needsQuestionApplies,
  suspectedCategories,
} from './relevance.ts'

/**
 * What the answers establish under each law, before any words are chosen. `status` is the legal
 * test's result as far as the facts go; `why` names the step of the test that decided it.
 */

export type IdeaWhy =
  | 'under-three'
  | 'over-age'
  | 'existing-iep'
  | 'no-current-impairment'
  | 'no-category'
  | 'no-adverse-effect'
  | 'no-instruction-need'
  | 'meets-test'
  | 'category-unknown'
  | 'instruction-need-unknown'

export interface IdeaFinding {
  readonly status: TriState
  readonly why: IdeaWhy
  /** The suspected categories that count at this age. */
  readonly categories: readonly SuspectedCategory[]
  /** A developmental delay was named for a child outside 3 through 9 (34 CFR 300.8(b)). */
  readonly developmentalDelayOutOfRange: boolean
}

export type Section504Why =
  | 'under-three'
  | 'existing-504'
  | 'existing-iep'
  | 'record-of'
  | 'regarded-as'
  | 'no-impairment'
  | 'not-limited'
  | 'limitation-unknown'
  | 'no-need'
  | 'need-unknown'
  | 'meets-test'

export interface Section504Finding {
  readonly status: TriState
  readonly why: Section504Why
  /** The limitation test was applied to a condition the child has now (prong A). */
  readonly limitationJudged: boolean
  /** A condition the family filed under "record of" is in remission or comes and goes (12102(4)(D)). */
  readonly recordButActive: boolean
  /** Regarded as, for a condition expected to last 6 months or less (12102(3)(B)). */
  readonly possiblyTransitory: boolean
}

/** Applies IDEA's two-part test (34 CFR 300.8(a)(1)) to the answers. */
export function assessIdea(answers: ScreenerAnswers): IdeaFinding {
  const early = (status: TriState, why: IdeaWhy): IdeaFinding => ({
    status,
    why,
    categories: [],
    developmentalDelayOutOfRange: false,
  })
  if (isUnderThree(answers.age)) return early('no', 'under-three')
  if (!isIdeaAge(answers.age)) return early('no', 'over-age')
  if (hasLiveIep(answers.age, answers.currentPlan)) return early('yes', 'existing-iep')
  if (!ideaQuestionsApply(answers.age, answers.currentPlan, answers.basis, answers.conditions))
    return early('no', 'no-current-impairment')

  // From here on the category question was asked, so the named categories may be read.
  // Canonical order, so the same answers always give the same reasons.
  const categories = [...suspectedCategories(answers.ideaCategories, answers.age)].sort(
    (a, b) => SUSPECTED_CATEGORIES.indexOf(a) - SUSPECTED_CATEGORIES.indexOf(b),
  )
  const done = (status: TriState, why: IdeaWhy): IdeaFinding => ({
    status,
    why,
    categories,
    developmentalDelayOutOfRange: categories.length < answers.ideaCategories.length,
  })
  const fit = categoryStatus(answers.ideaCategories, answers.ideaCategoriesUnsure ?? false, answers.age)
  if (fit === 'no') return done('no', 'no-category')
  if (answers.adverseEffectOnEducation === 'no') return done('no', 'no-adverse-effect')
  if (answers.needsSpecializedInstruction === 'no') return done('no', 'no-instruction-need')
  if (answers.needsSpecializedInstruction === 'yes')
    return fit === 'yes' ? done('yes', 'meets-test') : done('unsure', 'category-unknown')
  return done('unsure', 'instruction-need-unknown')
}

/** Whether the answers say the child needs specially designed instruction, where that answer counts. */
export function needsInstruction(answers: ScreenerAnswers): boolean {
  const applies = instructionQuestionApplies(
    answers.age,
    answers.currentPlan,
    ideaQuestionsApply(answers.age, answers.currentPlan, answers.basis, answers.conditions),
    categoryStatus(answers.ideaCategories, answers.ideaCategoriesUnsure ?? false, answers.age),
    answers.adverseEffectOnEducation,
  )
  return applies && answers.needsSpecializedInstruction === 'yes'
}

/**
 * Applies Section 504's definition of disability (42 U.S.C. 12102, through 29 U.S.C. 705(20)(B))
 * and the need for services (34 CFR 104.33(b)(1)) to the answers.
 */
export function assess504(answers: ScreenerAnswers): Section504Finding {
  const recordButActive =
    answers.basis === 'record-of' && claimsCurrentImpairment(answers.basis, answers.conditions)
  const possiblyTransitory =
    answers.basis === 'regarded-as' &&
    answers.conditions.length > 0 &&
    answers.conditions.every(
      (c) =>
        c.temporary && c.expectedDurationMonths !== null && c.expectedDurationMonths <= TRANSITORY_MONTHS,
    )
  const done = (status: TriState, why: Section504Why, limitationJudged = false): Section504Finding => ({
    status,
    why,
    limitationJudged,
    recordButActive,
    possiblyTransitory,
  })

  if (isUnderThree(answers.age)) return done('no', 'under-three')
  const plan = effectivePlan(answers.age, answers.currentPlan)
  if (plan === '504') return done('yes', 'existing-504')
  if (plan === 'iep') return done('yes', 'existing-iep')
  if (!claimsCurrentImpairment(answers.basis, answers.conditions))
    return done('no', answers.basis === 'regarded-as' ? 'regarded-as' : 'record-of')

  // Categories count as a described impairment only where the category question was asked.
  const categoriesAsked = ideaQuestionsApply(
    answers.age,
    answers.currentPlan,
    answers.basis,
    answers.conditions,
  )
  const hasImpairment =
    answers.conditions.length > 0 ||
    (categoriesAsked && (answers.ideaCategories.length > 0 || (answers.ideaCategoriesUnsure ?? false)))
  if (!hasImpairment) return done('no', 'no-impairment')

  const limitation = answers.substantialLimitation
  if (limitation === 'no') return done('no', 'not-limited', true)
  const instruction = needsInstruction(answers)
  const need: TriState = instruction
    ? 'yes'
    : needsQuestionApplies(limitation, instruction)
      ? (answers.needsAccommodations ?? 'unsure')
      : 'unsure'
  if (need === 'no') return done('no', 'no-need', true)
  if (limitation === 'unsure') return done('unsure', 'limitation-unknown', true)
  return need === 'yes' ? done('yes', 'meets-test', true) : done('unsure', 'need-unknown', true)
}

/** Mitigating measures the law says to ignore: all but ordinary glasses or contacts (12102(4)(E)). */
export function ignoredMeasures(answers: ScreenerAnswers): readonly string[] {
  return answers.mitigatingMeasures.filter((measure) => measure !== ORDINARY_EYEGLASSES)
}
