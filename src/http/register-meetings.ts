import type { FastifyInstance } from 'fastify'
import type { Deps } from '../services/deps.ts'
import { registerDisputePages } from '../web/disputes/disputes.pages.tsx'
import { registerMeetingPages } from '../web/meetings/meetings.pages.tsx'
import type { RenderSettings } from '../web/render.tsx'
import { registerMeetingsApi } from './api/meetings.routes.ts'

/**
 * Meetings and disputes: the pages and the JSON API. Registered after the API's OpenAPI plugin so
 * the API routes are documented.
 */
export function registerMeetingsAndDisputes(
  app: FastifyInstance,
  deps: Deps,
  settings: RenderSettings,
): void {
  registerMeetingPages(app, deps, settings)
  registerDisputePages(app, deps, settings)
  registerMeetingsApi(app, deps)
}
