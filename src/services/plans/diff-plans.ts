import { z } from 'zod'
import { checkPlanInput } from '../../domain/plans/check-plan-input.ts'
import { diffPlans, type PlanDiff } from '../../domain/plans/diff-plans.ts'
import type { Problem } from '../../domain/problems.ts'
import { parseInput } from '../validation.ts'
import { planSchema } from './plan-schema.ts'

/**
 * Two plans compared, as a JSON contract: `before` (the older) and `after`. The API's diff route
 * compares stored versions with the domain's diffPlans directly; this is for JSON import and the
 * CLI, where both plans come in the body.
 */
export const diffPlansRequestSchema = z.strictObject({ before: planSchema, after: planSchema })

export type DiffPlansRequest = z.input<typeof diffPlansRequestSchema>

export type DiffPlansResult = { ok: true; diff: PlanDiff } | { ok: false; problems: Problem[] }

export function diffPlansRequest(data: unknown): DiffPlansResult {
  const parsed = parseInput(diffPlansRequestSchema, data)
  if (!parsed.ok) return parsed
  const { before, after } = parsed.value
  const problems = [
    ...checkPlanInput(before).map((p) => ({ ...p, field: `before.${p.field}` })),
    ...checkPlanInput(after).map((p) => ({ ...p, field: `after.${p.field}` })),
  ]
  if (problems.length > 0) return { ok: false, problems }
  return { ok: true, diff: diffPlans(before, after) }
}
