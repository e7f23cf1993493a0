import type { Readable } from 'node:stream'
import { inflateRawSync } from 'node:zlib'
import { type Actor, userIdOf } from '../../domain/access/actor.ts'
import {
  type ChildDocument,
  checkDocumentDetails,
  type DocumentDraft,
  safeFileName,
} from '../../domain/documents/document.ts'
import {
  type FileTypeId,
  fileTypeById,
  fileTypeByMediaType,
  SNIFF_BYTES,
  sniffFileType,
  TextChecker,
} from '../../domain/documents/file-type.ts'
import { DomainError, invalidInput, type Problem, problem } from '../../domain/problems.ts'
import {
  countDocumentsWithBlob,
  deleteDocumentRow,
  findDocument,
  findDocumentFile,
  insertDocument,
  listDocumentsOfChild,
  updateDocumentDetails,
} from '../../storage/documents-store.ts'
import { listEventsOfChild } from '../../storage/events-store.ts'
import { listMeetingsOfChild } from '../../storage/meetings-store.ts'
import { listPlansOfChild } from '../../storage/plans-store.ts'
import { deleteLinksOf, linkedIds, setLinks } from '../../storage/record-links-store.ts'
import { searchStoreFor } from '../../storage/search-store.ts'
import { getChildForActor } from '../access/child-access.ts'
import { type Deps, today } from '../deps.ts'
import { fileVaultFor, type StoredFile } from './file-vault.ts'
import { extractText } from './text-extraction.ts'

/** One part of an upload as it streams in: a form field, or the file itself. */
export type UploadPart =
  | { readonly kind: 'field'; readonly name: string; readonly value: string }
  | {
      readonly kind: 'file'
      readonly name: string
      readonly fileName: string
      readonly content: AsyncIterable<Uint8Array>
      /** True when the upload stopped at the size limit (read after the content has ended). */
      readonly truncated: () => boolean
    }

export const DOCUMENT_FIELDS = ['title', 'kind', 'date', 'notes', 'tags'] as const

/** "25 MB": the limit as people read it. */
export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
}

class UploadRejected extends Error {
  constructor(readonly rejection: DomainError) {
    super(rejection.code)
  }
}

function fileProblem(message: string, params?: Record<string, string | number>): DomainError {
  return invalidInput([problem('file', message, params)])
}

function tooLarge(maxBytes: number): DomainError {
  return new DomainError('TOO_LARGE', { maxBytes }, [
    problem('file', 'documents.problems.fileTooLarge', { max: formatMegabytes(maxBytes) }),
  ])
}

function inflate(data: Uint8Array): Uint8Array | undefined {
  try {
    return inflateRawSync(data, { maxOutputLength: 1024 * 1024 })
  } catch {
    return undefined
  }
}

/**
 * Passes a file through while checking it: its type from its first bytes (and, for text, all of
 * it), and its size. Throws UploadRejected, which makes the vault delete what it had written.
 */
async function* checkedContent(
  content: AsyncIterable<Uint8Array>,
  truncated: () => boolean,
  maxBytes: number,
  onType: (type: FileTypeId) => void,
): AsyncGenerator<Uint8Array> {
  let head: Buffer[] = []
  let headSize = 0
  let type: FileTypeId | undefined
  let size = 0
  const text = new TextChecker()
  const decide = (): Buffer => {
    const bytes = Buffer.concat(head)
    head = []
    type = sniffFileType(bytes, inflate)
    if (type === undefined) throw new UploadRejected(fileProblem('documents.problems.fileType'))
    if (type === 'text' && !text.push(bytes))
      throw new UploadRejected(fileProblem('documents.problems.fileType'))
    onType(type)
    return bytes
  }
  for await (const chunk of content) {
    size += chunk.byteLength
    if (size > maxBytes) throw new UploadRejected(tooLarge(maxBytes))
    if (type === undefined) {
      head.push(Buffer.from(chunk))
      headSize += chunk.byteLength
      if (headSize >= SNIFF_BYTES) yield decide()
      continue
    }
    if (type === 'text' && !text.push(chunk))
      throw new UploadRejected(fileProblem('documents.problems.fileType'))
    yield chunk
  }
  if (truncated()) throw new UploadRejected(tooLarge(maxBytes))
  if (size === 0) throw new UploadRejected(fileProblem('documents.problems.fileEmpty'))
  if (type === undefined) yield decide()
  if (type === 'text' && !text.end()) throw new UploadRejected(fileProblem('documents.problems.fileType'))
}

async function drain(content: AsyncIterable<Uint8Array>): Promise<void> {
  for await (const _ of content) {
    // Reading to the end lets the rest of the upload arrive; nothing is kept.
  }
}

/** What to index for a document: its title, notes, tags and the words in the file. */
function searchBody(details: { notes: string | null; tags: readonly string[] }, text: string): string {
  return [details.notes ?? '', details.tags.join(', '), text].filter((part) => part !== '').join('\n\n')
}

/**
 * Uploads a document to a child's record. The file streams through the type and size checks into
 * the encrypted store; only when everything is right is the row written (in one transaction with
 * its search entry). Anything wrong — details, type, size, a crash — leaves no row and no file.
 * Throws INVALID_INPUT (with every problem) or TOO_LARGE.
 */
