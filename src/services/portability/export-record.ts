import { createHash } from 'node:crypto'
import type { Actor } from '../../domain/access/actor.ts'
import { type Child, displayName } from '../../domain/children/child.ts'
import { dateInZone } from '../../domain/dates/local-date.ts'
import { safeFileName } from '../../domain/documents/document.ts'
import { fileTypeByMediaType } from '../../domain/documents/file-type.ts'
import { DomainError } from '../../domain/problems.ts'
import { formatDate, type Lang, translator } from '../../i18n/i18n.ts'
import { findUserById } from '../../storage/accounts-store.ts'
import { listChildrenOfOrganizations } from '../../storage/children-store.ts'
import { type RecordRow, selectRowsWhereIn } from '../../storage/record-rows-store.ts'
import { listExportedYearsOfChild } from '../../storage/school-calendars-store.ts'
import { getChildForActor } from '../access/child-access.ts'
import type { Deps } from '../deps.ts'
import { fileVaultFor } from '../documents/file-vault.ts'
import { letterPdf } from '../letters/letters.ts'
import { renderAtAGlancePdf } from '../plans/at-a-glance-pdf.ts'
import { getAtAGlance, glanceText } from '../plans/read-plan-views.ts'
import { CALENDAR_YEARS_TABLE, RECORD_TABLES } from './record-tables.ts'
import { migrationNames } from './schema-version.ts'
import { ZipWriter } from './zip-archive.ts'

/** The export format (docs/export-format.md). Raise the version when a reader would misread a file. */
export const EXPORT_FORMAT = 'pathway-export'
export const EXPORT_FORMAT_VERSION = 1

export interface ChildRecordData {
  readonly child: RecordRow
  /** Rows of every portable table in RECORD_TABLES, by table name. */
  readonly tables: Record<string, RecordRow[]>
}

export interface ManifestFile {
  readonly path: string
  readonly sha256: string
  readonly bytes: number
  /** `record` (the JSON), `document` (an uploaded file), `plan-pdf`, `letter-pdf`. */
  readonly role: 'record' | 'document' | 'plan-pdf' | 'letter-pdf'
  /** The row the file belongs to (the document, plan or letter id). */
  readonly rowId?: string
}

export interface ManifestChild {
  readonly id: string
  readonly name: string
  readonly record: string
}

export interface Manifest {
  readonly format: typeof EXPORT_FORMAT
  readonly formatVersion: number
  readonly scope: 'child' | 'account'
  readonly exportedAt: string
  readonly schema: { readonly migrations: readonly string[] }
  readonly account?: { readonly name: string; readonly email: string; readonly locale: string | null }
  readonly children: readonly ManifestChild[]
  readonly files: readonly ManifestFile[]
}

/** What one export will hold, decided (and access-checked) before the first byte is sent. */
export interface PreparedExport {
  readonly scope: 'child' | 'account'
  readonly actor: Actor
  readonly children: readonly Child[]
  readonly account?: Manifest['account']
  readonly lang: Lang
  readonly fileName: string
}

function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/\s+/g, '-')
      .slice(0, 60) || 'record'
  )
}

/** One child's record, for someone who may change it (owners and full shares). */
export async function prepareChildExport(
  deps: Deps,
  actor: Actor,
  childId: string,
  lang: Lang,
): Promise<PreparedExport> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  const day = dateInZone(deps.clock.now(), deps.config.timeZone)
  return {
    scope: 'child',
    actor,
    children: [child],
    lang,
    fileName: `pathway-${slug(displayName(child))}-${day}.zip`,
  }
}

/** Everything of the households the actor owns: every child (archived too) and the account's details. */
export async function prepareAccountExport(deps: Deps, actor: Actor, lang: Lang): Promise<PreparedExport> {
  if (actor.kind !== 'user') throw new DomainError('NOT_FOUND')
  const user = await findUserById(deps.db, actor.userId)
  if (!user) throw new DomainError('NOT_FOUND')
  const owned = actor.memberships.filter((m) => m.role === 'owner').map((m) => m.organizationId)
  const found = [
    ...(await listChildrenOfOrganizations(deps.db, owned, { archived: false })),
    ...(await listChildrenOfOrganizations(deps.db, owned, { archived: true })),
  ]
  const children: Child[] = []
  for (const child of found) children.push(await getChildForActor(deps.db, actor, child.id, 'edit'))
  const day = dateInZone(deps.clock.now(), deps.config.timeZone)
  return {
    scope: 'account',
    actor,
    children,
    account: { name: user.name, email: user.email, locale: user.locale },
    lang,
    fileName: `pathway-account-${day}.zip`,
  }
}

/** The rows of one child's record, table by table, as the export writes them. */
export async function loadChildRecord(deps: Pick<Deps, 'db'>, childId: string): Promise<ChildRecordData> {
  const [row] = await selectRowsWhereIn(deps.db, 'children', 'id', [childId])
  if (!row) throw new DomainError('NOT_FOUND')
  const child = withoutColumns(row, CHILD_LOCAL_COLUMNS)
  const tables: Record<string, RecordRow[]> = {}
  const idsOf = (table: string) => (tables[table] ?? []).map((row) => String(row.id))
  for (const [name, table] of Object.entries(RECORD_TABLES)) {
    if (table.kind === 'not-portable') continue
    const rows =
      table.scope === 'child'
        ? await selectRowsWhereIn(deps.db, name, 'child_id', [childId], table.orderBy)
        : await selectRowsWhereIn(deps.db, name, table.scope.column, idsOf(table.scope.parent), table.orderBy)
    tables[name] = rows.map((row) => withoutColumns(row, table.localColumns ?? []))
  }
  tables[CALENDAR_YEARS_TABLE] = await listExportedYearsOfChild(deps.db, childId)
  return { child, tables }
}

