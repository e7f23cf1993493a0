import { changePlanStatus, startNextPlan } from '../../src/services/plans/plan-lifecycle.ts'
import { createPlan, savePlan } from '../../src/services/plans/save-plan.ts'
import { TestBrowser } from '../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser } from '../../test/support/factories.ts'
import { buildIep, buildService } from '../../test/support/plan-factories.ts'
import { buildTestApp } from '../../test/support/test-app.ts'
import { type BenchResult, type BenchSuite, measurePeakMemory } from '../bench-types.ts'

/**
 * The plans product on SQLite: saving a version (one transaction: the version row, the header, the
 * plan's events), and the pages a parent opens most (the plan with its findings, the diff with last
 * year, the plan at a glance as a PDF), through the whole app with `inject` (no network): session,
 * access check, queries and rendering. The plan keeps every version it was saved as (hundreds here),
 * so the pages must not read them all.
 */
async function rate(count: number, work: (i: number) => Promise<unknown>): Promise<number> {
  const started = performance.now()
  for (let i = 0; i < count; i += 1) await work(i)
  return Math.round(count / ((performance.now() - started) / 1000))
}

export const suite: BenchSuite = {
  name: 'plan-pages',
  async run({ quick }) {
    const count = quick ? 100 : 500
    const t = await buildTestApp()
    try {
      const parent = await createUser(t.deps)
      const child = await createChildFor(t.deps, parent)
      const lastYear = await createPlan(
        t.deps,
        parent.actor,
        child.id,
        JSON.parse(JSON.stringify(buildIep())),
      )
      const next = await startNextPlan(t.deps, parent.actor, child.id, lastYear.record.id, 'annual-review')
      const planId = next.record.id
      let version = next.record.latestVersion
      const saves = await measurePeakMemory(() =>
        rate(count, async (i) => {
          const saved = await savePlan(t.deps, parent.actor, child.id, planId, {
            expectedVersion: version,
            purpose: 'edit',
            part: 'services',
            change: (current) => ({ ...current, services: [buildService({ minutes: 20 + (i % 40) })] }),
          })
          version = saved.record.latestVersion
        }),
      )
      await changePlanStatus(t.deps, parent.actor, child.id, planId, version, 'record-agreed')
      const browser = new TestBrowser(t.app)
      await signInBrowser(browser, parent)
      const planUrl = `/children/${child.id}/plans/${planId}`
      const compareUrl = `/children/${child.id}/plans/compare?before=${lastYear.record.id}%402&after=${planId}%40${version + 1}`
      const get = (url: string) => async () => {
        const response = await browser.get(url)
        if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`)
      }
      const page = await rate(count, get(planUrl))
      const diff = await rate(count, get(compareUrl))
      const pdf = await rate(Math.ceil(count / 5), get(`${planUrl}/at-a-glance.pdf`))
      const results: BenchResult[] = [
        {
          suite: 'plan-pages',
          name: 'save a version (with its events)',
          value: saves.result,
          unit: 'saves/s',
          budget: '≥ 100 saves/s',
          meetsBudget: saves.result >= 100,
          notes: `${count} versions of one plan, SQLite in memory`,
        },
        { suite: 'plan-pages', name: 'save peak memory', value: saves.peakMb, unit: 'MB' },
        {
          suite: 'plan-pages',
          name: 'plan page with findings',
          value: page,
          unit: 'pages/s',
          budget: '≥ 30 pages/s',
          meetsBudget: page >= 30,
        },
        {
          suite: 'plan-pages',
          name: 'diff page, this year against last',
          value: diff,
          unit: 'pages/s',
          budget: '≥ 10 pages/s',
          meetsBudget: diff >= 10,
          notes: `the version pickers list all ${count + 3} versions`,
        },
        {
          suite: 'plan-pages',
          name: 'plan at a glance PDF',
          value: pdf,
          unit: 'PDFs/s',
          budget: '≥ 20 PDFs/s',
          meetsBudget: pdf >= 20,
        },
      ]
      return results
    } finally {
      await t.close()
    }
  },
}
