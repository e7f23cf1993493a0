import { Readable } from 'node:stream'
import type { FastifyReply } from 'fastify'
import type { Deps } from '../services/deps.ts'
import { type PreparedExport, streamExport } from '../services/portability/export-record.ts'
import { contentDisposition } from '../web/documents/content-disposition.ts'

/** Sends an export as a ZIP download (pages and API), streamed as it is written. */
export function sendExport(deps: Deps, reply: FastifyReply, prepared: PreparedExport) {
  return reply
    .header('content-type', 'application/zip')
    .header('content-disposition', contentDisposition(prepared.fileName))
    .header('cache-control', 'private, no-store')
    .send(Readable.from(streamExport(deps, prepared)))
}
