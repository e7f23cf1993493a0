import fastifyMultipart from '@fastify/multipart'
import type { FastifyInstance } from 'fastify'
import type { Deps } from '../services/deps.ts'
import { registerCommunicationPages } from '../web/communications/communications.pages.tsx'
import { registerDocumentPages } from '../web/documents/documents.pages.tsx'
import { registerLetterPages } from '../web/letters/letters.pages.tsx'
import type { RenderSettings } from '../web/render.tsx'
import { registerRecordsApi } from './api/records.routes.ts'

/**
 * Documents, the communications log, letters and search: the multipart parser (uploads stream
 * through it; nothing is buffered), the pages and the API. Registered after the API's OpenAPI
 * plugin so the API routes are documented.
 */
export async function registerRecords(
  app: FastifyInstance,
  deps: Deps,
  settings: RenderSettings,
): Promise<void> {
  await app.register(fastifyMultipart, {
    limits: { fileSize: deps.config.uploadMaxBytes, files: 1, fields: 20, fieldSize: 100_000, parts: 30 },
  })
  registerDocumentPages(app, deps, settings)
  registerCommunicationPages(app, deps, settings)
  registerLetterPages(app, deps, settings)
  registerRecordsApi(app, deps)
}
