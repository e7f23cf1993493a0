import { checkPlan } from '../../src/domain/plans/check-plan.ts'
import { diffPlans } from '../../src/domain/plans/diff-plans.ts'
import { LIBRARY } from '../../src/domain/plans/library.ts'
import type { Accommodation, IepPlan } from '../../src/domain/plans/plan.ts'
import { buildGoal, buildIep, buildService, CHILD_BORN } from '../../test/support/plan-factories.ts'
import { type BenchResult, type BenchSuite, measurePeakMemory } from '../bench-types.ts'

/**
 * Plans: the completeness check and the diff, on IEPs the size of a long real one (12 goals,
 * 10 services, 25 accommodations). Half the items of the newer plan carry new ids, so the diff
 * does its slower work: matching by words and by amount.
 */

const AREAS = ['reading', 'writing', 'math', 'behavior', 'communication', 'motor'] as const
const VERBS = ['read', 'write', 'solve', 'follow', 'request', 'copy', 'answer', 'complete']
const OBJECTS = ['passages', 'sentences', 'equations', 'directions', 'breaks', 'shapes', 'questions', 'tasks']

function bigPlan(seed: number, newIds: boolean): IepPlan {
  const goals = Array.from({ length: 12 }, (_, i) =>
    buildGoal({
      id: newIds && i % 2 === 0 ? `g-${seed}-${i}-new` : `g-${i}`,
      area: AREAS[i % AREAS.length],
      text: `Given support, the student will ${VERBS[(i + seed) % VERBS.length]} ${OBJECTS[i % OBJECTS.length]} with ${80 + (i % 5) * 4}% accuracy in ${3 + (i % 3)} of 5 trials (goal ${i}).`,
      targetValue: 80 + ((i + seed) % 5) * 4,
    }),
  )
  const services = Array.from({ length: 10 }, (_, i) =>
    buildService({
      id: newIds && i % 2 === 0 ? `s-${seed}-${i}-new` : `s-${i}`,
      name: `Service ${i} ${OBJECTS[i % OBJECTS.length]}`,
      minutes: 30 + ((i + seed) % 3) * 15,
      frequency: { times: 1 + (i % 4), per: i % 3 === 0 ? 'month' : 'week' },
    }),
  )
  const accommodations: Accommodation[] = Array.from({ length: 25 }, (_, i) => ({
    id: newIds && i % 2 === 0 ? `a-${seed}-${i}-new` : `a-${i}`,
    libraryId: LIBRARY.filter((e) => e.type === 'accommodation')[i]?.id,
    settings: i % 4 === 0 ? ['classroom'] : ['classroom', 'testing'],
  }))
  return buildIep({ goals, services, accommodations })
}

function throughput(count: number, work: (i: number) => unknown): number {
  const started = performance.now()
  for (let i = 0; i < count; i += 1) work(i)
  const seconds = (performance.now() - started) / 1000
  return Math.round(count / seconds)
}

export const suite: BenchSuite = {
  name: 'plans',
  async run({ quick }) {
    const count = quick ? 2_000 : 20_000
    const olds = Array.from({ length: 50 }, (_, i) => bigPlan(i, false))
    const news = Array.from({ length: 50 }, (_, i) => bigPlan(i + 1, true))
    // Warm up so the figures measure steady state, not the JIT.
    for (let i = 0; i < 200; i += 1) diffPlans(olds[i % 50] as IepPlan, news[i % 50] as IepPlan)

    const diff = await measurePeakMemory(() =>
      throughput(count, (i) => diffPlans(olds[i % 50] as IepPlan, news[i % 50] as IepPlan)),
    )
    const check = await measurePeakMemory(() =>
      throughput(count, (i) => checkPlan(news[i % 50] as IepPlan, { childDateOfBirth: CHILD_BORN })),
    )
    const results: BenchResult[] = [
      {
        suite: 'plans',
        name: 'diff of two long IEPs',
        value: diff.result,
        unit: 'diffs/s',
        budget: '≥ 2000 diffs/s',
        meetsBudget: diff.result >= 2000,
        notes: '12 goals, 10 services, 25 accommodations; half the ids changed',
      },
      { suite: 'plans', name: 'diff peak memory', value: diff.peakMb, unit: 'MB' },
      {
        suite: 'plans',
        name: 'completeness check of a long IEP',
        value: check.result,
        unit: 'plans/s',
        budget: '≥ 20000 plans/s',
        meetsBudget: check.result >= 20000,
      },
      { suite: 'plans', name: 'check peak memory', value: check.peakMb, unit: 'MB' },
    ]
    return results
  },
}
