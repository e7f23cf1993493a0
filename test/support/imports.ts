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

/** The value of a named input or textarea in a page. */
export function fieldValue(html: string, name: string): string | undefined {
  const select = new RegExp(
    `<select[^>]*name="${name.replace(/\./g, '\\.')}"[^>]*>([\\s\\S]*?)</select>`,
  ).exec(html)
  if (select) return /<option value="([^"]*)" selected/.exec(select[1] ?? '')?.[1] ?? ''
  const input = new RegExp(`name="${name.replace(/\./g, '\\.')}"[^>]*value="([^"]*)"`).exec(html)
  if (input) return input[1]
  return new RegExp(`name="${name.replace(/\./g, '\\.')}"[^>]*>([^<]*)</textarea>`).exec(html)?.[1]
}

/** Every field of the review form as the page shows it: values and ticked boxes. */
export function formOf(html: string): Record<string, string> {
  const form: Record<string, string> = {}
  for (const m of html.matchAll(/name="((?:value|use|add|source)\.[^"]+|version|kind|planStatus)"/g)) {
    const name = m[1] ?? ''
    if (name.startsWith('use.')) {
      if (new RegExp(`name="${name.replace(/\./g, '\\.')}" value="yes" checked`).test(html))
        form[name] = 'yes'
      continue
    }
    form[name] = fieldValue(html, name) ?? ''
  }
  form.kind = 'iep'
  form.planStatus = 'in-effect'
  return form
}
