import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { displayName } from '../../domain/children/child.ts'
import { DomainError, problem } from '../../domain/problems.ts'
import { closuresText } from '../../domain/school-calendars/school-year.ts'
import type { RouteAccess } from '../../http/fastify-types.ts'
import { setFlash } from '../../http/plugins/request-context.ts'
import { type CalendarTarget, paths } from '../../paths.ts'
import { schoolYearFromIcs } from '../../services/deadlines/school-calendar-import.ts'
import {
  calendarChoicesForChild,
  calendarKeepers,
  createCalendarForChild,
  createSchoolCalendar,
  deleteSchoolCalendar,
  getSchoolCalendar,
  linkChildCalendar,
  listSchoolCalendarsInUse,
  renameSchoolCalendar,
} from '../../services/deadlines/school-calendars.ts'
import {
  addSchoolYear,
  deleteSchoolYear,
  editSchoolYear,
  getSchoolYear,
  openCalendar,
} from '../../services/deadlines/school-years.ts'
import type { Deps } from '../../services/deps.ts'
import { actorOf } from '../actor-of.ts'
import { attempt, formText, readForm } from '../forms.ts'
import { ConfirmDeletePage } from '../layout/confirm-delete.tsx'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import {
  DeleteSchoolYearPage,
  SCHOOL_YEAR_FIELDS,
  SchoolCalendarImportPage,
  SchoolCalendarPage,
  SchoolYearFormPage,
} from './school-calendar-views.tsx'
import {
  ChooseSchoolCalendarPage,
  NewSchoolCalendarPage,
  RenameSchoolCalendarPage,
  SchoolCalendarsPage,
} from './school-calendars-views.tsx'

const ICS_MAX_BYTES = 1024 * 1024

/** The text of the `file` part of a multipart upload, or undefined when there is none (or it is too big). */
async function uploadedText(request: FastifyRequest, maxBytes: number): Promise<string | undefined> {
  const options = {
    limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 10 },
    throwFileSizeLimit: false,
  }
  let text: string | undefined
  for await (const part of request.parts(options as Parameters<FastifyRequest['parts']>[0])) {
    if (part.type !== 'file') continue
    const buffer = await part.toBuffer()
    if (part.fieldname === 'file' && !part.file.truncated && text === undefined)
      text = buffer.toString('utf8')
  }
  return text
}

type Params = Record<string, string>
type Ui = (request: FastifyRequest, reply: FastifyReply) => ReturnType<typeof uiFor>

/**
 * The pages that show and change a calendar's school years, registered twice: under a child
 * (`/children/:childId/school-calendar`, the calendar the child uses, with the child's access) and
 * under the calendar itself (`/school-calendars/:calendarId`, people of its organization).
 */
