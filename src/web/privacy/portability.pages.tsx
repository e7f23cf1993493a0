import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { DomainError } from '../../domain/problems.ts'
import { setFlash } from '../../http/plugins/request-context.ts'
import { sendExport } from '../../http/send-export.ts'
import { paths } from '../../paths.ts'
import type { Deps } from '../../services/deps.ts'
import { formatMegabytes } from '../../services/documents/documents.ts'
import { getChildForEditing } from '../../services/plans/plan-records.ts'
import { prepareAccountExport, prepareChildExport } from '../../services/portability/export-record.ts'
import { DEFAULT_IMPORT_LIMITS, importRecord } from '../../services/portability/import-record.ts'
import { actorOf } from '../actor-of.ts'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import { AccountExportPage, ChildExportPage, ImportPage } from './portability-views.tsx'

type ChildParams = { Params: { childId: string } }

/** The first file part of a multipart upload, streamed; other fields are ignored. */
async function uploadedArchive(request: FastifyRequest, maxBytes: number) {
  const options = {
    limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 10 },
    throwFileSizeLimit: false,
  }
  for await (const part of request.parts(options as Parameters<FastifyRequest['parts']>[0])) {
    if (part.type === 'file' && part.fieldname === 'file' && part.filename) return part
    if (part.type === 'file') part.file.resume()
  }
  return undefined
}

/** Export (a child, the account) and import (a ZIP from any Pathway). */
export function registerPortabilityPages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)
  const maxSize = formatMegabytes(DEFAULT_IMPORT_LIMITS.archiveBytes)

  app.get<ChildParams>(
    '/children/:childId/export',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const child = await getChildForEditing(deps, actorOf(request), request.params.childId)
      return sendPage(reply, 200, ui(request, reply), <ChildExportPage child={child} />)
    },
  )

  app.post<ChildParams>(
    '/children/:childId/export',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const prepared = await prepareChildExport(deps, actorOf(request), request.params.childId, request.lang)
      return sendExport(deps, reply, prepared)
    },
  )

  app.get('/account/export', { config: { access: 'signed-in' } }, async (request, reply) =>
    sendPage(reply, 200, ui(request, reply), <AccountExportPage />),
  )

  app.post('/account/export', { config: { access: 'signed-in' } }, async (request, reply) => {
    const prepared = await prepareAccountExport(deps, actorOf(request), request.lang)
    return sendExport(deps, reply, prepared)
  })

  app.get('/import', { config: { access: 'signed-in' } }, async (request, reply) =>
    sendPage(reply, 200, ui(request, reply), <ImportPage maxSize={maxSize} />),
  )

  app.post('/import', { config: { access: 'signed-in' } }, async (request, reply) => {
    const actor = actorOf(request)
    try {
      if (!request.isMultipart()) throw emptyUpload()
      const part = await uploadedArchive(request, DEFAULT_IMPORT_LIMITS.archiveBytes)
      if (!part) throw emptyUpload()
      const result = await importRecord(deps, actor, part.file, { truncated: () => part.file.truncated })
      setFlash(reply, {
        key: 'privacy.import.flash',
        params: { names: result.children.map((child) => child.name).join(', ') },
        kind: 'success',
      })
      const [first] = result.children
      return reply.redirect(
        result.children.length === 1 && first ? paths.child(first.newId) : paths.children(),
        303,
      )
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'INVALID_INPUT') throw error
      return sendPage(
        reply,
        400,
        ui(request, reply),
        <ImportPage problems={error.problems} maxSize={maxSize} />,
      )
    }
  })
}

function emptyUpload(): DomainError {
  return new DomainError('INVALID_INPUT', undefined, [
    { field: 'file', message: 'privacy.import.problems.empty' },
  ])
}