export async function uploadDocument(
  deps: Deps,
  actor: Actor,
  childId: string,
  parts: AsyncIterable<UploadPart>,
): Promise<ChildDocument> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  const vault = fileVaultFor(deps.config)
  const id = deps.newId()
  const fields: Record<string, string> = {}
  let stored: (StoredFile & { type: FileTypeId; fileName: string }) | undefined
  let rejection: DomainError | undefined
  try {
    for await (const part of parts) {
      if (part.kind === 'field') {
        fields[part.name] = part.value
        continue
      }
      // A form sent without choosing a file has a file part with no name and no bytes.
      if (part.name !== 'file' || stored || rejection || part.fileName === '') {
        await drain(part.content)
        continue
      }
      let type: FileTypeId | undefined
      try {
        const file = await vault.store(
          id,
          checkedContent(part.content, part.truncated, deps.config.uploadMaxBytes, (found) => {
            type = found
          }),
        )
        if (!type) throw new Error('File type was not decided')
        stored = { ...file, type, fileName: part.fileName }
      } catch (error) {
        if (!(error instanceof UploadRejected)) throw error
        rejection = error.rejection
        await drain(part.content)
      }
    }
    const draft: DocumentDraft = {
      title: fields.title ?? '',
      kind: fields.kind ?? '',
      date: fields.date ?? '',
      notes: fields.notes ?? '',
      tags: fields.tags ?? '',
    }
    const { value, problems } = checkDocumentDetails(draft, today(deps))
    const fileProblems: Problem[] = rejection
      ? [...rejection.problems]
      : stored
        ? []
        : [problem('file', 'documents.problems.fileMissing')]
    if (rejection?.code === 'TOO_LARGE')
      throw new DomainError('TOO_LARGE', rejection.details as Record<string, unknown>, [
        ...problems,
        ...fileProblems,
      ])
    if (!value || !stored || fileProblems.length > 0) {
      // Browsers empty a file field when a page is shown again: ask for the file again.
      const again = stored && !rejection ? [problem('file', 'documents.problems.fileAgain')] : []
      throw invalidInput([...problems, ...fileProblems, ...again])
    }
    const file = stored
    const fileType = fileTypeById(file.type)
    const text = await extractText(file.type, () => vault.open(id, file))
    const now = deps.clock.now()
    await deps.db.transaction().execute(async (tx) => {
      await insertDocument(tx, {
        id,
        childId,
        organizationId: child.organizationId,
        details: value,
        fileName: safeFileName(file.fileName, fileType.extension, value.title),
        mediaType: fileType.mediaType,
        sizeBytes: file.sizeBytes,
        file,
        textStatus: text.status,
        textChars: text.text.length,
        createdBy: userIdOf(actor),
        now,
      })
      await searchStoreFor(deps.dialect).put(
        tx,
        {
          organizationId: child.organizationId,
          childId,
          sourceKind: 'document',
          sourceId: id,
          title: value.title,
          body: searchBody(value, text.text),
        },
        deps.newId(),
        now,
      )
    })
    const document = await findDocument(deps.db, id)
    if (!document) throw new Error('Document vanished after insert')
    return document
  } catch (error) {
    if (stored) await vault.remove(stored.blobHash)
    throw error
  }
}

async function findDocumentOfChild(
  deps: Deps,
  actor: Actor,
  childId: string,
  documentId: string,
  need: 'read' | 'edit',
): Promise<ChildDocument> {
  await getChildForActor(deps.db, actor, childId, need)
  const document = await findDocument(deps.db, documentId)
  if (!document || document.childId !== childId) throw new DomainError('NOT_FOUND')
  return document
}

export async function listDocuments(deps: Deps, actor: Actor, childId: string): Promise<ChildDocument[]> {
  await getChildForActor(deps.db, actor, childId, 'read')
  return listDocumentsOfChild(deps.db, childId)
}

/** True when every id is a document in the child's binder (call after the access check). */
export async function areDocumentsOfChild(
  deps: Deps,
  childId: string,
  ids: readonly string[],
): Promise<boolean> {
  if (ids.length === 0) return true
  const own = new Set((await listDocumentsOfChild(deps.db, childId)).map((d) => d.id))
  return ids.every((id) => own.has(id))
}

/** The records of the child a document is linked to. */
export interface DocumentLinks {
  /** Events on the child's timeline. */
  readonly eventIds: readonly string[]
  /** The child's plans (IEPs and 504 plans). */
  readonly planIds: readonly string[]
  /** The child's meetings. */
  readonly meetingIds: readonly string[]
}

export interface DocumentView extends DocumentLinks {
  readonly document: ChildDocument
}

export async function getDocument(
  deps: Deps,
  actor: Actor,
  childId: string,
  documentId: string,
): Promise<DocumentView> {
  const document = await findDocumentOfChild(deps, actor, childId, documentId, 'read')
  return { document, ...(await linksOfDocument(deps, document)) }
}

