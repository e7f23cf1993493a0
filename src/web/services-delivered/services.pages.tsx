import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Actor } from '../../domain/access/actor.ts'
import { allows, childAccessLevel } from '../../domain/access/policies.ts'
import type { Child } from '../../domain/children/child.ts'
import { type LocalDate, parseLocalDate } from '../../domain/dates/local-date.ts'
import { letterTemplate } from '../../domain/letters/templates.ts'
import { DomainError, type Problem } from '../../domain/problems.ts'
import { mondayOf } from '../../domain/services-delivered/iso-week.ts'
import { linkActorOf } from '../../http/plugins/access.ts'
import { setFlash } from '../../http/plugins/request-context.ts'
import { paths } from '../../paths.ts'
import { childOfDataEntryLink } from '../../services/access/access-links.ts'
import type { Deps } from '../../services/deps.ts'
import { today } from '../../services/deps.ts'
import { listDocuments } from '../../services/documents/documents.ts'
import {
  addIncident,
  deleteIncident,
  getAccommodationsToLog,
  getIncident,
  listIncidents,
  summarizeAccommodations,
} from '../../services/services-delivered/accommodation-incidents.ts'
import { getChildCompliance } from '../../services/services-delivered/child-compliance.ts'
import { draftCompensatoryLetter } from '../../services/services-delivered/compensatory-letter.ts'
import {
  addSession,
  addSessionsFromGrid,
  deleteSession,
  getServicesToLog,
  getSession,
  gridField,
  importSessionsCsv,
  listSessions,
  listSessionsEnteredByLink,
  updateSession,
} from '../../services/services-delivered/service-log.ts'
import { actorOf } from '../actor-of.ts'
import { formList, formText, readForm } from '../forms.ts'
import { NewLetterPage } from '../letters/letters-views.tsx'
import { itemName } from '../plans/plan-common.tsx'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import { CompliancePage } from './compliance-page.tsx'
import { LinkServicesPage } from './link-page.tsx'
import {
  DeleteIncidentPage,
  DeleteSessionPage,
  EMPTY_SESSION_FORM,
  type GridValues,
  ImportCsvPage,
  INCIDENT_FORM_FIELDS,
  IncidentFormPage,
  type IncidentFormValues,
  SESSION_FORM_FIELDS,
  SessionFormPage,
  type SessionFormValues,
  SessionLogPage,
  sessionFormValues,
  WeekGridPage,
  weekDays,
} from './log-pages.tsx'

type ChildParams = { Params: { childId: string } }
type SessionParams = { Params: { childId: string; sessionId: string } }
type IncidentParams = { Params: { childId: string; incidentId: string } }
type PeriodQuery = { Querystring: { from?: string; to?: string; closed?: string } }
type WeekQuery = { Querystring: { week?: string } }
type TokenParams = { Params: { token: string } }

function canEdit(actor: Actor, child: Child): boolean {
  return child.archivedAt === null && allows(childAccessLevel(actor, child), 'edit')
}

/** The Monday of the week asked for (`?week=` any day of it), or of this week. */
export function weekAsked(deps: Deps, text: string | undefined): LocalDate {
  const asked = text ? parseLocalDate(text.trim()) : undefined
  return mondayOf(asked ?? today(deps))
}

/** Reads the grid form: every cell with its position, the shared provider and source. */
export function readGridForm(body: unknown, monday: LocalDate, serviceCount: number) {
  const days = weekDays(monday)
  const values: Record<string, string> = {
    provider: formText(body, 'provider'),
    source: formText(body, 'source'),
  }
  const cells = []
  for (let s = 0; s < serviceCount; s += 1) {
    const serviceId = formText(body, `service.${s}`)
    for (let d = 0; d < days.length; d += 1) {
      const minutes = formText(body, gridField(s, d, 'minutes'))
      const status = formText(body, gridField(s, d, 'status'))
      values[gridField(s, d, 'minutes')] = minutes
      values[gridField(s, d, 'status')] = status
      cells.push({ serviceId, date: days[d] as string, minutes, status, serviceIndex: s, dayIndex: d })
    }
  }
  return { values: values as GridValues, cells, provider: values.provider ?? '', source: values.source ?? '' }
}

function isFixable(error: unknown): error is DomainError {
  return error instanceof DomainError && (error.code === 'INVALID_INPUT' || error.code === 'VERSION_CONFLICT')
}

