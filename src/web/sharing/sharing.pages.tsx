import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { LinkPurpose } from '../../domain/access/actor.ts'
import { DomainError } from '../../domain/problems.ts'
import { setFlash } from '../../http/plugins/request-context.ts'
import { absoluteUrl, paths } from '../../paths.ts'
import type { SignedIn } from '../../services/accounts/sessions.ts'
import { createAccessLink, revokeAccessLink } from '../../services/access/access-links.ts'
import { listChildActivity } from '../../services/access/audit.ts'
import { getChildForActor } from '../../services/access/child-access.ts'
import { type Deps, today } from '../../services/deps.ts'
import {
  acceptInvitation,
  acceptInvitationForUser,
  declineInvitation,
  getSharingOverview,
  inviteToShare,
  revokeInvitation,
  revokeShare,
  shareWithOrganization,
  viewInvitation,
} from '../../services/sharing/shares.ts'
import { attempt, readForm } from '../forms.ts'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import { ActivityPage } from './activity-views.tsx'
import { InvitationPage } from './invitation-views.tsx'
import {
  INVITE_FIELDS,
  InvitePage,
  LINK_FIELDS,
  LinkCreatedPage,
  NewLinkPage,
  ORGANIZATION_FIELDS,
  OrganizationSharePage,
  SharingPage,
} from './sharing-views.tsx'

type ChildParams = { Params: { childId: string } }
type TokenParams = { Params: { token: string } }

function signedInOf(request: FastifyRequest): SignedIn {
  if (!request.signedIn) throw new DomainError('UNAUTHENTICATED')
  return request.signedIn
}

/**
 * "Who can see this child" and its forms (invite a person, share with an organization, make a link,
 * end any of them), and the invitation pages a person reaches from the e-mail.
 */
