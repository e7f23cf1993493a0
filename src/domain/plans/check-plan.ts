import { addDays, addYears, ageOn, type LocalDate } from '../dates/local-date.ts'
import { check504 } from './check-504.ts'
import { checkIep } from './check-iep.ts'
import type { Finding } from './finding.ts'
import { type Plan, planSpan } from './plan.ts'

/** Federal age by which the transition section must be in the IEP (34 CFR 300.320(b)). */
export const FEDERAL_TRANSITION_AGE = 16
/** The age of majority in most states; a few use 19 or 21 (state law, see 34 CFR 300.520). */
export const DEFAULT_AGE_OF_MAJORITY = 18

export interface CheckPlanOptions {
  /** Needed for the age-based checks (transition, transfer of rights); without it they are skipped and said so. */
  readonly childDateOfBirth?: LocalDate
  /** The state whose rules apply; reported in age findings so the reader knows which state to ask about. */
  readonly stateCode?: string
  /**
   * The age at which the state starts transition planning, when it is earlier than 16. Federal law lets
   * a state (or the team) start earlier; LAW.md has no verified state list yet, so the caller passes it.
   */
  readonly transitionAge?: number
  /** The state's age of majority (18 when omitted). */
  readonly ageOfMajority?: number
}

/** The ages a check works with, resolved from the options. */
export interface CheckContext {
  readonly dateOfBirth?: LocalDate
  readonly stateCode?: string
  readonly transitionAge: number
  readonly ageOfMajority: number
  /** The child's age on the last day of the plan, when it can be known. */
  readonly ageAtEnd?: number
  /** The child's age on the first day of the plan, when it can be known. */
  readonly ageAtStart?: number
}

/**
 * What a plan lacks against the law (34 CFR 300.320 for an IEP; 34 CFR 104.33-104.36 and the ADA
 * definition for a 504 plan) and against good practice, each with its citation and the field's path.
 * Findings come in the plan's own order (dates, present levels, goals, services …).
 */
export function checkPlan(plan: Plan, options: CheckPlanOptions = {}): readonly Finding[] {
  const context = checkContext(plan, options)
  return plan.kind === 'iep' ? checkIep(plan, context) : check504(plan)
}

function checkContext(plan: Plan, options: CheckPlanOptions): CheckContext {
  const span = planSpan(plan)
  const from = span.from
  // A plan with a start but no end runs for a year at most (34 CFR 300.324(b)(1)).
  const to = span.to ?? (from ? addDays(addYears(from, 1), -1) : undefined)
  const dob = options.childDateOfBirth
  return {
    transitionAge: Math.min(options.transitionAge ?? FEDERAL_TRANSITION_AGE, FEDERAL_TRANSITION_AGE),
    ageOfMajority: options.ageOfMajority ?? DEFAULT_AGE_OF_MAJORITY,
    ...(dob ? { dateOfBirth: dob } : {}),
    ...(options.stateCode ? { stateCode: options.stateCode } : {}),
    ...(dob && to ? { ageAtEnd: ageOn(dob, to) } : {}),
    ...(dob && from ? { ageAtStart: ageOn(dob, from) } : {}),
  }
}
