import { createHash } from 'node:crypto'
import { z } from 'zod'
import { type Actor, householdOf } from '../../domain/access/actor.ts'
import { DomainError, problem } from '../../domain/problems.ts'
import type { DbOrTx } from '../../storage/database.ts'
import {
  countRowsWhereIn,
  insertRows,
  type RecordRow,
  schemaColumns,
} from '../../storage/record-rows-store.ts'
import {
  findCalendarOfChild,
  insertSchoolCalendar,
  linkChildToCalendar,
} from '../../storage/school-calendars-store.ts'
import { type SearchSourceKind, searchStoreFor } from '../../storage/search-store.ts'
import type { Deps } from '../deps.ts'
import { fileVaultFor } from '../documents/file-vault.ts'
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type Manifest } from './export-record.ts'
import { CALENDAR_YEARS_COLUMNS, CALENDAR_YEARS_TABLE, RECORD_TABLES } from './record-tables.ts'
import { migrationNames } from './schema-version.ts'
import { readZip, type ZipLimits } from './zip-archive.ts'

/**
 * Importing an export (docs/export-format.md) into the importer's household: every row gets a new
 * id and every reference to an id of the archive follows it; documents are stored again (encrypted
 * under this server's key); the search index is rebuilt. Everything lands in one transaction, or
 * nothing does (files stored before a failure are removed again).
 */
export const DEFAULT_IMPORT_LIMITS: ZipLimits = {
  archiveBytes: 512 * 1024 * 1024,
  entries: 20_000,
  totalBytes: 768 * 1024 * 1024,
}

const RowSchema = z.record(z.string(), z.unknown())
const RecordSchema = z.object({
  child: RowSchema,
  tables: z.record(z.string(), z.array(RowSchema)),
})

const ManifestSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.number().int().positive(),
  scope: z.enum(['child', 'account']),
  exportedAt: z.string(),
  schema: z.object({ migrations: z.array(z.string()) }),
  children: z.array(z.object({ id: z.string().min(1), name: z.string(), record: z.string() })),
  files: z.array(
    z.object({
      path: z.string(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      bytes: z.number().int().nonnegative(),
      role: z.enum(['record', 'document', 'plan-pdf', 'letter-pdf']),
      rowId: z.string().optional(),
    }),
  ),
})

export interface ImportedChild {
  readonly oldId: string
  readonly newId: string
  readonly name: string
}

export interface ImportResult {
  readonly children: readonly ImportedChild[]
  /** Every id of the archive and the id it has now. */
  readonly idMap: ReadonlyMap<string, string>
}

function refused(message: string, params?: Record<string, string | number>): DomainError {
  return new DomainError('INVALID_INPUT', undefined, [problem('file', message, params)])
}

function parseJson(bytes: Uint8Array | undefined): unknown {
  if (!bytes) return undefined
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return undefined
  }
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi

/** A value with every id of the archive replaced by its new id (also inside JSON text). */
export function remapValue(value: unknown, idMap: ReadonlyMap<string, string>): unknown {
  if (typeof value !== 'string') return value
  const whole = idMap.get(value)
  if (whole !== undefined) return whole
  return value.replace(UUID, (id) => idMap.get(id) ?? idMap.get(id.toLowerCase()) ?? id)
}

interface ParsedChild {
  readonly entry: Manifest['children'][number]
  readonly record: z.infer<typeof RecordSchema>
}

