import type {
  ImportDocumentKind,
  ImportProposal,
  LayoutHint,
  ReadingProgress,
  ReadingStage,
  SourcePassage,
} from '../domain/imports/proposal.ts'
import type { DbOrTx } from './database.ts'
import type { DocumentImportTable } from './tables.ts'

/**
 * Where an import is: `reading` while a job reads the file, `ready` to review, `confirmed` once records
 * were made; else why it could not be read.
 */
export type ImportStatus = 'reading' | 'ready' | 'confirmed' | 'failed' | 'unavailable' | 'none'

/** What reading a file can end in. */
export type ReadingOutcome = Exclude<ImportStatus, 'reading' | 'confirmed'>

export interface DocumentImport {
  readonly id: string
  readonly organizationId: string
  readonly childId: string
  readonly documentId: string
  readonly status: ImportStatus
  readonly kind: ImportDocumentKind
  readonly proposal: ImportProposal | null
  readonly planId: string | null
  readonly version: number
  readonly createdAt: string
  readonly confirmedAt: string | null
  /** While reading: how far the job got (null before its first report). */
  readonly progress: ReadingProgress | null
  /** Once confirmed: the fields kept, each with the passage it came from. */
  readonly confirmedFields: readonly ConfirmedImportField[]
}

export interface ConfirmedImportField {
  readonly path: string
  readonly value: string
  readonly source: SourcePassage | null
}

function toImport(row: DocumentImportTable): DocumentImport {
  return {
    id: row.id,
    organizationId: row.organization_id,
    childId: row.child_id,
    documentId: row.document_id,
    status: row.status as ImportStatus,
    kind: row.kind as ImportDocumentKind,
    proposal: row.proposal === null ? null : (JSON.parse(row.proposal) as ImportProposal),
    planId: row.plan_id,
    version: row.version,
    createdAt: row.created_at,
    confirmedAt: row.confirmed_at,
    progress:
      row.progress_stage === null
        ? null
        : {
            stage: row.progress_stage as ReadingStage,
            done: row.progress_done ?? 0,
            total: row.progress_total,
          },
    confirmedFields:
      row.confirmed_fields === null ? [] : (JSON.parse(row.confirmed_fields) as ConfirmedImportField[]),
  }
}

export async function insertImport(
  db: DbOrTx,
  row: {
    id: string
    organizationId: string
    childId: string
    documentId: string
    status: ImportStatus
    proposal: ImportProposal | null
    createdBy: string | null
    now: string
  },
): Promise<void> {
  await db
    .insertInto('document_imports')
    .values({
      id: row.id,
      organization_id: row.organizationId,
      child_id: row.childId,
      document_id: row.documentId,
      status: row.status,
      kind: row.proposal?.kind ?? 'unknown',
      layout: row.proposal?.layout ?? null,
      proposal: row.proposal ? JSON.stringify(row.proposal) : null,
      plan_id: null,
      version: 1,
      created_by: row.createdBy,
      created_at: row.now,
      updated_at: row.now,
      confirmed_at: null,
    })
    .execute()
}

/**
 * Stores what the reading job found, once: only an import still `reading` changes, so a job that runs
 * again after another worker finished it (an expired lease) leaves the first result alone.
 */
export async function saveImportReading(
  db: DbOrTx,
  id: string,
  reading: { status: ReadingOutcome; proposal: ImportProposal | null; now: string },
): Promise<boolean> {
  const result = await db
    .updateTable('document_imports')
    .set({
      status: reading.status,
      kind: reading.proposal?.kind ?? 'unknown',
      layout: reading.proposal?.layout ?? null,
      proposal: reading.proposal ? JSON.stringify(reading.proposal) : null,
      updated_at: reading.now,
    })
    .where('id', '=', id)
    .where('status', '=', 'reading')
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/**
 * Records how far the reading job got, in its own small write (no transaction held open while the
 * file is read), so the waiting page on any instance shows it. Only an import still `reading` changes.
 */
export async function saveImportProgress(
  db: DbOrTx,
  id: string,
  progress: ReadingProgress & { now: string },
): Promise<boolean> {
  const result = await db
    .updateTable('document_imports')
    .set({
      progress_stage: progress.stage,
      progress_done: progress.done,
      progress_total: progress.total,
      updated_at: progress.now,
    })
    .where('id', '=', id)
    .where('status', '=', 'reading')
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function findImport(db: DbOrTx, id: string): Promise<DocumentImport | undefined> {
  const row = await db.selectFrom('document_imports').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toImport(row)
}

export async function listImportsOfChild(db: DbOrTx, childId: string): Promise<DocumentImport[]> {
  const rows = await db
    .selectFrom('document_imports')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('created_at', 'desc')
    .execute()
  return rows.map(toImport)
}

/**
 * Marks an import confirmed if nobody changed it since `expectedVersion`. False when someone did
 * (or it was confirmed already): the caller refuses with VERSION_CONFLICT.
 */
export async function markImportConfirmed(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  change: {
    kind: ImportDocumentKind
    planId: string | null
    fields: readonly ConfirmedImportField[]
    now: string
  },
): Promise<boolean> {
  const result = await db
    .updateTable('document_imports')
    .set({
      status: 'confirmed',
      kind: change.kind,
      plan_id: change.planId,
      confirmed_fields: JSON.stringify(change.fields),
      version: expectedVersion + 1,
      updated_at: change.now,
      confirmed_at: change.now,
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('status', '=', 'ready')
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** The household's confirmed layouts, newest first: each layout fingerprint with its kind. */
export async function layoutHintsOf(db: DbOrTx, organizationId: string): Promise<LayoutHint[]> {
  const rows = await db
    .selectFrom('document_imports')
    .select(['layout', 'kind'])
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'confirmed')
    .where('layout', 'is not', null)
    .orderBy('confirmed_at', 'desc')
    .limit(200)
    .execute()
  return rows.map((r) => ({ layout: r.layout ?? '', kind: r.kind as ImportDocumentKind }))
}
