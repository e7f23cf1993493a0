import fc from 'fast-check'
import { answersArb } from '../../src/domain/screener/answers.arbitrary.ts'
import { draftFromAnswers, walkDraft } from '../../src/domain/screener/flow.ts'
import { screen } from '../../src/domain/screener/screen.ts'
import { screenChild } from '../../src/services/screener/screen-child.ts'
import { type BenchResult, type BenchSuite, measurePeakMemory } from '../bench-types.ts'

/**
 * The screener engine runs once per result page and per API call; the flow walks the draft on
 * every page. Budgets are generous: both should be far below a millisecond per child.
 */
export const suite: BenchSuite = {
  name: 'screener',
  async run({ quick }) {
    const count = quick ? 2_000 : 50_000
    const answers = fc.sample(answersArb, { numRuns: count, seed: 5 })
    const drafts = answers.map(draftFromAnswers)
    const results: BenchResult[] = []

    const timed = async (name: string, unit: string, budget: number, work: () => number) => {
      // One untimed pass first, so the figure measures warm code rather than the JIT.
      work()
      const start = performance.now()
      const { result: done, peakMb } = await measurePeakMemory(work)
      const seconds = (performance.now() - start) / 1000
      const perSecond = Math.round(done / seconds)
      results.push({
        suite: 'screener',
        name,
        value: perSecond,
        unit,
        budget: `≥ ${budget} ${unit}`,
        meetsBudget: perSecond >= budget,
        notes: `${done} children, peak ${peakMb} MB`,
      })
    }

    await timed('engine: screen()', 'children/s', 10_000, () => {
      for (const a of answers) screen(a)
      return answers.length
    })
    await timed('flow: walkDraft()', 'drafts/s', 10_000, () => {
      for (const d of drafts) walkDraft(d)
      return drafts.length
    })
    await timed('service: screenChild() in Spanish', 'children/s', 1_000, () => {
      const some = answers.slice(0, quick ? 500 : 10_000)
      for (const a of some) screenChild(a, 'es')
      return some.length
    })
    return results
  },
}