/** The child's counters of changes (kept computed data is keyed on them): this server's alone. */
const CHILD_LOCAL_COLUMNS = ['deadlines_version', 'signals_version']

function withoutColumns(row: RecordRow, columns: readonly string[]): RecordRow {
  if (columns.length === 0) return row
  return Object.fromEntries(Object.entries(row).filter(([column]) => !columns.includes(column)))
}

const encoder = new TextEncoder()

function json(value: unknown): Uint8Array {
  return encoder.encode(`${JSON.stringify(value, null, 2)}\n`)
}

function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** The path of a document's file inside the archive. */
export function documentPath(childFolder: string, row: RecordRow): string {
  const type = fileTypeByMediaType(String(row.media_type))
  const extension = type?.extension ?? 'bin'
  const name = safeFileName(String(row.file_name), extension, 'document')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return `${childFolder}/documents/${String(row.id)}-${name || `document.${extension}`}`
}

/**
 * The export as a stream of ZIP bytes: for each child `record.json`, the documents as they were
 * uploaded (decrypted), every plan at a glance and every letter as PDF; then `manifest.json`
 * listing every file with its SHA-256. Reads go through the access check (prepare* above, and the
 * plan and letter services).
 */
export async function* streamExport(deps: Deps, prepared: PreparedExport): AsyncGenerator<Uint8Array> {
  const zip = new ZipWriter(deps.clock.now())
  const files: ManifestFile[] = []
  const manifestChildren: ManifestChild[] = []
  const vault = fileVaultFor(deps.config)
  const t = translator(prepared.lang)

  for (const child of prepared.children) {
    await getChildForActor(deps.db, prepared.actor, child.id, 'edit')
    const folder = `children/${child.id}`
    const record = await loadChildRecord(deps, child.id)
    const recordPath = `${folder}/record.json`
    const recordBytes = json(record)
    zip.add(recordPath, recordBytes)
    files.push({
      path: recordPath,
      sha256: sha256(recordBytes),
      bytes: recordBytes.byteLength,
      role: 'record',
    })
    manifestChildren.push({ id: child.id, name: displayName(child), record: recordPath })
    yield* zip.take()

    for (const row of record.tables.documents ?? []) {
      const [stored] = await selectRowsWhereIn(deps.db, 'documents', 'id', [String(row.id)])
      if (!stored) continue
      const path = documentPath(folder, row)
      const entry = zip.open(path)
      const hash = createHash('sha256')
      let bytes = 0
      const stream = await vault.open(String(row.id), {
        blobHash: String(stored.blob_hash),
        wrappedKey: String(stored.wrapped_key),
      })
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        hash.update(chunk)
        bytes += chunk.byteLength
        entry.push(chunk)
        yield* zip.take()
      }
      entry.push(new Uint8Array(0), true)
      yield* zip.take()
      files.push({ path, sha256: hash.digest('hex'), bytes, role: 'document', rowId: String(row.id) })
    }

    for (const plan of record.tables.plans ?? []) {
      const found = await getAtAGlance(deps, prepared.actor, child.id, String(plan.id))
      const { glance } = found
      const fmt = (date: Parameters<typeof formatDate>[1]) => formatDate(prepared.lang, date)
      const pdf = await renderAtAGlancePdf({
        lang: prepared.lang,
        title: t('plans.glance.title', { name: displayName(found.child) }),
        subtitle: [
          t(`plans.kinds.${glance.kind}`),
          glance.start ? t('plans.glance.from', { date: fmt(glance.start) }) : null,
          glance.end ? t('plans.glance.to', { date: fmt(glance.end) }) : null,
          glance.review ? t('plans.glance.review', { date: fmt(glance.review) }) : null,
        ]
          .filter(Boolean)
          .join(' · '),
        text: glanceText(glance, prepared.lang),
        savedAt: found.version.savedAt,
        printedOn: fmt(dateInZone(found.version.savedAt, deps.config.timeZone)),
      })
      const path = `${folder}/plans/${String(plan.id)}-at-a-glance.pdf`
      zip.add(path, pdf)
      files.push({
        path,
        sha256: sha256(pdf),
        bytes: pdf.byteLength,
        role: 'plan-pdf',
        rowId: String(plan.id),
      })
      yield* zip.take()
    }

    for (const letter of record.tables.letters ?? []) {
      const { pdf } = await letterPdf(deps, prepared.actor, child.id, String(letter.id))
      const path = `${folder}/letters/${String(letter.id)}.pdf`
      zip.add(path, pdf)
      files.push({
        path,
        sha256: sha256(pdf),
        bytes: pdf.byteLength,
        role: 'letter-pdf',
        rowId: String(letter.id),
      })
      yield* zip.take()
    }
  }

  const manifest: Manifest = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    scope: prepared.scope,
    exportedAt: deps.clock.now(),
    schema: { migrations: migrationNames() },
    ...(prepared.account ? { account: prepared.account } : {}),
    children: manifestChildren,
    files,
  }
  zip.add('manifest.json', json(manifest))
  zip.end()
  yield* zip.take()
}
