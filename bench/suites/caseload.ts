import { performance } from 'node:perf_hooks'
import { createDeps } from '../../src/services/deps.ts'
import { caseloadCsv, getCaseload, readCaseloadFilters } from '../../src/services/practices/caseload.ts'
import { testClock } from '../../test/support/clock.ts'
import { createAdvocate, reloadActor } from '../../test/support/practice-factories.ts'
import { capturingMailer, testConfig } from '../../test/support/test-app.ts'
import { createTestDatabase } from '../../test/support/test-database.ts'
import type { BenchResult, BenchSuite } from '../bench-types.ts'
import { generateDataset, shareWithPractice } from '../support/dataset.ts'

/** Issue 11: a practice whose caseload holds this many shared children. */
const CASELOAD = 1_000
const BUDGET_MS = 1_000

/**
 * The caseload dashboard of a practice with 1,000 children shared with it (each with about ten
 * events): the first page sorted by next deadline, a filtered page, and the whole CSV export.
 * Every child's deadlines are computed by the deadline engine on each request.
 */
export const suite: BenchSuite = {
  name: 'caseload',
  async run(options) {
    const database = await createTestDatabase('sqlite')
    try {
      const deps = createDeps({
        db: database.db,
        dialect: database.dialect,
        clock: testClock('2026-11-29T15:00:00.000Z'),
        mailer: capturingMailer(),
        config: testConfig(),
      })
      await generateDataset(deps, { children: CASELOAD })
      const advocate = await createAdvocate(deps)
      const children = await deps.db.selectFrom('children').select(['id', 'organization_id']).execute()
      await shareWithPractice(deps, advocate.organizationId, children)
      // The actor's shares are read at sign-in: read them again now that the children are shared.
      const actor = await reloadActor(deps, advocate.user.id)
      const runs = options.quick ? 3 : 10
      const time = async (work: () => Promise<unknown>) => {
        await work()
        const started = performance.now()
        for (let i = 0; i < runs; i += 1) await work()
        return (performance.now() - started) / runs
      }
      const firstPage = await time(() => getCaseload(deps, actor, readCaseloadFilters({}), 'en'))
      const filtered = await time(() =>
        getCaseload(deps, actor, readCaseloadFilters({ status: 'overdue', sort: 'name' }), 'en'),
      )
      let total = 0
      const csv = await time(async () => {
        const caseload = await getCaseload(deps, actor, { ...readCaseloadFilters({}), page: 0 }, 'en')
        total = caseload.total
        return caseloadCsv(caseload, ['child'])
      })
      const result = (name: string, value: number): BenchResult => ({
        suite: 'caseload',
        name,
        value: Math.round(value),
        unit: 'ms',
        budget: `≤ ${BUDGET_MS} ms`,
        meetsBudget: value <= BUDGET_MS,
        notes: `${total} children in the caseload`,
      })
      return [
        result(`dashboard, first page (${CASELOAD} children)`, firstPage),
        result('dashboard, overdue only, by name', filtered),
        result('CSV export of the whole caseload', csv),
      ]
    } finally {
      await database.dispose()
    }
  },
}