export function registerSharingPages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  registerActivityPage(app, deps, settings)
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)
  const edit = { config: { access: 'child-edit' as const } }
  const childToEdit = (request: FastifyRequest<ChildParams>) =>
    getChildForActor(deps.db, signedInOf(request).actor, request.params.childId, 'edit')

  app.get<ChildParams>('/children/:childId/sharing', edit, async (request, reply) => {
    const overview = await getSharingOverview(deps, signedInOf(request).actor, request.params.childId)
    return sendPage(
      reply,
      200,
      ui(request, reply),
      <SharingPage {...overview} today={today(deps)} now={deps.clock.now()} />,
    )
  })

  app.get<ChildParams>('/children/:childId/sharing/invite', edit, async (request, reply) => {
    const child = await childToEdit(request)
    const values = { email: '', scope: '', expiresOn: '', language: '' }
    return sendPage(reply, 200, ui(request, reply), <InvitePage child={child} values={values} />)
  })

  app.post<ChildParams>('/children/:childId/sharing/invite', edit, async (request, reply) => {
    const child = await childToEdit(request)
    const values = readForm(request.body, INVITE_FIELDS)
    const result = await attempt(() =>
      inviteToShare(deps, signedInOf(request).actor, child.id, values, request.lang),
    )
    if (result.problems)
      return sendPage(
        reply,
        400,
        ui(request, reply),
        <InvitePage child={child} values={values} problems={result.problems} />,
      )
    setFlash(reply, { key: 'sharing.flash.invited', params: { email: result.value.email }, kind: 'success' })
    return reply.redirect(paths.childSharing(child.id), 303)
  })

  app.get<ChildParams>('/children/:childId/sharing/organization', edit, async (request, reply) => {
    const child = await childToEdit(request)
    const values = { adminEmail: '', scope: '', expiresOn: '' }
    return sendPage(reply, 200, ui(request, reply), <OrganizationSharePage child={child} values={values} />)
  })

  app.post<ChildParams>('/children/:childId/sharing/organization', edit, async (request, reply) => {
    const child = await childToEdit(request)
    const values = readForm(request.body, ORGANIZATION_FIELDS)
    const result = await attempt(() =>
      shareWithOrganization(deps, signedInOf(request).actor, child.id, values),
    )
    if (result.problems)
      return sendPage(
        reply,
        400,
        ui(request, reply),
        <OrganizationSharePage child={child} values={values} problems={result.problems} />,
      )
    setFlash(reply, {
      key: 'sharing.flash.shared',
      params: { name: result.value.grantee.name },
      kind: 'success',
    })
    return reply.redirect(paths.childSharing(child.id), 303)
  })

  app.get<ChildParams & { Querystring: { purpose?: string } }>(
    '/children/:childId/sharing/links/new',
    edit,
    async (request, reply) => {
      const child = await childToEdit(request)
      const purpose = request.query.purpose === 'calendar-feed' ? 'calendar-feed' : 'data-entry'
      const values = { purpose, label: '', expiresOn: '' }
      return sendPage(reply, 200, ui(request, reply), <NewLinkPage child={child} values={values} />)
    },
  )

  app.post<ChildParams>('/children/:childId/sharing/links/new', edit, async (request, reply) => {
    const child = await childToEdit(request)
    const values = readForm(request.body, LINK_FIELDS)
    const result = await attempt(() =>
      createAccessLink(deps, signedInOf(request).actor, {
        childId: child.id,
        purpose: values.purpose as LinkPurpose,
        label: values.label,
        expiresOn: values.expiresOn,
      }),
    )
    if (result.problems)
      return sendPage(
        reply,
        400,
        ui(request, reply),
        <NewLinkPage child={child} values={values} problems={result.problems} />,
      )
    const { link, token } = result.value
    const path =
      link.purpose === 'data-entry' ? paths.enterData(token) : `/feeds/${encodeURIComponent(token)}.ics`
    return sendPage(
      reply,
      201,
      ui(request, reply),
      <LinkCreatedPage child={child} link={link} url={absoluteUrl(deps.config.baseUrl, path)} />,
    )
  })

  app.post<{ Params: { childId: string; shareId: string } }>(
    '/children/:childId/sharing/shares/:shareId/end',
    edit,
    async (request, reply) => {
      const share = await revokeShare(deps, signedInOf(request).actor, request.params.shareId)
      setFlash(reply, { key: 'sharing.flash.ended', params: { name: share.grantee.name }, kind: 'success' })
      return reply.redirect(paths.childSharing(share.childId), 303)
    },
  )

  app.post<{ Params: { childId: string; invitationId: string } }>(
    '/children/:childId/sharing/invitations/:invitationId/withdraw',
    edit,
    async (request, reply) => {
      await revokeInvitation(deps, signedInOf(request).actor, request.params.invitationId)
      setFlash(reply, { key: 'sharing.flash.withdrawn', kind: 'success' })
      return reply.redirect(paths.childSharing(request.params.childId), 303)
    },
  )

  app.post<{ Params: { childId: string; linkId: string } }>(
    '/children/:childId/sharing/links/:linkId/end',
    edit,
    async (request, reply) => {
      const link = await revokeAccessLink(deps, signedInOf(request).actor, request.params.linkId)
      setFlash(reply, { key: 'sharing.flash.ended', params: { name: link.label }, kind: 'success' })
      return reply.redirect(paths.childSharing(link.childId), 303)
    },
  )

  // The link in the e-mail shows buttons rather than acting at once: mail scanners open links.
  app.get<TokenParams>('/invitations/:token', { config: { access: 'public' } }, async (request, reply) => {
    const view = await viewInvitation(deps, request.params.token)
    return sendPage(
      reply,
      200,
      ui(request, reply),
      <InvitationPage token={request.params.token} view={view} />,
    )
  })

  app.post<TokenParams>(
    '/invitations/:token/accept',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const share = await acceptInvitation(deps, signedInOf(request).actor, request.params.token)
      setFlash(reply, { key: 'sharing.flash.accepted', kind: 'success' })
      return reply.redirect(
        share.scope === 'full' || share.scope === 'read' ? paths.child(share.childId) : paths.dashboard(),
        303,
      )
    },
  )

  app.post<TokenParams>(
    '/invitations/:token/decline',
    { config: { access: 'public' } },
    async (request, reply) => {
      await declineInvitation(deps, request.params.token)
      setFlash(reply, { key: 'sharing.flash.declined', kind: 'info' })
      return reply.redirect(request.signedIn ? paths.dashboard() : paths.home(), 303)
    },
  )

  app.post<{ Params: { invitationId: string } }>(
    '/invitations/waiting/:invitationId/accept',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const share = await acceptInvitationForUser(deps, signedInOf(request), request.params.invitationId)
      setFlash(reply, { key: 'sharing.flash.accepted', kind: 'success' })
      return reply.redirect(
        share.scope === 'full' || share.scope === 'read' ? paths.child(share.childId) : paths.dashboard(),
        303,
      )
    },
  )
}

/** "Who looked at the record": the child's audit trail, for the family. */
export function registerActivityPage(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  app.get<{ Params: { childId: string }; Querystring: { page?: string } }>(
    '/children/:childId/activity',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = signedInOf(request).actor
      const child = await getChildForActor(deps.db, actor, request.params.childId, 'edit')
      const activity = await listChildActivity(deps, actor, child.id, Number(request.query.page ?? '1'))
      return sendPage(
        reply,
        200,
        uiFor(request, reply, settings),
        <ActivityPage child={child} {...activity} />,
      )
    },
  )
}
