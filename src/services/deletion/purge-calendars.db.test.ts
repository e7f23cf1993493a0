import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { createChildFor, createUser, type TestUser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { testDialects } from '../../../test/support/test-database.ts'
import type { Child } from '../../domain/children/child.ts'
import { selectRowsWhereIn } from '../../storage/record-rows-store.ts'
import { createCalendarForChild, linkChildCalendar } from '../deadlines/school-calendars.ts'
import { addSchoolYear } from '../deadlines/school-years.ts'
import { purgeChild } from './delete-record.ts'

const YEAR = { firstDay: '2026-08-17', lastDay: '2027-05-28', closures: '' }

describe.each(testDialects())('a purged child’s school calendar on %s', (dialect) => {
  let t: TestApp
  let parent: TestUser
  let ana: Child
  let leo: Child
  let mia: Child

  beforeEach(async () => {
    t = await buildTestApp({ dialect, now: '2026-11-29T15:00:00.000Z' })
    parent = await createUser(t.deps)
    ana = await createChildFor(t.deps, parent, { legalName: 'Ana Cruz', preferredName: '', state: 'TX' })
    leo = await createChildFor(t.deps, parent, { legalName: 'Leo Cruz', preferredName: '', state: 'TX' })
    mia = await createChildFor(t.deps, parent, { legalName: 'Mia Cruz', preferredName: '', state: 'TX' })
  })
  afterEach(async () => {
    await t.close()
  })

  async function calendarsNamed(name: string) {
    const household = parent.actor.memberships[0]?.organizationId ?? ''
    const rows = await selectRowsWhereIn(t.deps.db, 'school_calendars', 'organization_id', [household])
    return rows.filter((row) => row.name === name)
  }

  test('a calendar only the child used (named after the child) goes with its years', async () => {
    // A first school year made from the child's page makes a calendar named after the child.
    await addSchoolYear(t.deps, parent.actor, { childId: ana.id }, YEAR)
    const [own] = await calendarsNamed('Ana Cruz')
    expect(own).toBeDefined()
    await purgeChild(t.deps, ana.id)
    expect(await calendarsNamed('Ana Cruz')).toEqual([])
    expect(await selectRowsWhereIn(t.deps.db, 'school_years', 'calendar_id', [String(own?.id)])).toEqual([])
    expect(await selectRowsWhereIn(t.deps.db, 'child_school_calendars', 'child_id', [ana.id])).toEqual([])
  })

  test('a calendar a sibling still uses stays, with its years', async () => {
    const shared = await createCalendarForChild(t.deps, parent.actor, leo.id, 'Lincoln Elementary')
    await linkChildCalendar(t.deps, parent.actor, mia.id, shared.id)
    await addSchoolYear(t.deps, parent.actor, { calendarId: shared.id }, YEAR)
    await purgeChild(t.deps, leo.id)
    expect(await calendarsNamed('Lincoln Elementary')).toHaveLength(1)
    expect(await selectRowsWhereIn(t.deps.db, 'school_years', 'calendar_id', [shared.id])).toHaveLength(1)
    expect(await selectRowsWhereIn(t.deps.db, 'child_school_calendars', 'child_id', [mia.id])).toHaveLength(1)
  })

  test('another organization’s calendar the child used stays', async () => {
    const advocate = await createUser(t.deps)
    const practiceCalendar = await createCalendarForChild(
      t.deps,
      advocate.actor,
      (await createChildFor(t.deps, advocate)).id,
      'District',
    )
    const withShare = {
      ...advocate.actor,
      grants: [
        { childId: ana.id, organizationId: ana.organizationId, scope: 'full' as const, expiresOn: null },
      ],
    }
    await linkChildCalendar(t.deps, withShare, ana.id, practiceCalendar.id)
    await purgeChild(t.deps, ana.id)
    expect(await selectRowsWhereIn(t.deps.db, 'school_calendars', 'id', [practiceCalendar.id])).toHaveLength(
      1,
    )
  })
})
