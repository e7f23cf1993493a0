import { z } from 'zod'
import { type LocalDate, parseLocalDate } from '../../domain/dates/local-date.ts'
import { checkPlanInput } from '../../domain/plans/check-plan-input.ts'
import {
  ACCOMMODATION_SETTINGS,
  ASSESSMENT_PARTICIPATION,
  CONSENT_KINDS,
  ESY_DECISIONS,
  FREQUENCY_PERIODS,
  GOAL_AREAS,
  IDEA_CATEGORIES,
  MAJOR_LIFE_ACTIVITIES,
  PLAN_STATUSES,
  type Plan,
  REVISION_REASONS,
  SERVICE_KINDS,
  SERVICE_SETTINGS,
  TEAM_ROLES,
} from '../../domain/plans/plan.ts'
import { type Parsed, parseInput } from '../validation.ts'

/**
 * The JSON contract of a whole plan (IEP or 504), for JSON import, the API and the CLI. It mirrors
 * src/domain/plans/plan.ts field for field; a compile-time check below keeps the two in step.
 * Unknown fields are refused (a typo like "minute" is reported, not dropped). Text is trimmed and
 * an empty text counts as not given. Rules between fields (end after start, minutes above zero,
 * unique ids) are the domain's checkPlanInput: use parsePlan to run both.
 */

const SHORT = 200
const LONG = 5000
const MAX_ITEMS = 200

export const dateSchema = z
  .string()
  .refine((text) => parseLocalDate(text) !== undefined, 'errors.input.date')
  .transform((text) => text as LocalDate)

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? undefined : value))
    .optional()

const requiredText = (max: number) => z.string().trim().min(1).max(max)
const id = z.string().trim().min(1).max(100)
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_ITEMS).default([])

export const stateCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'plans.problems.stateCode')
  .transform((code) => code.toUpperCase())

const frequencySchema = z.strictObject({ times: z.number(), per: z.enum(FREQUENCY_PERIODS) })

const teamMemberSchema = z.strictObject({
  name: text(SHORT),
  role: z.enum(TEAM_ROLES),
  roleDetail: text(SHORT),
  attended: z.boolean().optional(),
  excusedInWriting: z.boolean().optional(),
})

const contactSchema = z.strictObject({
  name: requiredText(SHORT),
  role: text(SHORT),
  phone: text(50),
  email: text(SHORT),
})

const consentSchema = z.strictObject({
  kind: z.enum(CONSENT_KINDS),
  date: dateSchema,
  given: z.boolean().optional(),
  note: text(LONG),
})

const progressReportingSchema = z.strictObject({ how: text(LONG), when: text(SHORT) })

const objectiveSchema = z.strictObject({
  id,
  text: requiredText(LONG),
  criterion: text(LONG),
  targetDate: dateSchema.optional(),
})

const goalSchema = z.strictObject({
  id,
  area: z.enum(GOAL_AREAS),
  text: requiredText(LONG),
  baseline: text(LONG),
  baselineValue: z.number().optional(),
  target: text(LONG),
  targetValue: z.number().optional(),
  unit: text(SHORT),
  direction: z.enum(['increase', 'decrease']).optional(),
  measurementMethod: text(LONG),
  criterion: text(LONG),
  progressReporting: progressReportingSchema.optional(),
  objectives: z.array(objectiveSchema).max(MAX_ITEMS).optional(),
})

const serviceSchema = z.strictObject({
  id,
  name: requiredText(SHORT),
  kind: z.enum(SERVICE_KINDS),
  libraryId: id.optional(),
  minutes: z.number().optional(),
  frequency: frequencySchema.optional(),
  start: dateSchema.optional(),
  end: dateSchema.optional(),
  setting: z.enum(SERVICE_SETTINGS).optional(),
  location: text(SHORT),
  providerRole: text(SHORT),
  grouping: z.enum(['individual', 'group']).optional(),
  notes: text(LONG),
})

const accommodationSchema = z.strictObject({
  id,
  libraryId: id.optional(),
  text: text(LONG),
  settings: list(z.enum(ACCOMMODATION_SETTINGS)),
  details: text(LONG),
  responsible: text(SHORT),
})

const planItemSchema = z.strictObject({
  id,
  libraryId: id.optional(),
  text: requiredText(LONG),
  responsible: text(SHORT),
})

const revisionSchema = z.strictObject({
  reason: z.enum(REVISION_REASONS),
  previousPlanId: id.optional(),
  previousVersion: z.number().int().min(1).optional(),
  withoutMeeting: z.boolean().optional(),
})

const commonFields = {
  status: z.enum(PLAN_STATUSES).default('draft'),
  revision: revisionSchema.optional(),
  school: z
    .strictObject({ name: text(SHORT), district: text(SHORT), stateCode: stateCodeSchema.optional() })
    .optional(),
  summary: z.strictObject({ strengths: text(LONG), needs: text(LONG) }).optional(),
  accommodations: list(accommodationSchema),
  services: list(serviceSchema),
  contacts: z.array(contactSchema).max(MAX_ITEMS).optional(),
  notes: text(LONG),
}

