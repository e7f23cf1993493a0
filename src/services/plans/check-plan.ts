import { z } from 'zod'
import { type CheckPlanOptions, checkPlan } from '../../domain/plans/check-plan.ts'
import { checkPlanInput } from '../../domain/plans/check-plan-input.ts'
import type { Finding } from '../../domain/plans/finding.ts'
import type { Problem } from '../../domain/problems.ts'
import { type Lang, renderMessage } from '../../i18n/i18n.ts'
import { parseInput } from '../validation.ts'
import { dateSchema, planSchema, stateCodeSchema } from './plan-schema.ts'

/**
 * The completeness check as a JSON contract: a plan plus what the age-based checks need. The API
 * route and `pathway plans check` both use this schema and this function.
 */
export const checkPlanRequestSchema = z.strictObject({
  plan: planSchema,
  childDateOfBirth: dateSchema.optional(),
  stateCode: stateCodeSchema.optional(),
  /** Only when the state starts transition planning before 16 (verified by the caller). */
  transitionAge: z.number().int().min(3).max(16).optional(),
  ageOfMajority: z.number().int().min(18).max(21).optional(),
})

export type CheckPlanRequest = z.input<typeof checkPlanRequestSchema>

export type CheckPlanResult = { ok: true; findings: readonly Finding[] } | { ok: false; problems: Problem[] }

/** Reads the request, refuses a malformed plan with problems, and lists what a well-formed plan lacks. */
export function checkPlanRequest(data: unknown): CheckPlanResult {
  const parsed = parseInput(checkPlanRequestSchema, data)
  if (!parsed.ok) return parsed
  const { plan, ...rest } = parsed.value
  const problems = checkPlanInput(plan).map((p) => ({ ...p, field: `plan.${p.field}` }))
  if (problems.length > 0) return { ok: false, problems }
  const options: CheckPlanOptions = rest
  return { ok: true, findings: checkPlan(plan, options) }
}

/** A finding as the CLI and the API print it: the message written out in one language. */
export interface FindingJson {
  readonly code: string
  readonly message: string
  readonly citation: string
  readonly path: string
}

export function findingsToJson(findings: readonly Finding[], lang: Lang): FindingJson[] {
  return findings.map((f) => ({
    code: f.code,
    message: renderMessage(lang, f.message),
    citation: f.citation,
    path: f.path,
  }))
}
