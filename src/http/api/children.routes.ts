import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { Actor } from '../../domain/access/actor.ts'
import type { Child, ChildDetailsDraft } from '../../domain/children/child.ts'
import type { ChildEvent } from '../../domain/children/event.ts'
import { DomainError } from '../../domain/problems.ts'
import {
  archiveChild,
  createChild,
  getChild,
  listChildren,
  restoreChild,
  updateChild,
} from '../../services/children/children.ts'
import { addEvent, deleteEvent, editEvent, getEvent, listEvents } from '../../services/children/events.ts'
import type { Deps } from '../../services/deps.ts'
import {
  ChildInputSchema,
  ChildListQuerySchema,
  ChildParamsSchema,
  ChildSchema,
  ChildUpdateSchema,
  EventInputSchema,
  EventParamsSchema,
  EventSchema,
} from './children.schemas.ts'
import { ProblemDocumentSchema, STANDARD_ERRORS } from './common.schemas.ts'

export function apiActor(request: FastifyRequest): Actor {
  if (!request.signedIn) throw new DomainError('UNAUTHENTICATED')
  return request.signedIn.actor
}

export function childJson(child: Child) {
  return {
    id: child.id,
    legalName: child.legalName,
    preferredName: child.preferredName,
    dateOfBirth: child.dateOfBirth,
    grade: child.grade,
    school: child.school,
    district: child.district,
    state: child.state,
    homeLanguage: child.homeLanguage,
    notes: child.notes,
    archived: child.archivedAt !== null,
    version: child.version,
    createdAt: child.createdAt,
    updatedAt: child.updatedAt,
  }
}

export function eventJson(event: ChildEvent) {
  return {
    id: event.id,
    childId: event.childId,
    type: event.type,
    date: event.date,
    note: event.note,
    details: event.details as Record<string, unknown> | null,
    createdAt: event.createdAt,
    updatedAt: event.updatedAt,
  }
}

function childDraft(body: z.infer<typeof ChildInputSchema>): ChildDetailsDraft {
  return {
    legalName: body.legalName,
    preferredName: body.preferredName ?? '',
    dateOfBirth: body.dateOfBirth,
    grade: body.grade ?? '',
    school: body.school ?? '',
    district: body.district ?? '',
    state: body.state,
    homeLanguage: body.homeLanguage ?? '',
    notes: body.notes ?? '',
  }
}

const tags = ['Children']
const eventTags = ['Events']
const security = [{ bearerAuth: [] }]

/** Children and their events: the same operations as the pages, through the same services. */
export function registerChildrenApi(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>()

  api.get(
    '/api/v1/children',
    {
      config: { access: 'signed-in', pageCache: true },
      schema: {
        tags,
        security,
        summary: 'List the children you can see',
        querystring: ChildListQuerySchema,
        response: { 200: z.object({ children: z.array(ChildSchema) }), 401: ProblemDocumentSchema },
      },
    },
    async (request) => {
      const children = await listChildren(deps, apiActor(request), {
        archived: request.query.archived === 'true',
      })
      return { children: children.map(childJson) }
    },
  )

  api.post(
    '/api/v1/children',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        security,
        summary: 'Add a child to your household',
        body: ChildInputSchema,
        response: { 201: ChildSchema, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const child = await createChild(deps, apiActor(request), childDraft(request.body))
      return reply.status(201).send(childJson(child))
    },
  )

  api.get(
    '/api/v1/children/:childId',
    {
      config: { access: 'child-read' },
      schema: {
        tags,
        security,
        summary: 'Read a child',
        params: ChildParamsSchema,
        response: { 200: ChildSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => childJson(await getChild(deps, apiActor(request), request.params.childId)),
  )

  api.put(
    '/api/v1/children/:childId',
    {
      config: { access: 'child-edit' },
      schema: {
        tags,
        security,
        summary: 'Change a child’s details',
        description:
          'Send the version you read. If someone saved a newer version, the answer is 409 and nothing changes.',
        params: ChildParamsSchema,
        body: ChildUpdateSchema,
        response: { 200: ChildSchema, 409: ProblemDocumentSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const child = await updateChild(
        deps,
        apiActor(request),
        request.params.childId,
        request.body.version,
        childDraft(request.body),
      )
      return childJson(child)
    },
  )

  api.post(
    '/api/v1/children/:childId/archive',
    {
      config: { access: 'child-edit' },
      schema: {
        tags,
        security,
        summary: 'Archive a child’s record',
        params: ChildParamsSchema,
        response: { 200: ChildSchema, 409: ProblemDocumentSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const actor = apiActor(request)
      await archiveChild(deps, actor, request.params.childId)
      return childJson(await getChild(deps, actor, request.params.childId))
    },
  )

  api.post(
    '/api/v1/children/:childId/restore',
    {
      config: { access: 'child-edit' },
      schema: {
        tags,
        security,
        summary: 'Restore an archived child’s record',
        params: ChildParamsSchema,
        response: { 200: ChildSchema, 409: ProblemDocumentSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const actor = apiActor(request)
      await restoreChild(deps, actor, request.params.childId)
      return childJson(await getChild(deps, actor, request.params.childId))
    },
  )

  api.get(
    '/api/v1/children/:childId/events',
    {
      config: { access: 'child-read', pageCache: true },
      schema: {
        tags: eventTags,
        security,
        summary: 'List a child’s events, newest first',
        params: ChildParamsSchema,
        response: { 200: z.object({ events: z.array(EventSchema) }), ...STANDARD_ERRORS },
      },
    },
    async (request) => ({
      events: (await listEvents(deps, apiActor(request), request.params.childId)).map(eventJson),
    }),
  )

  api.post(
    '/api/v1/children/:childId/events',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: eventTags,
        security,
        summary: 'Add an event to a child’s timeline',
        params: ChildParamsSchema,
        body: EventInputSchema,
        response: { 201: EventSchema, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const event = await addEvent(deps, apiActor(request), request.params.childId, {
        type: request.body.type,
        date: request.body.date,
        note: request.body.note ?? '',
      })
      return reply.status(201).send(eventJson(event))
    },
  )

  api.get(
    '/api/v1/children/:childId/events/:eventId',
    {
      config: { access: 'child-read' },
      schema: {
        tags: eventTags,
        security,
        summary: 'Read an event',
        params: EventParamsSchema,
        response: { 200: EventSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      eventJson(await getEvent(deps, apiActor(request), request.params.childId, request.params.eventId)),
  )

  api.put(
    '/api/v1/children/:childId/events/:eventId',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: eventTags,
        security,
        summary: 'Change an event',
        params: EventParamsSchema,
        body: EventInputSchema,
        response: { 200: EventSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      eventJson(
        await editEvent(deps, apiActor(request), request.params.childId, request.params.eventId, {
          type: request.body.type,
          date: request.body.date,
          note: request.body.note ?? '',
        }),
      ),
  )

  api.delete(
    '/api/v1/children/:childId/events/:eventId',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: eventTags,
        security,
        summary: 'Delete an event',
        params: EventParamsSchema,
        response: { 204: z.undefined(), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      await deleteEvent(deps, apiActor(request), request.params.childId, request.params.eventId)
      return reply.status(204).send()
    },
  )
}
