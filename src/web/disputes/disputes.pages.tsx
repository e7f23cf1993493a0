import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { isFormalRoad } from '../../domain/disputes/roads.ts'
import { DomainError, type Problem } from '../../domain/problems.ts'
import { setFlash } from '../../http/plugins/request-context.ts'
import { paths } from '../../paths.ts'
import { getChild } from '../../services/children/children.ts'
import type { Deps } from '../../services/deps.ts'
import {
  getDispute,
  linkDisputePapers,
  listDisputes,
  openDispute,
  recordDisputeOutcome,
  recordStage,
} from '../../services/disputes/disputes.ts'
import { listDocuments } from '../../services/documents/documents.ts'
import { listLetters } from '../../services/letters/letters.ts'
import { actorOf } from '../actor-of.ts'
import { formList, formVersion, readForm } from '../forms.ts'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import { saveOrShowAgain } from '../save-or-show-again.ts'
import { DisputePage, DisputesPage, NewDisputePage } from './disputes-views.tsx'

type ChildParams = { Params: { childId: string } }
type DisputeParams = { Params: { childId: string; disputeId: string } }

/** Disputes: the guide to the roads with the child's disputes, opening one, its stages and outcome. */
export function registerDisputePages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)

  async function disputePage(
    request: FastifyRequest,
    reply: FastifyReply,
    ids: { childId: string; disputeId: string },
    status: number,
    extra: {
      stageValues?: Record<string, string>
      outcomeValues?: Record<string, string>
      problems?: readonly Problem[]
      conflict?: boolean
    } = {},
  ) {
    const actor = actorOf(request)
    const view = await getDispute(deps, actor, ids.childId, ids.disputeId)
    const documents = (await listDocuments(deps, actor, ids.childId)).map((d) => ({
      id: d.id,
      title: d.title,
    }))
    const letters = (await listLetters(deps, actor, ids.childId)).map((l) => ({
      id: l.id,
      subject: l.subject,
    }))
    return sendPage(
      reply,
      status,
      ui(request, reply),
      <DisputePage {...view} papers={{ documents, letters }} {...extra} />,
    )
  }

  app.get<ChildParams>(
    '/children/:childId/disputes',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const child = await getChild(deps, actor, request.params.childId)
      const disputes = await listDisputes(deps, actor, child.id)
      return sendPage(reply, 200, ui(request, reply), <DisputesPage child={child} disputes={disputes} />)
    },
  )

  app.get<ChildParams & { Querystring: { road?: string } }>(
    '/children/:childId/disputes/new',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const child = await getChild(deps, actorOf(request), request.params.childId)
      if (child.archivedAt !== null) throw new DomainError('INVALID_STATE')
      const road = request.query.road ?? ''
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <NewDisputePage child={child} values={{ road: isFormalRoad(road) ? road : '' }} />,
      )
    },
  )

  app.post<ChildParams>(
    '/children/:childId/disputes/new',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const values = readForm(request.body, ['road', 'title', 'violationOn', 'knewOn'])
      try {
        const dispute = await openDispute(deps, actor, request.params.childId, values)
        setFlash(reply, { key: 'disputes.flash.opened', kind: 'success' })
        return reply.redirect(paths.dispute(request.params.childId, dispute.id), 303)
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'INVALID_INPUT') throw error
        const child = await getChild(deps, actor, request.params.childId)
        return sendPage(
          reply,
          400,
          ui(request, reply),
          <NewDisputePage child={child} values={values} problems={error.problems} />,
        )
      }
    },
  )

  app.get<DisputeParams>(
    '/children/:childId/disputes/:disputeId',
    { config: { access: 'child-read' } },
    async (request, reply) => disputePage(request, reply, request.params, 200),
  )

  app.post<DisputeParams>(
    '/children/:childId/disputes/:disputeId/stage',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { childId, disputeId } = request.params
      const values = readForm(request.body, ['version', 'stage', 'date'])
      return saveOrShowAgain(reply, {
        save: () =>
          recordStage(deps, actorOf(request), childId, disputeId, formVersion(values.version), values),
        flash: 'disputes.flash.stage',
        redirectTo: `${paths.dispute(childId, disputeId)}#stage-${values.stage}`,
        showAgain: ({ status, problems, conflict }) =>
          disputePage(request, reply, request.params, status, { stageValues: values, problems, conflict }),
      })
    },
  )

  app.post<DisputeParams>(
    '/children/:childId/disputes/:disputeId/outcome',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { childId, disputeId } = request.params
      const values = readForm(request.body, ['version', 'status', 'outcome', 'agreementTerms'])
      return saveOrShowAgain(reply, {
        save: () =>
          recordDisputeOutcome(
            deps,
            actorOf(request),
            childId,
            disputeId,
            formVersion(values.version),
            values,
          ),
        flash: 'disputes.flash.outcome',
        redirectTo: paths.dispute(childId, disputeId),
        showAgain: ({ status, problems, conflict }) =>
          disputePage(request, reply, request.params, status, { outcomeValues: values, problems, conflict }),
      })
    },
  )

  app.post<DisputeParams>(
    '/children/:childId/disputes/:disputeId/papers',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { childId, disputeId } = request.params
      await linkDisputePapers(deps, actorOf(request), childId, disputeId, {
        documentIds: formList(request.body, 'documentIds'),
        letterIds: formList(request.body, 'letterIds'),
      })
      setFlash(reply, { key: 'disputes.flash.papers', kind: 'success' })
      return reply.redirect(paths.dispute(childId, disputeId), 303)
    },
  )
}
