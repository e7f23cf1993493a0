import type { Child } from '../../domain/children/child.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import { derivedDataVersionsOf } from '../../storage/children-store.ts'
import type { Db } from '../../storage/database.ts'

/**
 * What is worked out from a child's rows, kept per database handle, child and use (`record`: the
 * deadlines of the child's pages, with school years; `caseload`: the deadlines of the advocates'
 * list; `signals`: the caseload's other columns). An entry is used only while the child's counter
 * (`deadlines_version`, or `signals_version` for signals: raised by triggers on every write to the
 * rows they cover, whichever app instance writes), state, date of birth and today's date are the
 * ones it was worked out with: the key is the data, so no instance serves what another instance's
 * write made stale. Callers share entries, so they are frozen; the least recently used go once
 * there are `LIMIT`.
 */
const LIMIT = 4_000
const caches = new WeakMap<Db, Map<string, { key: string; value: unknown }>>()

export type DeadlinesUse = 'record' | 'caseload' | 'signals'

function keyOf(child: Child, use: DeadlinesUse, on: LocalDate): string | undefined {
  const versions = derivedDataVersionsOf(child)
  if (!versions) return undefined
  const version = use === 'signals' ? versions.signals : versions.deadlines
  return `${version}|${child.state}|${child.dateOfBirth}|${on}`
}

/** What was kept for `child` on `on`, if it was worked out from the data the database holds now. */
export function keptDeadlines<T>(db: Db, use: DeadlinesUse, child: Child, on: LocalDate): T | undefined {
  const key = keyOf(child, use, on)
  const cache = caches.get(db)
  const slot = `${child.id}|${use}`
  const entry = cache?.get(slot)
  if (!cache || !entry || key === undefined || entry.key !== key) return undefined
  // Most recently used last.
  cache.delete(slot)
  cache.set(slot, entry)
  return entry.value as T
}

/** Keeps `value` (frozen by the caller) for `child` as read now, and returns it. */
export function keepDeadlines<T>(db: Db, use: DeadlinesUse, child: Child, on: LocalDate, value: T): T {
  const key = keyOf(child, use, on)
  if (key === undefined) return value
  let cache = caches.get(db)
  if (!cache) {
    cache = new Map()
    caches.set(db, cache)
  }
  const slot = `${child.id}|${use}`
  cache.delete(slot)
  cache.set(slot, { key, value })
  if (cache.size > LIMIT) {
    const oldest = cache.keys().next().value
    if (oldest !== undefined) cache.delete(oldest)
  }
  return value
}

/** The child's data as far as kept results go: the same text means the same results. */
export function dataKeyOf(child: Child): string {
  const versions = derivedDataVersionsOf(child)
  return `${child.id}:${versions?.deadlines}:${versions?.signals}:${child.state}:${child.dateOfBirth}`
}

const running = new WeakMap<Db, Map<string, Promise<unknown>>>()

/**
 * Runs `work` once for callers that ask with the same key while it runs: they share its result (read
 * while they were waiting, so as fresh as their own read would have been). Nothing is kept after.
 */
export function sharedWhileRunning<T>(db: Db, key: string, work: () => Promise<T>): Promise<T> {
  let jobs = running.get(db)
  if (!jobs) {
    jobs = new Map()
    running.set(db, jobs)
  }
  const found = jobs.get(key) as Promise<T> | undefined
  if (found) return found
  const started = work().finally(() => jobs.delete(key))
  jobs.set(key, started)
  return started
}
