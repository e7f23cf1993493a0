import { z } from 'zod'
import { FINDING_SEVERITIES } from '../../domain/plans/finding.ts'
import { PLAN_KINDS, PLAN_STATUSES, REVISION_REASONS } from '../../domain/plans/plan.ts'
import { PLAN_PARTS, PLAN_VERSION_ACTIONS } from '../../domain/plans/plan-record.ts'
import { PLAN_ACTIONS } from '../../domain/plans/transitions.ts'
import { planSchema } from '../../services/plans/plan-schema.ts'
import { IdSchema, InstantSchema, LocalDateSchema } from './common.schemas.ts'

/** A whole plan (IEP or 504) as JSON: the same contract as `pathway plans check` and JSON import. */
export const PlanDocumentSchema = planSchema.meta({
  id: 'PlanDocument',
  description:
    'A whole IEP (kind "iep") or 504 plan (kind "504"). Goals, services and accommodations carry ids that stay the same from version to version. See docs/plans.md.',
})

/**
 * A saved plan as the API answers it: the same JSON as PlanDocument (what the API accepts), here
 * described loosely because a response is written out, not read in.
 */
export const SavedPlanDocumentSchema = z
  .looseObject({
    kind: z.enum(PLAN_KINDS),
    status: z.enum(PLAN_STATUSES),
    dates: z.record(z.string(), z.string()),
    goals: z.array(z.looseObject({ id: z.string(), area: z.string(), text: z.string() })).optional(),
    services: z.array(z.looseObject({ id: z.string(), name: z.string(), kind: z.string() })),
    accommodations: z.array(z.looseObject({ id: z.string(), settings: z.array(z.string()) })),
  })
  .meta({
    id: 'SavedPlanDocument',
    description:
      'A saved plan, in the same shape as the PlanDocument a client sends (see PlanDocumentInput).',
  })

export const PlanParamsSchema = z.object({ childId: IdSchema, planId: IdSchema })
export const PlanVersionParamsSchema = z.object({
  childId: IdSchema,
  planId: IdSchema,
  version: z.coerce.number().int().min(1).max(1_000_000_000),
})
export const VersionQuerySchema = z.object({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000_000)
    .optional()
    .meta({ description: 'A saved version; the latest when left out.' }),
})

/** The check's query: a version, and the state's ages where they differ from the federal ones. */
export const CheckQuerySchema = VersionQuerySchema.extend({
  transitionAge: z.coerce.number().int().min(3).max(16).optional().meta({
    description:
      'The age at which the state requires the transition section, when earlier than the federal 16 (34 CFR 300.320(b)).',
  }),
  ageOfMajority: z.coerce.number().int().min(18).max(21).optional().meta({
    description: 'The state’s age of majority, for the transfer-of-rights statement (18 when left out).',
  }),
})

export const PlanRecordSchema = z
  .object({
    id: z.string(),
    childId: z.string(),
    kind: z.enum(PLAN_KINDS),
    status: z.enum(PLAN_STATUSES),
    revisionReason: z.enum(REVISION_REASONS).nullable(),
    previousPlanId: z.string().nullable().meta({ description: 'The plan this one amends or follows.' }),
    previousVersion: z.number().int().nullable(),
    meetingDate: LocalDateSchema.nullable(),
    effectiveFrom: LocalDateSchema.nullable().meta({
      description: 'Its start date, or else its meeting date.',
    }),
    effectiveTo: LocalDateSchema.nullable().meta({ description: 'Its end date, or else its next review.' }),
    latestVersion: z
      .number()
      .int()
      .meta({ description: 'Send it back when you save; a save made from an older version gets 409.' }),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
  })
  .meta({ id: 'PlanRecord' })

export const PlanVersionSummarySchema = z
  .object({
    planId: z.string(),
    version: z.number().int(),
    status: z.enum(PLAN_STATUSES),
    action: z.enum(PLAN_VERSION_ACTIONS).meta({ description: 'What the save did.' }),
    part: z.enum(PLAN_PARTS).nullable().meta({ description: 'The part of the plan the save changed.' }),
    savedBy: z.string(),
    savedByName: z.string().nullable(),
    savedAt: InstantSchema,
  })
  .meta({ id: 'PlanVersionSummary' })

export const PlanVersionSchema = PlanVersionSummarySchema.extend({ plan: SavedPlanDocumentSchema }).meta({
  id: 'PlanVersion',
  description: 'A saved version. It never changes.',
})

export const SavedPlanSchema = z
  .object({
    record: PlanRecordSchema,
    version: PlanVersionSchema,
    allowedActions: z
      .array(z.enum(PLAN_ACTIONS))
      .meta({ description: 'The lifecycle steps the plan can take now.' }),
  })
  .meta({ id: 'SavedPlan' })