/** The services page (minutes promised against given), the service log and accommodations not provided. */
export function registerServicePages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)

  app.get<ChildParams & PeriodQuery>(
    '/children/:childId/services',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const view = await getChildCompliance(deps, actor, request.params.childId, request.query)
      const incidents = await listIncidents(deps, actor, view.child.id)
      const documents = incidents.some((i) => i.documentIds.length > 0)
        ? await listDocuments(deps, actor, view.child.id)
        : []
      const accommodations = view.plan
        ? summarizeAccommodations({
            accommodations: view.plan.accommodations,
            incidents,
            period: view.period,
            closedDays: view.closedDays,
            planSpan: view.plan.planSpan,
          })
        : []
      return sendPage(
        reply,
        view.problems.length > 0 ? 400 : 200,
        ui(request, reply),
        <CompliancePage
          view={view}
          accommodations={accommodations}
          documents={documents}
          closedText={request.query.closed ?? ''}
          canEdit={canEdit(actor, view.child)}
        />,
      )
    },
  )

  app.get<ChildParams>(
    '/children/:childId/services/log',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const sessions = await listSessions(deps, actor, request.params.childId)
      // The log is a page to read (a `read` share sees it too); adding sessions needs more.
      const { child, services } = await getServicesToLog(deps, actor, request.params.childId, 'read')
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <SessionLogPage
          child={child}
          sessions={sessions}
          services={services}
          canEdit={canEdit(actor, child)}
        />,
      )
    },
  )

  app.get<ChildParams>(
    '/children/:childId/services/log/new',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { child, services } = await getServicesToLog(deps, actorOf(request), request.params.childId)
      const values = {
        ...EMPTY_SESSION_FORM,
        date: today(deps),
        serviceId: services.length === 1 ? (services[0]?.id ?? '') : '',
        minutes: services.length === 1 ? String(services[0]?.minutes ?? '') : '',
      }
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <SessionFormPage child={child} services={services} values={values} />,
      )
    },
  )

  app.post<ChildParams>(
    '/children/:childId/services/log/new',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const values = readForm(request.body, SESSION_FORM_FIELDS)
      try {
        await addSession(deps, actor, request.params.childId, values)
      } catch (error) {
        if (!isFixable(error)) throw error
        const { child, services } = await getServicesToLog(deps, actor, request.params.childId)
        return sendPage(
          reply,
          400,
          ui(request, reply),
          <SessionFormPage child={child} services={services} values={values} problems={error.problems} />,
        )
      }
      setFlash(reply, { key: 'services.flash.added', kind: 'success' })
      return reply.redirect(paths.services(request.params.childId), 303)
    },
  )

  app.get<ChildParams & WeekQuery>(
    '/children/:childId/services/log/week',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { child, services } = await getServicesToLog(deps, actorOf(request), request.params.childId)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <WeekGridPage
          child={child}
          services={services}
          monday={weekAsked(deps, request.query.week)}
          values={{}}
          action={paths.sessionWeek(child.id)}
          askSource
        />,
      )
    },
  )

  app.post<ChildParams & WeekQuery>(
    '/children/:childId/services/log/week',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { child, services } = await getServicesToLog(deps, actor, request.params.childId)
      const monday = weekAsked(deps, formText(request.body, 'week') || request.query.week)
      const form = readGridForm(request.body, monday, services.length)
      try {
        const count = await addSessionsFromGrid(deps, actor, child.id, form)
        setFlash(reply, { key: 'services.flash.addedMany', params: { count }, kind: 'success' })
        return reply.redirect(paths.services(child.id), 303)
      } catch (error) {
        if (!isFixable(error)) throw error
        return sendPage(
          reply,
          400,
          ui(request, reply),
          <WeekGridPage
            child={child}
            services={services}
            monday={monday}
            values={form.values}
            problems={error.problems}
            action={paths.sessionWeek(child.id)}
            askSource
          />,
        )
      }
    },
  )

  app.get<ChildParams>(
    '/children/:childId/services/log/import',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { child } = await getServicesToLog(deps, actorOf(request), request.params.childId)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <ImportCsvPage child={child} values={{ text: '', source: 'family' }} />,
      )
    },
  )

  app.post<ChildParams>(
    '/children/:childId/services/log/import',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const values = { text: formText(request.body, 'file'), source: formText(request.body, 'source') }
      try {
        const count = await importSessionsCsv(deps, actor, request.params.childId, values)
        setFlash(reply, { key: 'services.flash.imported', params: { count }, kind: 'success' })
        return reply.redirect(paths.serviceLog(request.params.childId), 303)
      } catch (error) {
        if (!isFixable(error)) throw error
        const { child } = await getServicesToLog(deps, actor, request.params.childId)
        return sendPage(
          reply,
          400,
          ui(request, reply),
          <ImportCsvPage child={child} values={values} problems={error.problems} />,
        )
      }
    },
  )

  app.get<SessionParams>(
    '/children/:childId/services/log/:sessionId/edit',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, sessionId } = request.params
      const session = await getSession(deps, actor, childId, sessionId, 'edit')
      const { child, services } = await getServicesToLog(deps, actor, childId)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <SessionFormPage
          child={child}
          services={services}
          values={sessionFormValues(session)}
          sessionId={session.id}
          version={session.version}
        />,
      )
    },
  )

  app.post<SessionParams>(
    '/children/:childId/services/log/:sessionId/edit',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, sessionId } = request.params
      const values = readForm(request.body, SESSION_FORM_FIELDS)
      const version = Number(formText(request.body, 'version'))
      try {
        await updateSession(deps, actor, childId, sessionId, version, values)
      } catch (error) {
        if (!isFixable(error)) throw error
        const current = await getSession(deps, actor, childId, sessionId, 'edit')
        const { child, services } = await getServicesToLog(deps, actor, childId)
        const conflict = error.code === 'VERSION_CONFLICT'
        return sendPage(
          reply,
          conflict ? 409 : 400,
          ui(request, reply),
          <SessionFormPage
            child={child}
            services={services}
            values={values}
            problems={error.problems}
            sessionId={sessionId}
            version={conflict ? current.version : version}
            conflict={conflict ? current : undefined}
          />,
        )
      }
      setFlash(reply, { key: 'services.flash.saved', kind: 'success' })
      return reply.redirect(paths.serviceLog(childId), 303)
    },
  )

  app.get<SessionParams>(
    '/children/:childId/services/log/:sessionId/delete',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, sessionId } = request.params
      const session = await getSession(deps, actor, childId, sessionId, 'edit')
      const { child, services } = await getServicesToLog(deps, actor, childId)
      const serviceName = services.find((s) => s.id === session.serviceId)?.name ?? session.serviceId
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <DeleteSessionPage child={child} session={session} serviceName={serviceName} />,
      )
    },
  )

  app.post<SessionParams>(
    '/children/:childId/services/log/:sessionId/delete',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, sessionId } = request.params
      try {
        await deleteSession(deps, actor, childId, sessionId, Number(formText(request.body, 'version')))
      } catch (error) {
        if (!isFixable(error)) throw error
        const session = await getSession(deps, actor, childId, sessionId, 'edit')
        const { child, services } = await getServicesToLog(deps, actor, childId)
        const serviceName = services.find((s) => s.id === session.serviceId)?.name ?? session.serviceId
        return sendPage(
          reply,
          409,
          ui(request, reply),
          <DeleteSessionPage child={child} session={session} serviceName={serviceName} conflict />,
        )
      }
      setFlash(reply, { key: 'services.flash.deleted', kind: 'success' })
      return reply.redirect(paths.serviceLog(childId), 303)
    },
  )

  async function incidentForm(
    request: FastifyRequest<ChildParams>,
    reply: FastifyReply,
    status: number,
    form: { values: IncidentFormValues; documentIds: readonly string[]; problems?: readonly Problem[] },
  ) {
    const actor = actorOf(request)
    const { child, accommodations } = await getAccommodationsToLog(deps, actor, request.params.childId)
    const documents = await listDocuments(deps, actor, child.id)
    return sendPage(
      reply,
      status,
      ui(request, reply),
      <IncidentFormPage
        child={child}
        accommodations={accommodations}
        documents={documents}
        values={form.values}
        documentIds={form.documentIds}
        problems={form.problems ?? []}
      />,
    )
  }

  app.get<ChildParams>(
    '/children/:childId/services/accommodations/new',
    { config: { access: 'child-edit' } },
    async (request, reply) =>
      incidentForm(request, reply, 200, {
        values: { accommodationId: '', date: today(deps), whatHappened: '', reportedBy: '' },
        documentIds: [],
      }),
  )

  app.post<ChildParams>(
    '/children/:childId/services/accommodations/new',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const values = readForm(request.body, INCIDENT_FORM_FIELDS)
      const documentIds = formList(request.body, 'documentIds')
      try {
        await addIncident(deps, actorOf(request), request.params.childId, { ...values, documentIds })
      } catch (error) {
        if (!isFixable(error)) throw error
        return incidentForm(request, reply, 400, { values, documentIds, problems: error.problems })
      }
      setFlash(reply, { key: 'services.flash.incidentAdded', kind: 'success' })
      return reply.redirect(`${paths.services(request.params.childId)}#accommodations`, 303)
    },
  )

  async function deleteIncidentPage(
    request: FastifyRequest<IncidentParams>,
    reply: FastifyReply,
    status: number,
  ) {
    const { child, incident, accommodation } = await getIncident(
      deps,
      actorOf(request),
      request.params.childId,
      request.params.incidentId,
    )
    const page = ui(request, reply)
    return sendPage(
      reply,
      status,
      page,
      <DeleteIncidentPage
        child={child}
        incident={incident}
        accommodationName={
          (accommodation && itemName(page, accommodation)) || page.t('services.incidents.unnamed')
        }
        conflict={status === 409}
      />,
    )
  }

  app.get<IncidentParams>(
    '/children/:childId/services/accommodations/:incidentId/delete',
    { config: { access: 'child-edit' } },
    async (request, reply) => deleteIncidentPage(request, reply, 200),
  )

  app.post<IncidentParams>(
    '/children/:childId/services/accommodations/:incidentId/delete',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { childId, incidentId } = request.params
      try {
        await deleteIncident(
          deps,
          actorOf(request),
          childId,
          incidentId,
          Number(formText(request.body, 'version')),
        )
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'VERSION_CONFLICT') throw error
        return deleteIncidentPage(request, reply, 409)
      }
      setFlash(reply, { key: 'services.flash.incidentDeleted', kind: 'success' })
      return reply.redirect(`${paths.services(childId)}#accommodations`, 303)
    },
  )

  // One click from the ledger to the first draft of a letter asking for the owed minutes. Nothing is
  // saved yet: the letters page's own form (prefilled) starts the letter.
  app.post<ChildParams>(
    '/children/:childId/services/letter',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const lang = request.lang
      const draft = await draftCompensatoryLetter(
        deps,
        actorOf(request),
        request.params.childId,
        {
          from: formText(request.body, 'from'),
          to: formText(request.body, 'to'),
          closed: formText(request.body, 'closed'),
        },
        lang,
      )
      const values = {
        language: lang,
        parentName: request.signedIn?.user.name ?? '',
        facts: draft.facts,
        resolution: draft.resolution,
      }
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <NewLetterPage
          child={draft.child}
          template={letterTemplate('compensatory-services')}
          values={values}
        />,
      )
    },
  )

  // A provider's data-entry link: only the service names and a form to log sessions.
  const linkPage = async (
    request: FastifyRequest<TokenParams>,
    reply: FastifyReply,
    form?: { values: SessionFormValues; problems: readonly Problem[] },
  ) => {
    const actor = linkActorOf(request)
    const { firstName } = await childOfDataEntryLink(deps, actor)
    const { services } = await getServicesToLog(deps, actor, actor.childId)
    const recent = await listSessionsEnteredByLink(deps, actor, actor.childId)
    const values = form?.values ?? {
      ...EMPTY_SESSION_FORM,
      source: 'school',
      date: today(deps),
      serviceId: services.length === 1 ? (services[0]?.id ?? '') : '',
    }
    return sendPage(
      reply,
      form ? 400 : 200,
      ui(request, reply),
      <LinkServicesPage
        token={request.params.token}
        firstName={firstName}
        services={services}
        values={values}
        problems={form?.problems}
        recent={recent}
      />,
    )
  }

  app.get<TokenParams>(
    '/enter/:token/services',
    { config: { access: 'data-entry-link' } },
    (request, reply) => linkPage(request, reply),
  )

  app.post<TokenParams>(
    '/enter/:token/services',
    { config: { access: 'data-entry-link' } },
    async (request, reply) => {
      const actor = linkActorOf(request)
      const values = { ...readForm(request.body, SESSION_FORM_FIELDS), source: 'school' }
      try {
        await addSession(deps, actor, actor.childId, values)
      } catch (error) {
        if (!isFixable(error)) throw error
        return linkPage(request, reply, { values, problems: error.problems })
      }
      setFlash(reply, { key: 'services.flash.added', kind: 'success' })
      return reply.redirect(paths.enterServices(request.params.token), 303)
    },
  )
}
