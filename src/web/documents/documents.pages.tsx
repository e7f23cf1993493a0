import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Actor } from '../../domain/access/actor.ts'
import { DomainError } from '../../domain/problems.ts'
import { setFlash } from '../../http/plugins/request-context.ts'
import { paths } from '../../paths.ts'
import { getChild } from '../../services/children/children.ts'
import { listEvents } from '../../services/children/events.ts'
import { listCommunications } from '../../services/communications/communications.ts'
import type { Deps } from '../../services/deps.ts'
import {
  type DocumentLinks,
  deleteDocument,
  formatMegabytes,
  getDocument,
  listDocuments,
  openDocumentFile,
  updateDocument,
  uploadDocument,
} from '../../services/documents/documents.ts'
import { listMeetings } from '../../services/meetings/meetings.ts'
import { listPlans } from '../../services/plans/plan-records.ts'
import { searchChild } from '../../services/search/search-child.ts'
import { linkingIds } from '../../storage/record-links-store.ts'
import { actorOf } from '../actor-of.ts'
import { formList, formText, readForm } from '../forms.ts'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import { contentDisposition } from './content-disposition.ts'
import {
  DeleteDocumentPage,
  DOCUMENT_FORM_FIELDS,
  type DocumentLinkChoices,
  DocumentPage,
  DocumentsListPage,
  documentFormValues,
  EditDocumentPage,
  EMPTY_DOCUMENT_FORM,
  SearchPage,
  UploadDocumentPage,
} from './documents-views.tsx'
import { uploadParts } from './upload-parts.ts'

type ChildParams = { Params: { childId: string } }
type DocumentParams = { Params: { childId: string; documentId: string } }

/** The child's events, plans and meetings; with `only`, just the ones a document is linked to. */
async function linkChoices(
  deps: Deps,
  actor: Actor,
  childId: string,
  only?: DocumentLinks,
): Promise<DocumentLinkChoices> {
  const [events, plans, meetings] = await Promise.all([
    listEvents(deps, actor, childId),
    listPlans(deps, actor, childId),
    listMeetings(deps, actor, childId),
  ])
  if (!only) return { events, plans, meetings }
  return {
    events: events.filter((event) => only.eventIds.includes(event.id)),
    plans: plans.filter((plan) => only.planIds.includes(plan.id)),
    meetings: meetings.filter((meeting) => only.meetingIds.includes(meeting.id)),
  }
}

