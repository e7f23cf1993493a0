import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { unzipSync, zipSync } from 'fflate'
import { afterEach, describe, expect, test } from 'vitest'
import { createUser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { testDialects } from '../../../test/support/test-database.ts'
import type { Actor } from '../../domain/access/actor.ts'
import { DomainError } from '../../domain/problems.ts'
import { findUserCredentials } from '../../storage/accounts-store.ts'
import type { RecordRow } from '../../storage/record-rows-store.ts'
import { loadSignedIn } from '../accounts/sessions.ts'
import { DEMO_PARENT_EMAIL, seedDemo } from '../demo/seed-demo.ts'
import { addIncident, getAccommodationsToLog } from '../services-delivered/accommodation-incidents.ts'
import { addSession, getServicesToLog } from '../services-delivered/service-log.ts'
import {
  type ChildRecordData,
  type Manifest,
  prepareAccountExport,
  prepareChildExport,
  streamExport,
} from './export-record.ts'
import { importRecord, remapValue } from './import-record.ts'
import { CALENDAR_YEARS_TABLE, RECORD_TABLES } from './record-tables.ts'

const open: { t: TestApp; dataDir: string }[] = []
afterEach(async () => {
  for (const { t, dataDir } of open.splice(0)) {
    await t.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
})

async function app(dialect: 'sqlite' | 'postgres'): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-export-'))
  const t = await buildTestApp({ dialect, now: '2026-11-29T15:00:00.000Z', env: { DATA_DIR: dataDir } })
  open.push({ t, dataDir })
  return t
}

async function collect(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = []
  for await (const chunk of stream) chunks.push(chunk)
  return Buffer.concat(chunks)
}

async function* source(buffer: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < buffer.byteLength; offset += 16_384)
    yield buffer.subarray(offset, offset + 16_384)
}

async function demoActor(t: TestApp): Promise<Actor> {
  await seedDemo(t.deps)
  const credentials = await findUserCredentials(t.deps.db, DEMO_PARENT_EMAIL)
  const signedIn = await loadSignedIn(t.deps, credentials?.user.id ?? '')
  if (!signedIn) throw new Error('no demo parent')
  await fillWhatTheDemoLeavesEmpty(t, signedIn.actor)
  return signedIn.actor
}

/**
 * Rows for the record tables the demo does not fill yet, through their own services, so the
 * round trip compares every table. A new table with a child_id needs a line here (or in the demo).
 */
async function fillWhatTheDemoLeavesEmpty(t: TestApp, actor: Actor): Promise<void> {
  for (const child of await t.deps.db.selectFrom('children').select('id').execute()) {
    const { services } = await getServicesToLog(t.deps, actor, child.id)
    const [service] = services
    if (service)
      await addSession(t.deps, actor, child.id, {
        serviceId: service.id,
        date: '2026-11-20',
        minutes: '30',
        status: 'delivered',
        provider: 'Ms. Reyes',
        note: 'Worked on fluency',
        source: 'family',
      })
    const { accommodations } = await getAccommodationsToLog(t.deps, actor, child.id)
    const [accommodation] = accommodations
    if (accommodation)
      await addIncident(t.deps, actor, child.id, {
        accommodationId: accommodation.id,
        date: '2026-11-21',
        whatHappened: 'No extra time on the quiz',
        reportedBy: 'child',
      })
  }
}

function readArchive(zip: Buffer) {
  const files = unzipSync(zip)
  const text = (name: string) => new TextDecoder().decode(files[name])
  const manifest = JSON.parse(text('manifest.json')) as Manifest
  const records = new Map(
    manifest.children.map((child) => [child.id, JSON.parse(text(child.record)) as ChildRecordData]),
  )
  return { files, manifest, records }
}

/** A row as it should look after import: ids remapped, household and people those of the importer. */
function expectedRow(
  row: RecordRow,
  idMap: ReadonlyMap<string, string>,
  table: string,
  householdId: string,
  userId: string,
) {
  const out: RecordRow = {}
  for (const [column, value] of Object.entries(row)) out[column] = remapValue(value, idMap)
  if ('organization_id' in out) out.organization_id = householdId
  for (const column of RECORD_TABLES[table]?.userColumns ?? []) if (out[column] !== null) out[column] = userId
  return out
}

// Two PostgreSQL schemas in one process confuse Kysely's migrator, so the pairs cross the databases.
const pairs: (readonly ['sqlite' | 'postgres', 'sqlite' | 'postgres'])[] = testDialects().includes('postgres')
  ? [
      ['sqlite', 'sqlite'],
      ['sqlite', 'postgres'],
      ['postgres', 'sqlite'],
    ]
  : [['sqlite', 'sqlite']]

