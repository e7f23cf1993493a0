import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { ChildShare, ShareInvitation } from '../../domain/sharing/share.ts'
import { SHARE_SCOPES } from '../../domain/sharing/share.ts'
import type { Deps } from '../../services/deps.ts'
import {
  changeShareTerms,
  getShareOfChild,
  getSharingOverview,
  inviteToShare,
  revokeShare,
} from '../../services/sharing/shares.ts'
import { apiActor } from './children.routes.ts'
import { ChildParamsSchema } from './children.schemas.ts'
import { IdSchema, InstantSchema, LocalDateSchema, STANDARD_ERRORS } from './common.schemas.ts'

const ScopeSchema = z
  .enum(SHARE_SCOPES as [string, ...string[]])
  .meta({ description: 'full (read and edit), read, glance (the plan at a glance only), data-entry' })
const LastDaySchema = LocalDateSchema.nullable().meta({
  description: 'The last day access works (inclusive); null for no end date',
})

const ShareSchema = z
  .object({
    id: z.string(),
    childId: z.string(),
    grantee: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('user'), userId: z.string(), name: z.string(), email: z.string() }),
      z.object({ kind: z.literal('organization'), organizationId: z.string(), name: z.string() }),
    ]),
    scope: ScopeSchema,
    expiresOn: LastDaySchema,
    createdAt: InstantSchema,
    revokedAt: InstantSchema.nullable(),
  })
  .meta({ id: 'Share' })

const InvitationSchema = z
  .object({
    id: z.string(),
    childId: z.string(),
    email: z.string(),
    scope: ScopeSchema,
    expiresOn: LastDaySchema,
    respondBy: InstantSchema,
    acceptedAt: InstantSchema.nullable(),
    declinedAt: InstantSchema.nullable(),
    revokedAt: InstantSchema.nullable(),
  })
  .meta({ id: 'ShareInvitation' })

const AccessLinkSchema = z
  .object({
    id: z.string(),
    purpose: z.enum(['data-entry', 'calendar-feed']),
    label: z.string(),
    expiresOn: LastDaySchema,
    createdAt: InstantSchema,
    revokedAt: InstantSchema.nullable(),
    lastUsedAt: InstantSchema.nullable(),
  })
  .meta({ id: 'AccessLink', description: 'A secret link; its address is shown once, when it is made' })

const InvitationInputSchema = z
  .object({
    email: z.string().max(320),
    scope: z.string().max(20),
    expiresOn: z.string().max(20).nullish(),
    language: z.string().max(5).nullish().meta({ description: 'The e-mail’s language: en or es' }),
  })
  .meta({ id: 'NewShareInvitation' })

const ShareTermsSchema = z
  .object({ scope: z.string().max(20), expiresOn: z.string().max(20).nullish() })
  .meta({ id: 'ShareTerms' })

const ShareParamsSchema = z.object({ childId: IdSchema, shareId: IdSchema })

function shareJson(share: ChildShare) {
  return {
    id: share.id,
    childId: share.childId,
    grantee: share.grantee,
    scope: share.scope,
    expiresOn: share.expiresOn,
    createdAt: share.createdAt,
    revokedAt: share.revokedAt,
  }
}

function invitationJson(invitation: ShareInvitation) {
  return {
    id: invitation.id,
    childId: invitation.childId,
    email: invitation.email,
    scope: invitation.scope,
    expiresOn: invitation.expiresOn,
    respondBy: invitation.respondBy,
    acceptedAt: invitation.acceptedAt,
    declinedAt: invitation.declinedAt,
    revokedAt: invitation.revokedAt,
  }
}

/**
 * Who can see a child, and changing it: the same services and access check as the sharing pages
 * (only someone who may edit the child; anyone else gets 404).
 */
export function registerSharingApi(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>()
  const tags = ['Sharing']
  const security = [{ bearerAuth: [] }]

  api.get(
    '/api/v1/children/:childId/sharing',
    {
      config: { access: 'child-edit' },
      schema: {
        tags,
        security,
        summary: 'Everyone and everything with access to a child',
        description: 'People and organizations (shares), invitations not yet answered, and secret links.',
        params: ChildParamsSchema,
        response: {
          200: z.object({
            shares: z.array(ShareSchema),
            invitations: z.array(InvitationSchema),
            links: z.array(AccessLinkSchema),
          }),
          ...STANDARD_ERRORS,
        },
      },
    },
    async (request) => {
      const overview = await getSharingOverview(deps, apiActor(request), request.params.childId)
      return {
        shares: overview.shares.map(shareJson),
        invitations: overview.invitations.map(invitationJson),
        links: overview.links.map((link) => ({
          id: link.id,
          purpose: link.purpose,
          label: link.label,
          expiresOn: link.expiresOn,
          createdAt: link.createdAt,
          revokedAt: link.revokedAt,
          lastUsedAt: link.lastUsedAt,
        })),
      }
    },
  )

  api.post(
    '/api/v1/children/:childId/invitations',
    {
      config: { access: 'child-edit' },
      schema: {
        tags,
        security,
        summary: 'Invite a person by e-mail to see the child’s record',
        description:
          'The person gets an e-mail with a link that works for 14 days; access starts when they accept it.',
        params: ChildParamsSchema,
        body: InvitationInputSchema,
        response: { 201: InvitationSchema, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const body = request.body
      const invitation = await inviteToShare(
        deps,
        apiActor(request),
        request.params.childId,
        {
          email: body.email,
          scope: body.scope,
          expiresOn: body.expiresOn ?? '',
          language: body.language ?? '',
        },
        request.lang,
      )
      return reply.status(201).send(invitationJson(invitation))
    },
  )

  api.put(
    '/api/v1/children/:childId/shares/:shareId',
    {
      config: { access: 'child-edit' },
      schema: {
        tags,
        security,
        summary: 'Change what a share allows and until when',
        description: 'Takes effect on the person’s next request. An ended share answers 404.',
        params: ShareParamsSchema,
        body: ShareTermsSchema,
        response: { 200: ShareSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const { childId, shareId } = request.params
      const share = await changeShareTerms(deps, apiActor(request), childId, shareId, {
        scope: request.body.scope,
        expiresOn: request.body.expiresOn ?? '',
      })
      return shareJson(share)
    },
  )

  api.delete(
    '/api/v1/children/:childId/shares/:shareId',
    {
      config: { access: 'child-edit' },
      schema: {
        tags,
        security,
        summary: 'End a share at once',
        description: 'The person or organization loses access on their next request, everywhere.',
        params: ShareParamsSchema,
        response: { 204: z.undefined(), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = apiActor(request)
      const share = await getShareOfChild(deps, actor, request.params.childId, request.params.shareId)
      await revokeShare(deps, actor, share.id)
      return reply.status(204).send()
    },
  )
}
