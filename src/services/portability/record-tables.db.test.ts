import { describe, expect, test } from 'vitest'
import { testDialects, useTestDatabase } from '../../../test/support/test-database.ts'
import { schemaColumns, tablesWithColumn } from '../../storage/record-rows-store.ts'
import { RECORD_TABLES } from './record-tables.ts'

/**
 * Export, import and deletion only know the tables in RECORD_TABLES. Other features add tables all
 * the time: this reads the migrated schema and fails for any table with a `child_id` that nobody
 * has registered, so no part of a child's record is left out of an export or survives a deletion.
 */
describe.each(testDialects())('the record tables on %s', (dialect) => {
  const database = useTestDatabase(dialect)

  test('every table with a child_id column is in RECORD_TABLES', async () => {
    const withChild = await tablesWithColumn(database().db, 'child_id')
    expect(withChild.length).toBeGreaterThan(0)
    const missing = withChild.filter((table) => !Object.hasOwn(RECORD_TABLES, table))
    expect(missing, 'Add these tables to src/services/portability/record-tables.ts').toEqual([])
  })

  test('every table of family data (a child_id column) also carries the organization id', async () => {
    const withChild = await tablesWithColumn(database().db, 'child_id')
    const withOrganization = new Set(await tablesWithColumn(database().db, 'organization_id'))
    expect(withChild.filter((table) => !withOrganization.has(table))).toEqual([])
  })

  test('every registered table exists, with the columns the registry names', async () => {
    const schema = await schemaColumns(database().db)
    for (const [name, table] of Object.entries(RECORD_TABLES)) {
      const columns = schema.get(name)
      expect(columns, name).toBeDefined()
      if (table.scope === 'child') expect(columns?.has('child_id'), name).toBe(true)
      else expect(columns?.has(table.scope.column), name).toBe(true)
      for (const column of [...(table.userColumns ?? []), ...(table.orderBy ? [table.orderBy] : [])])
        expect(columns?.has(column), `${name}.${column}`).toBe(true)
      if (table.whenChildDeleted === 'detach') {
        expect(table.scope, name).toBe('child')
        expect(columns?.has('child_detached_at'), `${name}.child_detached_at`).toBe(true)
      }
    }
  })

  test("only a practice's own rows are detached when a record is deleted; the rest of the record goes", () => {
    const detached = Object.entries(RECORD_TABLES)
      .filter(([, table]) => table.whenChildDeleted === 'detach')
      .map(([name]) => name)
    expect(detached.sort()).toEqual(['consultations', 'practice_notes', 'practice_tasks'])
    for (const name of detached) expect(RECORD_TABLES[name]?.kind, name).toBe('not-portable')
  })
})
