import pg from 'pg'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { addDays } from '../../src/domain/dates/local-date.ts'
import { addEvent } from '../../src/services/children/events.ts'
import { createDeps, type Deps, systemClock, today } from '../../src/services/deps.ts'
import { enqueueJob } from '../../src/services/jobs/enqueue.ts'
import { type OpenDatabase, openDatabase } from '../../src/storage/database.ts'
import { createChildFor, createUser } from '../support/factories.ts'
import { type RunningServer, startServerProcess } from '../support/server-process.ts'
import { startSmtpServer } from '../support/smtp.ts'
import { capturingMailer, testConfig } from '../support/test-app.ts'

/**
 * Two app processes with job workers on one PostgreSQL database scan for deadline reminders at the
 * same time: each reminder reaches the real SMTP server once (issue 4).
 */
const baseUrl = process.env.PATHWAY_TEST_POSTGRES_URL ?? ''
let dbName: string
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let instances: RunningServer[] = []
let database: OpenDatabase
let deps: Deps

async function admin(query: string): Promise<void> {
  const url = new URL(baseUrl)
  url.pathname = '/postgres'
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  await client.query(query)
  await client.end()
}

describe.runIf(baseUrl !== '')('deadline reminders from two instances on one PostgreSQL database', () => {
  beforeAll(async () => {
    dbName = `pathway_reminders_${Date.now()}`
    await admin(`create database ${dbName}`)
    const url = new URL(baseUrl)
    url.pathname = `/${dbName}`
    smtp = await startSmtpServer()
    const env = {
      DATABASE_URL: url.toString(),
      SESSION_SECRET: 'cluster-session-secret-that-is-long-enough-01',
      SMTP_URL: smtp.url,
      TIME_ZONE: 'America/Chicago',
      JOBS: 'on',
      JOBS_POLL_MS: '100',
    }
    instances = await Promise.all([startServerProcess(env), startServerProcess(env)])
    database = openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 })
    deps = createDeps({
      db: database.db,
      dialect: 'postgres',
      clock: systemClock,
      mailer: capturingMailer(),
      config: testConfig(),
    })
  }, 120_000)

  afterAll(async () => {
    await Promise.all(instances.map((i) => i.stop()))
    await database?.close()
    await smtp?.stop()
    await admin(`drop database if exists ${dbName} with (force)`)
  }, 60_000)

  test('scans racing on both instances send the 14-day reminder once', async () => {
    const parent = await createUser(deps, { email: 'cluster.reminders@example.org', name: 'Rosa' })
    const child = await createChildFor(deps, parent, {
      legalName: 'Mateo Cruz',
      preferredName: '',
      state: 'NY',
    })
    // The annual review falls due in 10 days: inside the 14-day window, not yet the 3-day one.
    await addEvent(deps, parent.actor, child.id, {
      type: 'iep-meeting-held',
      date: addDays(addDays(today(deps), 10), -365),
      note: '',
    })
    // Ten scans at once, which the two instances' workers share out and run side by side.
    for (let i = 0; i < 10; i += 1)
      await enqueueJob(deps, { kind: 'deadline-reminders', payload: {}, dedupeKey: `test-scan-${i}` })
    const mine = () => smtp.received.filter((m) => m.to.includes(parent.email))
    const until = Date.now() + 60_000
    while (Date.now() < until && mine().length === 0) await new Promise((resolve) => setTimeout(resolve, 200))
    // Wait until every scan has run, then give a duplicate the time to show up if there were one.
    while (
      Date.now() < until &&
      Number(
        (
          await database.db
            .selectFrom('jobs')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('kind', '=', 'deadline-reminders')
            .where('done_at', 'is', null)
            .executeTakeFirstOrThrow()
        ).n,
      ) > 0
    )
      await new Promise((resolve) => setTimeout(resolve, 200))
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(mine()).toHaveLength(1)
    expect(mine()[0]?.raw).toContain('Annual IEP review for Mateo Cruz')
    // Both instances ran scans.
    const workers = await database.db
      .selectFrom('job_runs')
      .select('worker')
      .distinct()
      .where('kind', '=', 'deadline-reminders')
      .execute()
    expect(workers.length).toBe(2)
  })
})
