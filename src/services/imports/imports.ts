import { createRequire } from 'node:module'
import path from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { type Actor, userIdOf } from '../../domain/access/actor.ts'
import { checkEventDetails } from '../../domain/children/event.ts'
import { type FileTypeId, fileTypeByMediaType } from '../../domain/documents/file-type.ts'
import {
  IMPORT_DOCUMENT_KINDS,
  type ImportDocumentKind,
  type ImportProposal,
  type LayoutHint,
  READING_STAGES,
  type ReadingProgress,
  type ReadingStage,
} from '../../domain/imports/proposal.ts'
import { type ConfirmedField, recordsFromFields } from '../../domain/imports/to-records.ts'
import { DomainError, invalidInput, problem } from '../../domain/problems.ts'
import { findDocument, findDocumentFile } from '../../storage/documents-store.ts'
import { insertEvent } from '../../storage/events-store.ts'
import {
  type DocumentImport,
  findImport,
  insertImport,
  layoutHintsOf,
  listImportsOfChild,
  markImportConfirmed,
  type ReadingOutcome,
  saveImportProgress,
  saveImportReading,
} from '../../storage/imports-store.ts'
import { linkedIds, setLinks } from '../../storage/record-links-store.ts'
import { getChildForActor } from '../access/child-access.ts'
import { type Deps, today } from '../deps.ts'
import { fileVaultFor } from '../documents/file-vault.ts'
import { MAX_TEXT_CHARS, run } from '../documents/text-extraction.ts'
import { enqueueJob } from '../jobs/enqueue.ts'
import { parsePlan } from '../plans/plan-schema.ts'
import { insertNewPlan, settlePlansInEffect } from '../plans/save-plan.ts'

/**
 * Importing a document a family already has (issue 13): read it into proposals, show them for
 * the parent to confirm or correct, then create the plan or events in one transaction, linked to
 * the document. Nothing is created before the parent confirms. See docs/decisions/007-import.md.
 */

const require = createRequire(import.meta.url)
const IMPORT_PROCESS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'import-process.ts')
const READ_TIMEOUT_MS = 180_000

/**
 * Reads a file into a proposal in a child process (pdftotext, pdf-lib and the recognizer), so a
 * 40-page PDF never holds up other requests; a crash or a runaway file fails that file only.
 */
export async function readProposal(
  type: FileTypeId,
  bytes: Uint8Array,
  hints: readonly LayoutHint[],
  onProgress: (progress: ReadingProgress) => void = () => undefined,
): Promise<{ status: ReadingOutcome; proposal: ImportProposal | null }> {
  const tsx = pathToFileURL(require.resolve('tsx')).href
  const result = await run(
    process.execPath,
    ['--max-old-space-size=512', '--import', tsx, IMPORT_PROCESS, type, JSON.stringify(hints)],
    Readable.from([Buffer.from(bytes)]),
    {
      timeoutMs: READ_TIMEOUT_MS,
      maxBytes: MAX_TEXT_CHARS * 4,
      onStderrLine: (line) => {
        const progress = progressOf(line)
        if (progress) onProgress(progress)
      },
    },
  )
  if (result.code !== 0) return { status: 'failed', proposal: null }
  const answer = JSON.parse(result.stdout.toString('utf8')) as {
    status: ReadingOutcome
    proposal?: ImportProposal
  }
  return { status: answer.status, proposal: answer.proposal ?? null }
}

/** A progress line of the reader process, checked: anything else on its standard error is ignored. */
function progressOf(line: string): ReadingProgress | undefined {
  try {
    const { progress } = JSON.parse(line) as { progress?: Partial<ReadingProgress> }
    if (!progress || !(READING_STAGES as readonly unknown[]).includes(progress.stage)) return undefined
    const count = (n: unknown) => (Number.isInteger(n) && (n as number) >= 0 ? (n as number) : undefined)
    const done = count(progress.done)
    if (done === undefined) return undefined
    return { stage: progress.stage as ReadingStage, done, total: count(progress.total) ?? null }
  } catch {
    return undefined
  }
}

