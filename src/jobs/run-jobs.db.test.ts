import { describe, expect, test } from 'vitest'
import { testClock } from '../../test/support/clock.ts'
import { capturingMailer, testConfig } from '../../test/support/test-app.ts'
import { createTestDatabase, testDialects, useTestDatabase } from '../../test/support/test-database.ts'
import { DomainError } from '../domain/problems.ts'
import { createDeps, type Deps } from '../services/deps.ts'
import { enqueueJob, queueEmail } from '../services/jobs/enqueue.ts'
import { openDatabase } from '../storage/database.ts'
import { countJobs, findJob, findJobByDedupeKey, listProblemRuns } from '../storage/jobs-store.ts'
import type { JobHandler } from './job-handler.ts'
import { runDueJobs } from './run-jobs.ts'
import { sendEmailJob } from './send-email.ts'

for (const dialect of testDialects()) {
  describe(`background jobs on ${dialect}`, () => {
    const database = useTestDatabase(dialect)
    const setup = () => {
      const clock = testClock('2026-11-29T15:00:00.000Z')
      const mailer = capturingMailer()
      const deps = createDeps({ db: database().db, dialect, clock, mailer, config: testConfig() })
      return { deps, clock, mailer }
    }

    test('a queued e-mail is sent once, and its text is not kept afterwards', async () => {
      const { deps, mailer } = setup()
      const key = `mail-${deps.newId()}`
      expect(
        await queueEmail(
          deps,
          { to: 'a@example.org', subject: 'Reminder', text: 'Body' },
          { dedupeKey: key },
        ),
      ).toBe(true)
      expect(
        await queueEmail(
          deps,
          { to: 'a@example.org', subject: 'Reminder', text: 'Body' },
          { dedupeKey: key },
        ),
      ).toBe(false)
      await runDueJobs(deps, { handlers: { 'send-email': sendEmailJob } })
      await runDueJobs(deps, { handlers: { 'send-email': sendEmailJob } })
      expect(mailer.sent.filter((m) => m.subject === 'Reminder')).toHaveLength(1)
      const job = await findJobByDedupeKey(deps.db, key)
      expect(job?.doneAt).not.toBeNull()
      expect(job?.payload).toBeNull()
    })

    test('a job waits for its time', async () => {
      const { deps, clock } = setup()
      const ran: string[] = []
      const handlers: Record<string, JobHandler> = { later: async (_d, job) => void ran.push(job.id) }
      await enqueueJob(deps, { kind: 'later', payload: {}, runAt: '2026-11-30T08:00:00.000Z' })
      await runDueJobs(deps, { handlers })
      expect(ran).toHaveLength(0)
      clock.set('2026-11-30T08:00:00.000Z')
      await runDueJobs(deps, { handlers })
      expect(ran).toHaveLength(1)
    })

    test('a failing job is retried with backoff, then marked failed, and every run is recorded without personal data', async () => {
      const { deps, clock } = setup()
      let calls = 0
      const handlers: Record<string, JobHandler> = {
        flaky: async () => {
          calls += 1
          throw new DomainError('INVALID_STATE')
        },
      }
      await enqueueJob(deps, {
        kind: 'flaky',
        payload: { childId: 'c1' },
        maxAttempts: 3,
        dedupeKey: `flaky-${deps.newId()}`,
      })
      expect((await runDueJobs(deps, { handlers })).retried).toBe(1)
      expect((await runDueJobs(deps, { handlers })).claimed).toBe(0)
      clock.advanceMinutes(1)
      expect((await runDueJobs(deps, { handlers })).retried).toBe(1)
      clock.advanceMinutes(2)
      expect((await runDueJobs(deps, { handlers })).failed).toBe(1)
      clock.advanceMinutes(60)
      expect((await runDueJobs(deps, { handlers })).claimed).toBe(0)
      expect(calls).toBe(3)
      const problems = (await listProblemRuns(deps.db, 50)).filter((r) => r.kind === 'flaky')
      expect(problems.map((r) => r.outcome)).toEqual(['failed', 'retry', 'retry'])
      expect(problems.every((r) => r.errorCode === 'INVALID_STATE' && r.reference)).toBe(true)
    })

    test('a job with no handler fails visibly instead of disappearing', async () => {
      const { deps } = setup()
      await enqueueJob(deps, { kind: 'unknown-kind', payload: {}, maxAttempts: 1 })
      const report = await runDueJobs(deps, { handlers: {} })
      expect(report.failed).toBeGreaterThanOrEqual(1)
      expect((await countJobs(deps.db)).failed).toBeGreaterThanOrEqual(1)
    })

    test('recurring work is enqueued once per time slot, however many workers run', async () => {
      const { deps } = setup()
      const ran: string[] = []
      const handlers: Record<string, JobHandler> = {
        tick: async (_d, job) => void ran.push(JSON.stringify(job.payload)),
      }
      const recurring = [{ kind: 'tick', everyMinutes: 15 }]
      await runDueJobs(deps, { handlers, recurring, workerId: 'a' })
      await runDueJobs(deps, { handlers, recurring, workerId: 'b' })
      expect(ran).toEqual(['{"slot":"2026-11-29T15:00:00.000Z"}'])
    })

    test('a lease that expires lets another worker finish the job', async () => {
      const { deps, clock } = setup()
      const id = deps.newId()
      await enqueueJob({ ...deps, newId: () => id }, { kind: 'slow', payload: {} })
      const { claimJob } = await import('../storage/jobs-store.ts')
      expect(
        await claimJob(deps.db, id, 'crashed-worker', clock.now(), '2026-11-29T15:05:00.000Z'),
      ).toBeDefined()
      const ran: string[] = []
      const handlers: Record<string, JobHandler> = { slow: async (_d, job) => void ran.push(job.id) }
      expect((await runDueJobs(deps, { handlers, workerId: 'b' })).claimed).toBe(0)
      clock.advanceMinutes(6)
      expect((await runDueJobs(deps, { handlers, workerId: 'b' })).done).toBe(1)
      expect(ran).toEqual([id])
      expect((await findJob(deps.db, id))?.attempts).toBe(2)
    })
  })

  describe(`two workers with their own connections on ${dialect}`, () => {
    test('racing over the same jobs, each job runs exactly once', async () => {
      const shared = await createTestDatabase(dialect)
      try {
        // On SQLite an in-memory database cannot be shared, so both workers use the one connection;
        // on PostgreSQL each has its own pool, as two app instances would.
        const url = process.env.PATHWAY_TEST_POSTGRES_URL ?? ''
        const schema =
          dialect === 'postgres'
            ? (
                await shared.db
                  .selectNoFrom((eb) => eb.fn<string>('current_schema').as('s'))
                  .executeTakeFirstOrThrow()
              ).s
            : ''
        const second =
          dialect === 'postgres'
            ? openDatabase({
                kind: 'postgres',
                url: `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
              })
            : shared
        const clock = testClock('2026-11-29T15:00:00.000Z')
        const make = (db: typeof shared.db): Deps =>
          createDeps({ db, dialect, clock, mailer: capturingMailer(), config: testConfig() })
        const a = make(shared.db)
        const b = make(second.db)
        for (let i = 0; i < 40; i += 1)
          await enqueueJob(a, { kind: 'count', payload: { i }, dedupeKey: `count-${i}` })
        const seen: number[] = []
        const handlers: Record<string, JobHandler> = {
          count: async (_d, job) => {
            seen.push((job.payload as { i: number }).i)
            await new Promise((resolve) => setTimeout(resolve, 2))
          },
        }
        await Promise.all([
          runDueJobs(a, { handlers, workerId: 'a', batchSize: 40 }),
          runDueJobs(b, { handlers, workerId: 'b', batchSize: 40 }),
          runDueJobs(a, { handlers, workerId: 'c', batchSize: 40 }),
        ])
        expect(seen.sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i))
        if (second !== shared) await second.close()
      } finally {
        await shared.dispose()
      }
    })
  })
}
