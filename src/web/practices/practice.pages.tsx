import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { canTakeConsultations } from '../../domain/practices/practice.ts'
import type { Problem } from '../../domain/problems.ts'
import { DomainError } from '../../domain/problems.ts'
import { setFlash } from '../../http/plugins/request-context.ts'
import { formatInstant } from '../../i18n/i18n.ts'
import { paths } from '../../paths.ts'
import {
  AVAILABILITY_FORM_FIELDS,
  type AvailabilityFormValues,
  availabilityFormValues,
  getMyBookingProfile,
  saveAvailabilitySettings,
} from '../../services/consultations/availability-settings.ts'
import { listMyUpcomingConsultations } from '../../services/consultations/bookings.ts'
import type { Deps } from '../../services/deps.ts'
import {
  acceptPracticeInvitation,
  changeMemberRole,
  createPractice,
  describeInvitation,
  findOpenInvitation,
  findPracticeContext,
  getPracticeOverview,
  invitePracticeMember,
} from '../../services/practices/practices.ts'
import { actorOf } from '../actor-of.ts'
import { formList, formText, readForm } from '../forms.ts'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import { AcceptInvitationPage, AvailabilityPage, PracticePage, StartPracticePage } from './practice-views.tsx'

/** The practice workspace: start one, members and invitations, availability. */
export function registerPracticePages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)

  const overviewPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    invite = { email: '', role: 'advocate' },
    problems: readonly Problem[] = [],
  ) => {
    const actor = actorOf(request)
    const overview = await getPracticeOverview(deps, actor)
    const profile = canTakeConsultations(overview.practice.role)
      ? await getMyBookingProfile(deps, actor)
      : undefined
    return sendPage(
      reply,
      status,
      ui(request, reply),
      <PracticePage
        overview={overview}
        bookingUrl={profile ? paths.bookConsultation(profile.slug) : undefined}
        published={profile?.published ?? false}
        baseUrl={deps.config.baseUrl}
        invite={invite}
        problems={problems}
      />,
    )
  }

  app.get('/practice', { config: { access: 'signed-in' } }, async (request, reply) => {
    if (!(await findPracticeContext(deps, actorOf(request)))) return reply.redirect(paths.newPractice(), 303)
    return overviewPage(request, reply, 200)
  })

  app.get('/practice/new', { config: { access: 'signed-in' } }, async (request, reply) => {
    if (await findPracticeContext(deps, actorOf(request))) return reply.redirect(paths.practice(), 303)
    return sendPage(reply, 200, ui(request, reply), <StartPracticePage name="" />)
  })

  app.post('/practice/new', { config: { access: 'signed-in' } }, async (request, reply) => {
    const name = formText(request.body, 'name')
    try {
      await createPractice(deps, actorOf(request), { name })
    } catch (error) {
      if (error instanceof DomainError && error.code === 'INVALID_INPUT') {
        return sendPage(
          reply,
          400,
          ui(request, reply),
          <StartPracticePage name={name} problems={error.problems} />,
        )
      }
      throw error
    }
    setFlash(reply, { key: 'advocates.start.started', kind: 'success' })
    return reply.redirect(paths.practiceAvailability(), 303)
  })

  app.post('/practice/members/invite', { config: { access: 'practice-member' } }, async (request, reply) => {
    const invite = { email: formText(request.body, 'email'), role: formText(request.body, 'role') }
    try {
      await invitePracticeMember(deps, actorOf(request), invite)
    } catch (error) {
      if (error instanceof DomainError && error.code === 'INVALID_INPUT') {
        return overviewPage(request, reply, 400, invite, error.problems)
      }
      throw error
    }
    setFlash(reply, {
      key: 'advocates.overview.invited',
      params: { email: invite.email.trim() },
      kind: 'success',
    })
    return reply.redirect(paths.practice(), 303)
  })

  app.post<{ Params: { userId: string } }>(
    '/practice/members/:userId/role',
    { config: { access: 'practice-member' } },
    async (request, reply) => {
      try {
        await changeMemberRole(deps, actorOf(request), request.params.userId, formText(request.body, 'role'))
      } catch (error) {
        if (error instanceof DomainError && error.code === 'INVALID_INPUT') {
          return overviewPage(request, reply, 400, undefined, error.problems)
        }
        throw error
      }
      setFlash(reply, { key: 'advocates.overview.roleChanged', kind: 'success' })
      return reply.redirect(paths.practice(), 303)
    },
  )

  app.get<{ Params: { token: string } }>(
    '/practice/invitations/:token',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const invitation = await describeInvitation(deps, actorOf(request), request.params.token)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <AcceptInvitationPage
          token={request.params.token}
          practice={invitation.practiceName}
          role={invitation.role}
          wrongAccount={!invitation.forThisAccount}
        />,
      )
    },
  )

  app.post<{ Params: { token: string } }>(
    '/practice/invitations/:token',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const invitation = await findOpenInvitation(deps, request.params.token)
      await acceptPracticeInvitation(deps, actorOf(request), request.params.token)
      setFlash(reply, {
        key: 'advocates.accept.joined',
        params: { practice: invitation.practiceName },
        kind: 'success',
      })
      return reply.redirect(paths.practice(), 303)
    },
  )

  const availabilityPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    values?: AvailabilityFormValues,
    problems: readonly Problem[] = [],
  ) => {
    const profile = await getMyBookingProfile(deps, actorOf(request))
    const lang = request.lang
    const upcoming = (await listMyUpcomingConsultations(deps, profile)).slice(0, 10).map((c) => ({
      id: c.id,
      when: formatInstant(lang, c.start_at, profile.availability.timeZone),
      family: c.family_name,
    }))
    return sendPage(
      reply,
      status,
      ui(request, reply),
      <AvailabilityPage
        values={values ?? availabilityFormValues(profile)}
        problems={problems}
        upcoming={upcoming}
      />,
    )
  }

  app.get('/practice/availability', { config: { access: 'practice-member' } }, (request, reply) =>
    availabilityPage(request, reply, 200),
  )

  app.post('/practice/availability', { config: { access: 'practice-member' } }, async (request, reply) => {
    const values: AvailabilityFormValues = {
      fields: readForm(request.body, AVAILABILITY_FORM_FIELDS),
      lengths: formList(request.body, 'lengths'),
    }
    try {
      await saveAvailabilitySettings(deps, actorOf(request), values)
    } catch (error) {
      if (error instanceof DomainError && error.code === 'INVALID_INPUT') {
        return availabilityPage(request, reply, 400, values, error.problems)
      }
      if (error instanceof DomainError && error.code === 'VERSION_CONFLICT') {
        // Keep what the person typed, with the newer version number so saving again applies it.
        const current = await getMyBookingProfile(deps, actorOf(request))
        return availabilityPage(
          request,
          reply,
          409,
          { ...values, fields: { ...values.fields, version: String(current.version) } },
          [{ field: 'displayName', message: 'advocates.availability.conflict' }],
        )
      }
      throw error
    }
    setFlash(reply, { key: 'advocates.availability.saved', kind: 'success' })
    return reply.redirect(paths.practiceAvailability(), 303)
  })
}
