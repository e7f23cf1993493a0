import { randomUUID } from 'node:crypto'
import type { Config } from '../config.ts'
import { dateInZone, type Instant, type LocalDate } from '../domain/dates/local-date.ts'
import type { Db, Dialect } from '../storage/database.ts'
import type { Mailer } from './mail/mailer.ts'

/** Where "now" comes from. Production reads the system clock; tests pass a fixed or stepping clock. */
export interface Clock {
  now(): Instant
}

export const systemClock: Clock = { now: () => new Date().toISOString() as Instant }

/**
 * What every service needs, passed explicitly (no container, no globals).
 * Composed in main.ts and in test/support/test-app.ts.
 */
export interface Deps {
  readonly db: Db
  readonly dialect: Dialect
  readonly clock: Clock
  readonly mailer: Mailer
  readonly config: Config
  readonly newId: () => string
}

export function createDeps(parts: Omit<Deps, 'newId'> & { newId?: () => string }): Deps {
  return { ...parts, newId: parts.newId ?? randomUUID }
}

/** Today's date where the service runs (TIME_ZONE), the only way services turn an instant into a date. */
export function today(deps: Pick<Deps, 'clock' | 'config'>): LocalDate {
  const now = deps.clock.now()
  // Every time zone's offset is whole minutes, so the date is the same for the whole minute: a page
  // asks several times per request, and the time-zone conversion is not cheap.
  const minute = now.slice(0, 16)
  const zone = deps.config.timeZone
  if (lastToday.minute !== minute || lastToday.zone !== zone) {
    lastToday = { minute, zone, date: dateInZone(now, zone) }
  }
  return lastToday.date
}

let lastToday: { minute: string; zone: string; date: LocalDate } = {
  minute: '',
  zone: '',
  date: '' as LocalDate,
}

/** An instant `minutes` after now. */
export function minutesFromNow(deps: Pick<Deps, 'clock'>, minutes: number): Instant {
  return new Date(Date.parse(deps.clock.now()) + minutes * 60_000).toISOString() as Instant
}
