import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createChildFor, createUser, type TestUser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { testDialects } from '../../../test/support/test-database.ts'
import type { UserActor } from '../../domain/access/actor.ts'
import { listChildActivity, recordChildAccess } from './audit.ts'

for (const dialect of testDialects()) {
  describe(`the audit trail on ${dialect}`, () => {
    let t: TestApp
    let parent: TestUser
    let stranger: TestUser

    beforeAll(async () => {
      t = await buildTestApp({ dialect, now: '2026-11-29T15:00:00.000Z' })
      parent = await createUser(t.deps, { name: 'Rosa Díaz' })
      stranger = await createUser(t.deps, { name: 'Sam Advocate' })
    })
    afterAll(async () => {
      await t.close()
    })

    const route = '/children/:childId/plans/:planId'

    test('reads by outsiders and every change are recorded; the household’s own reads are not', async () => {
      const child = await createChildFor(t.deps, parent)
      const outsider: UserActor = {
        ...stranger.actor,
        grants: [{ childId: child.id, organizationId: child.organizationId, scope: 'read', expiresOn: null }],
      }
      const params = { childId: child.id, planId: 'p1' }
      await recordChildAccess(t.deps, { actor: parent.actor, child, action: 'read', route, params })
      await recordChildAccess(t.deps, { actor: outsider, child, action: 'read', route, params })
      t.clock.advanceMinutes(1)
      await recordChildAccess(t.deps, { actor: parent.actor, child, action: 'change', route, params })
      t.clock.set('2026-11-29T15:00:00.000Z')
      const activity = await listChildActivity(t.deps, parent.actor, child.id, 1)
      expect(activity.total).toBe(2)
      expect(activity.entries.map((e) => [e.actorName, e.action, e.objectKind, e.objectId, e.route])).toEqual(
        [
          ['Rosa Díaz', 'change', 'plan', 'p1', route],
          ['Sam Advocate', 'read', 'plan', 'p1', route],
        ],
      )
      await expect(listChildActivity(t.deps, stranger.actor, child.id, 1)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      })
    })

    test('entries cannot be changed or deleted while the child’s record exists', async () => {
      const child = await createChildFor(t.deps, parent)
      await recordChildAccess(t.deps, {
        actor: parent.actor,
        child,
        action: 'change',
        route: '/children/:childId/edit',
        params: { childId: child.id },
      })
      await expect(
        t.deps.db
          .updateTable('audit_events')
          .set({ action: 'read' })
          .where('child_id', '=', child.id)
          .execute(),
      ).rejects.toThrow(/never change/)
      await expect(
        t.deps.db.deleteFrom('audit_events').where('child_id', '=', child.id).execute(),
      ).rejects.toThrow(/kept while/)
      await expect(sql`delete from audit_events`.execute(t.deps.db)).rejects.toThrow(/kept while/)
      const rows = await t.deps.db
        .selectFrom('audit_events')
        .select('id')
        .where('child_id', '=', child.id)
        .execute()
      expect(rows).toHaveLength(1)

      // Deleting the child's record (issue 3's deletion) can then remove its trail, and only then.
      await t.deps.db.deleteFrom('children').where('id', '=', child.id).execute()
      await t.deps.db.deleteFrom('audit_events').where('child_id', '=', child.id).execute()
      expect(
        await t.deps.db.selectFrom('audit_events').select('id').where('child_id', '=', child.id).execute(),
      ).toEqual([])
    })

    test('the trail is read a page at a time, newest first', async () => {
      const child = await createChildFor(t.deps, parent)
      for (let i = 0; i < 53; i++) {
        t.clock.advanceMinutes(1)
        await recordChildAccess(t.deps, {
          actor: parent.actor,
          child,
          action: 'change',
          route: '/children/:childId/events/:eventId/edit',
          params: { childId: child.id, eventId: `e${i}` },
        })
      }
      t.clock.set('2026-11-29T15:00:00.000Z')
      const first = await listChildActivity(t.deps, parent.actor, child.id, 1)
      expect([first.total, first.pages, first.entries.length, first.entries[0]?.objectId]).toEqual([
        53,
        2,
        50,
        'e52',
      ])
      const second = await listChildActivity(t.deps, parent.actor, child.id, 2)
      expect(second.entries.map((e) => e.objectId)).toEqual(['e2', 'e1', 'e0'])
      expect((await listChildActivity(t.deps, parent.actor, child.id, 99)).page).toBe(2)
      expect((await listChildActivity(t.deps, parent.actor, child.id, Number.NaN)).page).toBe(1)
    })
  })
}