describe.each(pairs)('export from %s, import into %s', (from, to) => {
  test('the whole account comes back the same, with new ids, files and PDFs', async () => {
    const a = await app(from)
    const actor = await demoActor(a)
    const exported = await collect(streamExport(a.deps, await prepareAccountExport(a.deps, actor, 'en')))
    const original = readArchive(exported)
    expect(original.manifest.children.length).toBe(2)
    // The demo's record has rows in every portable table, so the comparison covers them all.
    const counts = (table: string) =>
      [...original.records.values()].reduce((sum, record) => sum + (record.tables[table]?.length ?? 0), 0)
    for (const [table, entry] of Object.entries(RECORD_TABLES))
      if (entry.kind !== 'not-portable') expect(counts(table), table).toBeGreaterThan(0)
    // The school years of the calendar each child uses travel too (the calendar is made again).
    expect(counts(CALENDAR_YEARS_TABLE)).toBeGreaterThan(0)

    const b = await app(to)
    const importer = await createUser(b.deps, { name: 'New household' })
    const result = await importRecord(b.deps, importer.actor, source(exported))
    expect(result.children.map((c) => c.name).sort()).toEqual(
      original.manifest.children.map((c) => c.name).sort(),
    )
    for (const [oldId, newId] of result.idMap) expect(newId).not.toBe(oldId)

    const signedIn = await loadSignedIn(b.deps, importer.id)
    if (!signedIn) throw new Error('importer vanished')
    const again = readArchive(
      await collect(streamExport(b.deps, await prepareAccountExport(b.deps, signedIn.actor, 'en'))),
    )
    expect(again.manifest.children.length).toBe(original.manifest.children.length)
    for (const [oldId, record] of original.records) {
      const newId = result.idMap.get(oldId) as string
      const back = again.records.get(newId)
      if (!back) throw new Error(`child ${oldId} did not come back`)
      expect(back.child).toEqual(
        expectedRow(record.child, result.idMap, 'children', importer.householdId, importer.id),
      )
      for (const [table, rows] of Object.entries(record.tables)) {
        const expected = rows.map((row) =>
          expectedRow(row, result.idMap, table, importer.householdId, importer.id),
        )
        const key = (row: RecordRow) => JSON.stringify(row)
        expect(
          [...(back.tables[table] ?? [])].sort((x, y) => key(x).localeCompare(key(y))),
          table,
        ).toEqual([...expected].sort((x, y) => key(x).localeCompare(key(y))))
      }
    }
    // Every file (documents, plan and letter PDFs) comes back byte for byte under its new id.
    const originalFiles = original.manifest.files.filter((file) => file.role !== 'record')
    expect(originalFiles.filter((file) => file.role === 'document').length).toBeGreaterThan(0)
    expect(originalFiles.filter((file) => file.role === 'plan-pdf').length).toBeGreaterThan(0)
    expect(originalFiles.filter((file) => file.role === 'letter-pdf').length).toBeGreaterThan(0)
    for (const file of originalFiles) {
      const newPath = remapValue(file.path, result.idMap) as string
      const twin = again.manifest.files.find((candidate) => candidate.path === newPath)
      expect(twin, file.path).toBeDefined()
      if (file.role === 'document')
        expect(Buffer.from(again.files[newPath] ?? [])).toEqual(Buffer.from(original.files[file.path] ?? []))
      else expect(twin?.bytes).toBeGreaterThan(0)
    }
  })
})

