import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { GOAL_AREAS } from '../../domain/plans/plan.ts'
import { DomainError } from '../../domain/problems.ts'
import { PROGRESS_STATUSES, SERIES_GAPS } from '../../domain/progress/goal-series.ts'
import {
  PROGRESS_NOTE_KINDS,
  PROGRESS_SOURCES,
  type ProgressPoint,
} from '../../domain/progress/progress-point.ts'
import type { Lang } from '../../i18n/i18n.ts'
import type { Deps } from '../../services/deps.ts'
import {
  checkGoalRequestSchema,
  checkGoalText,
  goalCheckResultSchema,
} from '../../services/goals/check-goals.ts'
import { progressResultOf, progressResultSchema } from '../../services/progress/analyze-progress.ts'
import {
  addProgressPoints,
  deleteProgressPoint,
  type GoalProgressSummary,
  getGoalProgress,
  getProgressOverview,
  getProgressPoint,
  updateProgressPoint,
} from '../../services/progress/progress-data.ts'
import { apiActor } from './children.routes.ts'
import {
  IdSchema,
  InstantSchema,
  LocalDateSchema,
  ProblemDocumentSchema,
  STANDARD_ERRORS,
} from './common.schemas.ts'

const GoalParamsSchema = z.object({ childId: IdSchema, goalId: IdSchema })
const PointParamsSchema = z.object({ childId: IdSchema, goalId: IdSchema, pointId: IdSchema })

const ProgressPointSchema = z
  .object({
    id: z.string(),
    goalId: z.string(),
    measuredOn: LocalDateSchema,
    value: z.number(),
    unit: z.string().nullable(),
    source: z.enum(PROGRESS_SOURCES),
    note: z.string().nullable(),
    enteredBy: z.string().nullable().meta({ description: 'The name of the person or the label of the link' }),
    version: z.number().int(),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
  })
  .meta({ id: 'ProgressPoint' })

const ProgressPointWriteSchema = z
  .object({
    measuredOn: z.string().meta({ description: 'YYYY-MM-DD (or M/D/YYYY)', example: '2026-10-08' }),
    value: z.union([z.number(), z.string()]).meta({ description: 'The score, a number' }),
    unit: z.string().max(100).optional().meta({ description: 'Defaults to the goal’s unit' }),
    source: z.enum(PROGRESS_SOURCES),
    note: z.string().max(1000).optional(),
  })
  .strict()
  .meta({ id: 'ProgressPointWrite' })

const GoalProgressSchema = z
  .object({
    goalId: z.string(),
    number: z.number().int(),
    area: z.enum(GOAL_AREAS),
    text: z.string(),
    unit: z.string().nullable(),
    status: z.enum(PROGRESS_STATUSES).meta({
      description:
        'on-track (on track, raise the goal, goal met), not-on-track (change instruction), too-little-data, no-aim-line',
    }),
    gaps: z.array(z.enum(SERIES_GAPS)).meta({ description: 'What keeps an aim line from being drawn' }),
    analysis: progressResultSchema.nullable(),
    pointCount: z.number().int(),
    notes: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(PROGRESS_NOTE_KINDS),
        notedOn: LocalDateSchema,
        text: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'GoalProgress' })

function pointJson(point: ProgressPoint) {
  return {
    id: point.id,
    goalId: point.goalId,
    measuredOn: point.measuredOn,
    value: point.value,
    unit: point.unit,
    source: point.source,
    note: point.note,
    enteredBy: point.enteredBy.name,
    version: point.version,
    createdAt: point.createdAt,
    updatedAt: point.updatedAt,
  }
}

function draftOf(body: z.output<typeof ProgressPointWriteSchema>) {
  return {
    measuredOn: body.measuredOn,
    value: String(body.value),
    unit: body.unit ?? '',
    source: body.source,
    note: body.note ?? '',
  }
}

function goalProgressJson(summary: GoalProgressSummary, lang: Lang) {
  return {
    goalId: summary.goal.id,
    number: summary.number,
    area: summary.goal.area,
    text: summary.goal.text,
    unit: summary.goal.unit ?? null,
    status: summary.status,
    gaps: summary.series.ok ? [] : [...summary.series.gaps],
    analysis: summary.analysis ? progressResultOf(summary.analysis, lang) : null,
    pointCount: summary.points.length,
    notes: summary.notes.map((n) => ({ id: n.id, kind: n.kind, notedOn: n.notedOn, text: n.text })),
  }
}

