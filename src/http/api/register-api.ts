import fastifySwagger from '@fastify/swagger'
import type { FastifyInstance } from 'fastify'
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod'
import { z } from 'zod'
import { DomainError } from '../../domain/problems.ts'
import { createApiToken, listApiTokens, revokeApiToken } from '../../services/accounts/api-tokens.ts'
import type { Deps } from '../../services/deps.ts'
import { registerChildrenApi } from './children.routes.ts'
import { IdSchema, InstantSchema, ProblemDocumentSchema, STANDARD_ERRORS } from './common.schemas.ts'
import { registerConsultationsApi } from './consultations.routes.ts'
import { registerDeadlinesApi } from './deadlines.routes.ts'
import { registerPlansApi } from './plans.routes.ts'
import { registerProgressApi } from './progress.routes.ts'
import { registerSchoolCalendarsApi } from './school-calendars.routes.ts'
import { registerScreenerApi } from './screener.routes.ts'
import { registerServicesApi } from './services.routes.ts'

export const API_DESCRIPTION = [
  'The Pathway API offers the same operations as the pages, through the same access checks.',
  'Authenticate with a personal access token (create one on your account page) sent as `Authorization: Bearer pwy_…`.',
  'Errors are RFC 9457 problem documents (`application/problem+json`) with a `code` and, for input errors, `problems` naming each field.',
  'A record you may not see answers 404, exactly like one that does not exist.',
].join('\n\n')

/** The JSON API under /api/v1, documented by an OpenAPI 3.1 document built from the route schemas. */
export async function registerApi(app: FastifyInstance, deps: Deps): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Pathway API', version: '1.0.0', description: API_DESCRIPTION },
      servers: [{ url: deps.config.baseUrl }],
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'A personal access token (pwy_…)' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
    hideUntagged: true,
  })

  const api = app.withTypeProvider<ZodTypeProvider>()
  const security = [{ bearerAuth: [] }]

  api.get('/api/v1/openapi.json', { config: { access: 'public' } }, async () => app.swagger())

  api.get(
    '/api/v1/me',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['Account'],
        security,
        summary: 'Who the token belongs to',
        response: {
          200: z.object({
            id: z.string(),
            name: z.string(),
            email: z.string(),
            language: z.enum(['en', 'es']).nullable(),
            organizations: z.array(
              z.object({ id: z.string(), kind: z.enum(['family', 'practice']), role: z.string() }),
            ),
          }),
          401: ProblemDocumentSchema,
        },
      },
    },
    async (request) => {
      if (!request.signedIn) throw new DomainError('UNAUTHENTICATED')
      const { user, actor } = request.signedIn
      return {
        id: user.id,
        name: user.name,
        email: user.email,
        language: user.locale,
        organizations: actor.memberships.map((m) => ({
          id: m.organizationId,
          kind: m.organizationKind,
          role: m.role,
        })),
      }
    },
  )

  const TokenSchema = z
    .object({
      id: z.string(),
      name: z.string(),
      prefix: z.string(),
      createdAt: InstantSchema,
      lastUsedAt: InstantSchema.nullable(),
    })
    .meta({ id: 'AccessToken' })

  api.get(
    '/api/v1/tokens',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['Account'],
        security,
        summary: 'List your active access tokens',
        response: { 200: z.object({ tokens: z.array(TokenSchema) }), 401: ProblemDocumentSchema },
      },
    },
    async (request) => {
      if (!request.signedIn) throw new DomainError('UNAUTHENTICATED')
      const tokens = await listApiTokens(deps, request.signedIn.user.id)
      return {
        tokens: tokens
          .filter((t) => t.revokedAt === null)
          .map((t) => ({
            id: t.id,
            name: t.name,
            prefix: t.tokenPrefix,
            createdAt: t.createdAt,
            lastUsedAt: t.lastUsedAt,
          })),
      }
    },
  )

  api.post(
    '/api/v1/tokens',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['Account'],
        security,
        summary: 'Create an access token (shown once)',
        body: z.object({ name: z.string().max(200) }),
        response: { 201: z.object({ id: z.string(), token: z.string() }), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      if (!request.signedIn) throw new DomainError('UNAUTHENTICATED')
      const result = await createApiToken(deps, request.signedIn.user.id, request.body.name)
      if (!result.token || !result.id) throw new DomainError('INVALID_INPUT', undefined, result.problems)
      return reply.status(201).send({ id: result.id, token: result.token })
    },
  )

  api.delete(
    '/api/v1/tokens/:tokenId',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['Account'],
        security,
        summary: 'End an access token',
        params: z.object({ tokenId: IdSchema }),
        response: { 204: z.undefined(), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      if (!request.signedIn) throw new DomainError('UNAUTHENTICATED')
      await revokeApiToken(deps, request.signedIn.user.id, request.params.tokenId)
      return reply.status(204).send()
    },
  )

  registerChildrenApi(app, deps)
  registerScreenerApi(app, deps)
  registerPlansApi(app, deps)
  registerServicesApi(app, deps)
  registerConsultationsApi(app, deps)
  registerDeadlinesApi(app, deps)
  registerSchoolCalendarsApi(app, deps)
  registerProgressApi(app, deps)
}
