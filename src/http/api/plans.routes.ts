import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import type { PlanDiff } from '../../domain/plans/diff-plans.ts'
import type { PlanRecord, SavedPlanVersion } from '../../domain/plans/plan-record.ts'
import { allowedPlanActions } from '../../domain/plans/transitions.ts'
import { type Lang, renderMessage } from '../../i18n/i18n.ts'
import { type Deps, today } from '../../services/deps.ts'
import { changePlanStatus, deleteDraftPlan, startAmendment } from '../../services/plans/plan-lifecycle.ts'
import { getPlan, getPlanInEffect, listPlans, listVersions } from '../../services/plans/plan-records.ts'
import {
  checkSavedPlan,
  comparePlanVersions,
  getAtAGlance,
  glanceText,
} from '../../services/plans/read-plan-views.ts'
import { createPlan, type SavedPlan, savePlan } from '../../services/plans/save-plan.ts'
import { apiActor } from './children.routes.ts'
import { ChildParamsSchema } from './children.schemas.ts'
import { ProblemDocumentSchema, STANDARD_ERRORS } from './common.schemas.ts'
import {
  AtAGlanceSchema,
  CheckQuerySchema,
  DiffQuerySchema,
  DiffResponseSchema,
  FindingsResponseSchema,
  InEffectQuerySchema,
  PlanAmendmentSchema,
  type PlanDocumentSchema,
  PlanImportSchema,
  PlanParamsSchema,
  PlanRecordSchema,
  PlanStepSchema,
  PlanUpdateSchema,
  PlanVersionParamsSchema,
  PlanVersionSchema,
  PlanVersionSummarySchema,
  SavedPlanSchema,
  VersionQuerySchema,
} from './plans.schemas.ts'

export function planRecordJson(record: PlanRecord) {
  return {
    id: record.id,
    childId: record.childId,
    kind: record.kind,
    status: record.status,
    revisionReason: record.revisionReason,
    previousPlanId: record.previousPlanId,
    previousVersion: record.previousVersion,
    meetingDate: record.meetingDate,
    effectiveFrom: record.effectiveFrom,
    effectiveTo: record.effectiveTo,
    latestVersion: record.latestVersion,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  }
}

function versionSummaryJson(version: SavedPlanVersion) {
  return {
    planId: version.planId,
    version: version.version,
    status: version.plan.status,
    action: version.action,
    part: version.part,
    savedBy: version.savedBy,
    savedByName: version.savedByName,
    savedAt: version.savedAt,
  }
}

function versionJson(version: SavedPlanVersion) {
  // The domain's readonly arrays are the same JSON the schema describes.
  return {
    ...versionSummaryJson(version),
    plan: version.plan as unknown as z.output<typeof PlanDocumentSchema>,
  }
}

function savedPlanJson(saved: SavedPlan) {
  return {
    record: planRecordJson(saved.record),
    version: versionJson(saved.version),
    allowedActions: [...allowedPlanActions(saved.version.plan.status)],
  }
}

/** The diff with each message also written out (`text`) in the caller's language. */
function diffJson(diff: PlanDiff, lang: Lang): unknown {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk)
    if (typeof value !== 'object' || value === null) return value
    const out: Record<string, unknown> = {}
    for (const [key, inner] of Object.entries(value)) out[key] = key === 'message' ? inner : walk(inner)
    const message = (value as { message?: { key?: unknown } }).message
    if (message && typeof message.key === 'string') out.text = renderMessage(lang, message as { key: string })
    return out
  }
  return walk(diff)
}

const tags = ['Plans']
const security = [{ bearerAuth: [] }]
const CONFLICTS = { 409: ProblemDocumentSchema }

