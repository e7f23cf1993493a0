import { TestBrowser } from '../../test/support/browser.ts'
import { answerScreener, EVALUATE_FAMILY } from '../../test/support/screener.ts'
import { buildTestApp } from '../../test/support/test-app.ts'
import type { BenchResult, BenchSuite } from '../bench-types.ts'

/**
 * The screener's pages rendered by the whole app in one process (`inject`: no network, so the
 * figure is the server's own cost per page): a question page, the result page (which reads the
 * signed cookie, walks the draft, screens and renders), the largest guide page, and the JSON API.
 * Each page is asked for one after another; requests/s and the slowest 1 % are reported. Budgets
 * are generous (a page in under 10 ms on one core, the API in under 5 ms).
 */
export const suite: BenchSuite = {
  name: 'screener-pages',
  async run({ quick }) {
    const count = quick ? 300 : 3_000
    const t = await buildTestApp()
    try {
      const browser = new TestBrowser(t.app)
      await answerScreener(browser, EVALUATE_FAMILY)
      const cookie = `pathway_screener=${browser.cookie('pathway_screener')}`
      const targets: { name: string; budget: number; call: () => Promise<{ statusCode: number }> }[] = [
        {
          name: 'question page (/screener/activities)',
          budget: 100,
          call: () => t.app.inject({ method: 'GET', url: '/screener/activities', headers: { cookie } }),
        },
        {
          name: 'result page (/screener/result)',
          budget: 100,
          call: () => t.app.inject({ method: 'GET', url: '/screener/result', headers: { cookie } }),
        },
        {
          name: 'glossary (/guides/glossary)',
          budget: 100,
          call: () => t.app.inject({ method: 'GET', url: '/guides/glossary' }),
        },
        {
          name: 'API: POST /api/v1/screener',
          budget: 200,
          call: () => t.app.inject({ method: 'POST', url: '/api/v1/screener', payload: EVALUATE_FAMILY }),
        },
      ]
      const results: BenchResult[] = []
      for (const target of targets) {
        // Warm up first, so the figure measures warm code rather than the JIT.
        for (let i = 0; i < 30; i += 1) await target.call()
        const times: number[] = []
        const start = performance.now()
        for (let i = 0; i < count; i += 1) {
          const before = performance.now()
          const response = await target.call()
          times.push(performance.now() - before)
          if (response.statusCode !== 200) throw new Error(`${target.name}: status ${response.statusCode}`)
        }
        const seconds = (performance.now() - start) / 1000
        const perSecond = Math.round(count / seconds)
        times.sort((a, b) => a - b)
        const p99 = times[Math.floor(times.length * 0.99)] ?? 0
        results.push({
          suite: 'screener-pages',
          name: `${target.name}: requests/s`,
          value: perSecond,
          unit: 'req/s',
          budget: `≥ ${target.budget} req/s`,
          meetsBudget: perSecond >= target.budget,
          notes: `${count} sequential requests in one process; p99 ${p99.toFixed(1)} ms`,
        })
      }
      return results
    } finally {
      await t.close()
    }
  },
}
