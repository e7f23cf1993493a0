import type { Instant } from '../../src/domain/dates/local-date.ts'
import type { Clock } from '../../src/services/deps.ts'

/** A clock that stands still until a test moves it. */
export interface TestClock extends Clock {
  set(instant: string): void
  advanceMinutes(minutes: number): void
  advanceDays(days: number): void
}

export function testClock(start = '2026-11-29T15:00:00.000Z'): TestClock {
  let current = Date.parse(start)
  return {
    now: () => new Date(current).toISOString() as Instant,
    set: (instant) => {
      current = Date.parse(instant)
    },
    advanceMinutes: (minutes) => {
      current += minutes * 60_000
    },
    advanceDays: (days) => {
      current += days * 86_400_000
    },
  }
}
