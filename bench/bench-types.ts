/**
 * One figure a bench suite measured. `npm run bench` prints them as a table and writes them to
 * bench/results/latest.json. A budget, where one exists, is reported beside the figure; it is
 * never turned into a failing test (machines differ).
 */
export interface BenchResult {
  readonly suite: string
  readonly name: string
  readonly value: number
  readonly unit: string
  /** Plain statement of the budget, e.g. "≥ 200000 children/s". */
  readonly budget?: string
  /** Whether the figure meets the budget; undefined when there is none. */
  readonly meetsBudget?: boolean
  readonly notes?: string
}

export interface BenchOptions {
  /** `--quick`: small sizes so the whole run ends in under two minutes. */
  readonly quick: boolean
  /** `--children N`: the size of the generated data set for the suites that serve pages. */
  readonly children: number
}

export interface BenchSuite {
  readonly name: string
  /** Too slow for `--quick`; runs there only when named with `--only`. */
  readonly skipInQuick?: boolean
  run(options: BenchOptions): Promise<readonly BenchResult[]>
}

/** Peak resident memory seen while `work` runs, sampled every 20 ms, in MB. */
export async function measurePeakMemory<T>(
  work: () => Promise<T> | T,
): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 20)
  try {
    const result = await work()
    peak = Math.max(peak, process.memoryUsage().rss)
    return { result, peakMb: Math.round((peak / 1024 / 1024) * 10) / 10 }
  } finally {
    clearInterval(timer)
  }
}
