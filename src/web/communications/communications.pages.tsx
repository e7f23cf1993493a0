import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { DomainError, problem } from '../../domain/problems.ts'
import { setFlash } from '../../http/plugins/request-context.ts'
import { paths } from '../../paths.ts'
import { getChild } from '../../services/children/children.ts'
import {
  addCommunication,
  deleteCommunication,
  draftFromPastedEmail,
  getCommunication,
  listCommunications,
  listFollowUps,
  setFollowUpDoneState,
  updateCommunication,
} from '../../services/communications/communications.ts'
import type { Deps } from '../../services/deps.ts'
import { listDocuments } from '../../services/documents/documents.ts'
import { actorOf } from '../actor-of.ts'
import { formList, formText, readForm } from '../forms.ts'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import {
  COMMUNICATION_FORM_FIELDS,
  CommunicationFormPage,
  CommunicationPage,
  CommunicationsListPage,
  communicationFormValues,
  DeleteCommunicationPage,
  EMPTY_COMMUNICATION_FORM,
  PasteEmailPage,
} from './communications-views.tsx'

type ChildParams = { Params: { childId: string } }
type EntryParams = { Params: { childId: string; communicationId: string } }

/** The communications log: list with follow-ups, add, paste an e-mail, view, change, delete. */
export function registerCommunicationPages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)
  const readValues = (body: unknown) => ({
    ...readForm(body, COMMUNICATION_FORM_FIELDS),
    documentIds: formList(body, 'documentIds'),
  })

  app.get<ChildParams>(
    '/children/:childId/communications',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const child = await getChild(deps, actor, request.params.childId)
      const communications = await listCommunications(deps, actor, child.id)
      const followUps = await listFollowUps(deps, actor, child.id)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <CommunicationsListPage child={child} communications={communications} followUps={followUps} />,
      )
    },
  )

  app.get<ChildParams>(
    '/children/:childId/communications/new',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const child = await getChild(deps, actor, request.params.childId)
      const documents = await listDocuments(deps, actor, child.id)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <CommunicationFormPage
          child={child}
          mode="new"
          values={EMPTY_COMMUNICATION_FORM}
          documents={documents}
        />,
      )
    },
  )

  app.post<ChildParams>(
    '/children/:childId/communications/new',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const values = readValues(request.body)
      try {
        const { communication } = await addCommunication(deps, actor, request.params.childId, values)
        setFlash(reply, { key: 'communications.flash.added', kind: 'success' })
        return reply.redirect(paths.communication(request.params.childId, communication.id), 303)
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'INVALID_INPUT') throw error
        const child = await getChild(deps, actor, request.params.childId)
        const documents = await listDocuments(deps, actor, child.id)
        return sendPage(
          reply,
          400,
          ui(request, reply),
          <CommunicationFormPage
            child={child}
            mode="new"
            values={values}
            documents={documents}
            problems={error.problems}
          />,
        )
      }
    },
  )

  app.get<ChildParams>(
    '/children/:childId/communications/paste',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const child = await getChild(deps, actorOf(request), request.params.childId)
      return sendPage(reply, 200, ui(request, reply), <PasteEmailPage child={child} text="" />)
    },
  )

  app.post<ChildParams>(
    '/children/:childId/communications/paste',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const child = await getChild(deps, actor, request.params.childId)
      const text = formText(request.body, 'email')
      if (text.trim() === '') {
        return sendPage(
          reply,
          400,
          ui(request, reply),
          <PasteEmailPage
            child={child}
            text={text}
            problems={[problem('email', 'communications.problems.emailMissing')]}
          />,
        )
      }
      const { draft } = draftFromPastedEmail(text)
      const documents = await listDocuments(deps, actor, child.id)
      // The entry is not saved yet: the person checks what was read and saves it.
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <CommunicationFormPage
          child={child}
          mode="new"
          values={{ ...draft, documentIds: [] }}
          documents={documents}
          pasted
        />,
      )
    },
  )

  app.get<EntryParams>(
    '/children/:childId/communications/:communicationId',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, communicationId } = request.params
      const { communication, documentIds } = await getCommunication(deps, actor, childId, communicationId)
      const child = await getChild(deps, actor, childId)
      const documents = (await listDocuments(deps, actor, childId)).filter((d) => documentIds.includes(d.id))
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <CommunicationPage child={child} communication={communication} documents={documents} />,
      )
    },
  )

  app.get<EntryParams>(
    '/children/:childId/communications/:communicationId/edit',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, communicationId } = request.params
      const { communication, documentIds } = await getCommunication(deps, actor, childId, communicationId)
      const child = await getChild(deps, actor, childId)
      const documents = await listDocuments(deps, actor, childId)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <CommunicationFormPage
          child={child}
          mode="edit"
          communicationId={communication.id}
          version={communication.version}
          values={communicationFormValues(communication, documentIds)}
          documents={documents}
        />,
      )
    },
  )

  app.post<EntryParams>(
    '/children/:childId/communications/:communicationId/edit',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, communicationId } = request.params
      const values = readValues(request.body)
      const version = Number(formText(request.body, 'version'))
      try {
        await updateCommunication(deps, actor, childId, communicationId, version, values)
      } catch (error) {
        if (
          !(error instanceof DomainError) ||
          (error.code !== 'INVALID_INPUT' && error.code !== 'VERSION_CONFLICT')
        )
          throw error
        const { communication } = await getCommunication(deps, actor, childId, communicationId)
        const child = await getChild(deps, actor, childId)
        const documents = await listDocuments(deps, actor, childId)
        const conflict = error.code === 'VERSION_CONFLICT'
        return sendPage(
          reply,
          conflict ? 409 : 400,
          ui(request, reply),
          <CommunicationFormPage
            child={child}
            mode="edit"
            communicationId={communicationId}
            version={conflict ? communication.version : version}
            values={values}
            documents={documents}
            problems={error.problems}
            conflict={conflict ? communication : undefined}
          />,
        )
      }
      setFlash(reply, { key: 'communications.flash.saved', kind: 'success' })
      return reply.redirect(paths.communication(childId, communicationId), 303)
    },
  )

  app.post<EntryParams>(
    '/children/:childId/communications/:communicationId/follow-up',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { childId, communicationId } = request.params
      const done = formText(request.body, 'done') !== 'no'
      await setFollowUpDoneState(deps, actorOf(request), childId, communicationId, done)
      setFlash(reply, {
        key: done ? 'communications.flash.followUpDone' : 'communications.flash.followUpOpen',
        kind: 'success',
      })
      return reply.redirect(paths.communication(childId, communicationId), 303)
    },
  )

  app.get<EntryParams>(
    '/children/:childId/communications/:communicationId/delete',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, communicationId } = request.params
      const { communication } = await getCommunication(deps, actor, childId, communicationId)
      const child = await getChild(deps, actor, childId)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <DeleteCommunicationPage child={child} communication={communication} />,
      )
    },
  )

  app.post<EntryParams>(
    '/children/:childId/communications/:communicationId/delete',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { childId, communicationId } = request.params
      await deleteCommunication(deps, actorOf(request), childId, communicationId)
      setFlash(reply, { key: 'communications.flash.deleted', kind: 'success' })
      return reply.redirect(paths.communications(childId), 303)
    },
  )
}