async function documentBytes(deps: Deps, documentId: string): Promise<Uint8Array> {
  const file = await findDocumentFile(deps.db, documentId)
  if (!file) throw new DomainError('NOT_FOUND')
  const chunks: Buffer[] = []
  for await (const chunk of await fileVaultFor(deps.config).open(documentId, file))
    chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** The job kind that reads an import's file (src/jobs/read-import.ts). */
export const READ_IMPORT_JOB = 'read-import'

/**
 * Starts reading one of the child's documents: the import is saved as `reading` and a job reads the
 * file (readImport), so the page answers at once however long the file is. Needs `edit` on the child.
 */
export async function startImport(
  deps: Deps,
  actor: Actor,
  childId: string,
  documentId: string,
): Promise<DocumentImport> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  const document = await findDocument(deps.db, documentId)
  if (!document || document.childId !== childId)
    throw invalidInput([problem('documentId', 'imports.problems.document')])
  if (!fileTypeByMediaType(document.mediaType))
    throw invalidInput([problem('documentId', 'imports.problems.document')])
  const id = deps.newId()
  await deps.db.transaction().execute(async (tx) => {
    await insertImport(tx, {
      id,
      organizationId: child.organizationId,
      childId,
      documentId,
      status: 'reading',
      proposal: null,
      createdBy: userIdOf(actor),
      now: deps.clock.now(),
    })
    // Enqueued with the import: a rolled-back import leaves no job, and the key keeps it to one job.
    await enqueueJob(
      { ...deps, db: tx },
      {
        kind: READ_IMPORT_JOB,
        payload: { importId: id },
        dedupeKey: `${READ_IMPORT_JOB}:${id}`,
        organizationId: child.organizationId,
        maxAttempts: 3,
      },
    )
  })
  const saved = await findImport(deps.db, id)
  if (!saved) throw new Error('Import vanished after insert')
  return saved
}

/**
 * The reading job's work: reads the import's file with the household's layout hints and stores the
 * proposal (or why it could not be read). Does nothing for an import that is no longer `reading`.
 */
export async function readImport(
  deps: Deps,
  importId: string,
  options: { afterProgress?: (progress: ReadingProgress) => Promise<void> } = {},
): Promise<void> {
  const found = await findImport(deps.db, importId)
  if (found?.status !== 'reading') return
  const document = await findDocument(deps.db, found.documentId)
  const type = document ? fileTypeByMediaType(document.mediaType)?.id : undefined
  // Each report is one small write of its own (never a transaction held open while the file is read),
  // in order, so any instance serving the waiting page sees it. A failed write never stops the reading.
  let writes = Promise.resolve()
  const report = (progress: ReadingProgress) => {
    writes = writes
      .then(async () => {
        await saveImportProgress(deps.db, importId, { ...progress, now: deps.clock.now() })
        await options.afterProgress?.(progress)
      })
      // A lost figure only leaves the waiting page showing an older one.
      .catch(() => undefined)
  }
  const read = type
    ? await readProposal(
        type,
        await documentBytes(deps, found.documentId),
        await layoutHintsOf(deps.db, found.organizationId),
        report,
      )
    : { status: 'failed' as const, proposal: null }
  await writes
  await saveImportReading(deps.db, importId, { ...read, now: deps.clock.now() })
}

/** Marks an import that could not be read after every attempt (an outage, not the file), so the page can say so. */
export async function failImportReading(deps: Deps, importId: string): Promise<void> {
  await saveImportReading(deps.db, importId, { status: 'failed', proposal: null, now: deps.clock.now() })
}

export async function getImport(
  deps: Deps,
  actor: Actor,
  childId: string,
  importId: string,
): Promise<DocumentImport> {
  await getChildForActor(deps.db, actor, childId, 'edit')
  const found = await findImport(deps.db, importId)
  if (!found || found.childId !== childId) throw new DomainError('NOT_FOUND')
  return found
}

export async function listImports(deps: Deps, actor: Actor, childId: string): Promise<DocumentImport[]> {
  await getChildForActor(deps.db, actor, childId, 'edit')
  return listImportsOfChild(deps.db, childId)
}