function registerYearPages(
  app: FastifyInstance,
  deps: Deps,
  ui: Ui,
  place: {
    prefix: string
    read: RouteAccess
    edit: RouteAccess
    targetOf: (params: Params) => CalendarTarget
  },
): void {
  const { prefix, targetOf } = place
  type R = { Params: Params }

  app.get<R>(prefix, { config: { access: place.read } }, async (request, reply) => {
    const target = targetOf(request.params)
    const actor = actorOf(request)
    if ('calendarId' in target) {
      const view = await getSchoolCalendar(deps, actor, target.calendarId)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <SchoolCalendarPage view={view} usedBy={view.children} />,
      )
    }
    const view = await openCalendar(deps, actor, target, 'read')
    return sendPage(reply, 200, ui(request, reply), <SchoolCalendarPage view={view} />)
  })

  app.get<R>(`${prefix}/new`, { config: { access: place.edit } }, async (request, reply) => {
    const view = await openCalendar(deps, actorOf(request), targetOf(request.params), 'edit')
    return sendPage(
      reply,
      200,
      ui(request, reply),
      <SchoolYearFormPage view={view} values={{ firstDay: '', lastDay: '', closures: '' }} />,
    )
  })

  app.post<R>(`${prefix}/new`, { config: { access: place.edit } }, async (request, reply) => {
    const actor = actorOf(request)
    const target = targetOf(request.params)
    const values = readForm(request.body, SCHOOL_YEAR_FIELDS)
    const result = await attempt(() => addSchoolYear(deps, actor, target, values))
    if (result.problems) {
      const view = await openCalendar(deps, actor, target, 'edit')
      return sendPage(
        reply,
        400,
        ui(request, reply),
        <SchoolYearFormPage view={view} values={values} problems={result.problems} />,
      )
    }
    setFlash(reply, { key: 'deadlines.ui.calendar.flash.added', kind: 'success' })
    return reply.redirect(paths.schoolCalendarOf(target), 303)
  })

  app.get<R>(`${prefix}/import`, { config: { access: place.edit } }, async (request, reply) => {
    const view = await openCalendar(deps, actorOf(request), targetOf(request.params), 'edit')
    return sendPage(reply, 200, ui(request, reply), <SchoolCalendarImportPage view={view} />)
  })

  // The file is read, never stored: the answer is the school-year form filled in, to check and save.
  app.post<R>(`${prefix}/import`, { config: { access: place.edit } }, async (request, reply) => {
    const view = await openCalendar(deps, actorOf(request), targetOf(request.params), 'edit')
    const text = await uploadedText(request, ICS_MAX_BYTES)
    const { draft, problems } =
      text === undefined || text.trim() === ''
        ? { draft: undefined, problems: [problem('file', 'deadlines.ui.calendar.import.missing')] }
        : schoolYearFromIcs(text)
    const unreadable = problems.filter((p) => p.message !== 'deadlines.ui.calendar.import.row')
    if (!draft || unreadable.length > 0) {
      return sendPage(
        reply,
        400,
        ui(request, reply),
        <SchoolCalendarImportPage view={view} problems={unreadable} />,
      )
    }
    return sendPage(
      reply,
      200,
      ui(request, reply),
      <SchoolYearFormPage view={view} values={draft} imported={{ skipped: problems }} />,
    )
  })

  app.get<R>(`${prefix}/:yearId`, { config: { access: place.edit } }, async (request, reply) => {
    const target = targetOf(request.params)
    const view = await getSchoolYear(deps, actorOf(request), target, request.params.yearId ?? '', 'edit')
    const { year } = view
    return sendPage(
      reply,
      200,
      ui(request, reply),
      <SchoolYearFormPage
        view={view}
        year={year}
        values={{ firstDay: year.firstDay, lastDay: year.lastDay, closures: closuresText(year.closures) }}
      />,
    )
  })

  app.post<R>(`${prefix}/:yearId`, { config: { access: place.edit } }, async (request, reply) => {
    const actor = actorOf(request)
    const target = targetOf(request.params)
    const yearId = request.params.yearId ?? ''
    const values = readForm(request.body, SCHOOL_YEAR_FIELDS)
    const version = Number(formText(request.body, 'version'))
    try {
      await editSchoolYear(deps, actor, target, yearId, version, values)
    } catch (error) {
      if (!(error instanceof DomainError)) throw error
      if (error.code !== 'INVALID_INPUT' && error.code !== 'VERSION_CONFLICT') throw error
      const view = await getSchoolYear(deps, actor, target, yearId, 'edit')
      const conflict = error.code === 'VERSION_CONFLICT'
      return sendPage(
        reply,
        conflict ? 409 : 400,
        ui(request, reply),
        <SchoolYearFormPage
          view={view}
          // After a conflict the form carries the newer version, so saving again is deliberate.
          year={{ id: view.year.id, version: conflict ? view.year.version : version }}
          values={values}
          problems={conflict ? [] : error.problems}
          conflict={conflict}
        />,
      )
    }
    setFlash(reply, { key: 'deadlines.ui.calendar.flash.saved', kind: 'success' })
    return reply.redirect(paths.schoolCalendarOf(target), 303)
  })

  app.get<R>(`${prefix}/:yearId/delete`, { config: { access: place.edit } }, async (request, reply) => {
    const target = targetOf(request.params)
    const view = await getSchoolYear(deps, actorOf(request), target, request.params.yearId ?? '', 'edit')
    return sendPage(reply, 200, ui(request, reply), <DeleteSchoolYearPage view={view} year={view.year} />)
  })

  app.post<R>(`${prefix}/:yearId/delete`, { config: { access: place.edit } }, async (request, reply) => {
    const target = targetOf(request.params)
    await deleteSchoolYear(deps, actorOf(request), target, request.params.yearId ?? '')
    setFlash(reply, { key: 'deadlines.ui.calendar.flash.deleted', kind: 'success' })
    return reply.redirect(paths.schoolCalendarOf(target), 303)
  })
}

