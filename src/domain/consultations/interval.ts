/** A stretch of time `[start, end)` in epoch milliseconds: the start is inside, the end is not. */
export interface Interval {
  readonly start: number
  readonly end: number
}

/**
 * Sorts intervals and joins those that overlap or touch, so `[9:00, 12:00)` and `[12:00, 17:00)` become
 * one stretch. Empty intervals are dropped.
 */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start)
  const merged: Interval[] = []
  for (const interval of sorted) {
    const last = merged[merged.length - 1]
    if (last && interval.start <= last.end) {
      if (interval.end > last.end) merged[merged.length - 1] = { start: last.start, end: interval.end }
    } else {
      merged.push(interval)
    }
  }
  return merged
}

/** Index of the first interval (in a sorted, merged list) whose end is after `at`; `list.length` if none. */
export function firstEndingAfter(list: readonly Interval[], at: number): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((list[middle] as Interval).end > at) high = middle
    else low = middle + 1
  }
  return low
}

/** True when `[start, end)` shares any time with an interval of a sorted, merged list. */
export function overlapsAny(list: readonly Interval[], start: number, end: number): boolean {
  const candidate = list[firstEndingAfter(list, start)]
  return candidate !== undefined && candidate.start < end
}
