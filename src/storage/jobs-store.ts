import type { DbOrTx } from './database.ts'
import type { JobTable } from './tables.ts'

export interface JobRecord {
  readonly id: string
  readonly organizationId: string | null
  readonly kind: string
  readonly payload: unknown
  readonly dedupeKey: string | null
  readonly runAt: string
  readonly attempts: number
  readonly maxAttempts: number
  readonly doneAt: string | null
  readonly failedAt: string | null
  readonly lastError: string | null
}

function toJob(row: JobTable): JobRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    kind: row.kind,
    payload: JSON.parse(row.payload) as unknown,
    dedupeKey: row.dedupe_key,
    runAt: row.run_at,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    doneAt: row.done_at,
    failedAt: row.failed_at,
    lastError: row.last_error,
  }
}

/** Adds a job; with a dedupe key already used, adds nothing and returns false. */
export async function insertJob(
  db: DbOrTx,
  job: {
    id: string
    organizationId: string | null
    kind: string
    payload: unknown
    dedupeKey: string | null
    runAt: string
    maxAttempts: number
    now: string
  },
): Promise<boolean> {
  const result = await db
    .insertInto('jobs')
    .values({
      id: job.id,
      organization_id: job.organizationId,
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? null),
      dedupe_key: job.dedupeKey,
      run_at: job.runAt,
      attempts: 0,
      max_attempts: job.maxAttempts,
      locked_by: null,
      locked_until: null,
      done_at: null,
      failed_at: null,
      last_error: null,
      created_at: job.now,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst()
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1
}

/** Ids of jobs due now and not leased by a live worker, oldest first. */
export async function findDueJobIds(db: DbOrTx, now: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('jobs')
    .select('id')
    .where('done_at', 'is', null)
    .where('failed_at', 'is', null)
    .where('run_at', '<=', now)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .orderBy('run_at')
    .limit(limit)
    .execute()
  return rows.map((r) => r.id)
}

/**
 * Takes a lease on a job if nobody holds a live one. One conditional UPDATE: on both databases only
 * one of several racing workers sees its update succeed, so a job runs in one place at a time.
 */
export async function claimJob(
  db: DbOrTx,
  id: string,
  worker: string,
  now: string,
  leaseUntil: string,
): Promise<JobRecord | undefined> {
  const result = await db
    .updateTable('jobs')
    .set((eb) => ({ locked_by: worker, locked_until: leaseUntil, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where('done_at', 'is', null)
    .where('failed_at', 'is', null)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) !== 1) return undefined
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst()
  return row && row.locked_by === worker ? toJob(row) : undefined
}

export async function finishJob(
  db: DbOrTx,
  id: string,
  worker: string,
  outcome:
    | { kind: 'done'; at: string; clearPayload: boolean }
    | { kind: 'retry'; runAt: string; error: string }
    | { kind: 'failed'; at: string; error: string },
): Promise<void> {
  const set =
    outcome.kind === 'done'
      ? {
          done_at: outcome.at,
          locked_by: null,
          locked_until: null,
          last_error: null,
          ...(outcome.clearPayload ? { payload: 'null' } : {}),
        }
      : outcome.kind === 'retry'
        ? { run_at: outcome.runAt, locked_by: null, locked_until: null, last_error: outcome.error }
        : { failed_at: outcome.at, locked_by: null, locked_until: null, last_error: outcome.error }
  await db.updateTable('jobs').set(set).where('id', '=', id).where('locked_by', '=', worker).execute()
}

export async function insertJobRun(
  db: DbOrTx,
  run: {
    id: string
    jobId: string
    kind: string
    worker: string
    startedAt: string
    finishedAt: string
    outcome: 'done' | 'retry' | 'failed'
    errorCode: string | null
    reference: string | null
  },
): Promise<void> {
  await db
    .insertInto('job_runs')
    .values({
      id: run.id,
      job_id: run.jobId,
      kind: run.kind,
      worker: run.worker,
      started_at: run.startedAt,
      finished_at: run.finishedAt,
      outcome: run.outcome,
      error_code: run.errorCode,
      reference: run.reference,
    })
    .execute()
}

export async function findJob(db: DbOrTx, id: string): Promise<JobRecord | undefined> {
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toJob(row)
}

export async function findJobByDedupeKey(db: DbOrTx, dedupeKey: string): Promise<JobRecord | undefined> {
  const row = await db.selectFrom('jobs').selectAll().where('dedupe_key', '=', dedupeKey).executeTakeFirst()
  return row && toJob(row)
}

export interface JobRunRecord {
  readonly id: string
  readonly jobId: string
  readonly kind: string
  readonly worker: string
  readonly startedAt: string
  readonly finishedAt: string
  readonly outcome: 'done' | 'retry' | 'failed'
  readonly errorCode: string | null
  readonly reference: string | null
}

/** Recent runs that did not succeed (for operators: a reminder never sent must be visible). */
export async function listProblemRuns(db: DbOrTx, limit: number): Promise<JobRunRecord[]> {
  const rows = await db
    .selectFrom('job_runs')
    .selectAll()
    .where('outcome', '!=', 'done')
    .orderBy('finished_at', 'desc')
    .limit(limit)
    .execute()
  return rows.map((r) => ({
    id: r.id,
    jobId: r.job_id,
    kind: r.kind,
    worker: r.worker,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    outcome: r.outcome,
    errorCode: r.error_code,
    reference: r.reference,
  }))
}

export async function countJobs(db: DbOrTx): Promise<{ pending: number; failed: number; done: number }> {
  const rows = await db
    .selectFrom('jobs')
    .select((eb) => [
      eb.fn
        .countAll<number>()
        .filterWhere('done_at', 'is', null)
        .filterWhere('failed_at', 'is', null)
        .as('pending'),
      eb.fn.countAll<number>().filterWhere('failed_at', 'is not', null).as('failed'),
      eb.fn.countAll<number>().filterWhere('done_at', 'is not', null).as('done'),
    ])
    .executeTakeFirstOrThrow()
  return { pending: Number(rows.pending), failed: Number(rows.failed), done: Number(rows.done) }
}
