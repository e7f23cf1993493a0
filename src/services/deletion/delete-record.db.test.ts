import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createChildFor, createUser, type TestUser } from '../../../test/support/factories.ts'
import { makePdf } from '../../../test/support/files.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { testDialects } from '../../../test/support/test-database.ts'
import type { Actor } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import { JOB_HANDLERS, RECURRING_JOBS } from '../../jobs/handlers.ts'
import { runDueJobs } from '../../jobs/run-jobs.ts'
import { findUserCredentials } from '../../storage/accounts-store.ts'
import { countRowsWhereIn, schemaColumns, selectRowsWhereIn } from '../../storage/record-rows-store.ts'
import { createAccessLink } from '../access/access-links.ts'
import { getChildForActor } from '../access/child-access.ts'
import { loadSignedIn } from '../accounts/sessions.ts'
import { listChildren } from '../children/children.ts'
import { DEMO_PARENT_EMAIL, DEMO_PASSWORD, seedDemo } from '../demo/seed-demo.ts'
import { uploadDocument } from '../documents/documents.ts'
import {
  listPendingDeletions,
  requestAccountDeletion,
  requestChildDeletion,
  undoAccountDeletion,
  undoChildDeletion,
} from './delete-record.ts'

describe.each(testDialects())('deleting on %s', (dialect) => {
  let t: TestApp
  let dataDir: string
  let actor: Actor
  let householdId: string
  let userId: string
  let neighbour: TestUser
  let neighbourChild: Child

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-delete-'))
    t = await buildTestApp({ dialect, now: '2026-11-29T15:00:00.000Z', env: { DATA_DIR: dataDir } })
    await seedDemo(t.deps)
    const credentials = await findUserCredentials(t.deps.db, DEMO_PARENT_EMAIL)
    userId = credentials?.user.id ?? ''
    const signedIn = await loadSignedIn(t.deps, userId)
    if (!signedIn) throw new Error('no demo parent')
    actor = signedIn.actor
    householdId = actor.memberships[0]?.organizationId ?? ''
    neighbour = await createUser(t.deps)
    neighbourChild = await createChildFor(t.deps, neighbour, { legalName: 'Noa Kim' })
    await uploadDocument(
      t.deps,
      neighbour.actor,
      neighbourChild.id,
      parts(await makePdf(['Neighbour report'])),
    )
  })
  afterAll(async () => {
    await t.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  function parts(file: Buffer) {
    return (async function* () {
      for (const [name, value] of Object.entries({
        title: 'Report',
        kind: 'evaluation',
        date: '2026-03-01',
        tags: '',
        notes: '',
      }))
        yield { kind: 'field' as const, name, value }
      yield {
        kind: 'file' as const,
        name: 'file',
        fileName: 'report.pdf',
        content: (async function* () {
          yield new Uint8Array(file)
        })(),
        truncated: () => false,
      }
    })()
  }

  function storedBlobs(): string[] {
    const root = path.join(dataDir, 'files')
    return (fs.readdirSync(root, { recursive: true }) as string[]).filter((name) =>
      /[0-9a-f]{64}$/.test(name),
    )
  }

  /** Rows left in every table with a column `column` equal to one of `values`. */
  async function leftovers(column: string, values: string[]): Promise<Record<string, number>> {
    const found: Record<string, number> = {}
    for (const [table, columns] of await schemaColumns(t.deps.db)) {
      if (!columns.has(column)) continue
      const count = await countRowsWhereIn(t.deps.db, table, column, values)
      if (count > 0) found[table] = count
    }
    return found
  }

  /** The ids of the practice's notes, tasks and calls about a child, by table. */
  async function practiceRowsOf(childId: string): Promise<Record<string, string[]>> {
    const out: Record<string, string[]> = {}
    for (const table of ['practice_notes', 'practice_tasks', 'consultations'])
      out[table] = (await selectRowsWhereIn(t.deps.db, table, 'child_id', [childId])).map((row) =>
        String(row.id),
      )
    return out
  }

  async function purge() {
    await runDueJobs(t.deps, { handlers: JOB_HANDLERS, recurring: RECURRING_JOBS, workerId: 'test' })
  }

  test('a child: hidden at once, back with undo, gone with every row and file after 14 days', async () => {
    const [mateo] = (await listChildren(t.deps, actor, { archived: false })).filter(
      (c) => c.legalName === 'Mateo Lopez',
    )
    if (!mateo) throw new Error('no Mateo')
    await createAccessLink(t.deps, actor, {
      childId: mateo.id,
      purpose: 'calendar-feed',
      label: 'Phone',
      expiresOn: '',
    })
    const mateoBlobs = (
      await t.deps.db.selectFrom('documents').select('blob_hash').where('child_id', '=', mateo.id).execute()
    ).map((row) => row.blob_hash)
    expect(mateoBlobs.length).toBeGreaterThan(0)
    expect(Object.keys(await leftovers('child_id', [mateo.id])).length).toBeGreaterThan(5)
    // The demo advocate's practice has a note, a task and a booked call about Mateo.
    const practiceRowIds = await practiceRowsOf(mateo.id)
    for (const ids of Object.values(practiceRowIds)) expect(ids).toHaveLength(1)

    await expect(requestChildDeletion(t.deps, actor, mateo.id, 'Mateo')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    await expect(
      requestChildDeletion(t.deps, neighbour.actor, mateo.id, 'Mateo Lopez'),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await requestChildDeletion(t.deps, actor, mateo.id, '  mateo lopez ')
    await expect(getChildForActor(t.deps.db, actor, mateo.id, 'read')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    expect((await listChildren(t.deps, actor, { archived: false })).map((c) => c.id)).not.toContain(mateo.id)
    expect((await listPendingDeletions(t.deps, actor)).children.map((c) => c.childId)).toEqual([mateo.id])

    await undoChildDeletion(t.deps, actor, mateo.id)
    await expect(getChildForActor(t.deps.db, actor, mateo.id, 'read')).resolves.toMatchObject({
      id: mateo.id,
    })
    await requestChildDeletion(t.deps, actor, mateo.id, 'Mateo Lopez')

    t.clock.advanceDays(13)
    await purge()
    expect(await countRowsWhereIn(t.deps.db, 'children', 'id', [mateo.id])).toBe(1)
    t.clock.advanceDays(2)
    await purge()
    expect(await leftovers('child_id', [mateo.id])).toEqual({})
    expect(await countRowsWhereIn(t.deps.db, 'children', 'id', [mateo.id])).toBe(0)
    // The practice's own rows stay, detached: no link to the child, the moment it went, no name.
    for (const [table, ids] of Object.entries(practiceRowIds)) {
      const rows = await selectRowsWhereIn(t.deps.db, table, 'id', ids)
      expect(rows, table).toHaveLength(1)
      for (const row of rows) {
        expect(row.child_id, table).toBeNull()
        expect(row.child_detached_at, table).toBe(t.deps.clock.now())
        expect(JSON.stringify(row), table).not.toContain('Mateo')
      }
    }
    for (const blob of mateoBlobs)
      expect(fs.existsSync(path.join(dataDir, 'files', blob.slice(0, 2), blob.slice(2, 4), blob))).toBe(false)
    // The neighbour's record is untouched.
    await expect(
      getChildForActor(t.deps.db, neighbour.actor, neighbourChild.id, 'read'),
    ).resolves.toBeDefined()
    expect(await countRowsWhereIn(t.deps.db, 'documents', 'child_id', [neighbourChild.id])).toBe(1)
  })

  test('an account: the password confirms, undo works, then nothing of the person or the household remains', async () => {
    await expect(requestAccountDeletion(t.deps, actor, 'wrong password')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    await requestAccountDeletion(t.deps, actor, DEMO_PASSWORD)
    expect(await listChildren(t.deps, actor, { archived: false })).toEqual([])
    await undoAccountDeletion(t.deps, actor)
    expect((await listChildren(t.deps, actor, { archived: false })).length).toBe(1)
    const childIds = (
      await t.deps.db.selectFrom('children').select('id').where('organization_id', '=', householdId).execute()
    ).map((row) => row.id)
    await requestAccountDeletion(t.deps, actor, DEMO_PASSWORD)
    expect((await listPendingDeletions(t.deps, actor)).account).toBeDefined()

    t.clock.advanceDays(15)
    await purge()
    expect(await leftovers('organization_id', [householdId])).toEqual({})
    expect(await leftovers('child_id', childIds)).toEqual({})
    expect(await leftovers('user_id', [userId])).toEqual({})
    expect(await countRowsWhereIn(t.deps.db, 'users', 'id', [userId])).toBe(0)
    expect(await countRowsWhereIn(t.deps.db, 'organizations', 'id', [householdId])).toBe(0)
    expect(await countRowsWhereIn(t.deps.db, 'mail_messages', 'to_address', [DEMO_PARENT_EMAIL])).toBe(0)
    // Only the neighbour's file is left in the store.
    const remaining = await t.deps.db.selectFrom('documents').select('blob_hash').execute()
    expect(
      storedBlobs()
        .map((name) => path.basename(name))
        .sort(),
    ).toEqual(remaining.map((row) => row.blob_hash).sort())
    expect(remaining.length).toBe(1)
  })
})
