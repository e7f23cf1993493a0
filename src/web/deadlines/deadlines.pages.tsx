import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { DomainError } from '../../domain/problems.ts'
import { linkActorOf } from '../../http/plugins/access.ts'
import { setFlash } from '../../http/plugins/request-context.ts'
import { absoluteUrl, paths } from '../../paths.ts'
import { createAccessLink, listAccessLinks, revokeAccessLink } from '../../services/access/access-links.ts'
import { childCalendarText } from '../../services/deadlines/child-calendar.ts'
import { getDeadlinesPage, timelineOrder } from '../../services/deadlines/child-deadlines.ts'
import {
  createPersonFeed,
  listPersonFeeds,
  personFeedCalendar,
  revokePersonFeed,
} from '../../services/deadlines/person-feeds.ts'
import { getReminderSettings, updateReminderSettings } from '../../services/deadlines/reminders.ts'
import { listSchoolYears } from '../../services/deadlines/school-years.ts'
import type { Deps } from '../../services/deps.ts'
import { listMeetingFollowUps } from '../../services/meetings/meetings.ts'
import { actorOf } from '../actor-of.ts'
import { formList, formText } from '../forms.ts'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import { DeadlinesPage, NewCalendarLinkPage, readDeadlineFilter } from './deadlines-views.tsx'
import { NewPersonFeedPage, PersonFeedsPage } from './person-feed-views.tsx'
import { ReminderSettingsPage } from './reminders-views.tsx'

type ChildParams = { Params: { childId: string } }

function signedInOf(request: FastifyRequest) {
  if (!request.signedIn) throw new DomainError('UNAUTHENTICATED')
  return request.signedIn
}

/** The child's deadlines page and .ics download, the school calendar, and reminder settings. */
export function registerDeadlinePages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)

  app.get<ChildParams & { Querystring: { show?: unknown } }>(
    '/children/:childId/deadlines',
    { config: { access: 'child-read', pageCache: true } },
    async (request, reply) => {
      const actor = actorOf(request)
      const view = await getDeadlinesPage(deps, actor, request.params.childId)
      const meetingTasks = await listMeetingFollowUps(deps, actor, view.child.id)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <DeadlinesPage
          view={view}
          meetingTasks={meetingTasks}
          filter={readDeadlineFilter(request.query.show)}
          deadlines={timelineOrder(view.deadlines)}
        />,
      )
    },
  )

  app.get<ChildParams>(
    '/children/:childId/deadlines.ics',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const lang = ui(request, reply).lang
      const text = await childCalendarText(deps, actorOf(request), request.params.childId, 'read', lang)
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="deadlines.ics"')
        .header('cache-control', 'private, no-store')
        .send(text)
    },
  )

  app.post<ChildParams>(
    '/children/:childId/deadlines/calendar-links',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { user, actor } = signedInOf(request)
      const u = ui(request, reply)
      const { link, token } = await createAccessLink(deps, actor, {
        childId: request.params.childId,
        purpose: 'calendar-feed',
        label: u.t('deadlines.ui.feed.label', { person: user.name }),
      })
      const { child } = await listSchoolYears(deps, actor, link.childId)
      reply.header('cache-control', 'no-store')
      return sendPage(
        reply,
        200,
        u,
        <NewCalendarLinkPage
          child={child}
          url={absoluteUrl(deps.config.baseUrl, paths.calendarFeed(token))}
        />,
      )
    },
  )

  app.post<{ Params: { childId: string; linkId: string } }>(
    '/children/:childId/deadlines/calendar-links/:linkId/revoke',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const links = await listAccessLinks(deps, actor, request.params.childId)
      const link = links.find((l) => l.id === request.params.linkId && l.purpose === 'calendar-feed')
      if (!link) throw new DomainError('NOT_FOUND')
      await revokeAccessLink(deps, actor, link.id)
      setFlash(reply, { key: 'deadlines.ui.feed.revoked', kind: 'success' })
      return reply.redirect(paths.childDeadlines(request.params.childId), 303)
    },
  )

  // A calendar app polls this with the secret token (the access rules find the link or answer 404).
  app.get<{ Params: { token: string } }>(
    '/feeds/:token.ics',
    { config: { access: 'calendar-link' } },
    async (request, reply) => {
      const actor = linkActorOf(request)
      const text = await childCalendarText(deps, actor, actor.childId, 'calendar', ui(request, reply).lang)
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .send(text)
    },
  )

  // One feed per person for every child they can see; the token is checked by the service (404 otherwise).
  app.get<{ Params: { token: string } }>(
    '/feeds/all/:token.ics',
    { config: { access: 'public' } },
    async (request, reply) => {
      const text = await personFeedCalendar(deps, request.params.token, ui(request, reply).lang)
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .send(text)
    },
  )

  app.get('/account/calendar-feeds', { config: { access: 'signed-in' } }, async (request, reply) => {
    const feeds = await listPersonFeeds(deps, signedInOf(request).user.id)
    return sendPage(reply, 200, ui(request, reply), <PersonFeedsPage feeds={feeds} />)
  })

  app.post('/account/calendar-feeds', { config: { access: 'signed-in' } }, async (request, reply) => {
    const { token } = await createPersonFeed(deps, signedInOf(request).user.id)
    reply.header('cache-control', 'no-store')
    return sendPage(
      reply,
      200,
      ui(request, reply),
      <NewPersonFeedPage url={absoluteUrl(deps.config.baseUrl, paths.personFeed(token))} />,
    )
  })

  app.post<{ Params: { feedId: string } }>(
    '/account/calendar-feeds/:feedId/revoke',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      await revokePersonFeed(deps, signedInOf(request).user.id, request.params.feedId)
      setFlash(reply, { key: 'deadlines.ui.personFeed.revoked', kind: 'success' })
      return reply.redirect(paths.personFeeds(), 303)
    },
  )

  app.get('/account/reminders', { config: { access: 'signed-in' } }, async (request, reply) => {
    const current = await getReminderSettings(deps, signedInOf(request).user.id)
    return sendPage(
      reply,
      200,
      ui(request, reply),
      <ReminderSettingsPage
        version={current.version}
        values={{ enabled: current.off ? 'no' : 'yes', days: current.daysBefore.map(String) }}
      />,
    )
  })

  app.post('/account/reminders', { config: { access: 'signed-in' } }, async (request, reply) => {
    const userId = signedInOf(request).user.id
    const values = { enabled: formText(request.body, 'enabled'), days: formList(request.body, 'days') }
    const version = Number(formText(request.body, 'version'))
    try {
      await updateReminderSettings(deps, userId, version, values)
    } catch (error) {
      if (!(error instanceof DomainError)) throw error
      if (error.code !== 'INVALID_INPUT' && error.code !== 'VERSION_CONFLICT') throw error
      const conflict = error.code === 'VERSION_CONFLICT'
      const current = conflict ? await getReminderSettings(deps, userId) : undefined
      return sendPage(
        reply,
        conflict ? 409 : 400,
        ui(request, reply),
        <ReminderSettingsPage
          version={current ? current.version : version}
          values={values}
          problems={conflict ? [] : error.problems}
          conflict={conflict}
        />,
      )
    }
    setFlash(reply, { key: 'deadlines.ui.reminders.saved', kind: 'success' })
    return reply.redirect(paths.reminderSettings(), 303)
  })
}
