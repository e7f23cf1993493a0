import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { IMPORT_DOCUMENT_KINDS, READING_STAGES } from '../../domain/imports/proposal.ts'
import { invalidInput, problem } from '../../domain/problems.ts'
import type { Deps } from '../../services/deps.ts'
import { confirmImport, getImport, startImport } from '../../services/imports/imports.ts'
import type { DocumentImport } from '../../storage/imports-store.ts'
import { apiActor } from './children.routes.ts'
import { IdSchema, ProblemDocumentSchema, STANDARD_ERRORS } from './common.schemas.ts'
import { DocumentParamsSchema } from './records.schemas.ts'

const security = [{ bearerAuth: [] }]

const PassageSchema = z.object({ page: z.number(), line: z.number(), text: z.string() })

const ProgressSchema = z
  .object({
    stage: z.enum(READING_STAGES).meta({
      description:
        'text: reading the words of each page; ocr: recognizing the words on scanned pages (the slow part); fields: finding the values in the words',
    }),
    done: z.number().int().meta({ description: 'Pages read so far' }),
    total: z.number().int().nullable().meta({ description: 'Pages to read, or null while not known' }),
  })
  .nullable()
  .meta({
    id: 'ImportProgress',
    description: 'While the status is `reading`: how far the reading got (null before it starts).',
  })

const ImportSchema = z
  .object({
    id: z.string(),
    documentId: z.string(),
    status: z.enum(['reading', 'ready', 'confirmed', 'failed', 'unavailable', 'none']).meta({
      description:
        'reading: a job is reading the file (ask again in a few seconds); ready: proposals to confirm; confirmed: records made; failed, unavailable, none: why it could not be read',
    }),
    kind: z.enum(IMPORT_DOCUMENT_KINDS),
    kindConfidence: z.number(),
    planId: z.string().nullable(),
    version: z.number().int().meta({ description: 'Send it back when confirming' }),
    fields: z.array(
      z.object({
        path: z.string(),
        value: z.string(),
        confidence: z.number(),
        source: PassageSchema.nullable(),
        origin: z.enum(['text', 'form']),
      }),
    ),
    progress: ProgressSchema,
    passages: z.array(PassageSchema).meta({
      description:
        'The document’s text as numbered lines (the first is line 1), to fill a field the reader missed: send its number as `line` when confirming.',
    }),
    confirmedFields: z
      .array(z.object({ path: z.string(), value: z.string(), source: PassageSchema.nullable() }))
      .meta({ description: 'Once confirmed: the fields kept, each with the passage it came from' }),
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
    version: found.version,
    fields: [...(found.proposal?.fields ?? [])],
    progress: found.status === 'reading' ? found.progress : null,
    passages: [...(found.proposal?.passages ?? [])],
    confirmedFields: [...found.confirmedFields],
  }
}

const ImportParamsSchema = z.object({ childId: IdSchema, importId: IdSchema })

const ConfirmImportSchema = z
  .object({
    version: z.number().int().meta({ description: 'The version you read; 409 if it changed' }),
    kind: z.enum(IMPORT_DOCUMENT_KINDS),
    planStatus: z.enum(['in-effect', 'superseded']).default('in-effect'),
    fields: z
      .array(
        z.object({
          path: z.string().max(200),
          value: z.string().max(20_000),
          line: z.number().int().min(1).optional().meta({
            description:
              'The number of the line in `passages` the value was taken from, if not the proposed source',
          }),
        }),
      )
      .max(500)
      .meta({
        description:
          'The fields to keep, each with its path as proposed (dates.meeting, goals[0].text …) and its value, corrected where needed. Leave out a field to reject it; add a path the reader missed to fill it, with the `line` it came from.',
      }),
  })
  .meta({ id: 'ImportConfirmation' })

const ConfirmedImportSchema = z
  .object({ planId: z.string().nullable(), eventIds: z.array(z.string()) })
  .meta({ id: 'ConfirmedImport' })

/** Reading a document into proposed fields, and confirming them into records (issue 13). */
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
          'Starts reading the document in a background job and answers at once with status `reading`. Ask for the import until its status changes: then it holds what Pathway proposes, each field with a confidence from 0 to 1 and the passage it came from. Nothing is added to the record until the proposals are confirmed.',
        params: DocumentParamsSchema,
        response: { 202: ImportSchema, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const found = await startImport(
        deps,
        apiActor(request),
        request.params.childId,
        request.params.documentId,
      )
      return reply.status(202).send(importJson(found))
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
        params: ImportParamsSchema,
        response: { 200: ImportSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) =>
      importJson(await getImport(deps, apiActor(request), request.params.childId, request.params.importId)),
  )
  api.post(
    '/api/v1/children/:childId/imports/:importId/confirm',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Import'],
        security,
        summary: 'Confirm an import: create the records from the fields you keep',
        description:
          'The same step as the review page. Creates the plan with its goals and services (IEP or 504 plan) or the events of a notice or consent, links them to the document, and marks the import confirmed, all in one transaction. A value that cannot be used answers 400 with a problem naming it (`fields[3].value`), and nothing is created. An import that is still reading, already confirmed, or changed since `version` answers 409.',
        params: ImportParamsSchema,
        body: ConfirmImportSchema,
        response: { 201: ConfirmedImportSchema, 409: ProblemDocumentSchema, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const { version, kind, planStatus, fields } = request.body
      const found = await getImport(deps, apiActor(request), request.params.childId, request.params.importId)
      const proposed = new Map((found.proposal?.fields ?? []).map((f) => [f.path, f.source]))
      const passages = found.proposal?.passages ?? []
      const badLines = fields.flatMap((f, i) =>
        f.line !== undefined && !passages[f.line - 1]
          ? [problem(`fields[${i}].line`, 'imports.problems.takeLine')]
          : [],
      )
      if (badLines.length > 0) throw invalidInput(badLines)
      const confirmed = await confirmImport(
        deps,
        apiActor(request),
        request.params.childId,
        request.params.importId,
        {
          expectedVersion: version,
          kind,
          planStatus,
          fields: fields.map((f, i) => ({
            field: `fields[${i}].value`,
            path: f.path,
            value: f.value,
            source: (f.line === undefined ? undefined : passages[f.line - 1]) ?? proposed.get(f.path) ?? null,
          })),
        },
      )
      return reply.status(201).send({ planId: confirmed.planId, eventIds: [...confirmed.eventIds] })
    },
  )
}
