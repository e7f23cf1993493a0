import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { createChildFor, createUser, type TestUser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { testDialects } from '../../../test/support/test-database.ts'
import { DomainError } from '../../domain/problems.ts'
import { findCalendarOfChild, linkChildToCalendar } from '../../storage/school-calendars-store.ts'
import { createSchoolCalendar, deleteSchoolCalendar } from './school-calendars.ts'

describe.each(testDialects())('removing a calendar while a child is being linked to it, on %s', (dialect) => {
  let t: TestApp
  let parent: TestUser

  beforeEach(async () => {
    t = await buildTestApp({ dialect, now: '2026-11-29T15:00:00.000Z' })
    parent = await createUser(t.deps)
  })
  afterEach(async () => {
    await t.close()
  })

  test('the removal waits for the link, then refuses: the child keeps its calendar', async () => {
    const child = await createChildFor(t.deps, parent)
    const calendar = await createSchoolCalendar(t.deps, parent.actor, { name: 'Lincoln', organizationId: '' })
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    let linked = () => {}
    const linkWritten = new Promise<void>((resolve) => {
      linked = resolve
    })
    // Someone links the child; their transaction has not committed yet.
    const linking = t.deps.db.transaction().execute(async (tx) => {
      await linkChildToCalendar(tx, {
        childId: child.id,
        organizationId: child.organizationId,
        calendarId: calendar.id,
        now: '2026-11-29T15:00:00.000Z',
      })
      linked()
      await held
    })
    await linkWritten
    const removal = deleteSchoolCalendar(t.deps, parent.actor, calendar.id).then(
      () => 'removed',
      (error: unknown) => (error instanceof DomainError ? error.code : String(error)),
    )
    await new Promise((resolve) => setTimeout(resolve, 300))
    release()
    await linking
    expect(await removal).toBe('INVALID_STATE')
    expect((await findCalendarOfChild(t.deps.db, child.id))?.id).toBe(calendar.id)
  })
})
