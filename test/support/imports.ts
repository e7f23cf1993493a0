import type { Actor } from '../../src/domain/access/actor.ts'
import type { ProposedField } from '../../src/domain/imports/proposal.ts'
import { JOB_HANDLERS } from '../../src/jobs/handlers.ts'
import { runDueJobs } from '../../src/jobs/run-jobs.ts'
import type { Deps } from '../../src/services/deps.ts'
import { type UploadPart, uploadDocument } from '../../src/services/documents/documents.ts'
import { getImport, startImport } from '../../src/services/imports/imports.ts'
import type { TestUser } from './factories.ts'

async function* parts(fileName: string, bytes: Uint8Array, title: string): AsyncGenerator<UploadPart> {
  for (const [name, value] of Object.entries({
    title,
    kind: 'other',
    date: '2026-09-10',
    notes: '',
    tags: '',
  }))
    yield { kind: 'field', name, value }
  yield {
    kind: 'file',
    name: 'file',
    fileName,
    content: (async function* () {
      yield bytes
    })(),
    truncated: () => false,
  }
}

/** Uploads a PDF to a child's documents, as the documents page does. */
export async function uploadPdf(
  deps: Deps,
  user: TestUser,
  childId: string,
  bytes: Uint8Array,
  title = 'IEP',
) {
  return uploadDocument(deps, user.actor, childId, parts('iep.pdf', bytes, title))
}

/** Starts an import and runs the reading job, as a worker would; answers the import once read. */
export async function startAndRead(deps: Deps, actor: Actor, childId: string, documentId: string) {
  const started = await startImport(deps, actor, childId, documentId)
  await runDueJobs(deps, { handlers: JOB_HANDLERS })
  return getImport(deps, actor, childId, started.id)
}

/** Every proposed field kept as proposed, in the confirmation's shape. */
export function acceptAll(fields: readonly ProposedField[]) {
  return fields.map((f, i) => ({ field: `f${i}`, path: f.path, value: f.value }))
}
