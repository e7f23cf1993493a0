import type { Deps } from '../services/deps.ts'
import type { JobRecord } from '../storage/jobs-store.ts'

/**
 * Runs one job. Throw to fail it: a DomainError keeps its code; anything else is recorded as INTERNAL.
 * Return `{ clearPayload: true }` when the payload holds something that should not outlive the job
 * (the text of a sent e-mail).
 */
// biome-ignore lint/suspicious/noConfusingVoidType: most handlers return nothing; a few return options.
export type JobHandler = (deps: Deps, job: JobRecord) => Promise<void | { readonly clearPayload?: boolean }>

/**
 * Work that must happen every so often (scan for reminders, purge deleted records). Each instance
 * enqueues the tick with a dedupe key for its time slot, so with several instances it still runs
 * once per slot.
 */
export interface RecurringJob {
  readonly kind: string
  readonly everyMinutes: number
}
