import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createChildFor, createUser, type TestUser } from '../../../test/support/factories.ts'
import { corpusIep, corpusNotice } from '../../../test/support/import-corpus.ts'
import { acceptAll, startAndRead, uploadPdf } from '../../../test/support/imports.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { testDialects } from '../../../test/support/test-database.ts'
import { JOB_HANDLERS } from '../../jobs/handlers.ts'
import type { JobHandler } from '../../jobs/job-handler.ts'
import { runDueJobs } from '../../jobs/run-jobs.ts'
import { linkedIds } from '../../storage/record-links-store.ts'
import { listEvents } from '../children/events.ts'
import { getGoalsInEffect, getPlanInEffect } from '../plans/plan-records.ts'
import { confirmImport, getImport, listImports, READ_IMPORT_JOB, startImport } from './imports.ts'

for (const dialect of testDialects()) {
  describe(`importing documents on ${dialect}`, () => {
    let t: TestApp
    let parent: TestUser
    let stranger: TestUser
    let dataDir: string

    beforeAll(async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-imports-'))
      t = await buildTestApp({ dialect, now: '2026-11-29T15:00:00.000Z', env: { DATA_DIR: dataDir } })
      parent = await createUser(t.deps)
      stranger = await createUser(t.deps)
    })
    afterAll(async () => {
      await t.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    })

    test('an IEP read and confirmed becomes the plan in effect with its goals and services, linked to the document', async () => {
      const child = await createChildFor(t.deps, parent)
      const iep = await corpusIep(0)
      const document = await uploadPdf(t.deps, parent, child.id, iep.bytes)
      const started = await startAndRead(t.deps, parent.actor, child.id, document.id)
      expect(started.status).toBe('ready')
      expect(started.proposal?.kind).toBe('iep')
      const fields = started.proposal?.fields ?? []
      expect(fields.find((f) => f.path === 'dates.meeting')?.value).toBe('2025-09-10')
      // Nothing is created before the parent confirms.
      expect(await getPlanInEffect(t.deps, parent.actor, child.id, '2026-01-01' as never)).toBeUndefined()

      const done = await confirmImport(t.deps, parent.actor, child.id, started.id, {
        expectedVersion: started.version,
        kind: 'iep',
        planStatus: 'in-effect',
        fields: acceptAll(fields),
      })
      expect(done.planId).not.toBeNull()
      const plan = await getPlanInEffect(t.deps, parent.actor, child.id, '2026-01-01' as never)
      expect(plan?.record.id).toBe(done.planId)
      expect(plan?.version.plan).toMatchObject({
        kind: 'iep',
        dates: { meeting: '2025-09-10', start: '2025-09-15', end: '2026-09-09' },
        eligibility: { category: 'specific-learning-disability' },
      })
      expect(plan?.version.plan.services).toEqual([
        expect.objectContaining({
          minutes: 30,
          frequency: { times: 5, per: 'week' },
          setting: 'outside-general-education-class',
          kind: 'special-education',
        }),
        expect.objectContaining({
          minutes: 45,
          frequency: { times: 2, per: 'week' },
          setting: 'general-education-class',
        }),
      ])
      const goals = await getGoalsInEffect(t.deps, parent.actor, child.id, '2026-01-01' as never)
      expect(goals?.goals.map((g) => g.baseline)).toEqual([
        '62 words correct per minute',
        'two sentences with errors',
      ])
      expect(await linkedIds(t.deps.db, 'document', document.id, 'plan')).toEqual([done.planId])
      // The plan put its meeting on the timeline, where the deadline engine reads it.
      expect((await listEvents(t.deps, parent.actor, child.id)).map((e) => e.type)).toContain(
        'iep-meeting-held',
      )
    })

    test('a signed consent to evaluate becomes the event that starts the evaluation clock', async () => {
      const child = await createChildFor(t.deps, parent)
      const consent = await corpusNotice('consent-evaluate')
      const document = await uploadPdf(t.deps, parent, child.id, consent.bytes, 'Consent')
      const started = await startAndRead(t.deps, parent.actor, child.id, document.id)
      expect(started.proposal?.kind).toBe('consent')
      const done = await confirmImport(t.deps, parent.actor, child.id, started.id, {
        expectedVersion: started.version,
        kind: 'consent',
        planStatus: 'in-effect',
        fields: acceptAll(started.proposal?.fields ?? []),
      })
      const events = await listEvents(t.deps, parent.actor, child.id)
      expect(events.map((e) => [e.type, e.date])).toEqual([['consent-to-evaluate-signed', '2025-10-01']])
      expect(await linkedIds(t.deps.db, 'document', document.id, 'event')).toEqual(done.eventIds)
    })

    test('a wrong value names its field and nothing is written; a second confirmation is refused', async () => {
      const child = await createChildFor(t.deps, parent)
      const document = await uploadPdf(t.deps, parent, child.id, (await corpusIep(2, 'b')).bytes)
      const started = await startAndRead(t.deps, parent.actor, child.id, document.id)
      const fields = acceptAll(started.proposal?.fields ?? [])
      const meeting = fields.findIndex((f) => f.path === 'dates.meeting')
      const broken = fields.map((f, i) => (i === meeting ? { ...f, value: '31/31/2025' } : f))
      await expect(
        confirmImport(t.deps, parent.actor, child.id, started.id, {
          expectedVersion: 1,
          kind: 'iep',
          planStatus: 'in-effect',
          fields: broken,
        }),
      ).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        problems: [{ field: `f${meeting}`, message: 'imports.problems.date' }],
      })
      expect(await getPlanInEffect(t.deps, parent.actor, child.id, '2026-01-01' as never)).toBeUndefined()
      await confirmImport(t.deps, parent.actor, child.id, started.id, {
        expectedVersion: 1,
        kind: 'iep',
        planStatus: 'in-effect',
        fields,
      })
      await expect(
        confirmImport(t.deps, parent.actor, child.id, started.id, {
          expectedVersion: 1,
          kind: 'iep',
          planStatus: 'in-effect',
          fields,
        }),
      ).rejects.toMatchObject({ code: 'VERSION_CONFLICT' })
      expect((await listImports(t.deps, parent.actor, child.id))[0]?.status).toBe('confirmed')
    })

    // Four readings, each a child process: slow on a busy machine.
    test('a confirmed layout is remembered for the household: the next document of that layout is read as that kind', {
      timeout: 90_000,
    }, async () => {
      const child = await createChildFor(t.deps, parent)
      const first = await uploadPdf(t.deps, parent, child.id, (await corpusIep(1, 'c')).bytes)
      const one = await startAndRead(t.deps, parent.actor, child.id, first.id)
      // The parent says this layout is a 504 plan (say, the school's own word for it).
      await confirmImport(t.deps, parent.actor, child.id, one.id, {
        expectedVersion: 1,
        kind: '504-plan',
        planStatus: 'superseded',
        fields: [],
      })
      const second = await uploadPdf(t.deps, parent, child.id, (await corpusIep(3, 'c')).bytes)
      const two = await startAndRead(t.deps, parent.actor, child.id, second.id)
      expect(two.proposal?.kind).toBe('504-plan')
      // Another household does not get the hint.
      const strangerChild = await createChildFor(t.deps, stranger)
      const third = await uploadPdf(t.deps, stranger, strangerChild.id, (await corpusIep(3, 'c')).bytes)
      expect((await startAndRead(t.deps, stranger.actor, strangerChild.id, third.id)).proposal?.kind).toBe(
        'iep',
      )
    })

    test('reading runs in a job: the import answers at once as reading, and two workers read it once', async () => {
      const child = await createChildFor(t.deps, parent)
      const document = await uploadPdf(t.deps, parent, child.id, (await corpusIep(1)).bytes)
      const started = await startImport(t.deps, parent.actor, child.id, document.id)
      expect(started).toMatchObject({ status: 'reading', proposal: null })
      let reads = 0
      const counting: JobHandler = async (deps, job) => {
        reads += 1
        return JOB_HANDLERS[READ_IMPORT_JOB]?.(deps, job)
      }
      const handlers = { [READ_IMPORT_JOB]: counting }
      const other = { ...t.deps }
      await Promise.all([
        runDueJobs(t.deps, { handlers, workerId: 'a' }),
        runDueJobs(other, { handlers, workerId: 'b' }),
      ])
      await runDueJobs(other, { handlers, workerId: 'b' })
      expect(reads).toBe(1)
      const read = await getImport(t.deps, parent.actor, child.id, started.id)
      expect(read.status).toBe('ready')
      expect(read.proposal?.kind).toBe('iep')
    })

    test('a file that cannot be read ends as failed, and the document stays', async () => {
      const child = await createChildFor(t.deps, parent)
      const broken = new TextEncoder().encode('%PDF-1.4\nthis is not really a PDF\n%%EOF\n')
      const document = await uploadPdf(t.deps, parent, child.id, broken, 'Torn scan')
      const read = await startAndRead(t.deps, parent.actor, child.id, document.id)
      expect(read.status).toBe('failed')
      expect(read.proposal).toBeNull()
      await expect(
        confirmImport(t.deps, parent.actor, child.id, read.id, {
          expectedVersion: read.version,
          kind: 'iep',
          planStatus: 'in-effect',
          fields: [],
        }),
      ).rejects.toMatchObject({ code: 'VERSION_CONFLICT' })
    })

    test('when reading keeps failing (the stored file cannot be opened), the last attempt marks the import failed', async () => {
      const child = await createChildFor(t.deps, parent)
      const document = await uploadPdf(t.deps, parent, child.id, (await corpusNotice('invitation')).bytes)
      const started = await startImport(t.deps, parent.actor, child.id, document.id)
      await t.deps.db
        .updateTable('documents')
        .set({ wrapped_key: 'lost' })
        .where('id', '=', document.id)
        .execute()
      const handlers = { [READ_IMPORT_JOB]: JOB_HANDLERS[READ_IMPORT_JOB] as JobHandler }
      expect((await runDueJobs(t.deps, { handlers })).retried).toBe(1)
      expect((await getImport(t.deps, parent.actor, child.id, started.id)).status).toBe('reading')
      t.clock.advanceMinutes(2)
      expect((await runDueJobs(t.deps, { handlers })).retried).toBe(1)
      t.clock.advanceMinutes(5)
      expect((await runDueJobs(t.deps, { handlers })).failed).toBe(1)
      expect((await getImport(t.deps, parent.actor, child.id, started.id)).status).toBe('failed')
    })

    test('another family cannot read or confirm an import', async () => {
      const child = await createChildFor(t.deps, parent)
      const document = await uploadPdf(t.deps, parent, child.id, (await corpusNotice('invitation')).bytes)
      const started = await startAndRead(t.deps, parent.actor, child.id, document.id)
      await expect(getImport(t.deps, stranger.actor, child.id, started.id)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      })
      await expect(startImport(t.deps, stranger.actor, child.id, document.id)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      })
      await expect(
        confirmImport(t.deps, stranger.actor, child.id, started.id, {
          expectedVersion: 1,
          kind: 'meeting-invitation',
          planStatus: 'in-effect',
          fields: [],
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    })
  })
}
