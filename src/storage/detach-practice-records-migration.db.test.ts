import { describe, expect, test } from 'vitest'
import { createTestDatabase, testDialects } from '../../test/support/test-database.ts'
import { migrateToLatest, migratorFor } from './migrate.ts'
import { migrations } from './migrations/index.ts'

const THIS = '2026-12-27T0900_advocate_finish_detach_practice_records'
const NOW = '2026-11-29T15:00:00.000Z'

/** A database that practices already used keeps every note and task through the upgrade. */
describe.each(testDialects())('detaching practice records, migrated on %s', (dialect) => {
  test('existing notes and tasks survive; a note may then lose its child; deleting a child no longer deletes them', async () => {
    const database = await createTestDatabase(dialect, { migrate: false })
    const db = database.db
    try {
      const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name !== THIS))
      const old = await migratorFor(db, { getMigrations: async () => before })
      expect((await old.migrateToLatest()).error).toBeUndefined()
      await db
        .insertInto('organizations')
        .values([
          { id: 'family', kind: 'family', name: 'Family', created_at: NOW },
          { id: 'practice', kind: 'practice', name: 'Practice', created_at: NOW },
        ] as never)
        .execute()
      await db
        .insertInto('children')
        .values({
          id: 'child',
          organization_id: 'family',
          legal_name: 'Ana Rivera',
          date_of_birth: '2015-01-01',
          state: 'NY',
          version: 1,
          created_at: NOW,
          updated_at: NOW,
        } as never)
        .execute()
      await db
        .insertInto('practice_notes')
        .values({
          id: 'note',
          organization_id: 'practice',
          child_id: 'child',
          author_id: null,
          body: 'First call.',
          created_at: NOW,
        } as never)
        .execute()
      await db
        .insertInto('practice_tasks')
        .values({
          id: 'task',
          organization_id: 'practice',
          assignee_id: null,
          child_id: 'child',
          title: 'Call back',
          due_on: null,
          done_at: null,
          version: 1,
          created_at: NOW,
          updated_at: NOW,
        } as never)
        .execute()

      expect((await migrateToLatest(db)).applied).toEqual([THIS])
      const note = await db.selectFrom('practice_notes').selectAll().executeTakeFirstOrThrow()
      expect(note).toMatchObject({
        id: 'note',
        child_id: 'child',
        body: 'First call.',
        child_detached_at: null,
      })
      const task = await db.selectFrom('practice_tasks').selectAll().executeTakeFirstOrThrow()
      expect(task).toMatchObject({
        id: 'task',
        child_id: 'child',
        title: 'Call back',
        child_detached_at: null,
      })
      // The foreign keys now set null: a child deleted by any path leaves the practice's rows.
      await db.deleteFrom('children').where('id', '=', 'child').execute()
      expect(await db.selectFrom('practice_notes').select(['id', 'child_id']).execute()).toEqual([
        { id: 'note', child_id: null },
      ])
      expect(await db.selectFrom('practice_tasks').select(['id', 'child_id']).execute()).toEqual([
        { id: 'task', child_id: null },
      ])
    } finally {
      await database.dispose()
    }
  })
})