/** IEP and 504 plans: the same operations as the pages, through the same services and access check. */
export function registerPlansApi(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>()

  api.get(
    '/api/v1/children/:childId/plans',
    {
      config: { access: 'child-read' },
      schema: {
        tags,
        security,
        summary: 'List a child’s plans (IEPs and 504 plans), newest first',
        params: ChildParamsSchema,
        response: { 200: z.object({ plans: z.array(PlanRecordSchema) }), ...STANDARD_ERRORS },
      },
    },
    async (request) => ({
      plans: (await listPlans(deps, apiActor(request), request.params.childId)).map(planRecordJson),
    }),
  )

  api.post(
    '/api/v1/children/:childId/plans',
    {
      config: { access: 'child-edit' },
      schema: {
        tags,
        security,
        summary: 'Create a plan from a whole plan (JSON import)',
        description:
          'Saves version 1 and puts the plan’s events (meeting held, plan in effect …) on the child’s timeline. Problems name each field by its JSON path.',
        params: ChildParamsSchema,
        body: PlanImportSchema,
        response: { 201: SavedPlanSchema, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const saved = await createPlan(
        deps,
        apiActor(request),
        request.params.childId,
        request.body.plan,
        'import',
      )
      return reply.status(201).send(savedPlanJson(saved))
    },
  )

  api.get(
    '/api/v1/children/:childId/plans/in-effect',
    {
      config: { access: 'child-read' },
      schema: {
        tags,
        security,
        summary: 'The plan in effect on a date (today when no date is given)',
        description:
          'The agreed plan that started last on or before the date. A plan stays in effect until a later one replaces it.',
        params: ChildParamsSchema,
        querystring: InEffectQuerySchema,
        response: { 200: z.object({ plan: SavedPlanSchema.nullable() }), ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const on = (request.query.date ?? today(deps)) as LocalDate
      const found = await getPlanInEffect(deps, apiActor(request), request.params.childId, on)
      return { plan: found ? savedPlanJson(found) : null }
    },
  )

  api.get(
    '/api/v1/children/:childId/plans/:planId',
    {
      config: { access: 'child-read', pageCache: true },
      schema: {
        tags,
        security,
        summary: 'Read a plan and its latest version (or the version asked for)',
        params: PlanParamsSchema,
        querystring: VersionQuerySchema,
        response: { 200: SavedPlanSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const { childId, planId } = request.params
      return savedPlanJson(await getPlan(deps, apiActor(request), childId, planId, request.query.version))
    },
  )

  api.put(
    '/api/v1/children/:childId/plans/:planId',
    {
      config: { access: 'child-edit' },
      schema: {
        tags,
        security,
        summary: 'Save a new version of a plan',
        description:
          'Send the version you read. If someone saved a newer version, the answer is 409 and nothing changes. An agreed plan only takes corrections (purpose "correction"); to change it, start an amendment.',
        params: PlanParamsSchema,
        body: PlanUpdateSchema,
        response: { 200: SavedPlanSchema, ...CONFLICTS, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const { childId, planId } = request.params
      const saved = await savePlan(deps, apiActor(request), childId, planId, {
        expectedVersion: request.body.version,
        purpose: request.body.purpose,
        part: null,
        change: () => request.body.plan,
        prefix: 'plan',
      })
      return savedPlanJson(saved)
    },
  )

  api.delete(
    '/api/v1/children/:childId/plans/:planId',
    {
      config: { access: 'child-edit' },
      schema: {
        tags,
        security,
        summary: 'Delete a draft entered by mistake',
        description: 'Only a draft can be deleted (409 otherwise). Send the version you read.',
        params: PlanParamsSchema,
        querystring: z.object({ version: z.coerce.number().int().min(1).max(1_000_000_000) }),
        response: { 204: z.undefined(), ...CONFLICTS, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const { childId, planId } = request.params
      await deleteDraftPlan(deps, apiActor(request), childId, planId, request.query.version)
      return reply.status(204).send()
    },
  )

  api.post(
    '/api/v1/children/:childId/plans/:planId/steps',
    {
      config: { access: 'child-edit' },
      schema: {
        tags,
        security,
        summary: 'Take a lifecycle step: propose, reopen, agree, record-agreed, supersede',
        description:
          'A plan that goes into effect replaces the plan in effect (which becomes superseded). 409 for a step the status does not allow, or when the plan changed since the version you send.',
        params: PlanParamsSchema,
        body: PlanStepSchema,
        response: { 200: SavedPlanSchema, ...CONFLICTS, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const { childId, planId } = request.params
      const saved = await changePlanStatus(
        deps,
        apiActor(request),
        childId,
        planId,
        request.body.version,
        request.body.action,
      )
      return savedPlanJson(saved)
    },
  )

  api.post(
    '/api/v1/children/:childId/plans/:planId/amendments',
    {
      config: { access: 'child-edit' },
      schema: {
        tags,
        security,
        summary: 'Start an amendment of the plan in effect',
        description:
          'Creates a draft plan linked to this one, with the same items and ids (34 CFR 300.324(a)(4)-(6)). The plan in effect stays as agreed until the amendment takes effect.',
        params: PlanParamsSchema,
        body: PlanAmendmentSchema,
        response: { 201: SavedPlanSchema, ...CONFLICTS, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const { childId, planId } = request.params
      const saved = await startAmendment(deps, apiActor(request), childId, planId, {
        expectedVersion: request.body.version,
        date: request.body.date,
        withoutMeeting: request.body.withoutMeeting,
      })
      return reply.status(201).send(savedPlanJson(saved))
    },
  )

  api.get(
    '/api/v1/children/:childId/plans/:planId/versions',
    {
      config: { access: 'child-read' },
      schema: {
        tags,
        security,
        summary: 'List a plan’s versions, newest first: who saved each and when',
        params: PlanParamsSchema,
        response: { 200: z.object({ versions: z.array(PlanVersionSummarySchema) }), ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const { childId, planId } = request.params
      return {
        versions: (await listVersions(deps, apiActor(request), childId, planId)).map(versionSummaryJson),
      }
    },
  )

  api.get(
    '/api/v1/children/:childId/plans/:planId/versions/:version',
    {
      config: { access: 'child-read' },
      schema: {
        tags,
        security,
        summary: 'Read one saved version (it never changes)',
        params: PlanVersionParamsSchema,
        response: { 200: PlanVersionSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const { childId, planId, version } = request.params
      return versionJson((await getPlan(deps, apiActor(request), childId, planId, version)).version)
    },
  )

  api.get(
    '/api/v1/children/:childId/plans/:planId/diff',
    {
      config: { access: 'child-read' },
      schema: {
        tags,
        security,
        summary: 'What changed between two versions (or with another plan of the child)',
        description:
          'Reductions are marked, with the note that the school must give prior written notice (34 CFR 300.503).',
        params: PlanParamsSchema,
        querystring: DiffQuerySchema,
        response: { 200: DiffResponseSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const { childId, planId } = request.params
      const actor = apiActor(request)
      const after = await getPlan(deps, actor, childId, planId, request.query.to)
      const before = { planId: request.query.fromPlan ?? planId, version: request.query.from }
      const result = await comparePlanVersions(deps, actor, childId, before, {
        planId,
        version: after.version.version,
      })
      return {
        before,
        after: { planId, version: after.version.version },
        diff: diffJson(result.diff, request.lang) as z.infer<typeof DiffResponseSchema>['diff'],
      }
    },
  )

  api.get(
    '/api/v1/children/:childId/plans/:planId/check',
    {
      config: { access: 'child-read' },
      schema: {
        tags,
        security,
        summary: 'What a plan lacks against the law, each finding with its citation',
        params: PlanParamsSchema,
        querystring: CheckQuerySchema,
        response: { 200: FindingsResponseSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const { childId, planId } = request.params
      const { version, transitionAge, ageOfMajority } = request.query
      const checked = await checkSavedPlan(deps, apiActor(request), childId, planId, version, {
        ...(transitionAge === undefined ? {} : { transitionAge }),
        ...(ageOfMajority === undefined ? {} : { ageOfMajority }),
      })
      return {
        planId,
        version: checked.version.version,
        findings: checked.findings.map((f) => ({
          code: f.code,
          severity: f.severity,
          message: renderMessage(request.lang, f.message),
          citation: f.citation,
          path: f.path,
        })),
      }
    },
  )

  api.get(
    '/api/v1/children/:childId/plans/:planId/at-a-glance',
    {
      config: { access: 'child-glance' },
      schema: {
        tags,
        security,
        summary: 'The plan at a glance: strengths and needs, goals, accommodations, services, contacts',
        params: PlanParamsSchema,
        querystring: VersionQuerySchema,
        response: { 200: AtAGlanceSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const { childId, planId } = request.params
      const found = await getAtAGlance(deps, apiActor(request), childId, planId, request.query.version)
      const { glance } = found
      return {
        planId,
        version: found.version.version,
        kind: glance.kind,
        start: glance.start,
        end: glance.end,
        review: glance.review,
        ...glanceText(glance, request.lang),
      }
    },
  )
}
