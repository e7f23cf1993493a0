import type { FastifyInstance } from 'fastify'
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { displayName } from '../../domain/children/child.ts'
import type { Communication } from '../../domain/communications/communication.ts'
import type { ChildDocument } from '../../domain/documents/document.ts'
import type { Letter } from '../../domain/letters/letter.ts'
import { LETTER_TEMPLATES, letterFields } from '../../domain/letters/templates.ts'
import { translator } from '../../i18n/i18n.ts'
import { getChild } from '../../services/children/children.ts'
import {
  addCommunication,
  deleteCommunication,
  draftFromPastedEmail,
  getCommunication,
  listCommunications,
  listFollowUps,
  updateCommunication,
} from '../../services/communications/communications.ts'
import type { Deps } from '../../services/deps.ts'
import {
  type DocumentLinks,
  deleteDocument,
  getDocument,
  linksOfDocument,
  listDocuments,
  openDocumentFile,
  updateDocument,
  uploadDocument,
} from '../../services/documents/documents.ts'
import {
  deleteLetter,
  editLetter,
  getLetter,
  letterPdf,
  letterText,
  listLetters,
  markSent,
  startLetter,
} from '../../services/letters/letters.ts'
import { searchChild } from '../../services/search/search-child.ts'
import { linkedIds } from '../../storage/record-links-store.ts'
import { contentDisposition } from '../../web/documents/content-disposition.ts'
import { uploadParts } from '../../web/documents/upload-parts.ts'
import { apiActor } from './children.routes.ts'
import { ChildParamsSchema } from './children.schemas.ts'
import { ProblemDocumentSchema, STANDARD_ERRORS } from './common.schemas.ts'
import {
  CommunicationDetailsSchema,
  CommunicationParamsSchema,
  CommunicationSchema,
  CommunicationUpdateSchema,
  DocumentParamsSchema,
  DocumentSchema,
  DocumentUpdateSchema,
  DocumentUploadSchema,
  FollowUpSchema,
  LetterParamsSchema,
  LetterSchema,
  LetterSendingSchema,
  LetterStartSchema,
  LetterTemplateSchema,
  LetterWordsSchema,
  PastedEmailSchema,
  SearchQuerySchema,
  SearchResultSchema,
  SentLetterSchema,
} from './records.schemas.ts'

const security = [{ bearerAuth: [] }]
const BinarySchema = z.string().meta({ format: 'binary' })

function documentJson(document: ChildDocument, links: DocumentLinks) {
  return {
    id: document.id,
    childId: document.childId,
    title: document.title,
    kind: document.kind,
    date: document.date,
    notes: document.notes,
    tags: [...document.tags],
    fileName: document.fileName,
    mediaType: document.mediaType,
    sizeBytes: document.sizeBytes,
    textStatus: document.textStatus,
    eventIds: [...links.eventIds],
    planIds: [...links.planIds],
    meetingIds: [...links.meetingIds],
    version: document.version,
    createdAt: document.createdAt,
    updatedAt: document.updatedAt,
  }
}

function communicationJson(c: Communication, documentIds: readonly string[]) {
  return {
    id: c.id,
    childId: c.childId,
    occurredOn: c.occurredOn,
    channel: c.channel,
    direction: c.direction,
    people: c.people,
    subject: c.subject,
    summary: c.summary,
    emailText: c.emailText,
    followUpOn: c.followUpOn,
    followUpNote: c.followUpNote,
    followUpDone: c.followUpDoneAt !== null,
    letterId: c.letterId,
    documentIds: [...documentIds],
    version: c.version,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  }
}

function letterJson(letter: Letter, eventIds: readonly string[]) {
  return {
    id: letter.id,
    childId: letter.childId,
    template: letter.template,
    language: letter.language,
    facts: Object.fromEntries(
      Object.entries(letter.facts).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ),
    subject: letter.subject,
    body: letter.body,
    writtenOn: letter.writtenOn,
    sentOn: letter.sentOn,
    sentVia: letter.sentVia,
    receivedOn: letter.receivedOn,
    eventIds: [...eventIds],
    version: letter.version,
    createdAt: letter.createdAt,
    updatedAt: letter.updatedAt,
  }
}

function communicationDraft(body: z.infer<typeof CommunicationDetailsSchema>) {
  return {
    occurredOn: body.occurredOn,
    channel: body.channel,
    direction: body.direction,
    people: body.people ?? '',
    subject: body.subject,
    summary: body.summary ?? '',
    emailText: body.emailText ?? '',
    followUpOn: body.followUpOn ?? '',
    followUpNote: body.followUpNote ?? '',
    documentIds: body.documentIds ?? [],
  }
}

/**
 * The multipart body is streamed by the handler, so only the path is validated here; the body
 * schema is kept for the OpenAPI document.
 */
