import {
  type Basis,
  type Condition,
  type CurrentPlan,
  DEVELOPMENTAL_DELAY,
  DEVELOPMENTAL_DELAY_OLDEST,
  IDEA_OLDEST,
  IDEA_YOUNGEST,
  type SuspectedCategory,
  type TriState,
} from './answers.ts'

/**
 * Which facts matter for which child. The engine and the question flow share these rules, so a
 * question the flow skips is always a fact the engine does not read (checked by a property test).
 */

/** Under 3, IDEA Part C (early intervention) applies instead of school plans (20 U.S.C. 1432(5)). */
export function isUnderThree(age: number): boolean {
  return age < IDEA_YOUNGEST
}

/** IDEA Part B serves ages 3 through 21 (34 CFR 300.101(a)). */
export function isIdeaAge(age: number): boolean {
  return age >= IDEA_YOUNGEST && age <= IDEA_OLDEST
}

/** An IEP ends with IDEA's age range; past it, the child is treated as having no current plan. */
export function effectivePlan(age: number, currentPlan: CurrentPlan): CurrentPlan {
  return currentPlan === 'iep' && !isIdeaAge(age) ? 'none' : currentPlan
}

/** Whether the child has an IEP that IDEA still covers. */
export function hasLiveIep(age: number, currentPlan: CurrentPlan): boolean {
  return effectivePlan(age, currentPlan) === 'iep'
}

type ConditionPattern = Pick<Condition, 'episodic' | 'inRemission'>

/**
 * Whether the family describes a condition the child has now ("actual disability", 42 U.S.C.
 * 12102(1)(A)). A past condition that is only in remission, or that comes and goes, is judged as
 * it is when active (12102(4)(D)), so it counts even when the family chose "record of".
 */
export function claimsCurrentImpairment(basis: Basis, conditions: readonly ConditionPattern[]): boolean {
  if (basis === 'impairment') return true
  if (basis === 'record-of') return conditions.some((c) => c.inRemission || c.episodic)
  return false
}

/** Developmental delay counts only for ages 3 through 9 (34 CFR 300.8(b)). */
export function countsAsCategory(category: SuspectedCategory, age: number): boolean {
  return category !== DEVELOPMENTAL_DELAY || (age >= IDEA_YOUNGEST && age <= DEVELOPMENTAL_DELAY_OLDEST)
}

export function suspectedCategories(
  categories: readonly SuspectedCategory[],
  age: number,
): readonly SuspectedCategory[] {
  return categories.filter((category) => countsAsCategory(category, age))
}

/** Whether a category is suspected: named (yes), "not sure which" (unsure), or none (no). */
export function categoryStatus(
  categories: readonly SuspectedCategory[],
  categoriesUnsure: boolean,
  age: number,
): TriState {
  if (suspectedCategories(categories, age).length > 0) return 'yes'
  return categoriesUnsure ? 'unsure' : 'no'
}

/**
 * Whether the child has, or may have, a disability now: a school has already written a plan, or
 * the family describes a current condition.
 */
export function hasCurrentDisability(
  age: number,
  currentPlan: CurrentPlan,
  basis: Basis,
  conditions: readonly ConditionPattern[],
): boolean {
  return effectivePlan(age, currentPlan) !== 'none' || claimsCurrentImpairment(basis, conditions)
}

/** The IDEA questions (category, effect on school, teaching) matter for this child. */
export function ideaQuestionsApply(
  age: number,
  currentPlan: CurrentPlan,
  basis: Basis,
  conditions: readonly ConditionPattern[],
): boolean {
  return (
    isIdeaAge(age) &&
    !hasLiveIep(age, currentPlan) &&
    hasCurrentDisability(age, currentPlan, basis, conditions)
  )
}

/**
 * Whether the answer about specially designed instruction decides anything: only once a category
 * may fit and an effect on school is not ruled out (34 CFR 300.8(a)(1)), or to see whether a child
 * with an IEP still needs it.
 */
export function instructionQuestionApplies(
  age: number,
  currentPlan: CurrentPlan,
  ideaApplies: boolean,
  categoryFit: TriState,
  adverseEffect: TriState | undefined,
): boolean {
  if (hasLiveIep(age, currentPlan)) return true
  return ideaApplies && categoryFit !== 'no' && adverseEffect !== 'no'
}

/** The Section 504 questions (activities, measures, limitation, need) matter for this child. */
export function section504QuestionsApply(
  age: number,
  currentPlan: CurrentPlan,
  basis: Basis,
  conditions: readonly ConditionPattern[],
): boolean {
  return (
    !isUnderThree(age) &&
    effectivePlan(age, currentPlan) === 'none' &&
    claimsCurrentImpairment(basis, conditions)
  )
}

/**
 * A child who needs specially designed instruction needs services by definition, so the separate
 * question about accommodations is only asked when that answer is not already "yes".
 */
export function needsQuestionApplies(limitation: TriState, instructionNeeded: boolean): boolean {
  return limitation !== 'no' && !instructionNeeded
}