/** The goal checker, and progress data and analysis per goal of the plan in effect. */
export function registerProgressApi(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>()
  const security = [{ bearerAuth: [] }]

  api.post(
    '/api/v1/goals/check',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Goals'],
        summary: 'Check whether an annual goal is measurable',
        description:
          'Public: no token needed. Finds the condition, behavior, criterion, timeframe and measurement method, flags each one missing, and suggests a fix in the language of Accept-Language. Spans are UTF-16 offsets into the text as sent.',
        body: checkGoalRequestSchema.meta({ id: 'GoalCheckRequest' }),
        response: { 200: goalCheckResultSchema.meta({ id: 'GoalCheckResult' }), 400: ProblemDocumentSchema },
      },
    },
    // The domain's readonly arrays are the same JSON the schema describes.
    async (request) =>
      checkGoalText(request.body.text, request.lang, request.body.language) as unknown as z.output<
        typeof goalCheckResultSchema
      >,
  )

  api.get(
    '/api/v1/children/:childId/progress',
    {
      config: { access: 'child-read' },
      schema: {
        tags: ['Progress'],
        security,
        summary: 'Every goal of the plan in effect with what its data say',
        params: z.object({ childId: IdSchema }),
        response: {
          200: z.object({ planId: z.string().nullable(), goals: z.array(GoalProgressSchema) }),
          ...STANDARD_ERRORS,
        },
      },
    },
    async (request) => {
      const overview = await getProgressOverview(deps, apiActor(request), request.params.childId)
      return {
        planId: overview.plan?.id ?? null,
        goals: overview.goals.map((g) => goalProgressJson(g, request.lang)),
      }
    },
  )

  api.get(
    '/api/v1/children/:childId/goals/:goalId/progress',
    {
      config: { access: 'child-read' },
      schema: {
        tags: ['Progress'],
        security,
        summary: 'One goal’s analysis: aim and trend slopes, decision with its rule, projection',
        params: GoalParamsSchema,
        response: { 200: GoalProgressSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const { childId, goalId } = request.params
      return goalProgressJson(await getGoalProgress(deps, apiActor(request), childId, goalId), request.lang)
    },
  )

  api.get(
    '/api/v1/children/:childId/goals/:goalId/points',
    {
      config: { access: 'child-read' },
      schema: {
        tags: ['Progress'],
        security,
        summary: 'A goal’s data points, oldest first',
        params: GoalParamsSchema,
        response: { 200: z.object({ points: z.array(ProgressPointSchema) }), ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const { childId, goalId } = request.params
      const view = await getGoalProgress(deps, apiActor(request), childId, goalId)
      return { points: view.points.map(pointJson) }
    },
  )

  api.post(
    '/api/v1/children/:childId/goals/:goalId/points',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Progress'],
        security,
        summary: 'Add data points (one or many): all are saved, or none',
        description: 'Problems name each point by its place: `points.2.value`.',
        params: GoalParamsSchema,
        body: z.object({ points: z.array(ProgressPointWriteSchema).min(1).max(1000) }).strict(),
        response: { 201: z.object({ points: z.array(ProgressPointSchema) }), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const { childId, goalId } = request.params
      const saved = await addProgressPoints(
        deps,
        apiActor(request),
        childId,
        goalId,
        request.body.points.map(draftOf),
      )
      return reply.status(201).send({ points: saved.map(pointJson) })
    },
  )

  api.put(
    '/api/v1/children/:childId/goals/:goalId/points/:pointId',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Progress'],
        security,
        summary: 'Change a data point (409 when someone changed it since `version`)',
        params: PointParamsSchema,
        body: ProgressPointWriteSchema.extend({ version: z.number().int() }).meta({
          id: 'ProgressPointUpdate',
        }),
        response: { 200: ProgressPointSchema, 409: ProblemDocumentSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const { childId, goalId, pointId } = request.params
      const actor = apiActor(request)
      const current = await getProgressPoint(deps, actor, childId, pointId)
      if (current.goalId !== goalId) throw new DomainError('NOT_FOUND')
      const { version, ...body } = request.body
      return pointJson(await updateProgressPoint(deps, actor, childId, pointId, version, draftOf(body)))
    },
  )

  api.delete(
    '/api/v1/children/:childId/goals/:goalId/points/:pointId',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Progress'],
        security,
        summary: 'Delete a data point (409 when someone changed it since `version`)',
        params: PointParamsSchema,
        querystring: z.object({ version: z.coerce.number().int() }),
        response: { 204: z.undefined(), 409: ProblemDocumentSchema, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const { childId, goalId, pointId } = request.params
      const actor = apiActor(request)
      const current = await getProgressPoint(deps, actor, childId, pointId)
      if (current.goalId !== goalId) throw new DomainError('NOT_FOUND')
      await deleteProgressPoint(deps, actor, childId, pointId, request.query.version)
      return reply.status(204).send()
    },
  )
}
