import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { IMPORT_DOCUMENT_KINDS } from '../../domain/imports/proposal.ts'
import type { Deps } from '../../services/deps.ts'
import { getImport, startImport } from '../../services/imports/imports.ts'
import type { DocumentImport } from '../../storage/imports-store.ts'
import { apiActor } from './children.routes.ts'
import { IdSchema, STANDARD_ERRORS } from './common.schemas.ts'
import { DocumentParamsSchema } from './records.schemas.ts'

const security = [{ bearerAuth: [] }]

const ImportSchema = z
  .object({
    id: z.string(),
    documentId: z.string(),
    status: z.enum(['ready', 'confirmed', 'failed', 'unavailable', 'none']),
    kind: z.enum(IMPORT_DOCUMENT_KINDS),
    kindConfidence: z.number(),
    planId: z.string().nullable(),
    fields: z.array(
      z.object({
        path: z.string(),
        value: z.string(),
        confidence: z.number(),
        source: z.object({ page: z.number(), line: z.number(), text: z.string() }).nullable(),
        origin: z.enum(['text', 'form']),
      }),
    ),
  })
  .meta({ id: 'DocumentImport' })

function importJson(found: DocumentImport): z.infer<typeof ImportSchema> {
  return {
    id: found.id,
    documentId: found.documentId,
    status: found.status,
    kind: found.kind,
    kindConfidence: found.proposal?.kindConfidence ?? 0,
    planId: found.planId,
    fields: [...(found.proposal?.fields ?? [])],
  }
}

/** Reading a document into proposed fields (issue 13). Confirming is done by the parent on the page. */
export function registerImportsApi(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>()
  api.post(
    '/api/v1/children/:childId/documents/:documentId/import',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Import'],
        security,
        summary: 'Read a document into proposed fields',
        description:
          'Reads the document (in a child process) and answers what Pathway proposes, each field with a confidence from 0 to 1 and the passage it came from. Nothing is added to the record: the parent confirms on the review page.',
        params: DocumentParamsSchema,
        response: { 201: ImportSchema, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const found = await startImport(
        deps,
        apiActor(request),
        request.params.childId,
        request.params.documentId,
      )
      return reply.status(201).send(importJson(found))
    },
  )
  api.get(
    '/api/v1/children/:childId/imports/:importId',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Import'],
        security,
        summary: 'Read an import: its proposals and, once confirmed, the plan it created',
        params: z.object({ childId: IdSchema, importId: IdSchema }),
        response: { 200: ImportSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      importJson(await getImport(deps, apiActor(request), request.params.childId, request.params.importId)),
  )
}
