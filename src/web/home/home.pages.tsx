import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { DomainError } from '../../domain/problems.ts'
import { listChildrenForActor } from '../../services/access/child-access.ts'
import { listChildren } from '../../services/children/children.ts'
import { getDeadlinesDashboard } from '../../services/deadlines/child-deadlines.ts'
import type { Deps } from '../../services/deps.ts'
import { countGoalsNotOnTrack } from '../../services/progress/progress-data.ts'
import { getServiceAlertsDashboard } from '../../services/services-delivered/service-alerts.ts'
import { listInvitationsForUser } from '../../services/sharing/shares.ts'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import { SharedWithYou } from '../sharing/invitation-views.tsx'
import { AboutPage, DashboardPage, LandingPage, PrivacyPage } from './home-views.tsx'

/** The public start page, the signed-in home (dashboard), and the about and privacy pages. */
export function registerHomePages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)

  app.get('/', { config: { access: 'public' } }, async (request, reply) =>
    sendPage(reply, 200, ui(request, reply), <LandingPage />),
  )

  app.get('/dashboard', { config: { access: 'signed-in', pageCache: true } }, async (request, reply) => {
    if (!request.signedIn) throw new DomainError('UNAUTHENTICATED')
    const children = await listChildren(deps, request.signedIn.actor, { archived: false })
    const deadlines = await getDeadlinesDashboard(deps, request.signedIn.actor)
    const serviceAlerts = await getServiceAlertsDashboard(deps, request.signedIn.actor)
    const offTrack = await countGoalsNotOnTrack(
      deps,
      request.signedIn.actor,
      children.map((c) => c.id),
    )
    const reachable = await listChildrenForActor(deps, request.signedIn.actor)
    const invitations = await listInvitationsForUser(deps, request.signedIn.user)
    return sendPage(
      reply,
      200,
      ui(request, reply),
      <DashboardPage
        children={children}
        deadlines={deadlines}
        goalsOffTrack={offTrack}
        shared={<SharedWithYou children={reachable} invitations={invitations} />}
        serviceAlerts={serviceAlerts}
      />,
    )
  })

  app.get('/about', { config: { access: 'public' } }, async (request, reply) =>
    sendPage(reply, 200, ui(request, reply), <AboutPage />),
  )

  app.get('/privacy', { config: { access: 'public' } }, async (request, reply) =>
    sendPage(reply, 200, ui(request, reply), <PrivacyPage />),
  )
}
