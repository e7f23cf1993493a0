import { randomUUID } from 'node:crypto'
import { DomainError } from '../domain/problems.ts'
import type { Deps } from '../services/deps.ts'
import { enqueueJob } from '../services/jobs/enqueue.ts'
import { claimJob, findDueJobIds, finishJob, insertJobRun, type JobRecord } from '../storage/jobs-store.ts'
import type { JobHandler, RecurringJob } from './job-handler.ts'

export interface WorkerOptions {
  readonly workerId?: string
  readonly handlers: Readonly<Record<string, JobHandler>>
  readonly recurring?: readonly RecurringJob[]
  /** How long a claimed job is ours before another worker may take it over. */
  readonly leaseSeconds?: number
  readonly batchSize?: number
  readonly log?: (entry: Record<string, unknown>, message: string) => void
}

export interface RunReport {
  readonly claimed: number
  readonly done: number
  readonly retried: number
  readonly failed: number
}

function addMs(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString()
}

/** Enqueues each recurring job for its current time slot (idempotent across instances). */
export async function enqueueRecurring(deps: Deps, recurring: readonly RecurringJob[]): Promise<void> {
  const nowMs = Date.parse(deps.clock.now())
  for (const job of recurring) {
    const slotMs = job.everyMinutes * 60_000
    const slot = new Date(Math.floor(nowMs / slotMs) * slotMs).toISOString()
    await enqueueJob(deps, {
      kind: job.kind,
      payload: { slot },
      runAt: slot,
      dedupeKey: `${job.kind}@${slot}`,
      maxAttempts: 3,
    })
  }
}

/**
 * One pass: enqueue due recurring work, then claim and run due jobs one by one. A failure is
 * retried with backoff (1, 2, 4 … minutes) up to the job's attempts, then marked failed; every run
 * is recorded in job_runs with its error code and a reference — never personal data.
 */
export async function runDueJobs(deps: Deps, options: WorkerOptions): Promise<RunReport> {
  const worker = options.workerId ?? `worker-${process.pid}`
  const leaseMs = (options.leaseSeconds ?? 300) * 1000
  await enqueueRecurring(deps, options.recurring ?? [])
  const ids = await findDueJobIds(deps.db, deps.clock.now(), options.batchSize ?? 20)
  let claimed = 0
  let done = 0
  let retried = 0
  let failed = 0
  for (const id of ids) {
    const now = deps.clock.now()
    const job = await claimJob(deps.db, id, worker, now, addMs(now, leaseMs))
    if (!job) continue
    claimed += 1
    const outcome = await runOne(deps, job, worker, options)
    if (outcome === 'done') done += 1
    else if (outcome === 'retry') retried += 1
    else failed += 1
  }
  return { claimed, done, retried, failed }
}

async function runOne(
  deps: Deps,
  job: JobRecord,
  worker: string,
  options: WorkerOptions,
): Promise<'done' | 'retry' | 'failed'> {
  const startedAt = deps.clock.now()
  const handler = options.handlers[job.kind]
  try {
    if (!handler) throw new DomainError('INVALID_STATE', { reason: `no handler for ${job.kind}` })
    const result = await handler(deps, job)
    const at = deps.clock.now()
    await finishJob(deps.db, job.id, worker, {
      kind: 'done',
      at,
      clearPayload: result?.clearPayload === true,
    })
    await insertJobRun(deps.db, {
      id: randomUUID(),
      jobId: job.id,
      kind: job.kind,
      worker,
      startedAt,
      finishedAt: at,
      outcome: 'done',
      errorCode: null,
      reference: null,
    })
    return 'done'
  } catch (error) {
    const reference = randomUUID()
    const code = error instanceof DomainError ? error.code : 'INTERNAL'
    options.log?.({ err: error, jobId: job.id, kind: job.kind, reference }, 'job failed')
    const at = deps.clock.now()
    const giveUp = job.attempts >= job.maxAttempts
    await finishJob(
      deps.db,
      job.id,
      worker,
      giveUp
        ? { kind: 'failed', at, error: `${code} ${reference}` }
        : {
            kind: 'retry',
            runAt: addMs(at, 60_000 * 2 ** (job.attempts - 1)),
            error: `${code} ${reference}`,
          },
    )
    await insertJobRun(deps.db, {
      id: randomUUID(),
      jobId: job.id,
      kind: job.kind,
      worker,
      startedAt,
      finishedAt: at,
      outcome: giveUp ? 'failed' : 'retry',
      errorCode: code,
      reference,
    })
    return giveUp ? 'failed' : 'retry'
  }
}

/** Polls every `pollMs` until stopped; one pass at a time. `stop()` waits for the pass in progress. */
export function startJobWorker(
  deps: Deps,
  options: WorkerOptions & { pollMs?: number },
): { stop(): Promise<void> } {
  let stopped = false
  let running: Promise<unknown> = Promise.resolve()
  let timer: NodeJS.Timeout | undefined
  const tick = () => {
    if (stopped) return
    running = runDueJobs(deps, options)
      .catch((error: unknown) => options.log?.({ err: error }, 'job pass failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.pollMs ?? 5000)
      })
  }
  timer = setTimeout(tick, 0)
  return {
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      await running
    },
  }
}
