import { compareDates, type Instant, type LocalDate } from '../dates/local-date.ts'
import {
  type Plan,
  type PlanKind,
  type PlanStatus,
  type PlanVersion,
  planSpan,
  type RevisionReason,
} from './plan.ts'
import { PLAN_ACTIONS } from './transitions.ts'

/**
 * A plan as the record keeps it: a header (what it is, where it stands, which version is the
 * latest) and immutable versions. The header's dates are copied from the latest version so the
 * record can answer "which plan was in effect on this date" without reading every version.
 */

/** What a saved version did: how it came to exist, or which lifecycle step it records. */
export const PLAN_VERSION_ACTIONS = [
  'create',
  'import',
  'amend',
  'start-next',
  'edit',
  'correction',
  ...PLAN_ACTIONS,
] as const
export type PlanVersionAction = (typeof PLAN_VERSION_ACTIONS)[number]

/** The parts of a plan the pages edit one at a time; a version names the part it changed. */
export const PLAN_PARTS = [
  'basics',
  'summary',
  'basis',
  'goals',
  'services',
  'accommodations',
  'programModifications',
  'staffSupports',
  'placement',
  'transition',
  'team',
] as const
export type PlanPart = (typeof PLAN_PARTS)[number]

export function isPlanPart(value: string): value is PlanPart {
  return (PLAN_PARTS as readonly string[]).includes(value)
}

export interface PlanRecord {
  readonly id: string
  readonly childId: string
  readonly organizationId: string
  readonly kind: PlanKind
  readonly status: PlanStatus
  readonly revisionReason: RevisionReason | null
  /** The plan this one amends or follows, when the record knows it. */
  readonly previousPlanId: string | null
  readonly previousVersion: number | null
  readonly meetingDate: LocalDate | null
  /** The first day the plan applies: its start, or else its meeting date. */
  readonly effectiveFrom: LocalDate | null
  /** Its end, or else the next review. */
  readonly effectiveTo: LocalDate | null
  readonly latestVersion: number
  readonly createdAt: Instant
  readonly updatedAt: Instant
}

/** A stored version: the plan as saved, by whom, when, and what the save did. Never changes. */
export interface SavedPlanVersion<P extends Plan = Plan> extends PlanVersion<P> {
  readonly action: PlanVersionAction
  /** The part of the plan the save changed, when it changed one part (a page section). */
  readonly part: PlanPart | null
  /** The saver's name as it was when they saved. */
  readonly savedByName: string | null
}

/** What a version is, without the plan itself: for lists and pickers. */
export interface PlanVersionSummary {
  readonly planId: string
  readonly version: number
  readonly status: PlanStatus
  readonly action: PlanVersionAction
  readonly part: PlanPart | null
  readonly savedByName: string | null
  readonly savedAt: Instant
}

/** The header fields a version determines. */
export function planHeaderFields(plan: Plan): {
  readonly kind: PlanKind
  readonly status: PlanStatus
  readonly revisionReason: RevisionReason | null
  readonly previousPlanId: string | null
  readonly previousVersion: number | null
  readonly meetingDate: LocalDate | null
  readonly effectiveFrom: LocalDate | null
  readonly effectiveTo: LocalDate | null
} {
  const span = planSpan(plan)
  return {
    kind: plan.kind,
    status: plan.status,
    revisionReason: plan.revision?.reason ?? null,
    previousPlanId: plan.revision?.previousPlanId ?? null,
    previousVersion: plan.revision?.previousVersion ?? null,
    meetingDate: plan.dates.meeting ?? null,
    effectiveFrom: span.from ?? null,
    effectiveTo: span.to ?? null,
  }
}

/** Agreed plans: in effect now, or in effect until a later plan replaced them. */
export function isAgreed(status: PlanStatus): boolean {
  return status === 'in-effect' || status === 'superseded'
}

function newerFirst(a: PlanRecord, b: PlanRecord): number {
  const byDate = compareDates(
    b.effectiveFrom ?? ('0000-01-01' as LocalDate),
    a.effectiveFrom ?? ('0000-01-01' as LocalDate),
  )
  if (byDate !== 0) return byDate
  // Same first day (an amendment that starts the day the plan did): the one still in effect wins, then the later one.
  if (a.status !== b.status) return a.status === 'in-effect' ? -1 : 1
  return b.createdAt.localeCompare(a.createdAt)
}

/**
 * The plan in effect on a date: of the agreed plans (IEP or 504: a child has one plan in effect at
 * a time) whose first day is on or before the date, the one that started last. A plan stays in
 * effect until a later plan takes its place, even past its end date: the school keeps giving the
 * services until a new plan is agreed (and the yearly review is then overdue). Plans without a
 * start or meeting date cannot be placed on a date and are skipped.
 */
export function selectPlanInEffect(records: readonly PlanRecord[], on: LocalDate): PlanRecord | undefined {
  return records
    .filter((r) => isAgreed(r.status) && r.effectiveFrom !== null && r.effectiveFrom <= on)
    .sort(newerFirst)[0]
}

/**
 * The plan a plan follows, for "this year compared with last year": the plan its revision names,
 * or else the agreed plan (of either kind) that started last before it.
 */
export function selectPreviousPlan(plan: PlanRecord, records: readonly PlanRecord[]): PlanRecord | undefined {
  if (plan.previousPlanId !== null) {
    const named = records.find((r) => r.id === plan.previousPlanId)
    if (named) return named
  }
  const from = plan.effectiveFrom
  return records
    .filter((r) => r.id !== plan.id && isAgreed(r.status) && r.effectiveFrom !== null)
    .filter((r) => from === null || (r.effectiveFrom as LocalDate) < from)
    .sort(newerFirst)[0]
}