const assessmentChoiceSchema = z.strictObject({
  participation: z.enum(ASSESSMENT_PARTICIPATION),
  whyNotRegular: text(LONG),
  whyAlternate: text(LONG),
})

export const iepPlanSchema = z.strictObject({
  kind: z.literal('iep'),
  ...commonFields,
  dates: z
    .strictObject({
      meeting: dateSchema.optional(),
      start: dateSchema.optional(),
      end: dateSchema.optional(),
      nextAnnualReview: dateSchema.optional(),
      nextReevaluation: dateSchema.optional(),
    })
    .default({}),
  eligibility: z
    .strictObject({
      category: z.enum(IDEA_CATEGORIES).optional(),
      otherCategories: z.array(z.enum(IDEA_CATEGORIES)).max(13).optional(),
      determinedOn: dateSchema.optional(),
      lastEvaluation: dateSchema.optional(),
    })
    .optional(),
  presentLevels: z
    .strictObject({
      academic: text(LONG),
      functional: text(LONG),
      strengths: text(LONG),
      parentConcerns: text(LONG),
      effectOnGeneralCurriculum: text(LONG),
    })
    .optional(),
  goals: list(goalSchema),
  progressReporting: progressReportingSchema.optional(),
  programModifications: z.array(planItemSchema).max(MAX_ITEMS).optional(),
  staffSupports: z.array(planItemSchema).max(MAX_ITEMS).optional(),
  assessments: z
    .strictObject({ state: assessmentChoiceSchema.optional(), district: assessmentChoiceSchema.optional() })
    .optional(),
  generalEducationTime: z
    .strictObject({
      percent: z.number().optional(),
      minutesPerWeek: z.number().optional(),
      schoolMinutesPerWeek: z.number().optional(),
      explanationOfTimeOutside: text(LONG),
    })
    .optional(),
  extendedSchoolYear: z
    .strictObject({
      decision: z.enum(ESY_DECISIONS),
      decidedOn: dateSchema.optional(),
      explanation: text(LONG),
    })
    .optional(),
  transition: z
    .strictObject({
      postsecondaryGoals: z
        .strictObject({
          educationOrTraining: text(LONG),
          employment: text(LONG),
          independentLiving: text(LONG),
        })
        .default({}),
      assessments: text(LONG),
      services: list(planItemSchema),
      courseOfStudy: text(LONG),
    })
    .optional(),
  transferOfRights: z.strictObject({ informedOn: dateSchema.optional(), statement: text(LONG) }).optional(),
  team: list(teamMemberSchema),
  consents: z.array(consentSchema).max(MAX_ITEMS).optional(),
})

export const section504PlanSchema = z.strictObject({
  kind: z.literal('504'),
  ...commonFields,
  dates: z
    .strictObject({
      meeting: dateSchema.optional(),
      start: dateSchema.optional(),
      end: dateSchema.optional(),
      review: dateSchema.optional(),
      evaluation: dateSchema.optional(),
    })
    .default({}),
  impairments: list(requiredText(SHORT)),
  majorLifeActivities: list(z.strictObject({ activity: z.enum(MAJOR_LIFE_ACTIVITIES), detail: text(SHORT) })),
  evaluationSources: z.array(requiredText(SHORT)).max(MAX_ITEMS).optional(),
  participants: list(teamMemberSchema),
})

/** A whole plan, told apart by `kind` ("iep" or "504"). */
export const planSchema = z.discriminatedUnion('kind', [iepPlanSchema, section504PlanSchema], {
  // A missing or unknown kind gets its own words; anything else keeps the shared messages.
  error: (issue) => (issue.code === 'invalid_union' ? 'plans.problems.kind' : undefined),
})

/** What the schema accepts (the JSON a client sends) and what it gives (a domain Plan). */
export type PlanInput = z.input<typeof planSchema>
export type PlanOutput = z.output<typeof planSchema>

// Compile-time check: what the schema gives is a domain Plan. If plan.ts gains a required field
// the schema lacks, this line stops compiling.
const _schemaGivesAPlan: (parsed: PlanOutput) => Plan = (parsed) => parsed
void _schemaGivesAPlan

/**
 * Reads a plan from untrusted JSON: the schema first (each problem names its field), then the
 * domain's rules between fields. `prefix` names where the plan sits in a bigger body ("plan",
 * "before"), so a problem reads `plan.services[1].minutes`.
 */
export function parsePlan(data: unknown, prefix = ''): Parsed<Plan> {
  const parsed = parseInput(planSchema, data)
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => withPrefix(prefix, p)) }
  const problems = checkPlanInput(parsed.value)
  if (problems.length > 0) return { ok: false, problems: problems.map((p) => withPrefix(prefix, p)) }
  return { ok: true, value: parsed.value }
}

function withPrefix<P extends { field: string }>(prefix: string, problem: P): P {
  if (prefix === '') return problem
  const field = problem.field === '(input)' ? prefix : `${prefix}.${problem.field}`
  return { ...problem, field }
}
