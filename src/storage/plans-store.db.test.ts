import { randomUUID } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { buildIep, buildSection504, buildService } from '../../test/support/plan-factories.ts'
import { insertHousehold } from '../../test/support/store-household.ts'
import { testDialects, useTestDatabase } from '../../test/support/test-database.ts'
import { type Instant, localDate } from '../domain/dates/local-date.ts'
import type { Plan } from '../domain/plans/plan.ts'
import type { Db } from './database.ts'
import { listEventsOfChild } from './events-store.ts'
import {
  appendPlanVersion,
  deletePlan,
  findPlan,
  findPlanInEffectOn,
  findPlanVersion,
  insertPlan,
  listPlanEventIds,
  listPlansOfChild,
  listPlanVersions,
  type NewPlanVersion,
  replacePlanEvents,
} from './plans-store.ts'
import { schemaColumns } from './record-rows-store.ts'

const NOW = '2026-11-29T15:00:00.000Z' as Instant

function version(plan: Plan, overrides: Partial<NewPlanVersion> = {}): NewPlanVersion {
  return {
    plan,
    action: 'create',
    part: null,
    savedBy: 'user-1',
    savedByName: 'Rosa Díaz',
    savedAt: NOW,
    ...overrides,
  }
}

for (const dialect of testDialects()) {
  describe(`plans store on ${dialect}`, () => {
    const database = useTestDatabase(dialect)

    async function household(db: Db) {
      return insertHousehold(db, NOW)
    }

    async function newPlan(db: Db, plan: Plan = buildIep({ status: 'draft' })) {
      const ids = await household(db)
      const planId = randomUUID()
      await insertPlan(db, {
        id: planId,
        organizationId: ids.organizationId,
        childId: ids.childId,
        first: version(plan),
      })
      return { ...ids, planId }
    }

    test('a plan and its first version read back unchanged, with the header taken from the plan', async () => {
      const db = database().db
      const plan = buildIep({ status: 'draft', notes: 'Notes with “quotes”, ñ and emoji 🌟' })
      const { planId, childId, organizationId } = await newPlan(db, plan)
      expect(await findPlan(db, planId)).toEqual({
        id: planId,
        childId,
        organizationId,
        kind: 'iep',
        status: 'draft',
        revisionReason: 'annual-review',
        previousPlanId: null,
        previousVersion: null,
        meetingDate: '2026-08-20',
        effectiveFrom: '2026-09-01',
        effectiveTo: '2027-06-15',
        latestVersion: 1,
        createdAt: NOW,
        updatedAt: NOW,
      })
      expect(await findPlanVersion(db, planId, 1)).toEqual({
        planId,
        version: 1,
        plan,
        action: 'create',
        part: null,
        savedBy: 'user-1',
        savedByName: 'Rosa Díaz',
        savedAt: NOW,
      })
    })

    test('a save appends the next version only when it was made from the latest one', async () => {
      const db = database().db
      const { planId } = await newPlan(db)
      const later = '2026-11-30T09:00:00.000Z' as Instant
      const edited = buildIep({ status: 'draft', services: [buildService({ minutes: 45 })] })
      const second = await appendPlanVersion(
        db,
        planId,
        1,
        version(edited, { action: 'edit', part: 'services', savedAt: later, savedByName: 'Luis' }),
      )
      expect(second).toBe(2)
      const stale = await appendPlanVersion(
        db,
        planId,
        1,
        version(buildIep({ status: 'draft', notes: 'stale' })),
      )
      expect(stale).toBeUndefined()
      const versions = await listPlanVersions(db, planId)
      expect(versions.map((v) => [v.version, v.action, v.part, v.savedByName])).toEqual([
        [2, 'edit', 'services', 'Luis'],
        [1, 'create', null, 'Rosa Díaz'],
      ])
      expect(versions[0]?.plan).toEqual(edited)
      expect(await findPlan(db, planId)).toMatchObject({ latestVersion: 2, updatedAt: later })
    })

    test('two saves made from the same version at the same time: exactly one is kept', async () => {
      const db = database().db
      const { planId } = await newPlan(db)
      const save = (notes: string) =>
        db
          .transaction()
          .execute((tx) => appendPlanVersion(tx, planId, 1, version(buildIep({ status: 'draft', notes }))))
      const results = await Promise.all([save('first'), save('second')])
      expect(results.filter((r) => r === 2)).toHaveLength(1)
      expect(results.filter((r) => r === undefined)).toHaveLength(1)
      expect((await listPlanVersions(db, planId)).map((v) => v.version)).toEqual([2, 1])
    })

    test('a saved version is never changed: the database refuses an update, and later saves leave it as it was', async () => {
      const db = database().db
      const { planId } = await newPlan(db)
      const before = await db.selectFrom('plan_versions').selectAll().where('plan_id', '=', planId).execute()
      await expect(
        db.updateTable('plan_versions').set({ document: '{}' }).where('plan_id', '=', planId).execute(),
      ).rejects.toThrow(/plan versions never change/)
      await expect(
        db.updateTable('plan_versions').set({ saved_by_name: 'Someone else' }).execute(),
      ).rejects.toThrow(/plan versions never change/)
      await appendPlanVersion(db, planId, 1, version(buildIep({ status: 'proposed' }), { action: 'propose' }))
      await appendPlanVersion(db, planId, 2, version(buildIep({ status: 'in-effect' }), { action: 'agree' }))
      const after = await db
        .selectFrom('plan_versions')
        .selectAll()
        .where('plan_id', '=', planId)
        .where('version', '=', 1)
        .execute()
      expect(after).toEqual(before)
    })

    test('the plan in effect on a date is the agreed plan that started last on or before it', async () => {
      const db = database().db
      const {
        childId,
        organizationId,
        planId: lastYear,
      } = await newPlan(
        db,
        buildIep({
          status: 'superseded',
          dates: { meeting: localDate('2025-08-20'), start: localDate('2025-09-01') },
        }),
      )
      const thisYear = randomUUID()
      await insertPlan(db, {
        id: thisYear,
        organizationId,
        childId,
        first: version(buildIep({ status: 'in-effect', dates: { start: localDate('2026-09-01') } })),
      })
      const draft = randomUUID()
      await insertPlan(db, {
        id: draft,
        organizationId,
        childId,
        first: version(buildSection504({ status: 'draft', dates: { start: localDate('2026-10-01') } })),
      })
      expect(await findPlanInEffectOn(db, childId, localDate('2025-08-31'))).toBeUndefined()
      expect((await findPlanInEffectOn(db, childId, localDate('2026-03-01')))?.record.id).toBe(lastYear)
      expect((await findPlanInEffectOn(db, childId, localDate('2026-09-01')))?.record.id).toBe(thisYear)
      const found = await findPlanInEffectOn(db, childId, localDate('2027-12-01'))
      expect(found?.record.id).toBe(thisYear)
      expect(found?.version.version).toBe(1)
      expect((await listPlansOfChild(db, childId)).map((p) => p.id)).toEqual([draft, thisYear, lastYear])
    })

    test('a plan’s events are replaced on each save and go with the plan when it is deleted', async () => {
      const db = database().db
      const { planId, childId, organizationId, userId } = await newPlan(db)
      let n = 0
      const newId = () => `${planId}-event-${++n}`
      const save = (drafts: Parameters<typeof replacePlanEvents>[1]['drafts']) =>
        replacePlanEvents(db, { planId, childId, organizationId, drafts, createdBy: userId, now: NOW, newId })
      await save([
        { type: 'iep-meeting-held', date: localDate('2026-08-20'), source: 'dates.meeting', planned: false },
        { type: 'iep-in-effect', date: localDate('2026-09-01'), source: 'dates.start', planned: false },
      ])
      await save([
        { type: 'iep-meeting-held', date: localDate('2026-08-21'), source: 'dates.meeting', planned: false },
      ])
      const events = await listEventsOfChild(db, childId)
      expect(events.map((e) => [e.type, e.date, e.details])).toEqual([
        ['iep-meeting-held', '2026-08-21', { planId, source: 'dates.meeting' }],
      ])
      expect(await listPlanEventIds(db, planId)).toEqual([events[0]?.id])
      await deletePlan(db, planId)
      expect(await findPlan(db, planId)).toBeUndefined()
      expect(await listPlanVersions(db, planId)).toEqual([])
      expect(await listEventsOfChild(db, childId)).toEqual([])
    })

    test('every plans table carries the organization id', async () => {
      const tables = await schemaColumns(database().db)
      for (const name of ['plans', 'plan_versions', 'plan_event_links']) {
        expect([...(tables.get(name) ?? [])], name).toContain('organization_id')
      }
    })
  })
}
