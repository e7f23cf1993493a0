import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { DomainError, type Problem, problem } from '../../domain/problems.ts'
import { setFlash } from '../../http/plugins/request-context.ts'
import { paths } from '../../paths.ts'
import { getChild } from '../../services/children/children.ts'
import type { Deps } from '../../services/deps.ts'
import { getDocument, listDocuments } from '../../services/documents/documents.ts'
import { confirmImport, getImport, listImports, startImport } from '../../services/imports/imports.ts'
import type { DocumentImport } from '../../storage/imports-store.ts'
import { actorOf } from '../actor-of.ts'
import { formText } from '../forms.ts'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import {
  ImportReadingPage,
  ImportResultPage,
  ImportReviewPage,
  ImportStartPage,
  missingPaths,
  type ReviewValues,
  reviewDefaults,
  sourceOf,
} from './imports-views.tsx'
import { takePassage } from './take-passage.ts'

type ChildParams = { Params: { childId: string } }
type ImportParams = { Params: { childId: string; importId: string } }

/**
 * The review form as sent: every field's kept flag and value, the added values, kind and status,
 * and the lines the parent chose as values' sources (`source.<field>`, a line number from 1).
 */
function readReview(body: unknown, found: DocumentImport): ReviewValues {
  const fieldCount = found.proposal?.fields.length ?? 0
  const lineCount = found.proposal?.passages?.length ?? 0
  const use: boolean[] = []
  const values: string[] = []
  const sources: Record<string, number> = {}
  const source = (name: string) => {
    const line = Number(formText(body, `source.${name}`))
    if (Number.isInteger(line) && line >= 1 && line <= lineCount) sources[name] = line - 1
  }
  for (let i = 0; i < fieldCount; i += 1) {
    use.push(formText(body, `use.${i}`) === 'yes')
    values.push(formText(body, `value.${i}`))
    source(`value.${i}`)
  }
  const chosenKind = formText(body, 'kind') || found.kind
  const added: Record<string, string> = {}
  for (const path of missingPaths(chosenKind, [])) {
    added[path] = formText(body, `add.${path}`)
    source(`add.${path}`)
  }
  return {
    kind: chosenKind,
    planStatus: formText(body, 'planStatus') || 'in-effect',
    use,
    values,
    added,
    sources,
    take: { field: formText(body, 'take.field'), line: formText(body, 'take.line') },
  }
}

/**
 * Reading a document into the record (issue 13): pick a document, review what was read (each
 * value beside its passage, with how sure the reader is), confirm. Works without JavaScript.
 */
export function registerImportPages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)

  async function startPage(
    request: FastifyRequest<ChildParams>,
    reply: FastifyReply,
    status: number,
    problems = [] as ReturnType<typeof problem>[],
  ) {
    const actor = actorOf(request)
    const child = await getChild(deps, actor, request.params.childId)
    const documents = await listDocuments(deps, actor, child.id)
    const imports = await listImports(deps, actor, child.id)
    return sendPage(
      reply,
      status,
      ui(request, reply),
      <ImportStartPage child={child} documents={documents} imports={imports} problems={problems} />,
    )
  }

  app.get<ChildParams>('/children/:childId/imports', { config: { access: 'child-edit' } }, (request, reply) =>
    startPage(request, reply, 200),
  )

  app.post<ChildParams>(
    '/children/:childId/imports',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const documentId = formText(request.body, 'documentId')
      if (documentId === '')
        return startPage(request, reply, 400, [problem('documentId', 'imports.problems.document')])
      try {
        const found = await startImport(deps, actorOf(request), request.params.childId, documentId)
        return reply.redirect(paths.documentImport(request.params.childId, found.id), 303)
      } catch (error) {
        if (error instanceof DomainError && error.code === 'INVALID_INPUT')
          return startPage(request, reply, 400, [...error.problems])
        throw error
      }
    },
  )

  app.get<ImportParams>(
    '/children/:childId/imports/:importId',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, importId } = request.params
      const child = await getChild(deps, actor, childId)
      const found = await getImport(deps, actor, childId, importId)
      if (found.status !== 'ready' && found.status !== 'reading')
        return sendPage(reply, 200, ui(request, reply), <ImportResultPage child={child} found={found} />)
      const { document } = await getDocument(deps, actor, childId, found.documentId)
      if (found.status === 'reading')
        return sendPage(
          reply,
          200,
          ui(request, reply),
          <ImportReadingPage child={child} found={found} document={document} />,
        )
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <ImportReviewPage child={child} found={found} document={document} values={reviewDefaults(found)} />,
      )
    },
  )

  app.post<ImportParams>(
    '/children/:childId/imports/:importId',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, importId } = request.params
      const child = await getChild(deps, actor, childId)
      const found = await getImport(deps, actor, childId, importId)
      if (found.status === 'reading') {
        const { document } = await getDocument(deps, actor, childId, found.documentId)
        return sendPage(
          reply,
          409,
          ui(request, reply),
          <ImportReadingPage child={child} found={found} document={document} />,
        )
      }
      if (found.status !== 'ready')
        return sendPage(reply, 409, ui(request, reply), <ImportResultPage child={child} found={found} />)
      const fields = found.proposal?.fields ?? []
      const sent = readReview(request.body, found)
      const { document } = await getDocument(deps, actor, childId, found.documentId)
      const showAgain = (status: number, values: ReviewValues, problems: readonly Problem[]) =>
        sendPage(
          reply,
          status,
          ui(request, reply),
          <ImportReviewPage
            child={child}
            found={found}
            document={document}
            values={values}
            problems={problems}
          />,
        )
      // "Use this line": fill one value from a line of the document, keep the rest, save nothing.
      if (formText(request.body, 'take') === 'yes') {
        const taken = takePassage(found.proposal, sent, sent.take?.field ?? '', sent.take?.line ?? '')
        return showAgain(taken.problems.length > 0 ? 400 : 200, taken.values, taken.problems)
      }
      const values = { ...sent, take: undefined }
      const confirmed = [
        ...fields.flatMap((field, i) =>
          values.use[i]
            ? [
                {
                  field: `value.${i}`,
                  path: field.path,
                  value: values.values[i] ?? '',
                  source: sourceOf(found, values, `value.${i}`, field.source),
                },
              ]
            : [],
        ),
        ...Object.entries(values.added)
          .filter(([, value]) => value.trim() !== '')
          .map(([path, value]) => ({
            field: `add.${path}`,
            path,
            value,
            source: sourceOf(found, values, `add.${path}`, null),
          })),
      ]
      try {
        await confirmImport(deps, actor, childId, importId, {
          expectedVersion: Number(formText(request.body, 'version')),
          kind: values.kind,
          planStatus: values.planStatus === 'superseded' ? 'superseded' : 'in-effect',
          fields: confirmed,
        })
        setFlash(reply, { key: 'imports.flash.saved', kind: 'success' })
        return reply.redirect(paths.documentImport(childId, importId), 303)
      } catch (error) {
        if (
          !(error instanceof DomainError) ||
          (error.code !== 'INVALID_INPUT' && error.code !== 'VERSION_CONFLICT')
        )
          throw error
        const problems =
          error.code === 'VERSION_CONFLICT'
            ? [problem('version', 'imports.problems.conflict')]
            : [...error.problems]
        return showAgain(error.status, values, problems)
      }
    },
  )
}
