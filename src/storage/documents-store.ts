import type { LocalDate } from '../domain/dates/local-date.ts'
import type {
  ChildDocument,
  DocumentDetails,
  DocumentKind,
  TextStatus,
} from '../domain/documents/document.ts'
import type { AcceptedFileType } from '../domain/documents/file-type.ts'
import type { DbOrTx } from './database.ts'
import type { DocumentRow } from './tables.ts'

function toDocument(row: DocumentRow): ChildDocument {
  return {
    id: row.id,
    childId: row.child_id,
    organizationId: row.organization_id,
    title: row.title,
    kind: row.kind as DocumentKind,
    date: row.document_date as LocalDate,
    notes: row.notes,
    tags: JSON.parse(row.tags) as string[],
    fileName: row.file_name,
    mediaType: row.media_type as AcceptedFileType['mediaType'],
    sizeBytes: row.size_bytes,
    textStatus: row.text_status as TextStatus,
    textChars: row.text_chars,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/** Where a document's encrypted file is, and the key to open it (never leaves the services layer). */
export interface DocumentFileRef {
  readonly blobHash: string
  readonly wrappedKey: string
}

export async function insertDocument(
  db: DbOrTx,
  document: {
    id: string
    childId: string
    organizationId: string
    details: DocumentDetails
    fileName: string
    mediaType: string
    sizeBytes: number
    file: DocumentFileRef
    textStatus: TextStatus
    textChars: number
    createdBy: string | null
    now: string
  },
): Promise<void> {
  await db
    .insertInto('documents')
    .values({
      id: document.id,
      organization_id: document.organizationId,
      child_id: document.childId,
      title: document.details.title,
      kind: document.details.kind,
      document_date: document.details.date,
      notes: document.details.notes,
      tags: JSON.stringify(document.details.tags),
      file_name: document.fileName,
      media_type: document.mediaType,
      size_bytes: document.sizeBytes,
      blob_hash: document.file.blobHash,
      wrapped_key: document.file.wrappedKey,
      text_status: document.textStatus,
      text_chars: document.textChars,
      version: 1,
      created_by: document.createdBy,
      created_at: document.now,
      updated_at: document.now,
    })
    .execute()
}

export async function findDocument(db: DbOrTx, id: string): Promise<ChildDocument | undefined> {
  const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toDocument(row)
}

export async function findDocumentFile(db: DbOrTx, id: string): Promise<DocumentFileRef | undefined> {
  const row = await db
    .selectFrom('documents')
    .select(['blob_hash', 'wrapped_key'])
    .where('id', '=', id)
    .executeTakeFirst()
  return row && { blobHash: row.blob_hash, wrappedKey: row.wrapped_key }
}

/** A child's documents, newest date first (ties: most recently added first). */
export async function listDocumentsOfChild(db: DbOrTx, childId: string): Promise<ChildDocument[]> {
  const rows = await db
    .selectFrom('documents')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('document_date', 'desc')
    .orderBy('created_at', 'desc')
    .execute()
  return rows.map(toDocument)
}

/** Saves new details if the row is still at `expectedVersion`; false when someone saved first. */
export async function updateDocumentDetails(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  details: DocumentDetails,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('documents')
    .set({
      title: details.title,
      kind: details.kind,
      document_date: details.date,
      notes: details.notes,
      tags: JSON.stringify(details.tags),
      version: expectedVersion + 1,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function setDocumentText(
  db: DbOrTx,
  id: string,
  text: { status: TextStatus; chars: number },
): Promise<void> {
  await db
    .updateTable('documents')
    .set({ text_status: text.status, text_chars: text.chars })
    .where('id', '=', id)
    .execute()
}

export async function deleteDocumentRow(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('documents').where('id', '=', id).execute()
}

/** How many documents still use an encrypted file (content addressing lets rows share one). */
export async function countDocumentsWithBlob(db: DbOrTx, blobHash: string): Promise<number> {
  const row = await db
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('blob_hash', '=', blobHash)
    .executeTakeFirstOrThrow()
  return Number(row.count)
}