/** Reads and checks an archive; throws INVALID_INPUT naming the first thing wrong. */
async function readExport(
  deps: Deps,
  source: AsyncIterable<Uint8Array>,
  truncated: () => boolean,
  limits: ZipLimits,
): Promise<{
  manifest: z.infer<typeof ManifestSchema>
  children: ParsedChild[]
  entries: Map<string, Uint8Array>
}> {
  const entries = await readZip(source, limits, truncated)
  const manifestJson = parseJson(entries.get('manifest.json'))
  if (manifestJson === undefined) throw refused('privacy.import.problems.notAnExport')
  const parsed = ManifestSchema.safeParse(manifestJson)
  if (!parsed.success) {
    const format = (manifestJson as { format?: unknown }).format
    throw refused(
      format === EXPORT_FORMAT ? 'privacy.import.problems.malformed' : 'privacy.import.problems.notAnExport',
    )
  }
  const manifest = parsed.data
  if (manifest.formatVersion > EXPORT_FORMAT_VERSION) throw refused('privacy.import.problems.newerFormat')
  const known = new Set(migrationNames())
  if (manifest.schema.migrations.some((name) => !known.has(name)))
    throw refused('privacy.import.problems.newerFormat')
  for (const file of manifest.files) {
    const bytes = entries.get(file.path)
    if (!bytes) throw refused('privacy.import.problems.missingFile', { path: file.path })
    if (bytes.byteLength !== file.bytes || createHash('sha256').update(bytes).digest('hex') !== file.sha256)
      throw refused('privacy.import.problems.damagedFile', { path: file.path })
  }
  const schema = await schemaColumns(deps.db)
  const children: ParsedChild[] = []
  for (const entry of manifest.children) {
    const record = RecordSchema.safeParse(parseJson(entries.get(entry.record)))
    if (!record.success) throw refused('privacy.import.problems.malformed')
    for (const [table, rows] of Object.entries(record.data.tables)) {
      if (table === CALENDAR_YEARS_TABLE) {
        if (rows.some((row) => Object.keys(row).some((column) => !CALENDAR_YEARS_COLUMNS.has(column))))
          throw refused('privacy.import.problems.newerFormat')
        continue
      }
      const known = RECORD_TABLES[table]
      const columns = schema.get(table)
      if (!known || known.kind === 'not-portable' || !columns)
        throw refused('privacy.import.problems.newerFormat')
      for (const row of rows)
        for (const column of Object.keys(row))
          if (!columns.has(column)) throw refused('privacy.import.problems.newerFormat')
    }
    const childColumns = schema.get('children') ?? new Set()
    if (Object.keys(record.data.child).some((column) => !childColumns.has(column)))
      throw refused('privacy.import.problems.newerFormat')
    if (typeof record.data.child.id !== 'string' || record.data.child.id !== entry.id)
      throw refused('privacy.import.problems.malformed')
    children.push({ entry, record: record.data })
  }
  if (children.length === 0) throw refused('privacy.import.problems.noChildren')
  return { manifest, children, entries }
}

/**
 * Imports an archive into the actor's household. Returns the children it created and the id map.
 * Throws INVALID_INPUT (on the `file` field) for anything that is not a sound export of a
 * Pathway this version can read.
 */
