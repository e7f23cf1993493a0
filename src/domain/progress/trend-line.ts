import { toEpochDay } from '../dates/local-date.ts'
import type { DataPoint, Line } from './progress-series.ts'

/**
 * The ordinary least-squares line through the points, with days as x. Points on the same day all
 * count. Null when there are fewer than two points or all fall on one day (no slope can be drawn).
 */
export function leastSquaresLine(points: readonly DataPoint[]): Line | null {
  const n = points.length
  if (n < 2) return null
  // Each date is read once: this runs over every goal in a caseload.
  const days = new Float64Array(n)
  let sumX = 0
  let sumY = 0
  for (let i = 0; i < n; i += 1) {
    const point = points[i] as DataPoint
    const day = toEpochDay(point.date)
    days[i] = day
    sumX += day
    sumY += point.value
  }
  const meanX = sumX / n
  const meanY = sumY / n
  let sxx = 0
  let sxy = 0
  for (let i = 0; i < n; i += 1) {
    const dx = (days[i] as number) - meanX
    sxx += dx * dx
    sxy += dx * ((points[i] as DataPoint).value - meanY)
  }
  if (sxx === 0) return null
  return { slopePerDay: sxy / sxx, originDay: meanX, valueAtOrigin: meanY }
}

/**
 * Tukey's resistant line (the three-group or "split-middle" method): sort by date, split into a
 * left, middle and right third, and draw the line through the medians of the outer thirds; its
 * height is the mean of the three groups' median-based intercepts. One wild score barely moves it.
 * Group sizes follow Tukey: n = 3k → k,k,k; 3k+1 → k,k+1,k; 3k+2 → k+1,k,k+1. Points sharing a date
 * at a group boundary are split by their order. Null with fewer than three points, or when the outer
 * thirds have the same median date.
 */
export function splitMiddleLine(points: readonly DataPoint[]): Line | null {
  const n = points.length
  if (n < 3) return null
  const sorted = points.map((p) => ({ x: toEpochDay(p.date), y: p.value })).sort((a, b) => a.x - b.x)
  const k = Math.floor(n / 3)
  const outer = n % 3 === 2 ? k + 1 : k
  const left = sorted.slice(0, outer)
  const middle = sorted.slice(outer, n - outer)
  const right = sorted.slice(n - outer)
  const xL = median(left.map((p) => p.x))
  const xM = median(middle.map((p) => p.x))
  const xR = median(right.map((p) => p.x))
  if (xR === xL) return null
  const yL = median(left.map((p) => p.y))
  const yM = median(middle.map((p) => p.y))
  const yR = median(right.map((p) => p.y))
  const slope = (yR - yL) / (xR - xL)
  // Mean of the three intercepts, written as the line's height at the middle group's median date.
  const valueAtMiddle = (yL + yM + yR) / 3 - slope * ((xL + xM + xR) / 3 - xM)
  return { slopePerDay: slope, originDay: xM, valueAtOrigin: valueAtMiddle }
}

function median(values: number[]): number {
  const sorted = values.sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}