/** School calendars: kept by an organization, chosen per child, their years entered or imported. */
export function registerSchoolCalendarPages(
  app: FastifyInstance,
  deps: Deps,
  settings: RenderSettings,
): void {
  const ui: Ui = (request, reply) => uiFor(request, reply, settings)

  app.get('/school-calendars', { config: { access: 'signed-in' } }, async (request, reply) => {
    const calendars = await listSchoolCalendarsInUse(deps, actorOf(request))
    return sendPage(reply, 200, ui(request, reply), <SchoolCalendarsPage calendars={calendars} />)
  })

  app.get('/school-calendars/new', { config: { access: 'signed-in' } }, async (request, reply) => {
    const keepers = await calendarKeepers(deps, actorOf(request))
    return sendPage(
      reply,
      200,
      ui(request, reply),
      <NewSchoolCalendarPage keepers={keepers} values={{ name: '', organizationId: '' }} />,
    )
  })

  app.post('/school-calendars/new', { config: { access: 'signed-in' } }, async (request, reply) => {
    const actor = actorOf(request)
    const values = readForm(request.body, ['name', 'organizationId'] as const)
    const result = await attempt(() => createSchoolCalendar(deps, actor, values))
    if (result.problems) {
      const keepers = await calendarKeepers(deps, actor)
      return sendPage(
        reply,
        400,
        ui(request, reply),
        <NewSchoolCalendarPage keepers={keepers} values={values} problems={result.problems} />,
      )
    }
    setFlash(reply, { key: 'deadlines.ui.calendars.flash.created', kind: 'success' })
    return reply.redirect(paths.sharedSchoolCalendar(result.value.id), 303)
  })

  type CalendarParams = { Params: { calendarId: string } }

  app.get<CalendarParams>(
    '/school-calendars/:calendarId/name',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const { calendar } = await getSchoolCalendar(deps, actorOf(request), request.params.calendarId)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <RenameSchoolCalendarPage calendar={calendar} version={calendar.version} name={calendar.name} />,
      )
    },
  )

  app.post<CalendarParams>(
    '/school-calendars/:calendarId/name',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { calendarId } = request.params
      const name = formText(request.body, 'name')
      const version = Number(formText(request.body, 'version'))
      try {
        await renameSchoolCalendar(deps, actor, calendarId, version, name)
      } catch (error) {
        if (!(error instanceof DomainError)) throw error
        if (error.code !== 'INVALID_INPUT' && error.code !== 'VERSION_CONFLICT') throw error
        const { calendar } = await getSchoolCalendar(deps, actor, calendarId)
        const conflict = error.code === 'VERSION_CONFLICT'
        return sendPage(
          reply,
          conflict ? 409 : 400,
          ui(request, reply),
          <RenameSchoolCalendarPage
            calendar={calendar}
            version={conflict ? calendar.version : version}
            name={name}
            problems={conflict ? [] : error.problems}
            conflict={conflict}
          />,
        )
      }
      setFlash(reply, { key: 'deadlines.ui.calendars.flash.renamed', kind: 'success' })
      return reply.redirect(paths.sharedSchoolCalendar(calendarId), 303)
    },
  )

  app.get<CalendarParams>(
    '/school-calendars/:calendarId/delete',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const { calendar, children } = await getSchoolCalendar(
        deps,
        actorOf(request),
        request.params.calendarId,
      )
      const u = ui(request, reply)
      const home = paths.sharedSchoolCalendar(calendar.id)
      if (children.length > 0) {
        setFlash(reply, { key: 'deadlines.ui.calendars.inUse', kind: 'info' })
        return reply.redirect(home, 303)
      }
      return sendPage(
        reply,
        200,
        u,
        <ConfirmDeletePage
          title={u.t('deadlines.ui.calendars.deleteTitle')}
          caption={calendar.name}
          question={u.t('deadlines.ui.calendars.deleteQuestion', { name: calendar.name })}
          warning={u.t('deadlines.ui.calendars.deleteWarning')}
          submit={u.t('deadlines.ui.calendars.deleteSubmit')}
          action={paths.deleteSchoolCalendar(calendar.id)}
          cancelHref={home}
        />,
      )
    },
  )

  app.post<CalendarParams>(
    '/school-calendars/:calendarId/delete',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const { calendarId } = request.params
      try {
        await deleteSchoolCalendar(deps, actorOf(request), calendarId)
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'INVALID_STATE') throw error
        setFlash(reply, { key: 'deadlines.ui.calendars.inUse', kind: 'info' })
        return reply.redirect(paths.sharedSchoolCalendar(calendarId), 303)
      }
      setFlash(reply, { key: 'deadlines.ui.calendars.flash.deleted', kind: 'success' })
      return reply.redirect(paths.schoolCalendars(), 303)
    },
  )

  type ChildParams = { Params: { childId: string } }

  app.get<ChildParams>(
    '/children/:childId/school-calendar/choose',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const found = await calendarChoicesForChild(deps, actorOf(request), request.params.childId)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <ChooseSchoolCalendarPage {...found} values={{ calendarId: '', name: '' }} />,
      )
    },
  )

  app.post<ChildParams>(
    '/children/:childId/school-calendar/choose',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId } = request.params
      const values = readForm(request.body, ['calendarId', 'name', 'create'] as const)
      const result = await attempt(() =>
        values.create === 'yes'
          ? createCalendarForChild(deps, actor, childId, values.name)
          : linkChildCalendar(deps, actor, childId, values.calendarId),
      )
      if (result.problems) {
        const found = await calendarChoicesForChild(deps, actor, childId)
        return sendPage(
          reply,
          400,
          ui(request, reply),
          <ChooseSchoolCalendarPage {...found} values={values} problems={result.problems} />,
        )
      }
      const { child } = await calendarChoicesForChild(deps, actor, childId)
      setFlash(reply, {
        key: 'deadlines.ui.calendars.flash.linked',
        params: { name: displayName(child), calendar: result.value.name },
        kind: 'success',
      })
      return reply.redirect(paths.schoolCalendar(childId), 303)
    },
  )

  registerYearPages(app, deps, ui, {
    prefix: '/children/:childId/school-calendar',
    read: 'child-read',
    edit: 'child-edit',
    targetOf: (params) => ({ childId: params.childId ?? '' }),
  })
  registerYearPages(app, deps, ui, {
    prefix: '/school-calendars/:calendarId',
    read: 'signed-in',
    edit: 'signed-in',
    targetOf: (params) => ({ calendarId: params.calendarId ?? '' }),
  })
}
