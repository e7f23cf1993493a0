import { AsyncLocalStorage } from 'node:async_hooks'
import type { DbOrTx } from './database.ts'

/**
 * Reads made more than once while answering one request (the same child looked up by the access
 * rules, then by each service the page calls) are made once. Only reads through `db` itself are
 * shared, never those inside a transaction, and only within `withReadMemo` (which the app opens for
 * GET and HEAD requests, which change nothing).
 */
const memo = new AsyncLocalStorage<{ db: DbOrTx; reads: Map<string, Promise<unknown>> }>()

export function withReadMemo<T>(db: DbOrTx, work: () => T): T {
  return memo.run({ db, reads: new Map() }, work)
}

/** `load()`, or what it gave earlier in this request for the same `key`. */
export function memoizedRead<T>(db: DbOrTx, key: string, load: () => Promise<T>): Promise<T> {
  const store = memo.getStore()
  if (!store || store.db !== db) return load()
  let read = store.reads.get(key) as Promise<T> | undefined
  if (!read) {
    read = load()
    store.reads.set(key, read)
    // A failed read is not kept: the next caller tries again.
    read.catch(() => store.reads.delete(key))
  }
  return read
}

/** Makes `value` what `key` reads for the rest of this request (a row already read by a wider query). */
export function rememberRead<T>(db: DbOrTx, key: string, value: T): void {
  const store = memo.getStore()
  if (store && store.db === db && !store.reads.has(key)) store.reads.set(key, Promise.resolve(value))
}
