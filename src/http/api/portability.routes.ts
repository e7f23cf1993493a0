import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { DomainError } from '../../domain/problems.ts'
import type { Deps } from '../../services/deps.ts'
import { prepareAccountExport, prepareChildExport } from '../../services/portability/export-record.ts'
import { DEFAULT_IMPORT_LIMITS, importRecord } from '../../services/portability/import-record.ts'
import { sendExport } from '../send-export.ts'
import { apiActor } from './children.routes.ts'
import { ChildParamsSchema } from './children.schemas.ts'
import { ProblemDocumentSchema, STANDARD_ERRORS } from './common.schemas.ts'

const ImportResultSchema = z.object({
  children: z.array(z.object({ id: z.string(), name: z.string(), previousId: z.string() })),
})

/** Export and import through the API: the same services (and access checks) as the pages. */
export function registerPortabilityApi(app: FastifyInstance, deps: Deps): void {
  // The archive arrives as the raw request body, streamed (never buffered whole).
  app.addContentTypeParser('application/zip', (_request, payload, done) => done(null, payload))
  const api = app.withTypeProvider<ZodTypeProvider>()
  const security = [{ bearerAuth: [] }]

  api.get(
    '/api/v1/children/:childId/export',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Portability'],
        security,
        summary: 'Export a child’s record as one ZIP file (docs/export-format.md)',
        params: ChildParamsSchema,
        produces: ['application/zip'],
        response: { 200: z.any().describe('application/zip'), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const prepared = await prepareChildExport(deps, apiActor(request), request.params.childId, request.lang)
      return sendExport(deps, reply, prepared)
    },
  )

  api.get(
    '/api/v1/account/export',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['Portability'],
        security,
        summary: 'Export the account and every child of the households it owns as one ZIP file',
        produces: ['application/zip'],
        response: { 200: z.any().describe('application/zip'), 401: ProblemDocumentSchema },
      },
    },
    async (request, reply) =>
      sendExport(deps, reply, await prepareAccountExport(deps, apiActor(request), request.lang)),
  )

  api.post(
    '/api/v1/imports',
    {
      config: { access: 'signed-in' },
      bodyLimit: DEFAULT_IMPORT_LIMITS.archiveBytes,
      schema: {
        tags: ['Portability'],
        security,
        summary: 'Import an export ZIP (sent as the application/zip body) into your household',
        consumes: ['application/zip'],
        response: { 201: ImportResultSchema, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const body = request.body as AsyncIterable<Uint8Array> | undefined
      if (!body || typeof (body as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] !== 'function')
        throw new DomainError('INVALID_INPUT', undefined, [
          { field: 'file', message: 'privacy.import.problems.empty' },
        ])
      const result = await importRecord(deps, apiActor(request), body)
      return reply.status(201).send({
        children: result.children.map((child) => ({
          id: child.newId,
          name: child.name,
          previousId: child.oldId,
        })),
      })
    },
  )
}