describe('school calendars in an export', () => {
  test('an export made before calendars were shared comes in as a calendar named after the child', async () => {
    const t = await app('sqlite')
    const actor = await demoActor(t)
    const archive = unzipSync(
      await collect(streamExport(t.deps, await prepareAccountExport(t.deps, actor, 'en'))),
    )
    const manifest = JSON.parse(new TextDecoder().decode(archive['manifest.json'])) as Manifest
    let withYears: { name: string; years: number } | undefined
    for (const entry of manifest.children) {
      const record = JSON.parse(new TextDecoder().decode(archive[entry.record])) as ChildRecordData
      const years = record.tables[CALENDAR_YEARS_TABLE] ?? []
      if (years.length === 0) continue
      // The old shape: the years on the child, with no calendar.
      record.tables[CALENDAR_YEARS_TABLE] = years.map(({ calendar_id, calendar_name, ...old }) => old)
      withYears = {
        name: String(record.child.preferred_name || record.child.legal_name),
        years: years.length,
      }
      const bytes = new TextEncoder().encode(JSON.stringify(record))
      archive[entry.record] = bytes
      Object.assign(manifest.files.find((file) => file.path === entry.record) ?? {}, {
        bytes: bytes.byteLength,
        sha256: (await import('node:crypto')).createHash('sha256').update(bytes).digest('hex'),
      })
    }
    if (!withYears) throw new Error('the demo has no school year')
    archive['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest))
    const importer = await createUser(t.deps)
    await importRecord(t.deps, importer.actor, source(zipSync(archive)))
    const calendars = await t.deps.db
      .selectFrom('school_calendars')
      .innerJoin('school_years', 'school_years.calendar_id', 'school_calendars.id')
      .select(['school_calendars.name', 'school_years.first_day'])
      .where('school_calendars.organization_id', '=', importer.householdId)
      .execute()
    expect(calendars.map((c) => c.name)).toEqual(Array(withYears.years).fill(withYears.name))
  })
})

describe('refusing bad archives', () => {
  async function refusal(
    t: TestApp,
    actor: Actor,
    archive: Uint8Array,
    limits?: Parameters<typeof importRecord>[3],
  ) {
    const error = await importRecord(t.deps, actor, source(archive), limits).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DomainError)
    return (error as DomainError).problems[0]?.message
  }

  test('a zip bomb, a path that leaves its folder, a damaged file, a non-zip: refused, nothing imported', async () => {
    const t = await app('sqlite')
    const actor = await demoActor(t)
    const good = await collect(streamExport(t.deps, await prepareAccountExport(t.deps, actor, 'es')))
    const importer = await createUser(t.deps)
    const rowsBefore = await t.deps.db.selectFrom('children').select('id').execute()

    const bomb = zipSync({ 'manifest.json': new Uint8Array(60 * 1024 * 1024) }, { level: 9 })
    expect(bomb.byteLength).toBeLessThan(1024 * 1024)
    expect(
      await refusal(t, importer.actor, bomb, {
        limits: { archiveBytes: 10e6, entries: 100, totalBytes: 20e6 },
      }),
    ).toBe('privacy.import.problems.tooLarge')
    expect(await refusal(t, importer.actor, zipSync({ '../../etc/passwd': new Uint8Array([1]) }))).toBe(
      'privacy.import.problems.badName',
    )
    expect(await refusal(t, importer.actor, zipSync({ '/abs/manifest.json': new Uint8Array([1]) }))).toBe(
      'privacy.import.problems.badName',
    )
    expect(await refusal(t, importer.actor, Buffer.from('%PDF-1.7 not a zip'))).toBe(
      'privacy.import.problems.notAnExport',
    )
    expect(
      await refusal(t, importer.actor, good, {
        limits: { archiveBytes: 1000, entries: 100, totalBytes: 20e6 },
      }),
    ).toBe('privacy.import.problems.tooLarge')

    // A document changed after export: its SHA-256 no longer matches the manifest.
    const files = unzipSync(good)
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Manifest
    const document = manifest.files.find((file) => file.role === 'document')
    if (!document) throw new Error('no document in the demo')
    files[document.path] = new TextEncoder().encode('changed')
    expect(await refusal(t, importer.actor, zipSync(files))).toBe('privacy.import.problems.damagedFile')

    // A row that breaks a constraint halfway through: the transaction leaves nothing behind.
    const broken = unzipSync(good)
    const brokenManifest = JSON.parse(new TextDecoder().decode(broken['manifest.json'])) as Manifest
    const lastChild = brokenManifest.children.at(-1)
    if (!lastChild) throw new Error('no children')
    const record = JSON.parse(new TextDecoder().decode(broken[lastChild.record])) as ChildRecordData
    record.tables.events = [
      ...(record.tables.events ?? []),
      { ...(record.tables.events?.[0] ?? {}), type: null },
    ]
    const bytes = new TextEncoder().encode(JSON.stringify(record))
    broken[lastChild.record] = bytes
    const entry = brokenManifest.files.find((file) => file.path === lastChild.record)
    if (!entry) throw new Error('no record entry')
    Object.assign(entry, {
      bytes: bytes.byteLength,
      sha256: (await import('node:crypto')).createHash('sha256').update(bytes).digest('hex'),
    })
    broken['manifest.json'] = new TextEncoder().encode(JSON.stringify(brokenManifest))
    expect(await refusal(t, importer.actor, zipSync(broken))).toBe('privacy.import.problems.couldNotImport')

    expect(await t.deps.db.selectFrom('children').select('id').execute()).toEqual(rowsBefore)
    const stored = await t.deps.db.selectFrom('documents').select('blob_hash').execute()
    const filesOnDisk = (
      fs.readdirSync(path.join(t.deps.config.dataDir, 'files'), { recursive: true }) as string[]
    ).filter((name) => /[0-9a-f]{64}$/.test(name))
    expect(filesOnDisk.length).toBe(new Set(stored.map((row) => row.blob_hash)).size)
  })

  test('only someone who may edit the child can export it', async () => {
    const t = await app('sqlite')
    const actor = await demoActor(t)
    const [child] = await t.deps.db.selectFrom('children').select('id').execute()
    const stranger = await createUser(t.deps)
    await expect(prepareChildExport(t.deps, stranger.actor, child?.id ?? '', 'en')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(prepareChildExport(t.deps, actor, child?.id ?? '', 'en')).resolves.toMatchObject({
      scope: 'child',
    })
  })
})
