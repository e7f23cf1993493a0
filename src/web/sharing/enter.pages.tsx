import type { FastifyInstance } from 'fastify'
import { linkActorOf } from '../../http/plugins/access.ts'
import { childOfDataEntryLink } from '../../services/access/access-links.ts'
import type { Deps } from '../../services/deps.ts'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import { EnterLandingPage } from './enter-views.tsx'

type TokenParams = { Params: { token: string } }

/**
 * The landing page of a data-entry link (no account): it names the child by first name and leads to
 * adding progress data and logging service sessions (those pages live with goals and services).
 */
export function registerEnterPages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  app.get<TokenParams>('/enter/:token', { config: { access: 'data-entry-link' } }, async (request, reply) => {
    const child = await childOfDataEntryLink(deps, linkActorOf(request))
    return sendPage(
      reply,
      200,
      uiFor(request, reply, settings),
      <EnterLandingPage token={request.params.token} firstName={child.firstName} />,
    )
  })
}
