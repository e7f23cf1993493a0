import {
  addMonths,
  fromEpochDay,
  type LocalDate,
  localDate,
  toEpochDay,
} from '../../domain/dates/local-date.ts'

/**
 * The little geometry a progress chart needs: linear scales and "nice" ticks (1, 2, 2.5 or 5 times
 * a power of ten) for scores, and month starts for dates.
 */

export interface LinearScale {
  readonly domain: readonly [number, number]
  readonly range: readonly [number, number]
  (value: number): number
}

export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const [d0, d1] = domain
  const [r0, r1] = range
  const span = d1 - d0 || 1
  const scale = ((value: number) => r0 + ((value - d0) / span) * (r1 - r0)) as LinearScale
  return Object.assign(scale, { domain, range })
}

/** A step of 1, 2, 2.5 or 5 × 10ⁿ giving about `count` ticks over [min, max]. */
export function niceStep(min: number, max: number, count: number): number {
  const raw = (max - min || Math.abs(max) || 1) / Math.max(1, count)
  const power = 10 ** Math.floor(Math.log10(raw))
  const factor = raw / power
  const nice = factor <= 1 ? 1 : factor <= 2 ? 2 : factor <= 2.5 ? 2.5 : factor <= 5 ? 5 : 10
  return nice * power
}

/** The domain widened to whole steps, and the ticks inside it. */
export function niceTicks(
  min: number,
  max: number,
  count = 5,
): { domain: [number, number]; ticks: number[] } {
  const step = niceStep(min, max, count)
  let low = Math.floor(min / step) * step
  let high = Math.ceil(max / step) * step
  if (low === high) {
    low -= step
    high += step
  }
  const ticks: number[] = []
  // Rounded so that 0.1 + 0.2 prints as 0.3.
  for (let i = 0; low + i * step <= high + step / 1e6; i++) ticks.push(Number((low + i * step).toFixed(10)))
  return { domain: [low, high], ticks }
}

/** The first day of each month in [from, to]; every other month when there are more than `max`. */
export function monthTicks(from: LocalDate, to: LocalDate, max = 7): LocalDate[] {
  let month = localDate(`${from.slice(0, 7)}-01`)
  if (month < from) month = addMonths(month, 1)
  const all: LocalDate[] = []
  while (month <= to) {
    all.push(month)
    month = addMonths(month, 1)
  }
  const every = Math.max(1, Math.ceil(all.length / max))
  return all.filter((_, i) => i % every === 0)
}

export function dayOf(date: LocalDate): number {
  return toEpochDay(date)
}

export function dateOfDay(day: number): LocalDate {
  return fromEpochDay(Math.round(day))
}
