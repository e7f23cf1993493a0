import type { DbOrTx } from '../../storage/database.ts'
import { insertJob } from '../../storage/jobs-store.ts'
import type { Deps } from '../deps.ts'

export interface JobRequest {
  /** Which handler runs it (see src/jobs/handlers.ts). */
  readonly kind: string
  /** JSON-serialisable; ids only, never personal data (the payload is stored as is). */
  readonly payload: unknown
  /** When to run; now if not given. */
  readonly runAt?: string
  /** The same key twice enqueues once: how "send each reminder exactly once" starts. */
  readonly dedupeKey?: string
  readonly organizationId?: string | null
  readonly maxAttempts?: number
}

/**
 * Adds a job for the workers. Pass a transaction as `db` to enqueue together with the write that
 * caused it (nothing is sent for a change that was rolled back). Returns false for a duplicate key.
 */
export async function enqueueJob(
  deps: Pick<Deps, 'clock' | 'newId'> & { db: DbOrTx },
  request: JobRequest,
): Promise<boolean> {
  const now = deps.clock.now()
  return insertJob(deps.db, {
    id: deps.newId(),
    organizationId: request.organizationId ?? null,
    kind: request.kind,
    payload: request.payload,
    dedupeKey: request.dedupeKey ?? null,
    runAt: request.runAt ?? now,
    maxAttempts: request.maxAttempts ?? 5,
    now,
  })
}

/** Queues an e-mail: sent by a worker, retried when the mail server is down, recorded if it fails. */
export async function queueEmail(
  deps: Pick<Deps, 'clock' | 'newId'> & { db: DbOrTx },
  mail: {
    to: string
    subject: string
    text: string
    html?: string
    attachments?: { filename: string; contentType: string; content: string }[]
  },
  options: { dedupeKey?: string; organizationId?: string | null; runAt?: string } = {},
): Promise<boolean> {
  return enqueueJob(deps, { kind: 'send-email', payload: mail, ...options })
}
