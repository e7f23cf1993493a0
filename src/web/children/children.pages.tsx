import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { DomainError } from '../../domain/problems.ts'
import { setFlash } from '../../http/plugins/request-context.ts'
import { paths } from '../../paths.ts'
import {
  archiveChild,
  createChild,
  getChild,
  listChildren,
  restoreChild,
  updateChild,
} from '../../services/children/children.ts'
import { addEvent, deleteEvent, editEvent, getEvent, listEvents } from '../../services/children/events.ts'
import { type Deps, today } from '../../services/deps.ts'
import { actorOf } from '../actor-of.ts'
import { attempt, formText, readForm } from '../forms.ts'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import { CHILD_FIELDS, ChildFormPage, childFormValues, EMPTY_CHILD_FORM } from './child-form.tsx'
import {
  ChildPage,
  ChildrenListPage,
  DeleteEventPage,
  EVENT_FIELDS,
  EventFormPage,
} from './children-views.tsx'

type ChildParams = { Params: { childId: string } }
type EventParams = { Params: { childId: string; eventId: string } }

/** The list of children, adding and editing a child, archiving, and the child's timeline of events. */
export function registerChildPages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)

  app.get('/children', { config: { access: 'signed-in', pageCache: true } }, async (request, reply) => {
    const children = await listChildren(deps, actorOf(request), { archived: false })
    return sendPage(reply, 200, ui(request, reply), <ChildrenListPage children={children} archived={false} />)
  })

  app.get('/children/archived', { config: { access: 'signed-in' } }, async (request, reply) => {
    const children = await listChildren(deps, actorOf(request), { archived: true })
    return sendPage(reply, 200, ui(request, reply), <ChildrenListPage children={children} archived />)
  })

  app.get('/children/new', { config: { access: 'signed-in' } }, async (request, reply) =>
    sendPage(reply, 200, ui(request, reply), <ChildFormPage mode="new" values={EMPTY_CHILD_FORM} />),
  )

  app.post('/children/new', { config: { access: 'signed-in' } }, async (request, reply) => {
    const values = readForm(request.body, CHILD_FIELDS)
    const result = await attempt(() => createChild(deps, actorOf(request), values))
    if (result.problems) {
      return sendPage(
        reply,
        400,
        ui(request, reply),
        <ChildFormPage mode="new" values={values} problems={result.problems} />,
      )
    }
    const child = result.value
    setFlash(reply, {
      key: 'children.flash.added',
      params: { name: child.preferredName ?? child.legalName },
      kind: 'success',
    })
    return reply.redirect(paths.startingPoint(child.id), 303)
  })

  app.get<ChildParams>(
    '/children/:childId',
    { config: { access: 'child-read', pageCache: true } },
    async (request, reply) => {
      const actor = actorOf(request)
      const child = await getChild(deps, actor, request.params.childId)
      const events = await listEvents(deps, actor, child.id)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <ChildPage child={child} events={events} today={today(deps)} />,
      )
    },
  )

  app.get<ChildParams>(
    '/children/:childId/edit',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const child = await getChild(deps, actorOf(request), request.params.childId)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <ChildFormPage
          mode="edit"
          childId={child.id}
          version={child.version}
          values={childFormValues(child)}
        />,
      )
    },
  )

  app.post<ChildParams>(
    '/children/:childId/edit',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const values = readForm(request.body, CHILD_FIELDS)
      const version = Number(formText(request.body, 'version'))
      const childId = request.params.childId
      try {
        await updateChild(deps, actor, childId, version, values)
      } catch (error) {
        if (!(error instanceof DomainError)) throw error
        if (error.code === 'INVALID_INPUT') {
          return sendPage(
            reply,
            400,
            ui(request, reply),
            <ChildFormPage
              mode="edit"
              childId={childId}
              version={version}
              values={values}
              problems={error.problems}
            />,
          )
        }
        if (error.code === 'VERSION_CONFLICT') {
          // Keep the person's edits; show what was saved meanwhile; a second save is a deliberate overwrite.
          const newer = await getChild(deps, actor, childId)
          return sendPage(
            reply,
            409,
            ui(request, reply),
            <ChildFormPage
              mode="edit"
              childId={childId}
              version={newer.version}
              values={values}
              conflict={newer}
            />,
          )
        }
        throw error
      }
      setFlash(reply, { key: 'children.flash.saved', kind: 'success' })
      return reply.redirect(paths.child(childId), 303)
    },
  )

  app.post<ChildParams>(
    '/children/:childId/archive',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      await archiveChild(deps, actorOf(request), request.params.childId)
      setFlash(reply, { key: 'children.flash.archived', kind: 'success' })
      return reply.redirect(paths.children(), 303)
    },
  )

  app.post<ChildParams>(
    '/children/:childId/restore',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      await restoreChild(deps, actorOf(request), request.params.childId)
      setFlash(reply, { key: 'children.flash.restored', kind: 'success' })
      return reply.redirect(paths.child(request.params.childId), 303)
    },
  )

  app.get<ChildParams & { Querystring: { type?: unknown } }>(
    '/children/:childId/events/new',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const child = await getChild(deps, actorOf(request), request.params.childId)
      // `?type=` preselects the event type (the deadlines page links "add the event that meets this").
      const type = typeof request.query.type === 'string' ? request.query.type : ''
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <EventFormPage child={child} mode="new" values={{ type, date: '', note: '' }} />,
      )
    },
  )

  app.post<ChildParams>(
    '/children/:childId/events/new',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const values = readForm(request.body, EVENT_FIELDS)
      const result = await attempt(() => addEvent(deps, actor, request.params.childId, values))
      if (result.problems) {
        const child = await getChild(deps, actor, request.params.childId)
        return sendPage(
          reply,
          400,
          ui(request, reply),
          <EventFormPage child={child} mode="new" values={values} problems={result.problems} />,
        )
      }
      setFlash(reply, { key: 'events.flash.added', kind: 'success' })
      return reply.redirect(paths.child(request.params.childId), 303)
    },
  )

  app.get<EventParams>(
    '/children/:childId/events/:eventId/edit',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const event = await getEvent(deps, actor, request.params.childId, request.params.eventId)
      const child = await getChild(deps, actor, request.params.childId)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <EventFormPage
          child={child}
          mode="edit"
          eventId={event.id}
          values={{ type: event.type, date: event.date, note: event.note ?? '' }}
        />,
      )
    },
  )

  app.post<EventParams>(
    '/children/:childId/events/:eventId/edit',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, eventId } = request.params
      const values = readForm(request.body, EVENT_FIELDS)
      const result = await attempt(() => editEvent(deps, actor, childId, eventId, values))
      if (result.problems) {
        const child = await getChild(deps, actor, childId)
        return sendPage(
          reply,
          400,
          ui(request, reply),
          <EventFormPage
            child={child}
            mode="edit"
            eventId={eventId}
            values={values}
            problems={result.problems}
          />,
        )
      }
      setFlash(reply, { key: 'events.flash.saved', kind: 'success' })
      return reply.redirect(paths.child(childId), 303)
    },
  )

  app.get<EventParams>(
    '/children/:childId/events/:eventId/delete',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const event = await getEvent(deps, actor, request.params.childId, request.params.eventId)
      const child = await getChild(deps, actor, request.params.childId)
      return sendPage(reply, 200, ui(request, reply), <DeleteEventPage child={child} event={event} />)
    },
  )

  app.post<EventParams>(
    '/children/:childId/events/:eventId/delete',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      await deleteEvent(deps, actorOf(request), request.params.childId, request.params.eventId)
      setFlash(reply, { key: 'events.flash.deleted', kind: 'success' })
      return reply.redirect(paths.child(request.params.childId), 303)
    },
  )
}
