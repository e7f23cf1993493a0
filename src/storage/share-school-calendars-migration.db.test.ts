import type { Kysely } from 'kysely'
import { describe, expect, test } from 'vitest'
import { createTestDatabase, testDialects, whileSchemas } from '../../test/support/test-database.ts'
import { migratorFor } from './migrate.ts'
import { migrations } from './migrations/index.ts'

const THIS = '2026-12-28T1000_share_school_calendars'
const NOW = '2026-11-29T15:00:00.000Z'

function year(id: string, childId: string, firstDay: string, lastDay: string, closures: string) {
  return {
    id,
    organization_id: 'family',
    child_id: childId,
    first_day: firstDay,
    last_day: lastDay,
    closures,
    version: 3,
    created_at: NOW,
    updated_at: NOW,
  }
}

/** Each child's school years move into a calendar of the child's own, and back again on the way down. */
describe.each(testDialects())('sharing school calendars, migrated on %s', (dialect) => {
  test('every school year survives up and down, with its id, dates, closed days and version', async () => {
    const database = await createTestDatabase(dialect, { migrate: false })
    const db = database.db
    try {
      // The database as it was just before this migration: every earlier one, none later.
      const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < THIS))
      const migrator = await migratorFor(db, { getMigrations: async () => before })
      expect((await whileSchemas('read', dialect, () => migrator.migrateToLatest())).error).toBeUndefined()
      await db
        .insertInto('organizations')
        .values({ id: 'family', kind: 'family', name: 'Family', created_at: NOW } as never)
        .execute()
      const child = (id: string, legalName: string, preferredName: string | null) => ({
        id,
        organization_id: 'family',
        legal_name: legalName,
        preferred_name: preferredName,
        date_of_birth: '2015-01-01',
        state: 'TX',
        version: 1,
        created_at: NOW,
        updated_at: NOW,
      })
      await db
        .insertInto('children')
        .values([
          child('ana', 'Ana Rivera', null),
          child('leo', 'Leonardo Rivera', 'Leo'),
          child('eva', 'Eva Rivera', null),
        ] as never)
        .execute()
      const closures = JSON.stringify([
        { from: '2026-11-26', to: '2026-11-27', kind: 'holiday', name: 'Thanksgiving' },
      ])
      const rows = [
        year('ana-1', 'ana', '2026-08-17', '2027-05-28', closures),
        year('ana-2', 'ana', '2027-08-16', '2028-05-26', '[]'),
        year('leo-1', 'leo', '2026-08-19', '2027-06-02', '[]'),
      ]
      await db
        .insertInto('school_years')
        .values(rows as never)
        .execute()

      // This migration alone (later ones, such as the counters' triggers, are not what is tested here).
      const upToThis = await migratorFor(db, {
        getMigrations: async () =>
          Object.fromEntries(Object.entries(migrations).filter(([name]) => name <= THIS)),
      })
      const up = await whileSchemas('read', dialect, () => upToThis.migrateToLatest())
      expect(up.error).toBeUndefined()
      expect(up.results?.map((r) => r.migrationName)).toEqual([THIS])
      const calendars = await db.selectFrom('school_calendars').selectAll().orderBy('name').execute()
      expect(calendars.map((c) => c.name)).toEqual(['Ana Rivera', 'Leo'])
      const links = await db.selectFrom('child_school_calendars').selectAll().orderBy('child_id').execute()
      // Eva had no school year, so she has no calendar (she can choose her siblings' later).
      expect(links.map((l) => l.child_id)).toEqual(['ana', 'leo'])
      const calendarOf = new Map(links.map((l) => [l.child_id, l.calendar_id]))
      const moved = await db.selectFrom('school_years').selectAll().orderBy('id').execute()
      expect(moved).toEqual(
        rows.map(({ child_id, ...rest }) =>
          expect.objectContaining({ ...rest, calendar_id: calendarOf.get(child_id) }),
        ),
      )

      // A sibling then shares Ana's calendar; down gives each linked child a copy of its years.
      await db
        .insertInto('child_school_calendars')
        .values({
          child_id: 'eva',
          organization_id: 'family',
          calendar_id: calendarOf.get('ana'),
          linked_at: NOW,
        } as never)
        .execute()
      expect((await whileSchemas('drop', dialect, () => upToThis.migrateDown())).error).toBeUndefined()
      // Down, the table has its old shape again (child_id), which the app's types no longer describe.
      // biome-ignore lint/suspicious/noExplicitAny: the schema before this migration.
      const oldShape = db as unknown as Kysely<any>
      const back: { id: string; child_id: string; first_day: string; closures: string; version: number }[] =
        await oldShape
          .selectFrom('school_years')
          .select(['id', 'child_id', 'first_day', 'closures', 'version'])
          .orderBy('child_id')
          .orderBy('first_day')
          .execute()
      expect(back.map((r) => [r.child_id, r.first_day, r.version])).toEqual([
        ['ana', '2026-08-17', 3],
        ['ana', '2027-08-16', 3],
        ['eva', '2026-08-17', 3],
        ['eva', '2027-08-16', 3],
        ['leo', '2026-08-19', 3],
      ])
      expect(
        back
          .filter((r) => r.child_id !== 'eva')
          .map((r) => r.id)
          .sort(),
      ).toEqual(['ana-1', 'ana-2', 'leo-1'])
      expect(back.find((r) => r.id === 'ana-1')?.closures).toBe(closures)
    } finally {
      await database.dispose()
    }
  })
})
