import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openSecondInstance } from '../../../test/support/second-instance.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { testDialects } from '../../../test/support/test-database.ts'
import type { UserActor } from '../../domain/access/actor.ts'
import { findUserCredentials } from '../../storage/accounts-store.ts'
import { loadSignedIn } from '../accounts/sessions.ts'
import { listChildren } from '../children/children.ts'
import { addEvent } from '../children/events.ts'
import { DEMO_PARENT_EMAIL, seedDemo } from '../demo/seed-demo.ts'
import { DEMO_ADVOCATE_EMAIL } from '../demo/seed-demo-advocate.ts'
import { createDeps, today } from '../deps.ts'
import { listDisputes, openDispute } from '../disputes/disputes.ts'
import { listMeetings } from '../meetings/meetings.ts'
import { countGoalsNotOnTrack } from '../progress/progress-data.ts'
import { getServiceAlertsDashboard } from '../services-delivered/service-alerts.ts'
import { getCaseload, readCaseloadFilters } from './caseload.ts'
import { loadCaseloadSignals } from './caseload-signals.ts'

async function actorOf(t: TestApp, email: string): Promise<UserActor> {
  const credentials = await findUserCredentials(t.deps.db, email)
  const signedIn = await loadSignedIn(t.deps, credentials?.user.id ?? '')
  if (!signedIn) throw new Error(`no ${email}`)
  return signedIn.actor
}

describe.each(testDialects())('caseload signals on %s', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await buildTestApp({ dialect, now: '2026-11-29T15:00:00.000Z' })
    await seedDemo(t.deps)
  })
  afterAll(async () => {
    await t.close()
  })

  test('the batched signals agree, child by child, with what the family’s own pages say', async () => {
    const parent = await actorOf(t, DEMO_PARENT_EMAIL)
    const children = await listChildren(t.deps, parent, { archived: false })
    const ids = children.map((c) => c.id)
    const on = today(t.deps)
    const signals = await loadCaseloadSignals(t.deps.db, ids, on)
    const goals = await countGoalsNotOnTrack(t.deps, parent, ids)
    const alerts = await getServiceAlertsDashboard(t.deps, parent)
    for (const child of children) {
      const meetings = (await listMeetings(t.deps, parent, child.id))
        .filter((m) => m.outcome === null && m.date >= on)
        .map((m) => m.date)
        .sort()
      const disputes = (await listDisputes(t.deps, parent, child.id)).filter((d) => d.status === 'open')
      expect(signals.get(child.id), child.legalName).toEqual({
        nextMeetingOn: meetings[0],
        openDisputes: disputes.length,
        goalsNotOnTrack: goals.get(child.id) ?? 0,
        servicesUnderDelivered: new Set(
          alerts.filter((a) => a.child.id === child.id).map((a) => a.alert.service),
        ).size,
      })
    }
    // The demo gives Mateo a meeting to come and an open dispute, so the comparison is not all zeros.
    const mateo = children.find((c) => c.legalName === 'Mateo Lopez')
    expect(signals.get(mateo?.id ?? '')?.openDisputes).toBe(1)
    expect(signals.get(mateo?.id ?? '')?.nextMeetingOn).toBe('2026-12-23')
  })

  test('the demo advocate’s caseload shows Mateo with his signals, and filters and sorts by them', async () => {
    const advocate = await actorOf(t, DEMO_ADVOCATE_EMAIL)
    const caseload = await getCaseload(t.deps, advocate, readCaseloadFilters({}), 'en')
    expect(caseload.rows.map((r) => r.name)).toEqual(['Mateo Lopez'])
    expect(caseload.rows[0]).toMatchObject({ nextMeetingOn: '2026-12-23', openDisputes: 1 })
    expect(caseload.rows[0]?.nextCallAt).toBeDefined()
    const withDispute = await getCaseload(
      t.deps,
      advocate,
      readCaseloadFilters({ concern: 'open-disputes', sort: 'next-meeting' }),
      'en',
    )
    expect(withDispute.rows).toHaveLength(1)
    expect(withDispute.rows[0]).toBeDefined()
  })

  test('what the caseload keeps between requests follows a write made through another instance', async () => {
    const advocate = await actorOf(t, DEMO_ADVOCATE_EMAIL)
    const parent = await actorOf(t, DEMO_PARENT_EMAIL)
    const second = await openSecondInstance(t.deps, dialect)
    try {
      const before = (await getCaseload(t.deps, advocate, readCaseloadFilters({}), 'en')).rows[0]
      if (!before) throw new Error('no row')
      await getCaseload(second.deps, advocate, readCaseloadFilters({}), 'en')
      // A second open dispute (signals) and an event that starts an overdue deadline (deadlines).
      await openDispute(second.deps, parent, before.childId, {
        road: 'state-complaint',
        title: 'Services missed',
        violationOn: '2026-10-01',
        knewOn: '2026-10-02',
      })
      await addEvent(second.deps, parent, before.childId, {
        // The school had 45 days to show the records: overdue since mid-November.
        type: 'records-request-received',
        date: '2026-10-01',
        note: '',
      })
      const after = (await getCaseload(t.deps, advocate, readCaseloadFilters({}), 'en')).rows[0]
      expect(after?.openDisputes).toBe(before.openDisputes + 1)
      // The same as worked out from scratch (a new handle on the same database keeps nothing yet).
      const cold = createDeps({ ...t.deps, db: t.deps.db.withoutPlugins() })
      expect(after).toEqual((await getCaseload(cold, advocate, readCaseloadFilters({}), 'en')).rows[0])
      expect(after?.overdue).toBeGreaterThan(before.overdue)
      expect((await getCaseload(second.deps, advocate, readCaseloadFilters({}), 'en')).rows[0]).toEqual(after)
    } finally {
      await second.close()
    }
  })
})
