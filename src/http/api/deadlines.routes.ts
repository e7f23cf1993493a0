import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { renderMessage } from '../../i18n/i18n.ts'
import { listFollowUps } from '../../services/communications/communications.ts'
import { getChildDeadlines, timelineOrder } from '../../services/deadlines/child-deadlines.ts'
import {
  ComputeDeadlinesOutputSchema,
  computeDeadlines,
  DeadlineJsonSchema,
  deadlineJson,
} from '../../services/deadlines/compute-deadlines.ts'
import type { Deps } from '../../services/deps.ts'
import { apiActor } from './children.routes.ts'
import { ChildParamsSchema } from './children.schemas.ts'
import { STANDARD_ERRORS } from './common.schemas.ts'

const tags = ['Deadlines']
const security = [{ bearerAuth: [] }]

export const ChildDeadlinesSchema = z
  .object({
    childId: z.string(),
    today: z.string().meta({ description: 'The day statuses are worked out for (YYYY-MM-DD)' }),
    jurisdiction: z.string().meta({ description: '`US`, or the state whose rules apply' }),
    deadlines: z
      .array(DeadlineJsonSchema)
      .meta({ description: 'Open ones first (overdue, due soon, coming up), then done, then not applying' }),
    problems: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .meta({ description: 'What to add to sharpen the dates, such as a school calendar' }),
    followUps: z.array(
      z.object({
        communicationId: z.string(),
        dueOn: z.string(),
        subject: z.string(),
        note: z.string().nullable(),
        done: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'ChildDeadlines' })

/** A child's deadlines, and the deadlines contract (the same JSON as `pathway deadlines`). */
export function registerDeadlinesApi(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>()

  api.get(
    '/api/v1/children/:childId/deadlines',
    {
      config: { access: 'child-read', pageCache: true },
      schema: {
        tags,
        security,
        summary: 'A child’s legal deadlines, with status, dates and the steps that explain each date',
        params: ChildParamsSchema,
        response: { 200: ChildDeadlinesSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const actor = apiActor(request)
      const view = await getChildDeadlines(deps, actor, request.params.childId)
      const followUps = await listFollowUps(deps, actor, view.child.id)
      return {
        childId: view.child.id,
        today: view.today,
        jurisdiction: view.jurisdiction,
        deadlines: timelineOrder(view.deadlines).map((deadline) => deadlineJson(deadline, request.lang)),
        problems: view.problems.map((p) => ({
          field: p.field,
          message: renderMessage(
            request.lang,
            p.params ? { key: p.message, params: p.params } : { key: p.message },
          ),
        })),
        followUps: followUps.map((f) => ({
          communicationId: f.communicationId,
          dueOn: f.dueOn,
          subject: f.subject,
          note: f.note,
          done: f.done,
        })),
      }
    },
  )

  api.post(
    '/api/v1/deadlines/compute',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        security,
        summary:
          'Work out the deadlines of a scenario (the same JSON as `pathway deadlines`; see docs/deadlines.md)',
        body: z.record(z.string(), z.unknown()).meta({
          description: '{ jurisdiction, today, child, schoolCalendar | schoolCalendars, holidays, events }',
        }),
        response: { 200: ComputeDeadlinesOutputSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => computeDeadlines(request.body, request.lang),
  )
}
