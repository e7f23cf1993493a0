import { DomainError } from '../../domain/problems.ts'
import type { Deps } from '../deps.ts'

export interface RateLimit {
  /** What is limited, e.g. `sign-in:email:…` or `sign-in:ip:…`. Never contains personal data in clear. */
  readonly key: string
  readonly limit: number
  readonly windowSeconds: number
}

/** A used-up limit: the attempt may be made again once the window ends (the Retry-After header). */
export interface RateLimited {
  readonly retryAfterSeconds: number
}

/**
 * Counts one attempt against each limit (fixed windows kept in the database, so several app
 * instances share the count). Answers `undefined` when every limit still allows it, otherwise how
 * long until the last of the used-up windows ends.
 */
export async function hitRateLimits(
  deps: Deps,
  limits: readonly RateLimit[],
): Promise<RateLimited | undefined> {
  const nowMs = Date.parse(deps.clock.now())
  let retryAfterSeconds = 0
  for (const limit of limits) {
    const windowMs = limit.windowSeconds * 1000
    const windowStartMs = Math.floor(nowMs / windowMs) * windowMs
    const windowStart = new Date(windowStartMs).toISOString()
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
    if ((row?.hits ?? 0) > limit.limit) {
      const untilEnd = Math.ceil((windowStartMs + windowMs - nowMs) / 1000)
      retryAfterSeconds = Math.max(retryAfterSeconds, untilEnd, 1)
    }
  }
  return retryAfterSeconds > 0 ? { retryAfterSeconds } : undefined
}

/** The same count for operations that simply stop when a limit is used up: throws RATE_LIMITED (429). */
export async function assertWithinRateLimits(deps: Deps, limits: readonly RateLimit[]): Promise<void> {
  const limited = await hitRateLimits(deps, limits)
  if (limited) throw new DomainError('RATE_LIMITED', { ...limited })
}

/** Forgets old windows; called by the housekeeping job. */
export async function pruneRateLimits(deps: Deps, olderThanSeconds: number): Promise<void> {
  const cutoff = new Date(Date.parse(deps.clock.now()) - olderThanSeconds * 1000).toISOString()
  await deps.db.deleteFrom('rate_limit_hits').where('window_start', '<', cutoff).execute()
}
