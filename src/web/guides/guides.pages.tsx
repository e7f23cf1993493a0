import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { paths } from '../../paths.ts'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import { ComparisonPage, GlossaryPage, GuidesHubPage, QuestionsPage } from './guides-views.tsx'

/** The public guides: no account needed, the same in English and Spanish. */
export function registerGuidePages(app: FastifyInstance, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)
  const publicPage = { config: { access: 'public' as const } }

  app.get(paths.guides(), publicPage, async (request, reply) =>
    sendPage(reply, 200, ui(request, reply), <GuidesHubPage />),
  )
  app.get(paths.guide('comparison'), publicPage, async (request, reply) =>
    sendPage(reply, 200, ui(request, reply), <ComparisonPage />),
  )
  app.get(paths.guide('questions'), publicPage, async (request, reply) =>
    sendPage(reply, 200, ui(request, reply), <QuestionsPage />),
  )
  app.get(paths.guide('glossary'), publicPage, async (request, reply) =>
    sendPage(reply, 200, ui(request, reply), <GlossaryPage />),
  )
}
