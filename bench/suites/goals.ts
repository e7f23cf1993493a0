import { addDays, localDate } from '../../src/domain/dates/local-date.ts'
import { checkGoal } from '../../src/domain/goals/check-goal.ts'
import testSet from '../../src/domain/goals/goal-test-set.json' with { type: 'json' }
import { analyzeProgress } from '../../src/domain/progress/analyze-progress.ts'
import type { ProgressSeries, TrendMethod } from '../../src/domain/progress/progress-series.ts'
import { type BenchResult, type BenchSuite, measurePeakMemory } from '../bench-types.ts'

/**
 * Goal checks per second over the labelled test set's texts, and the progress analysis of many
 * series of 40 points (the issue asks for 10,000). `--quick` runs a tenth of each.
 */
export const suite: BenchSuite = {
  name: 'goals',
  async run({ quick }) {
    const results: BenchResult[] = []
    results.push(...benchGoalChecks(quick ? 20_000 : 200_000))
    const count = quick ? 1_000 : 10_000
    for (const method of ['least-squares', 'split-middle'] as const) {
      results.push(...(await benchProgress(count, 40, method)))
    }
    return results
  },
}

function benchGoalChecks(checks: number): BenchResult[] {
  const texts = testSet.goals.map((g) => g.text)
  // Warm up the regular expressions and the JIT before timing.
  for (let i = 0; i < 2_000; i += 1) checkGoal(texts[i % texts.length] as string)
  const samples: number[] = []
  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  for (let i = 0; i < checks; i += 1) {
    const text = texts[i % texts.length] as string
    if (i % 100 === 0) {
      const t = performance.now()
      checkGoal(text)
      samples.push((performance.now() - t) * 1000)
    } else {
      checkGoal(text)
    }
  }
  const seconds = (performance.now() - started) / 1000
  const cpu = process.cpuUsage(cpuBefore)
  const cpuMicrosPerGoal = (cpu.user + cpu.system) / checks
  const perSecond = Math.round(checks / seconds)
  samples.sort((a, b) => a - b)
  const median = samples[Math.floor(samples.length / 2)] ?? 0
  const p99 = samples[Math.floor(samples.length * 0.99)] ?? 0
  const meanLength = round(texts.reduce((n, t) => n + t.length, 0) / texts.length)
  return [
    {
      suite: 'goals',
      name: 'goal checks',
      value: perSecond,
      unit: 'goals/s',
      budget: '≥ 2000 goals/s',
      meetsBudget: perSecond >= 2000,
      notes: `${checks} checks of the ${texts.length} test-set goals (${meanLength} characters on average), wall clock`,
    },
    {
      suite: 'goals',
      name: 'goal check CPU time, mean',
      value: round(cpuMicrosPerGoal),
      unit: 'µs',
      budget: '< 1000 µs (well under a millisecond)',
      meetsBudget: cpuMicrosPerGoal < 1000,
      notes: 'process CPU time over the same run: steadier than the wall clock on a busy machine',
    },
    {
      suite: 'goals',
      name: 'goal check time, median and 99th percentile',
      value: round(p99),
      unit: 'µs (p99)',
      notes: `median ${round(median)} µs; one check in every 100 timed alone (${samples.length} samples); the p99 includes any moment the process was not scheduled`,
    },
  ]
}

async function benchProgress(count: number, length: number, method: TrendMethod): Promise<BenchResult[]> {
  const series = makeSeries(count, length)
  for (let i = 0; i < Math.min(count, 500); i += 1)
    analyzeProgress(series[i] as ProgressSeries, { trendMethod: method })
  const started = performance.now()
  const { result: decisions, peakMb } = await measurePeakMemory(() => {
    let changeInstruction = 0
    for (const s of series) {
      if (analyzeProgress(s, { trendMethod: method }).decision === 'change-instruction')
        changeInstruction += 1
    }
    return changeInstruction
  })
  const seconds = (performance.now() - started) / 1000
  const perSecond = Math.round(count / seconds)
  const label = `progress analysis (${method})`
  return [
    {
      suite: 'goals',
      name: label,
      value: perSecond,
      unit: 'series/s',
      budget: '≥ 10000 series/s',
      meetsBudget: perSecond >= 10_000,
      notes: `${count} series of ${length} points in ${round(seconds)} s; ${decisions} said change instruction`,
    },
    {
      suite: 'goals',
      name: `${label}, peak memory`,
      value: peakMb,
      unit: 'MB',
      notes: `resident set size of the whole process while analysing, with all ${count} input series in memory`,
    },
  ]
}

/** Weekly scores around a trend, from a fixed seed so every run measures the same work. */
function makeSeries(count: number, length: number): ProgressSeries[] {
  const random = mulberry32(20_260_907)
  const start = localDate('2026-09-07')
  const out: ProgressSeries[] = []
  for (let i = 0; i < count; i += 1) {
    const increase = random() < 0.7
    const baselineValue = increase ? 20 + random() * 40 : 8 + random() * 10
    const weeklyGain = (increase ? 1 : -0.2) * (0.4 + random() * 1.2)
    const points = Array.from({ length }, (_, w) => ({
      date: addDays(start, 7 * (w + 1) + Math.floor(random() * 3)),
      value: Math.max(0, baselineValue + weeklyGain * (w + 1) + (random() - 0.5) * 8),
    }))
    out.push({
      baseline: { date: start, value: baselineValue },
      target: { date: addDays(start, 7 * 40), value: baselineValue + (increase ? 40 : -8) },
      direction: increase ? 'increase' : 'decrease',
      points,
      ...(random() < 0.3 ? { phaseChanges: [addDays(start, 7 * (10 + Math.floor(random() * 20)))] } : {}),
    })
  }
  return out
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
