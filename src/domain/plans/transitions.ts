import { DomainError } from '../problems.ts'
import type { Plan, PlanStatus, RevisionReason } from './plan.ts'

/**
 * The life of a plan:
 *
 *   draft ──propose──► proposed ──agree──► in-effect ──supersede──► superseded
 *     ▲                   │                   ▲
 *     └──────reopen───────┘                   │
 *     └──────────────record-agreed────────────┘
 *
 * - propose: the school offers the plan (after a meeting, or as an amendment).
 * - reopen: the team goes back to work on a proposal.
 * - agree: the parent agrees (consent where needed) and the plan takes effect.
 * - record-agreed: a parent copies in a plan that was agreed earlier; it goes straight to in-effect.
 * - supersede: the next plan or an amendment took effect; the old plan stays in the record.
 * A superseded plan never changes again.
 */
export const PLAN_ACTIONS = ['propose', 'reopen', 'agree', 'record-agreed', 'supersede'] as const
export type PlanAction = (typeof PLAN_ACTIONS)[number]

const NEXT: Readonly<Record<PlanStatus, Partial<Readonly<Record<PlanAction, PlanStatus>>>>> = {
  draft: { propose: 'proposed', 'record-agreed': 'in-effect' },
  proposed: { agree: 'in-effect', reopen: 'draft' },
  'in-effect': { supersede: 'superseded' },
  superseded: {},
}

/** The steps a plan in this status can take, in the order a page would offer them. */
export function allowedPlanActions(status: PlanStatus): readonly PlanAction[] {
  return PLAN_ACTIONS.filter((action) => NEXT[status][action] !== undefined)
}

/** The status after an action; throws PLAN_TRANSITION_NOT_ALLOWED for a step the status does not allow. */
export function nextPlanStatus(status: PlanStatus, action: PlanAction): PlanStatus {
  const next = NEXT[status][action]
  if (next === undefined) throw new DomainError('PLAN_TRANSITION_NOT_ALLOWED', { from: status, action })
  return next
}

/** The same plan with the status an action leads to (a new value; the input is not changed). */
export function applyPlanAction<P extends Plan>(plan: P, action: PlanAction): P {
  return { ...plan, status: nextPlanStatus(plan.status, action) }
}

/**
 * Why a version is being saved. An `edit` changes what the plan says and is only possible before the
 * plan is agreed. A `correction` fixes what was copied in wrong (a typo, a misread number) and is
 * possible in any status: it changes the record, not the plan the team agreed.
 */
export type SavePurpose = 'edit' | 'correction'

/** Throws PLAN_NOT_EDITABLE when an edit is attempted on a plan that is in effect or superseded. */
export function assertPlanSavable(status: PlanStatus, purpose: SavePurpose): void {
  if (purpose === 'edit' && (status === 'in-effect' || status === 'superseded')) {
    throw new DomainError('PLAN_NOT_EDITABLE', { status })
  }
}

export interface PlanLink {
  /** The storage id and version of the plan this one follows or amends. */
  readonly previousPlanId: string
  readonly previousVersion: number
}

/**
 * Starts an amendment of the plan in effect: a draft copy linked to it, with the same item ids so the
 * diff can show exactly what the amendment changes (34 CFR 300.324(a)(4)-(6)). An amendment agreed
 * in writing without a meeting is marked so. Only a plan in effect can be amended.
 */
export function amendPlan<P extends Plan>(
  current: P,
  link: PlanLink & { readonly withoutMeeting?: boolean },
): P {
  if (current.status !== 'in-effect') {
    throw new DomainError('PLAN_TRANSITION_NOT_ALLOWED', { from: current.status, action: 'amend' })
  }
  const revision = {
    reason: 'amendment' as const,
    previousPlanId: link.previousPlanId,
    previousVersion: link.previousVersion,
    ...(link.withoutMeeting === undefined ? {} : { withoutMeeting: link.withoutMeeting }),
  }
  return { ...current, status: 'draft', revision }
}

/**
 * Starts the next plan from the current one (annual review, reevaluation, transfer): a draft copy
 * with the same items and ids (so next year's diff matches them) but none of the old dates, which
 * belong to the old plan. The team then edits it.
 */
export function startNextPlan<P extends Plan>(
  current: P,
  reason: Exclude<RevisionReason, 'initial' | 'amendment'>,
  link: PlanLink,
): P {
  return {
    ...current,
    status: 'draft',
    dates: {},
    revision: { reason, previousPlanId: link.previousPlanId, previousVersion: link.previousVersion },
  }
}

/**
 * Puts a plan into effect: a proposed plan is agreed, a draft is recorded as agreed. The plan that
 * was in effect until now (an IEP or a 504 plan: a child has one plan in effect at a time) becomes
 * superseded. Throws PLAN_TRANSITION_NOT_ALLOWED when either step is not possible.
 */
export function putPlanIntoEffect<N extends Plan, C extends Plan>(
  next: N,
  currentInEffect?: C,
): { readonly inEffect: N; readonly superseded?: C } {
  const inEffect = applyPlanAction(next, next.status === 'draft' ? 'record-agreed' : 'agree')
  if (currentInEffect === undefined) return { inEffect }
  return { inEffect, superseded: applyPlanAction(currentInEffect, 'supersede') }
}