/** Documents of a child: list, upload (streamed), view, download, change, delete; and search. */
export function registerDocumentPages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)
  const maxSize = formatMegabytes(deps.config.uploadMaxBytes)

  app.get<ChildParams>(
    '/children/:childId/documents',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const child = await getChild(deps, actor, request.params.childId)
      const documents = await listDocuments(deps, actor, child.id)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <DocumentsListPage child={child} documents={documents} />,
      )
    },
  )

  app.get<ChildParams>(
    '/children/:childId/documents/new',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const child = await getChild(deps, actorOf(request), request.params.childId)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <UploadDocumentPage child={child} values={EMPTY_DOCUMENT_FORM} maxSize={maxSize} />,
      )
    },
  )

  app.post<ChildParams>(
    '/children/:childId/documents/new',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const child = await getChild(deps, actor, request.params.childId)
      const fields: Record<string, string> = {}
      const parts = uploadParts(request, deps.config.uploadMaxBytes)
      // Keep what the person typed, to show it again if something needs fixing.
      async function* remembered() {
        for await (const part of parts) {
          if (part.kind === 'field') fields[part.name] = part.value
          yield part
        }
      }
      try {
        const document = await uploadDocument(deps, actor, child.id, remembered())
        setFlash(reply, {
          key: 'documents.flash.uploaded',
          params: { title: document.title },
          kind: 'success',
        })
        return reply.redirect(paths.document(child.id, document.id), 303)
      } catch (error) {
        if (!(error instanceof DomainError) || (error.code !== 'INVALID_INPUT' && error.code !== 'TOO_LARGE'))
          throw error
        const values = readForm(fields, DOCUMENT_FORM_FIELDS)
        return sendPage(
          reply,
          error.status,
          ui(request, reply),
          <UploadDocumentPage child={child} values={values} problems={error.problems} maxSize={maxSize} />,
        )
      }
    },
  )

  app.get<DocumentParams>(
    '/children/:childId/documents/:documentId',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, documentId } = request.params
      const view = await getDocument(deps, actor, childId, documentId)
      const { document } = view
      const child = await getChild(deps, actor, childId)
      const linked = await linkChoices(deps, actor, childId, view)
      const mentioning = new Set(await linkingIds(deps.db, 'document', document.id, 'communication'))
      const mentionedIn = (await listCommunications(deps, actor, childId))
        .filter((entry) => mentioning.has(entry.id))
        .map((entry) => ({ id: entry.id, subject: entry.subject }))
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <DocumentPage child={child} document={document} linked={linked} mentionedIn={mentionedIn} />,
      )
    },
  )

  app.get<DocumentParams>(
    '/children/:childId/documents/:documentId/file',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const { childId, documentId } = request.params
      const { document, stream, contentType } = await openDocumentFile(
        deps,
        actorOf(request),
        childId,
        documentId,
      )
      return reply
        .header('content-type', contentType)
        .header('content-length', String(document.sizeBytes))
        .header('content-disposition', contentDisposition(document.fileName))
        .header('cache-control', 'private, no-store')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('x-content-type-options', 'nosniff')
        .send(stream)
    },
  )

  app.get<DocumentParams>(
    '/children/:childId/documents/:documentId/edit',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, documentId } = request.params
      const view = await getDocument(deps, actor, childId, documentId)
      const child = await getChild(deps, actor, childId)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <EditDocumentPage
          child={child}
          document={view.document}
          values={documentFormValues(view.document, view)}
          version={view.document.version}
          choices={await linkChoices(deps, actor, childId)}
        />,
      )
    },
  )

  app.post<DocumentParams>(
    '/children/:childId/documents/:documentId/edit',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, documentId } = request.params
      const values = {
        ...readForm(request.body, DOCUMENT_FORM_FIELDS),
        eventIds: formList(request.body, 'eventIds'),
        planIds: formList(request.body, 'planIds'),
        meetingIds: formList(request.body, 'meetingIds'),
      }
      const version = Number(formText(request.body, 'version'))
      try {
        await updateDocument(deps, actor, childId, documentId, version, values)
      } catch (error) {
        if (
          !(error instanceof DomainError) ||
          (error.code !== 'INVALID_INPUT' && error.code !== 'VERSION_CONFLICT')
        )
          throw error
        const { document } = await getDocument(deps, actor, childId, documentId)
        const child = await getChild(deps, actor, childId)
        const conflict = error.code === 'VERSION_CONFLICT'
        return sendPage(
          reply,
          conflict ? 409 : 400,
          ui(request, reply),
          <EditDocumentPage
            child={child}
            document={document}
            values={values}
            version={conflict ? document.version : version}
            choices={await linkChoices(deps, actor, childId)}
            problems={error.problems}
            conflict={conflict ? document : undefined}
          />,
        )
      }
      setFlash(reply, { key: 'documents.flash.saved', kind: 'success' })
      return reply.redirect(paths.document(childId, documentId), 303)
    },
  )

  app.get<DocumentParams>(
    '/children/:childId/documents/:documentId/delete',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, documentId } = request.params
      const { document } = await getDocument(deps, actor, childId, documentId)
      const child = await getChild(deps, actor, childId)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <DeleteDocumentPage child={child} document={document} />,
      )
    },
  )

  app.post<DocumentParams>(
    '/children/:childId/documents/:documentId/delete',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { childId, documentId } = request.params
      await deleteDocument(deps, actorOf(request), childId, documentId)
      setFlash(reply, { key: 'documents.flash.deleted', kind: 'success' })
      return reply.redirect(paths.documents(childId), 303)
    },
  )

  app.get<ChildParams & { Querystring: { q?: string } }>(
    '/children/:childId/search',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const child = await getChild(deps, actor, request.params.childId)
      const query = typeof request.query.q === 'string' ? request.query.q.slice(0, 200) : ''
      const found = query.trim() === '' ? undefined : await searchChild(deps, actor, child.id, query)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <SearchPage child={child} query={query} results={found?.results} />,
      )
    },
  )
}