export interface ImportConfirmation {
  readonly expectedVersion: number
  readonly kind: string
  readonly planStatus: 'in-effect' | 'superseded'
  /** The fields the parent kept, with their (possibly corrected) values. */
  readonly fields: readonly ConfirmedField[]
}

export interface ConfirmedImport {
  readonly planId: string | null
  readonly eventIds: readonly string[]
}

/**
 * Creates the records the parent confirmed, in one transaction: the plan (with the events it puts
 * on the timeline), the events of a notice or consent, the links from the document to each, and
 * the import marked confirmed (its layout becomes a hint for the household's next document).
 * Throws INVALID_INPUT (every problem, each naming its field) or VERSION_CONFLICT.
 */
export async function confirmImport(
  deps: Deps,
  actor: Actor,
  childId: string,
  importId: string,
  confirmation: ImportConfirmation,
): Promise<ConfirmedImport> {
  const current = await getImport(deps, actor, childId, importId)
  if (current.status !== 'ready' || current.version !== confirmation.expectedVersion)
    throw new DomainError('VERSION_CONFLICT', { currentVersion: current.version })
  const kind = (IMPORT_DOCUMENT_KINDS as readonly string[]).includes(confirmation.kind)
    ? (confirmation.kind as ImportDocumentKind)
    : undefined
  if (!kind) throw invalidInput([problem('kind', 'imports.problems.kind')])
  const { records, problems } = recordsFromFields(kind, confirmation.fields, confirmation.planStatus)
  if (!records) throw invalidInput(problems)
  const plan = records.plan ? parsePlan(records.plan) : undefined
  if (plan && !plan.ok) {
    // Point the plan contract's problems at the form's fields where a path matches, else at the kind.
    const byPath = new Map(confirmation.fields.map((f) => [f.path, f.field]))
    throw invalidInput(
      plan.problems.map((p) =>
        problem(byPath.get(p.field.replace(/^plan\./, '')) ?? 'kind', 'imports.problems.plan'),
      ),
    )
  }
  if (!plan && records.events.length === 0) throw invalidInput([problem('kind', 'imports.problems.nothing')])
  const now = deps.clock.now()
  return deps.db.transaction().execute(async (tx) => {
    const child = await getChildForActor(tx, actor, childId, 'edit')
    let planId: string | null = null
    if (plan?.ok) {
      const saved = await insertNewPlan(deps, tx, actor, child, plan.value, 'import')
      planId = saved.record.id
      if (plan.value.status === 'in-effect') await settlePlansInEffect(deps, tx, actor, child.id, planId)
    }
    const eventIds: string[] = []
    for (const draft of records.events) {
      const { value } = checkEventDetails({ type: draft.type, date: draft.date, note: '' }, today(deps))
      if (!value) throw invalidInput([problem('kind', 'imports.problems.date')])
      const id = deps.newId()
      await insertEvent(tx, {
        id,
        childId,
        organizationId: child.organizationId,
        details: value,
        createdBy: userIdOf(actor),
        now,
      })
      eventIds.push(id)
    }
    const link = {
      organizationId: child.organizationId,
      childId,
      fromKind: 'document' as const,
      fromId: current.documentId,
      newId: deps.newId,
      now,
    }
    if (planId) await setLinks(tx, { ...link, toKind: 'plan', toIds: [planId] })
    // The document may already be linked to other events (documents page): keep those links.
    const linked = await linkedIds(tx, 'document', current.documentId, 'event')
    if (eventIds.length > 0) await setLinks(tx, { ...link, toKind: 'event', toIds: [...linked, ...eventIds] })
    const fields = confirmation.fields.map((f) => ({
      path: f.path,
      value: f.value,
      source: f.source ?? null,
    }))
    if (
      !(await markImportConfirmed(tx, importId, confirmation.expectedVersion, { kind, planId, fields, now }))
    )
      throw new DomainError('VERSION_CONFLICT')
    return { planId, eventIds }
  })
}
