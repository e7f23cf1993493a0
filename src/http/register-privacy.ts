import type { FastifyInstance } from 'fastify'
import type { Deps } from '../services/deps.ts'
import { registerDeletionPages } from '../web/privacy/deletion.pages.tsx'
import { registerPortabilityPages } from '../web/privacy/portability.pages.tsx'
import { registerTwoStepPages } from '../web/privacy/two-step.pages.tsx'
import type { RenderSettings } from '../web/render.tsx'
import { registerPortabilityApi } from './api/portability.routes.ts'
import { registerSharingApi } from './api/sharing.routes.ts'

/**
 * Export, import, deletion and two-step sign-in (issue 3): pages and API. Registered after the
 * records (which bring the multipart parser) so uploads of an export stream through it.
 */
export async function registerPrivacy(
  app: FastifyInstance,
  deps: Deps,
  settings: RenderSettings,
): Promise<void> {
  registerPortabilityPages(app, deps, settings)
  registerDeletionPages(app, deps, settings)
  registerTwoStepPages(app, deps, settings)
  registerPortabilityApi(app, deps)
  registerSharingApi(app, deps)
}