/** The events, plans and meetings a document (already read through an access check) is linked to. */
export async function linksOfDocument(deps: Deps, document: ChildDocument): Promise<DocumentLinks> {
  return {
    eventIds: await linkedIds(deps.db, 'document', document.id, 'event'),
    planIds: await linkedIds(deps.db, 'document', document.id, 'plan'),
    meetingIds: await linkedIds(deps.db, 'document', document.id, 'meeting'),
  }
}

/**
 * The file of a document, decrypted as it streams. Only after the access check; the content type
 * is the one Pathway detected at upload, never the one the browser sent.
 */
export async function openDocumentFile(
  deps: Deps,
  actor: Actor,
  childId: string,
  documentId: string,
): Promise<{ document: ChildDocument; stream: Readable; contentType: string }> {
  const document = await findDocumentOfChild(deps, actor, childId, documentId, 'read')
  const file = await findDocumentFile(deps.db, document.id)
  if (!file) throw new DomainError('NOT_FOUND')
  const stream = await fileVaultFor(deps.config).open(document.id, file)
  const type = fileTypeByMediaType(document.mediaType)
  return { document, stream, contentType: type?.mediaType ?? 'application/octet-stream' }
}

/**
 * Changes a document's details and the events, plans and meetings it is linked to, if nobody saved
 * it since `expectedVersion` (else VERSION_CONFLICT). Every linked id must be the child's own.
 */
export async function updateDocument(
  deps: Deps,
  actor: Actor,
  childId: string,
  documentId: string,
  expectedVersion: number,
  draft: DocumentDraft & { eventIds: readonly string[] } & Partial<Omit<DocumentLinks, 'eventIds'>>,
): Promise<DocumentView> {
  const current = await findDocumentOfChild(deps, actor, childId, documentId, 'edit')
  const { value, problems } = checkDocumentDetails(draft, today(deps))
  const own = async (
    field: keyof DocumentLinks,
    ids: readonly string[],
    records: Promise<readonly { id: string }[]>,
    message: string,
  ): Promise<string[]> => {
    const known = new Set((await records).map((record) => record.id))
    const unique = [...new Set(ids)]
    if (unique.some((id) => !known.has(id))) problems.push(problem(field, message))
    return unique
  }
  const eventIds = await own(
    'eventIds',
    draft.eventIds,
    listEventsOfChild(deps.db, childId),
    'documents.problems.eventUnknown',
  )
  const planIds = await own(
    'planIds',
    draft.planIds ?? [],
    listPlansOfChild(deps.db, childId),
    'documents.problems.planUnknown',
  )
  const meetingIds = await own(
    'meetingIds',
    draft.meetingIds ?? [],
    listMeetingsOfChild(deps.db, childId),
    'documents.problems.meetingUnknown',
  )
  if (!value || problems.length > 0) throw invalidInput(problems)
  if (current.version !== expectedVersion)
    throw new DomainError('VERSION_CONFLICT', { currentVersion: current.version })
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (tx) => {
    const saved = await updateDocumentDetails(tx, documentId, expectedVersion, value, now)
    if (!saved) throw new DomainError('VERSION_CONFLICT')
    const from = {
      organizationId: current.organizationId,
      childId,
      fromKind: 'document' as const,
      fromId: documentId,
      newId: deps.newId,
      now,
    }
    await setLinks(tx, { ...from, toKind: 'event', toIds: eventIds })
    await setLinks(tx, { ...from, toKind: 'plan', toIds: planIds })
    await setLinks(tx, { ...from, toKind: 'meeting', toIds: meetingIds })
    const previous = await tx
      .selectFrom('search_entries')
      .select('body')
      .where('source_kind', '=', 'document')
      .where('source_id', '=', documentId)
      .executeTakeFirst()
    // The file's words are the tail of the indexed text; keep them, replace the details before them.
    const fileText = previous ? fileTextOf(previous.body, current) : ''
    await searchStoreFor(deps.dialect).put(
      tx,
      {
        organizationId: current.organizationId,
        childId,
        sourceKind: 'document',
        sourceId: documentId,
        title: value.title,
        body: searchBody(value, fileText),
      },
      deps.newId(),
      now,
    )
  })
  return getDocument(deps, actor, childId, documentId)
}

function fileTextOf(indexed: string, document: ChildDocument): string {
  if (document.textChars === 0) return ''
  return indexed.slice(Math.max(0, indexed.length - document.textChars))
}

/** Deletes a document: its row, links and search entry in one transaction, then its file. */
export async function deleteDocument(
  deps: Deps,
  actor: Actor,
  childId: string,
  documentId: string,
): Promise<void> {
  const document = await findDocumentOfChild(deps, actor, childId, documentId, 'edit')
  const file = await findDocumentFile(deps.db, document.id)
  await deps.db.transaction().execute(async (tx) => {
    await deleteLinksOf(tx, 'document', document.id)
    await searchStoreFor(deps.dialect).remove(tx, 'document', document.id)
    await deleteDocumentRow(tx, document.id)
  })
  if (file && (await countDocumentsWithBlob(deps.db, file.blobHash)) === 0)
    await fileVaultFor(deps.config).remove(file.blobHash)
}
