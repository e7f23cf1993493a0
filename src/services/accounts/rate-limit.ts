import type { Deps } from '../deps.ts'

export interface RateLimit {
  /** What is limited, e.g. `sign-in:email:…` or `sign-in:ip:…`. Never contains personal data in clear. */
  readonly key: string
  readonly limit: number
  readonly windowSeconds: number
}

/**
 * Counts one attempt against each limit (fixed windows kept in the database, so several app
 * instances share the count) and says whether every limit still allows it.
 */
export async function hitRateLimits(deps: Deps, limits: readonly RateLimit[]): Promise<boolean> {
  const nowMs = Date.parse(deps.clock.now())
  let allowed = true
  for (const limit of limits) {
    const windowMs = limit.windowSeconds * 1000
    const windowStart = new Date(Math.floor(nowMs / windowMs) * windowMs).toISOString()
    await deps.db
      .insertInto('rate_limit_hits')
      .values({ key: limit.key, window_start: windowStart, hits: 1 })
      .onConflict((oc) =>
        oc
          .columns(['key', 'window_start'])
          .doUpdateSet((eb) => ({ hits: eb('rate_limit_hits.hits', '+', 1) })),
      )
      .execute()
    const row = await deps.db
      .selectFrom('rate_limit_hits')
      .select('hits')
      .where('key', '=', limit.key)
      .where('window_start', '=', windowStart)
      .executeTakeFirst()
    if ((row?.hits ?? 0) > limit.limit) allowed = false
  }
  return allowed
}

/** Forgets old windows; called by the housekeeping job. */
export async function pruneRateLimits(deps: Deps, olderThanSeconds: number): Promise<void> {
  const cutoff = new Date(Date.parse(deps.clock.now()) - olderThanSeconds * 1000).toISOString()
  await deps.db.deleteFrom('rate_limit_hits').where('window_start', '<', cutoff).execute()
}
