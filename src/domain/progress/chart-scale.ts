import { addMonths, fromEpochDay, type LocalDate, localDate, toEpochDay } from '../dates/local-date.ts'
import { valueOn } from './line.ts'
import type { ProgressNote, ProgressPoint } from './progress-point.ts'
import type { ProgressAnalysis, ProgressSeries } from './progress-series.ts'

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

/** Where a chart draws: its size and the room kept for the axis labels. */
export interface ChartBox {
  readonly width: number
  readonly height: number
  readonly margin: {
    readonly top: number
    readonly right: number
    readonly bottom: number
    readonly left: number
  }
}

/** What a progress chart shows, from the goal's series and its analysis. */
export interface ChartData {
  readonly series: ProgressSeries
  readonly analysis: ProgressAnalysis
  readonly points: readonly ProgressPoint[]
  readonly notes: readonly ProgressNote[]
}

/** The scales and lines of one goal's chart, the same on the page (SVG) and in the prep packet (PDF). */
export interface ChartFrame {
  readonly x: (date: LocalDate) => number
  readonly y: (value: number) => number
  readonly ticks: readonly number[]
  readonly months: readonly LocalDate[]
  readonly bottom: number
  readonly aim: ChartSegment
  /** The trend through the scores so far, and its projection to the goal date; null without a trend. */
  readonly trend: ChartSegment | null
  readonly projection: ChartSegment | null
}

export interface ChartSegment {
  readonly x1: number
  readonly y1: number
  readonly x2: number
  readonly y2: number
}

/**
 * Fits a goal's chart into a box: dates from the first to the last thing shown, scores over nice
 * ticks that hold the baseline, the target, every score and the trend line.
 */
export function chartFrame(data: ChartData, box: ChartBox): ChartFrame {
  const { series, analysis, points, notes } = data
  const start = series.baseline.date
  const end = series.target.date
  const sorted = [start, end, ...points.map((p) => p.measuredOn), ...notes.map((n) => n.notedOn)].sort()
  const firstDate = sorted[0] ?? start
  const lastDate = sorted.at(-1) ?? end
  const trendLine = analysis.trendLine
  const trendFrom = analysis.phasePoints[0]?.date
  const values = [series.baseline.value, series.target.value, ...points.map((p) => p.value)]
  if (trendLine && trendFrom) values.push(valueOn(trendLine, trendFrom), valueOn(trendLine, end))
  const { domain, ticks } = niceTicks(Math.min(...values), Math.max(...values))
  const { margin } = box
  const xScale = linearScale([dayOf(firstDate), dayOf(lastDate)], [margin.left, box.width - margin.right])
  const yScale = linearScale(domain, [box.height - margin.bottom, margin.top])
  const x = (date: LocalDate) => xScale(dayOf(date))
  const y = yScale
  const clamped = (date: LocalDate) =>
    trendLine ? y(Math.min(Math.max(valueOn(trendLine, date), domain[0]), domain[1])) : 0
  const lastPoint = points.at(-1)?.measuredOn
  const trend =
    trendLine && trendFrom && lastPoint
      ? { x1: x(trendFrom), y1: clamped(trendFrom), x2: x(lastPoint), y2: clamped(lastPoint) }
      : null
  const projection =
    trend && lastPoint && lastPoint < end
      ? { x1: x(lastPoint), y1: clamped(lastPoint), x2: x(end), y2: clamped(end) }
      : null
  return {
    x,
    y,
    ticks,
    months: monthTicks(firstDate, lastDate),
    bottom: box.height - margin.bottom,
    aim: { x1: x(start), y1: y(series.baseline.value), x2: x(end), y2: y(series.target.value) },
    trend,
    projection,
  }
}
