import type { Actor } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import { type AtAGlance, type GlanceItem, planAtAGlance } from '../../domain/plans/at-a-glance.ts'
import { type CheckPlanOptions, checkPlan } from '../../domain/plans/check-plan.ts'
import { diffPlans, type PlanDiff } from '../../domain/plans/diff-plans.ts'
import type { Finding } from '../../domain/plans/finding.ts'
import type { Plan } from '../../domain/plans/plan.ts'
import { type Lang, renderMessage, translator } from '../../i18n/i18n.ts'
import type { Deps } from '../deps.ts'
import { getPlan, type PlanWithVersion } from './plan-records.ts'

/**
 * What the pages and the API show about a saved plan: the completeness check, the diff between
 * any two saved versions, and the plan at a glance. Each reads through getPlan (the access check).
 */

/** The options the completeness check takes from the child's record: age and state. */
export function checkOptionsFor(child: Child, plan: Plan): CheckPlanOptions {
  return { childDateOfBirth: child.dateOfBirth, stateCode: plan.school?.stateCode ?? child.state }
}

/**
 * What a saved version lacks against the law and good practice, each with its citation. `ages` are
 * the state's transition age and age of majority where the caller knows they differ from federal law.
 */
export async function checkSavedPlan(
  deps: Deps,
  actor: Actor,
  childId: string,
  planId: string,
  version?: number,
  ages: Pick<CheckPlanOptions, 'transitionAge' | 'ageOfMajority'> = {},
): Promise<PlanWithVersion & { readonly findings: readonly Finding[] }> {
  const found = await getPlan(deps, actor, childId, planId, version)
  return {
    ...found,
    findings: checkPlan(found.version.plan, { ...checkOptionsFor(found.child, found.version.plan), ...ages }),
  }
}

export interface VersionRef {
  readonly planId: string
  readonly version: number
}

/**
 * Compares two saved versions of a child's plans: two versions of one plan, an amendment and the
 * plan it changes, or this year's plan and last year's. `before` is the older one.
 */
export async function comparePlanVersions(
  deps: Deps,
  actor: Actor,
  childId: string,
  before: VersionRef,
  after: VersionRef,
): Promise<{ readonly before: PlanWithVersion; readonly after: PlanWithVersion; readonly diff: PlanDiff }> {
  const older = await getPlan(deps, actor, childId, before.planId, before.version)
  const newer = await getPlan(deps, actor, childId, after.planId, after.version)
  return { before: older, after: newer, diff: diffPlans(older.version.plan, newer.version.plan) }
}

/** The one-page summary of a saved version. */
export async function getAtAGlance(
  deps: Deps,
  actor: Actor,
  childId: string,
  planId: string,
  version?: number,
): Promise<PlanWithVersion & { readonly glance: AtAGlance }> {
  // A `glance` share (a teacher) may see this page and nothing else of the record.
  const found = await getPlan(deps, actor, childId, planId, version, 'glance')
  return { ...found, glance: planAtAGlance(found.version.plan) }
}

/** The plan at a glance written out in one language: for the PDF and the API. */
export interface GlanceText {
  readonly strengths: string | null
  readonly needs: string | null
  readonly goals: { readonly id: string; readonly area: string; readonly text: string }[]
  readonly accommodations: GlanceItemText[]
  readonly modifications: GlanceItemText[]
  readonly services: {
    readonly id: string
    readonly name: string
    readonly amount: string | null
    readonly minutesPerWeek: number | null
    readonly where: string | null
    readonly provider: string | null
  }[]
  readonly contacts: AtAGlance['contacts'][number][]
}

export interface GlanceItemText {
  readonly id: string
  readonly name: string
  readonly explanation: string | null
  readonly details: string | null
  readonly settings: string[]
  readonly responsible: string | null
}

export function glanceText(glance: AtAGlance, lang: Lang): GlanceText {
  const t = translator(lang)
  const item = (entry: GlanceItem): GlanceItemText => ({
    id: entry.id,
    name: 'text' in entry.label ? entry.label.text : t(entry.label.key),
    explanation: entry.explanationKey ? t(entry.explanationKey) : null,
    details: entry.details,
    settings: entry.settings.map((s) => t(`plans.accommodationSettings.${s}`)),
    responsible: entry.responsible,
  })
  return {
    strengths: glance.strengths,
    needs: glance.needs,
    goals: glance.goals.map((g) => ({ id: g.id, area: t(`plans.goalAreas.${g.area}`), text: g.text })),
    accommodations: glance.accommodations.map(item),
    modifications: glance.modifications.map(item),
    services: glance.services.map((s) => ({
      id: s.id,
      name: s.name,
      amount: s.amount ? renderMessage(lang, s.amount) : null,
      minutesPerWeek: s.minutesPerWeek,
      where:
        [s.setting ? t(`plans.serviceSettings.${s.setting}`) : null, s.location].filter(Boolean).join(': ') ||
        null,
      provider: s.provider,
    })),
    contacts: [...glance.contacts],
  }
}
