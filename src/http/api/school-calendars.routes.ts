import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type {
  SchoolCalendar,
  SchoolYear,
  SchoolYearDraft,
} from '../../domain/school-calendars/school-year.ts'
import {
  createSchoolCalendar,
  deleteSchoolCalendar,
  getSchoolCalendar,
  linkChildCalendar,
  listSchoolCalendars,
  replaceSchoolCalendar,
} from '../../services/deadlines/school-calendars.ts'
import { openCalendar } from '../../services/deadlines/school-years.ts'
import type { Deps } from '../../services/deps.ts'
import { apiActor } from './children.routes.ts'
import { ChildParamsSchema } from './children.schemas.ts'
import { ProblemDocumentSchema, STANDARD_ERRORS } from './common.schemas.ts'
import {
  ChildCalendarLinkSchema,
  ChildCalendarSchema,
  SchoolCalendarInputSchema,
  SchoolCalendarParamsSchema,
  SchoolCalendarSchema,
  SchoolCalendarSummarySchema,
  SchoolCalendarUpdateSchema,
  type SchoolYearInputSchema,
} from './school-calendars.schemas.ts'

const tags = ['School calendars']
const security = [{ bearerAuth: [] }]

function summaryJson(calendar: SchoolCalendar) {
  return {
    id: calendar.id,
    organizationId: calendar.organizationId,
    name: calendar.name,
    version: calendar.version,
    createdAt: calendar.createdAt,
    updatedAt: calendar.updatedAt,
  }
}

function calendarJson(calendar: SchoolCalendar, years: readonly SchoolYear[]) {
  return {
    ...summaryJson(calendar),
    years: years.map((year) => ({
      id: year.id,
      firstDay: year.firstDay,
      lastDay: year.lastDay,
      closedDays: year.closures.map((c) => ({ from: c.from, to: c.to, kind: c.kind, name: c.name })),
    })),
  }
}

/** An API year as the form's draft, so the API and the pages share every check and message. */
function yearDraft(year: z.infer<typeof SchoolYearInputSchema>): SchoolYearDraft {
  return {
    firstDay: year.firstDay,
    lastDay: year.lastDay,
    closures: year.closedDays
      .map((c) => [c.from, c.to ?? c.from, c.kind ?? 'closed', ...(c.name ? [c.name] : [])].join(', '))
      .join('\n'),
  }
}

/** School calendars kept by your organizations, and which one a child uses. */
export function registerSchoolCalendarsApi(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>()

  api.get(
    '/api/v1/school-calendars',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        security,
        summary: 'List the school calendars your organizations keep',
        response: {
          200: z.object({ calendars: z.array(SchoolCalendarSummarySchema) }),
          401: ProblemDocumentSchema,
        },
      },
    },
    async (request) => ({ calendars: (await listSchoolCalendars(deps, apiActor(request))).map(summaryJson) }),
  )

  api.post(
    '/api/v1/school-calendars',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        security,
        summary: 'Make a school calendar (add its years with PUT)',
        body: SchoolCalendarInputSchema,
        response: { 201: SchoolCalendarSchema, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const calendar = await createSchoolCalendar(deps, apiActor(request), {
        name: request.body.name,
        organizationId: request.body.organizationId ?? '',
      })
      return reply.status(201).send(calendarJson(calendar, []))
    },
  )

  api.get(
    '/api/v1/school-calendars/:calendarId',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        security,
        summary: 'Read a school calendar with its school years and closed days',
        params: SchoolCalendarParamsSchema,
        response: { 200: SchoolCalendarSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const view = await getSchoolCalendar(deps, apiActor(request), request.params.calendarId)
      return calendarJson(view.calendar, view.years)
    },
  )

  api.put(
    '/api/v1/school-calendars/:calendarId',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        security,
        summary: 'Change a school calendar’s name and school years',
        description:
          'Send the version you read and every school year. If someone changed the calendar since, the answer is 409 and nothing changes. Every child using the calendar gets the new school-day deadlines.',
        params: SchoolCalendarParamsSchema,
        body: SchoolCalendarUpdateSchema,
        response: { 200: SchoolCalendarSchema, 409: ProblemDocumentSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const actor = apiActor(request)
      const { calendarId } = request.params
      await replaceSchoolCalendar(deps, actor, calendarId, request.body.version, {
        name: request.body.name,
        years: request.body.years.map(yearDraft),
      })
      const view = await getSchoolCalendar(deps, actor, calendarId)
      return calendarJson(view.calendar, view.years)
    },
  )

  api.delete(
    '/api/v1/school-calendars/:calendarId',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        security,
        summary: 'Remove a school calendar no child uses, with its school years',
        description: 'A calendar that a child still uses answers 409 (INVALID_STATE) and stays.',
        params: SchoolCalendarParamsSchema,
        response: { 204: z.null(), 409: ProblemDocumentSchema, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      await deleteSchoolCalendar(deps, apiActor(request), request.params.calendarId)
      return reply.status(204).send(null)
    },
  )

  api.get(
    '/api/v1/children/:childId/school-calendar',
    {
      config: { access: 'child-read' },
      schema: {
        tags,
        security,
        summary: 'The school calendar a child uses',
        params: ChildParamsSchema,
        response: { 200: ChildCalendarSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const view = await openCalendar(deps, apiActor(request), { childId: request.params.childId }, 'read')
      return {
        childId: request.params.childId,
        calendar: view.calendar ? calendarJson(view.calendar, view.years) : null,
        editable: view.editable,
      }
    },
  )

  api.put(
    '/api/v1/children/:childId/school-calendar',
    {
      config: { access: 'child-edit' },
      schema: {
        tags,
        security,
        summary: 'Choose the school calendar a child uses',
        description: 'One of your organizations’ calendars or one of the child’s household.',
        params: ChildParamsSchema,
        body: ChildCalendarLinkSchema,
        response: { 200: ChildCalendarSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const actor = apiActor(request)
      const { childId } = request.params
      await linkChildCalendar(deps, actor, childId, request.body.calendarId)
      const view = await openCalendar(deps, actor, { childId }, 'read')
      return {
        childId,
        calendar: view.calendar ? calendarJson(view.calendar, view.years) : null,
        editable: view.editable,
      }
    },
  )
}