export const PlanImportSchema = z
  .strictObject({
    plan: PlanDocumentSchema,
  })
  .meta({
    id: 'PlanImport',
    description:
      'A whole plan to create (JSON import). A plan imported as "in-effect" replaces the plan in effect; one imported as "superseded" goes into the history.',
  })

export const PlanUpdateSchema = z
  .strictObject({
    version: z.number().int().min(1).meta({ description: 'The version you read.' }),
    purpose: z.enum(['edit', 'correction']).default('edit').meta({
      description:
        'An edit changes what the plan says (only before it is agreed). A correction fixes a copying mistake in any status.',
    }),
    plan: PlanDocumentSchema,
  })
  .meta({
    id: 'PlanUpdate',
    description:
      'The whole plan as it should read now, with its current kind and status. Saved as a new version.',
  })

export const PlanStepSchema = z
  .strictObject({ version: z.number().int().min(1), action: z.enum(PLAN_ACTIONS) })
  .meta({ id: 'PlanStep' })

export const PlanAmendmentSchema = z
  .strictObject({
    version: z.number().int().min(1),
    date: z.string().max(20).meta({ description: 'The day the change was agreed, YYYY-MM-DD.' }),
    withoutMeeting: z.boolean().default(false),
  })
  .meta({ id: 'PlanAmendment' })

export const DiffQuerySchema = z.object({
  from: z.coerce.number().int().min(1).max(1_000_000_000).meta({ description: 'The older version.' }),
  to: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000_000)
    .optional()
    .meta({ description: 'The newer version of this plan; the latest when left out.' }),
  fromPlan: IdSchema.optional().meta({
    description: 'Compare with a version of another plan of the same child (last year’s plan, say).',
  }),
})

export const InEffectQuerySchema = z.object({
  date: LocalDateSchema.optional().meta({ description: 'The day to ask about; today when left out.' }),
})

const MessageTextSchema = z.object({ key: z.string(), params: z.record(z.string(), z.unknown()).optional() })

export const PlanDiffSchema = z
  .looseObject({
    hasReductions: z.boolean(),
    services: z.array(z.looseObject({ change: z.string(), attention: z.boolean(), text: z.string() })),
    goals: z.array(z.looseObject({ change: z.string(), attention: z.boolean(), text: z.string() })),
    accommodations: z.array(
      z.looseObject({ change: z.string(), list: z.string(), attention: z.boolean(), text: z.string() }),
    ),
    settings: z.array(z.looseObject({ aspect: z.string(), attention: z.boolean(), text: z.string() })),
    summary: z.looseObject({}),
    notes: z.array(
      z.object({ code: z.string(), message: MessageTextSchema, citation: z.string(), text: z.string() }),
    ),
  })
  .meta({
    id: 'PlanDiff',
    description:
      'What changed (docs/plans.md, "The diff"). Every change carries its message as a catalog key and as `text` in your language.',
  })

export const DiffResponseSchema = z
  .object({
    before: z.object({ planId: z.string(), version: z.number().int() }),
    after: z.object({ planId: z.string(), version: z.number().int() }),
    diff: PlanDiffSchema,
  })
  .meta({ id: 'PlanComparison' })

export const FindingsResponseSchema = z
  .object({
    planId: z.string(),
    version: z.number().int(),
    findings: z.array(
      z.object({
        code: z.string(),
        severity: z.enum(FINDING_SEVERITIES),
        message: z.string(),
        citation: z.string(),
        path: z.string().meta({ description: 'The JSON path of the field in the plan.' }),
      }),
    ),
  })
  .meta({ id: 'PlanFindings' })

const GlanceItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  explanation: z.string().nullable(),
  details: z.string().nullable(),
  settings: z.array(z.string()),
  responsible: z.string().nullable(),
})

export const AtAGlanceSchema = z
  .object({
    planId: z.string(),
    version: z.number().int(),
    kind: z.enum(PLAN_KINDS),
    start: LocalDateSchema.nullable(),
    end: LocalDateSchema.nullable(),
    review: LocalDateSchema.nullable(),
    strengths: z.string().nullable(),
    needs: z.string().nullable(),
    goals: z.array(z.object({ id: z.string(), area: z.string(), text: z.string() })),
    accommodations: z.array(GlanceItemSchema),
    modifications: z.array(GlanceItemSchema),
    services: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        amount: z.string().nullable(),
        minutesPerWeek: z.number().nullable(),
        where: z.string().nullable(),
        provider: z.string().nullable(),
      }),
    ),
    contacts: z.array(
      z.object({
        name: z.string(),
        role: z.string().optional(),
        phone: z.string().optional(),
        email: z.string().optional(),
      }),
    ),
  })
  .meta({ id: 'PlanAtAGlance' })
