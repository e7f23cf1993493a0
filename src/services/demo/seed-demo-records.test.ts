import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { findUserCredentials } from '../../storage/accounts-store.ts'
import { loadSignedIn } from '../accounts/sessions.ts'
import { listChildren } from '../children/children.ts'
import { listEvents } from '../children/events.ts'
import { listCommunications, listFollowUps } from '../communications/communications.ts'
import { listDocuments } from '../documents/documents.ts'
import { listLetters } from '../letters/letters.ts'
import { searchChild } from '../search/search-child.ts'
import { DEMO_PARENT_EMAIL, seedDemo } from './seed-demo.ts'

let t: TestApp
let dataDir: string
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-demo-'))
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z', env: { DATA_DIR: dataDir } })
})
afterAll(async () => {
  await t.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

test('the demo gives Mateo documents, a communications log and a records request sent 20 days ago', async () => {
  await seedDemo(t.deps)
  const credentials = await findUserCredentials(t.deps.db, DEMO_PARENT_EMAIL)
  const signedIn = await loadSignedIn(t.deps, credentials?.user.id ?? '')
  const actor = signedIn?.actor
  if (!actor) throw new Error('no demo parent')
  const mateo = (await listChildren(t.deps, actor, { archived: false })).find(
    (c) => c.legalName === 'Mateo Lopez',
  )
  if (!mateo) throw new Error('no Mateo')
  const documents = await listDocuments(t.deps, actor, mateo.id)
  expect(documents.map((d) => d.title).sort()).toEqual([
    'Annual IEP',
    'Note from the speech therapist',
    'Progress report, fall',
  ])
  expect(documents.every((d) => d.textStatus === 'done')).toBe(true)
  const found = await searchChild(t.deps, actor, mateo.id, 'words per minute')
  expect(found.results.map((r) => r.kind)).toContain('document')
  const [letter] = await listLetters(t.deps, actor, mateo.id)
  expect(letter).toMatchObject({
    template: 'records',
    sentOn: '2026-11-09',
    writtenOn: '2026-11-09',
    sentVia: 'email',
  })
  const events = await listEvents(t.deps, actor, mateo.id)
  expect(events.filter((e) => e.type === 'records-request-received').map((e) => e.date)).toEqual([
    '2026-11-09',
  ])
  expect((await listCommunications(t.deps, actor, mateo.id)).map((c) => c.channel).sort()).toEqual([
    'call',
    'email',
    'letter',
  ])
  expect(await listFollowUps(t.deps, actor, mateo.id)).toMatchObject([{ dueOn: '2026-12-09', done: false }])
})
