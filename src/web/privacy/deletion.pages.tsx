import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { displayName } from '../../domain/children/child.ts'
import { DomainError } from '../../domain/problems.ts'
import { setFlash } from '../../http/plugins/request-context.ts'
import { paths } from '../../paths.ts'
import { hashToken } from '../../services/accounts/secrets.ts'
import {
  listPendingDeletions,
  requestAccountDeletion,
  requestChildDeletion,
  undoAccountDeletion,
  undoChildDeletion,
} from '../../services/deletion/delete-record.ts'
import type { Deps } from '../../services/deps.ts'
import { getChildForEditing } from '../../services/plans/plan-records.ts'
import { actorOf } from '../actor-of.ts'
import { formText } from '../forms.ts'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import { DeleteAccountPage, DeleteChildPage, DeletionsPage, purgeDay } from './deletion-views.tsx'

type ChildParams = { Params: { childId: string } }

/** Deleting a child's record or the account (14 days to undo), and the page to undo it. */
export function registerDeletionPages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)
  const { timeZone } = deps.config

  app.get<ChildParams>(
    '/children/:childId/delete',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const child = await getChildForEditing(deps, actorOf(request), request.params.childId)
      return sendPage(reply, 200, ui(request, reply), <DeleteChildPage child={child} />)
    },
  )

  app.post<ChildParams>(
    '/children/:childId/delete',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const child = await getChildForEditing(deps, actor, request.params.childId)
      const typed = formText(request.body, 'confirmName')
      try {
        const { purgeAfter } = await requestChildDeletion(deps, actor, child.id, typed)
        const page = ui(request, reply)
        setFlash(reply, {
          key: 'privacy.delete.flash',
          params: { name: displayName(child), date: purgeDay(purgeAfter, timeZone, page.date) },
          kind: 'success',
        })
        return reply.redirect(paths.deletions(), 303)
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'INVALID_INPUT') throw error
        return sendPage(
          reply,
          400,
          ui(request, reply),
          <DeleteChildPage child={child} typed={typed} problems={error.problems} />,
        )
      }
    },
  )

  app.get('/account/deletions', { config: { access: 'signed-in' } }, async (request, reply) => {
    const pending = await listPendingDeletions(deps, actorOf(request))
    return sendPage(reply, 200, ui(request, reply), <DeletionsPage pending={pending} timeZone={timeZone} />)
  })

  app.post<ChildParams>(
    '/account/deletions/children/:childId/undo',
    { config: { access: 'signed-in' } },
    async (request, reply) => {
      const { name } = await undoChildDeletion(deps, actorOf(request), request.params.childId)
      setFlash(reply, { key: 'privacy.deletions.undone', params: { name }, kind: 'success' })
      return reply.redirect(paths.child(request.params.childId), 303)
    },
  )

  app.get('/account/delete', { config: { access: 'signed-in' } }, async (request, reply) =>
    sendPage(reply, 200, ui(request, reply), <DeleteAccountPage />),
  )

  app.post('/account/delete', { config: { access: 'signed-in' } }, async (request, reply) => {
    try {
      const { purgeAfter } = await requestAccountDeletion(
        deps,
        actorOf(request),
        formText(request.body, 'password'),
        request.sessionToken ? hashToken(request.sessionToken) : undefined,
      )
      const page = ui(request, reply)
      setFlash(reply, {
        key: 'privacy.deleteAccount.flash',
        params: { date: purgeDay(purgeAfter, timeZone, page.date) },
        kind: 'success',
      })
      return reply.redirect(paths.deletions(), 303)
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'INVALID_INPUT') throw error
      return sendPage(reply, 400, ui(request, reply), <DeleteAccountPage problems={error.problems} />)
    }
  })

  app.post('/account/deletions/account/undo', { config: { access: 'signed-in' } }, async (request, reply) => {
    await undoAccountDeletion(deps, actorOf(request))
    setFlash(reply, { key: 'privacy.deletions.accountUndone', kind: 'success' })
    return reply.redirect(paths.account(), 303)
  })
}
