import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import { invalidInput } from '../../domain/problems.ts'
import { SESSION_SOURCES } from '../../domain/services-delivered/session-entry.ts'
import { SESSION_STATUSES } from '../../domain/services-delivered/session-status.ts'
import type { Deps } from '../../services/deps.ts'
import { getChildCompliance } from '../../services/services-delivered/child-compliance.ts'
import { ComplianceReportSchema } from '../../services/services-delivered/compute-compliance.ts'
import { addSession, listSessions } from '../../services/services-delivered/service-log.ts'
import type { LoggedSession } from '../../storage/service-log-store.ts'
import { apiActor } from './children.routes.ts'
import { ChildParamsSchema } from './children.schemas.ts'
import { IdSchema, InstantSchema, LocalDateSchema, STANDARD_ERRORS } from './common.schemas.ts'

const tags = ['Services']
const security = [{ bearerAuth: [] }]

export const ServiceSessionSchema = z
  .object({
    id: z.string(),
    serviceId: z.string(),
    date: LocalDateSchema,
    minutes: z.number().int(),
    status: z.enum(SESSION_STATUSES),
    provider: z.string().nullable(),
    note: z.string().nullable(),
    source: z.enum(SESSION_SOURCES),
    unconfirmed: z.boolean().meta({ description: 'What the child reported: shown, never counted' }),
    version: z.number().int(),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
  })
  .meta({ id: 'ServiceSession' })

export const NewServiceSessionSchema = z
  .object({
    serviceId: IdSchema.meta({ description: 'The id of a service in the plan in effect' }),
    date: z.string().max(20),
    minutes: z.number().int(),
    status: z
      .string()
      .max(50)
      .meta({ description: `One of: ${SESSION_STATUSES.join(', ')}` }),
    provider: z.string().max(500).optional(),
    note: z.string().max(5000).optional(),
    source: z.enum(SESSION_SOURCES).optional().meta({ description: 'Defaults to family' }),
  })
  .meta({ id: 'NewServiceSession' })

const PeriodQuerySchema = z.object({
  from: z.string().max(20).optional(),
  to: z.string().max(20).optional(),
  closed: z.string().max(5000).optional().meta({
    description: 'Days the school was closed: dates and ranges, e.g. "2026-11-26, 2026-12-21 to 2027-01-01"',
  }),
})

const ComplianceResponseSchema = z
  .object({
    period: z.object({ from: LocalDateSchema, to: LocalDateSchema }),
    closedDays: z.array(LocalDateSchema),
    plan: z.object({ planId: z.string(), version: z.number().int() }).nullable(),
    notCounted: z.array(z.object({ id: z.string(), name: z.string() })),
    report: ComplianceReportSchema,
  })
  .meta({ id: 'ServiceCompliance' })

function sessionJson(session: LoggedSession) {
  return {
    id: session.id,
    serviceId: session.serviceId,
    date: session.date,
    minutes: session.minutes,
    status: session.status,
    provider: session.provider,
    note: session.note,
    source: session.source,
    unconfirmed: session.unconfirmed,
    version: session.version,
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
  }
}

/** The service log and the minutes promised against given, through the same services as the pages. */
export function registerServicesApi(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>()

  api.get(
    '/api/v1/children/:childId/services/sessions',
    {
      config: { access: 'child-read' },
      schema: {
        tags,
        security,
        summary: 'List the service log, newest first (optionally between two dates)',
        params: ChildParamsSchema,
        querystring: z.object({ from: LocalDateSchema.optional(), to: LocalDateSchema.optional() }),
        response: { 200: z.object({ sessions: z.array(ServiceSessionSchema) }), ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const period = {
        from: request.query.from as LocalDate | undefined,
        to: request.query.to as LocalDate | undefined,
      }
      const sessions = await listSessions(deps, apiActor(request), request.params.childId, period)
      return { sessions: sessions.map(sessionJson) }
    },
  )

  api.post(
    '/api/v1/children/:childId/services/sessions',
    {
      config: { access: 'child-edit' },
      schema: {
        tags,
        security,
        summary: 'Log one session of a service (given, or missed and why)',
        description:
          'The service must be in the plan in effect today or on the session’s date; the date must not be after today. `source: child-report` keeps what the child said as unconfirmed.',
        params: ChildParamsSchema,
        body: NewServiceSessionSchema,
        response: { 201: ServiceSessionSchema, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const body = request.body
      const session = await addSession(deps, apiActor(request), request.params.childId, {
        serviceId: body.serviceId,
        date: body.date,
        minutes: String(body.minutes),
        status: body.status,
        provider: body.provider ?? '',
        note: body.note ?? '',
        source: body.source ?? 'family',
      })
      return reply.status(201).send(sessionJson(session))
    },
  )

  api.get(
    '/api/v1/children/:childId/services/compliance',
    {
      config: { access: 'child-read' },
      schema: {
        tags,
        security,
        summary: 'Minutes promised, given, missed and owed per service over a period',
        description:
          'Counts the services of the plan in effect on the last day of the period (today by default) against the service log, taking out the days the school was closed. Conventions: docs/services-delivered.md. Each service carries its week-by-week series. Guidance, not legal advice.',
        params: ChildParamsSchema,
        querystring: PeriodQuerySchema,
        response: { 200: ComplianceResponseSchema, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const view = await getChildCompliance(deps, apiActor(request), request.params.childId, request.query)
      if (view.problems.length > 0) throw invalidInput(view.problems)
      return reply.send({
        period: view.period,
        closedDays: [...view.closedDays],
        plan: view.plan ? { planId: view.plan.planId, version: view.plan.planVersion } : null,
        notCounted: view.notCounted.map((s) => ({ id: s.id, name: s.name })),
        report: view.report,
      })
    },
  )
}