function skipBodyValidation(route: Parameters<typeof validatorCompiler>[0]) {
  if (route.httpPart === 'body') return () => ({ value: undefined })
  return validatorCompiler(route)
}

/** Documents, communications, letters and search in /api/v1, through the same services as the pages. */
export function registerRecordsApi(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>()

  // Documents
  api.get(
    '/api/v1/children/:childId/documents',
    {
      config: { access: 'child-read' },
      schema: {
        tags: ['Documents'],
        security,
        summary: 'List a child’s documents, newest date first',
        params: ChildParamsSchema,
        response: { 200: z.object({ documents: z.array(DocumentSchema) }), ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const actor = apiActor(request)
      const documents = await listDocuments(deps, actor, request.params.childId)
      return {
        documents: await Promise.all(
          documents.map(async (d) => documentJson(d, await linksOfDocument(deps, d))),
        ),
      }
    },
  )

  api.post(
    '/api/v1/children/:childId/documents',
    {
      config: { access: 'child-edit' },
      validatorCompiler: skipBodyValidation as never,
      schema: {
        tags: ['Documents'],
        security,
        summary: 'Upload a document (multipart/form-data, streamed and encrypted)',
        description:
          'The file type is detected from its first bytes; other types answer 400. A file over the size limit answers 413. Nothing is kept when an upload fails.',
        consumes: ['multipart/form-data'],
        params: ChildParamsSchema,
        body: DocumentUploadSchema,
        response: { 201: DocumentSchema, 413: ProblemDocumentSchema, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const document = await uploadDocument(
        deps,
        apiActor(request),
        request.params.childId,
        uploadParts(request, deps.config.uploadMaxBytes),
      )
      return reply.status(201).send(documentJson(document, { eventIds: [], planIds: [], meetingIds: [] }))
    },
  )

  api.get(
    '/api/v1/children/:childId/documents/:documentId',
    {
      config: { access: 'child-read' },
      schema: {
        tags: ['Documents'],
        security,
        summary: 'Read a document’s details',
        params: DocumentParamsSchema,
        response: { 200: DocumentSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const view = await getDocument(
        deps,
        apiActor(request),
        request.params.childId,
        request.params.documentId,
      )
      return documentJson(view.document, view)
    },
  )

  api.put(
    '/api/v1/children/:childId/documents/:documentId',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Documents'],
        security,
        summary: 'Change a document’s details and its links to timeline events, plans and meetings',
        description: 'Send the version you read; if someone saved a newer one, the answer is 409.',
        params: DocumentParamsSchema,
        body: DocumentUpdateSchema,
        response: { 200: DocumentSchema, 409: ProblemDocumentSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const body = request.body
      const view = await updateDocument(
        deps,
        apiActor(request),
        request.params.childId,
        request.params.documentId,
        body.version,
        {
          title: body.title,
          kind: body.kind,
          date: body.date,
          notes: body.notes ?? '',
          tags: (body.tags ?? []).join(', '),
          eventIds: body.eventIds ?? [],
          planIds: body.planIds ?? [],
          meetingIds: body.meetingIds ?? [],
        },
      )
      return documentJson(view.document, view)
    },
  )

  api.get(
    '/api/v1/children/:childId/documents/:documentId/file',
    {
      config: { access: 'child-read' },
      schema: {
        tags: ['Documents'],
        security,
        summary: 'Download a document’s file',
        description: 'Always as an attachment, with the content type detected at upload.',
        produces: ['application/octet-stream'],
        params: DocumentParamsSchema,
        response: { 200: BinarySchema, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const { document, stream, contentType } = await openDocumentFile(
        deps,
        apiActor(request),
        request.params.childId,
        request.params.documentId,
      )
      return reply
        .header('content-type', contentType)
        .header('content-length', String(document.sizeBytes))
        .header('content-disposition', contentDisposition(document.fileName))
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(stream as never)
    },
  )

  api.delete(
    '/api/v1/children/:childId/documents/:documentId',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Documents'],
        security,
        summary: 'Delete a document and its file',
        params: DocumentParamsSchema,
        response: { 204: z.undefined(), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      await deleteDocument(deps, apiActor(request), request.params.childId, request.params.documentId)
      return reply.status(204).send()
    },
  )

  // Communications
  api.get(
    '/api/v1/children/:childId/communications',
    {
      config: { access: 'child-read' },
      schema: {
        tags: ['Communications'],
        security,
        summary: 'The communications log, newest first, with the follow-ups',
        params: ChildParamsSchema,
        response: {
          200: z.object({ communications: z.array(CommunicationSchema), followUps: z.array(FollowUpSchema) }),
          ...STANDARD_ERRORS,
        },
      },
    },
    async (request) => {
      const actor = apiActor(request)
      const { childId } = request.params
      const communications = await listCommunications(deps, actor, childId)
      return {
        communications: await Promise.all(
          communications.map(async (c) =>
            communicationJson(c, await linkedIds(deps.db, 'communication', c.id, 'document')),
          ),
        ),
        followUps: (await listFollowUps(deps, actor, childId)).map((f) => ({
          communicationId: f.communicationId,
          dueOn: f.dueOn,
          subject: f.subject,
          note: f.note,
          done: f.done,
        })),
      }
    },
  )

  api.post(
    '/api/v1/children/:childId/communications',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Communications'],
        security,
        summary: 'Add a call, e-mail, meeting or letter to the log',
        params: ChildParamsSchema,
        body: CommunicationDetailsSchema,
        response: { 201: CommunicationSchema, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const view = await addCommunication(
        deps,
        apiActor(request),
        request.params.childId,
        communicationDraft(request.body),
      )
      return reply.status(201).send(communicationJson(view.communication, view.documentIds))
    },
  )

  api.post(
    '/api/v1/children/:childId/communications/from-email',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Communications'],
        security,
        summary: 'Read a pasted e-mail into a log entry (not saved; check it and POST it)',
        params: ChildParamsSchema,
        body: PastedEmailSchema,
        response: { 200: CommunicationDetailsSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      await getChild(deps, apiActor(request), request.params.childId)
      const { draft } = draftFromPastedEmail(request.body.email)
      return { ...draft, documentIds: [] }
    },
  )

  api.get(
    '/api/v1/children/:childId/communications/:communicationId',
    {
      config: { access: 'child-read' },
      schema: {
        tags: ['Communications'],
        security,
        summary: 'Read a log entry',
        params: CommunicationParamsSchema,
        response: { 200: CommunicationSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const view = await getCommunication(
        deps,
        apiActor(request),
        request.params.childId,
        request.params.communicationId,
      )
      return communicationJson(view.communication, view.documentIds)
    },
  )

  api.put(
    '/api/v1/children/:childId/communications/:communicationId',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Communications'],
        security,
        summary: 'Change a log entry',
        params: CommunicationParamsSchema,
        body: CommunicationUpdateSchema,
        response: { 200: CommunicationSchema, 409: ProblemDocumentSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const view = await updateCommunication(
        deps,
        apiActor(request),
        request.params.childId,
        request.params.communicationId,
        request.body.version,
        communicationDraft(request.body),
      )
      return communicationJson(view.communication, view.documentIds)
    },
  )

  api.delete(
    '/api/v1/children/:childId/communications/:communicationId',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Communications'],
        security,
        summary: 'Delete a log entry',
        params: CommunicationParamsSchema,
        response: { 204: z.undefined(), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      await deleteCommunication(
        deps,
        apiActor(request),
        request.params.childId,
        request.params.communicationId,
      )
      return reply.status(204).send()
    },
  )

  // Letters
  api.get(
    '/api/v1/letter-templates',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['Letters'],
        security,
        summary: 'The letters Pathway writes, each with its law and the facts it needs',
        response: { 200: z.object({ templates: z.array(LetterTemplateSchema) }), 401: ProblemDocumentSchema },
      },
    },
    async (request) => {
      const t = translator(request.lang)
      return {
        templates: LETTER_TEMPLATES.map((template) => ({
          id: template.id,
          title: t(`letters.templates.${template.id}.title`),
          description: t(`letters.templates.${template.id}.description`),
          laws: [...template.laws],
          citations: [...template.citations],
          complaint: template.complaint,
          fields: letterFields(template).map((field) => ({
            name: field.name,
            kind: field.kind,
            required: field.required,
            label: template.fields.includes(field)
              ? t(`letters.templates.${template.id}.fields.${field.name}`)
              : t(`letters.fields.${field.name}`),
          })),
          events: template.events.map((event) => event.type),
        })),
      }
    },
  )

  api.get(
    '/api/v1/children/:childId/letters',
    {
      config: { access: 'child-read' },
      schema: {
        tags: ['Letters'],
        security,
        summary: 'A child’s letters, newest first',
        params: ChildParamsSchema,
        response: { 200: z.object({ letters: z.array(LetterSchema) }), ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const letters = await listLetters(deps, apiActor(request), request.params.childId)
      return {
        letters: await Promise.all(
          letters.map(async (l) => letterJson(l, await linkedIds(deps.db, 'letter', l.id, 'event'))),
        ),
      }
    },
  )

  api.post(
    '/api/v1/children/:childId/letters',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Letters'],
        security,
        summary: 'Write a letter from a template and the child’s record (a draft to edit)',
        params: ChildParamsSchema,
        body: LetterStartSchema,
        response: { 201: LetterSchema, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const letter = await startLetter(
        deps,
        apiActor(request),
        request.params.childId,
        request.body.template,
        {
          ...request.body.facts,
          language: request.body.language,
        },
      )
      return reply.status(201).send(letterJson(letter, []))
    },
  )

  api.get(
    '/api/v1/children/:childId/letters/:letterId',
    {
      config: { access: 'child-read' },
      schema: {
        tags: ['Letters'],
        security,
        summary: 'Read a letter',
        params: LetterParamsSchema,
        response: { 200: LetterSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const view = await getLetter(deps, apiActor(request), request.params.childId, request.params.letterId)
      return letterJson(
        view.letter,
        view.events.map((e) => e.id),
      )
    },
  )

  api.put(
    '/api/v1/children/:childId/letters/:letterId',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Letters'],
        security,
        summary: 'Change the words of a draft letter',
        description:
          'A sent letter cannot change (409 INVALID_STATE); a stale version answers 409 VERSION_CONFLICT.',
        params: LetterParamsSchema,
        body: LetterWordsSchema,
        response: { 200: LetterSchema, 409: ProblemDocumentSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const letter = await editLetter(
        deps,
        apiActor(request),
        request.params.childId,
        request.params.letterId,
        request.body.version,
        {
          subject: request.body.subject,
          body: request.body.body,
        },
      )
      return letterJson(letter, [])
    },
  )

  api.delete(
    '/api/v1/children/:childId/letters/:letterId',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Letters'],
        security,
        summary: 'Delete a draft letter (a sent letter is kept: 409)',
        params: LetterParamsSchema,
        response: { 204: z.undefined(), 409: ProblemDocumentSchema, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      await deleteLetter(deps, apiActor(request), request.params.childId, request.params.letterId)
      return reply.status(204).send()
    },
  )

  api.get(
    '/api/v1/children/:childId/letters/:letterId/pdf',
    {
      config: { access: 'child-read' },
      schema: {
        tags: ['Letters'],
        security,
        summary: 'The letter as a PDF',
        produces: ['application/pdf'],
        params: LetterParamsSchema,
        response: { 200: BinarySchema, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const { pdf } = await letterPdf(
        deps,
        apiActor(request),
        request.params.childId,
        request.params.letterId,
      )
      return reply
        .header('content-type', 'application/pdf')
        .header('cache-control', 'private, no-store')
        .send(pdf as never)
    },
  )

  api.get(
    '/api/v1/children/:childId/letters/:letterId/text',
    {
      config: { access: 'child-read' },
      schema: {
        tags: ['Letters'],
        security,
        summary: 'The letter as plain text (for an e-mail)',
        produces: ['text/plain'],
        params: LetterParamsSchema,
        response: { 200: z.string(), ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const { text } = await letterText(
        deps,
        apiActor(request),
        request.params.childId,
        request.params.letterId,
      )
      return reply
        .header('content-type', 'text/plain; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .send(text)
    },
  )

  api.post(
    '/api/v1/children/:childId/letters/:letterId/sent',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Letters'],
        security,
        summary: 'Mark a letter as sent: records the events that start its clocks and a log entry',
        params: LetterParamsSchema,
        body: LetterSendingSchema,
        response: { 200: SentLetterSchema, 409: ProblemDocumentSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const result = await markSent(
        deps,
        apiActor(request),
        request.params.childId,
        request.params.letterId,
        {
          sentOn: request.body.sentOn,
          sentVia: request.body.sentVia,
          receivedOn: request.body.receivedOn ?? '',
          followUpOn: request.body.followUpOn ?? '',
        },
      )
      return {
        letter: letterJson(
          result.letter,
          result.events.map((e) => e.id),
        ),
        events: result.events.map((e) => ({ id: e.id, type: e.type, date: e.date })),
        communication: communicationJson(result.communication, []),
      }
    },
  )

  // Search
  api.get(
    '/api/v1/children/:childId/search',
    {
      config: { access: 'child-read' },
      schema: {
        tags: ['Search'],
        security,
        summary: 'Find words in a child’s documents, communications, letters and notes',
        params: ChildParamsSchema,
        querystring: SearchQuerySchema,
        response: { 200: z.object({ results: z.array(SearchResultSchema) }), ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const actor = apiActor(request)
      const child = await getChild(deps, actor, request.params.childId)
      const t = translator(request.lang)
      const { results } = await searchChild(deps, actor, child.id, request.query.q)
      return {
        results: results.map((result) => ({
          kind: result.kind,
          id: result.id,
          title:
            result.kind === 'event'
              ? t(`eventTypes.${result.eventType}.label`)
              : result.kind === 'child-notes'
                ? displayName(child)
                : result.title,
          snippet: result.snippet.map((part) => ({ text: part.text, match: part.match })),
        })),
      }
    },
  )
}