export async function importRecord(
  deps: Deps,
  actor: Actor,
  source: AsyncIterable<Uint8Array>,
  options: { truncated?: () => boolean; limits?: ZipLimits } = {},
): Promise<ImportResult> {
  const household = actor.kind === 'user' ? householdOf(actor) : undefined
  if (!household || actor.kind !== 'user') throw new DomainError('INVALID_STATE')
  const { manifest, children, entries } = await readExport(
    deps,
    source,
    options.truncated ?? (() => false),
    options.limits ?? DEFAULT_IMPORT_LIMITS,
  )

  const idMap = new Map<string, string>()
  for (const { record } of children) {
    idMap.set(String(record.child.id), deps.newId())
    for (const rows of Object.values(record.tables))
      for (const row of rows) if (typeof row.id === 'string') idMap.set(row.id, deps.newId())
  }

  const vault = fileVaultFor(deps.config)
  const stored: { documentId: string; blobHash: string }[] = []
  const documentFiles = new Map(
    manifest.files.filter((file) => file.role === 'document').map((file) => [file.rowId, file.path]),
  )
  const now = deps.clock.now()
  try {
    const fileColumns = new Map<string, { blob_hash: string; wrapped_key: string; size_bytes: number }>()
    for (const { record } of children) {
      for (const row of record.tables.documents ?? []) {
        const oldId = String(row.id)
        const path = documentFiles.get(oldId)
        const bytes = path ? entries.get(path) : undefined
        if (!bytes) throw refused('privacy.import.problems.missingFile', { path: path ?? oldId })
        const newId = idMap.get(oldId) as string
        const file = await vault.store(
          newId,
          (async function* () {
            yield bytes
          })(),
        )
        stored.push({ documentId: newId, blobHash: file.blobHash })
        fileColumns.set(newId, {
          blob_hash: file.blobHash,
          wrapped_key: file.wrappedKey,
          size_bytes: file.sizeBytes,
        })
      }
    }

    await deps.db.transaction().execute(async (tx) => {
      for (const { record } of children) {
        const child = remapRow(record.child, idMap)
        await insertRows(tx, 'children', [{ ...child, organization_id: household }])
        for (const [name, table] of Object.entries(RECORD_TABLES)) {
          const rows = (record.tables[name] ?? []).map((row) => {
            const copy = remapRow(row, idMap)
            if ('organization_id' in copy) copy.organization_id = household
            for (const column of table.userColumns ?? [])
              if (column in copy && copy[column] !== null) copy[column] = actor.userId
            if (table.kind === 'documents') Object.assign(copy, fileColumns.get(String(copy.id)))
            return copy
          })
          if (table.kind === 'search-index') {
            for (const row of rows)
              await searchStoreFor(deps.dialect).put(
                tx,
                {
                  organizationId: household,
                  childId: String(row.child_id),
                  sourceKind: String(row.source_kind) as SearchSourceKind,
                  sourceId: String(row.source_id),
                  title: String(row.title),
                  body: String(row.body),
                },
                String(row.id),
                String(row.updated_at ?? now),
              )
          } else {
            await insertRows(tx, name, rows)
          }
        }
      }
      await importCalendarYears(tx, children, idMap, { household, now, newId: deps.newId })
    })
  } catch (error) {
    for (const file of stored)
      if ((await countRowsWhereIn(deps.db, 'documents', 'blob_hash', [file.blobHash])) === 0)
        await vault.remove(file.blobHash)
    if (error instanceof DomainError) throw error
    throw refused('privacy.import.problems.couldNotImport')
  }

  return {
    children: children.map(({ entry }) => ({
      oldId: entry.id,
      newId: idMap.get(entry.id) as string,
      name: entry.name,
    })),
    idMap,
  }
}

function remapRow(row: RecordRow, idMap: ReadonlyMap<string, string>): RecordRow {
  return Object.fromEntries(Object.entries(row).map(([column, value]) => [column, remapValue(value, idMap)]))
}

/**
 * Makes again, in the importing household, the school calendar each child used: one calendar per
 * calendar exported (siblings that shared one share it again), named as it was (or after the
 * child, for an export made before calendars were shared), with its years under their new ids.
 */
async function importCalendarYears(
  tx: DbOrTx,
  children: readonly ParsedChild[],
  idMap: Map<string, string>,
  place: { household: string; now: string; newId: () => string },
): Promise<void> {
  const inserted = new Set<string>()
  for (const { record } of children) {
    const rows = record.tables[CALENDAR_YEARS_TABLE] ?? []
    if (rows.length === 0) continue
    const childId = idMap.get(String(record.child.id)) as string
    const first = rows[0] as RecordRow
    const key = typeof first.calendar_id === 'string' ? first.calendar_id : `child:${String(record.child.id)}`
    let calendarId = idMap.get(key)
    if (calendarId === undefined) {
      calendarId = place.newId()
      idMap.set(key, calendarId)
      const named = typeof first.calendar_name === 'string' ? first.calendar_name : ''
      const childName = String(record.child.preferred_name ?? '') || String(record.child.legal_name ?? '')
      await insertSchoolCalendar(tx, {
        id: calendarId,
        organizationId: place.household,
        name: named || childName,
        now: place.now,
      })
    }
    if (!(await findCalendarOfChild(tx, childId))) {
      await linkChildToCalendar(tx, { childId, organizationId: place.household, calendarId, now: place.now })
    }
    for (const row of rows) {
      const id = idMap.get(String(row.id)) as string
      if (inserted.has(id)) continue
      inserted.add(id)
      await insertRows(tx, 'school_years', [
        {
          id,
          organization_id: place.household,
          calendar_id: calendarId,
          first_day: row.first_day,
          last_day: row.last_day,
          closures: row.closures,
          version: row.version,
          created_at: row.created_at,
          updated_at: row.updated_at,
        },
      ])
    }
  }
}
