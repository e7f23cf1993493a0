import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { createChildFor, createUser, type TestUser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { ShareScope, UserActor } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import { DomainError } from '../../domain/problems.ts'
import {
  calendarChoicesForChild,
  createCalendarForChild,
  createSchoolCalendar,
  linkChildCalendar,
} from './school-calendars.ts'
import { addSchoolYear, openCalendar } from './school-years.ts'

let t: TestApp
let parent: TestUser
let advocate: TestUser
let child: Child
let calendarId: string

const YEAR = { firstDay: '2026-08-17', lastDay: '2027-05-28', closures: '' }

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z' })
  parent = await createUser(t.deps)
  advocate = await createUser(t.deps)
  child = await createChildFor(t.deps, parent, { state: 'TX' })
  calendarId = (await createCalendarForChild(t.deps, parent.actor, child.id, 'Austin ISD')).id
})
afterEach(async () => {
  await t.close()
})

/** The advocate as the access check sees them with a share of the child. */
function sharedWith(scope: ShareScope): UserActor {
  return {
    ...advocate.actor,
    grants: [{ childId: child.id, organizationId: child.organizationId, scope, expiresOn: null }],
  }
}

async function notFound(promise: Promise<unknown>): Promise<void> {
  await expect(promise).rejects.toSatisfy((e) => e instanceof DomainError && e.code === 'NOT_FOUND')
}

describe('a family’s school calendar seen by an advocate the child is shared with', () => {
  test('a read share sees the calendar through the child, read-only; the calendar’s own page is 404', async () => {
    await addSchoolYear(t.deps, parent.actor, { childId: child.id }, YEAR)
    const view = await openCalendar(t.deps, sharedWith('read'), { childId: child.id }, 'read')
    expect(view).toMatchObject({ calendar: { id: calendarId }, editable: false, mayChoose: false })
    expect(view.years).toHaveLength(1)
    await notFound(addSchoolYear(t.deps, sharedWith('read'), { childId: child.id }, YEAR))
    await notFound(openCalendar(t.deps, sharedWith('full'), { calendarId }, 'read'))
  })

  test('a full share may change the family’s calendar through the child', async () => {
    const view = await openCalendar(t.deps, sharedWith('full'), { childId: child.id }, 'edit')
    expect(view.editable).toBe(true)
    await addSchoolYear(t.deps, sharedWith('full'), { childId: child.id }, YEAR)
    expect((await openCalendar(t.deps, parent.actor, { calendarId }, 'read')).years).toHaveLength(1)
  })

  test('a glance share, or no share, sees nothing', async () => {
    await notFound(openCalendar(t.deps, sharedWith('glance'), { childId: child.id }, 'read'))
    await notFound(openCalendar(t.deps, advocate.actor, { childId: child.id }, 'read'))
  })

  test('the advocate’s practice calendar, once linked, is read-only to the family', async () => {
    const practiceCalendar = await createCalendarForChild(
      t.deps,
      advocate.actor,
      (await createChildFor(t.deps, advocate)).id,
      'District',
    )
    await linkChildCalendar(t.deps, sharedWith('full'), child.id, practiceCalendar.id)
    const family = await openCalendar(t.deps, parent.actor, { childId: child.id }, 'read')
    expect(family).toMatchObject({ calendar: { id: practiceCalendar.id }, editable: false, mayChoose: true })
    // The family cannot link another child to a calendar that is not theirs.
    const sibling = await createChildFor(t.deps, parent)
    await notFound(linkChildCalendar(t.deps, parent.actor, sibling.id, practiceCalendar.id))
  })

  test('a sibling’s calendar (named after the sibling) is neither offered nor linkable to an advocate shared one child', async () => {
    const sibling = await createChildFor(t.deps, parent, { legalName: 'Mia Hidden', preferredName: '' })
    const siblingCalendar = await createCalendarForChild(t.deps, parent.actor, sibling.id, 'Mia Hidden')
    const spare = await createSchoolCalendar(t.deps, parent.actor, {
      name: 'Spare calendar',
      organizationId: '',
    })
    const { choices } = await calendarChoicesForChild(t.deps, sharedWith('full'), child.id)
    expect(choices.map((c) => c.name)).toEqual(['Austin ISD'])
    await notFound(linkChildCalendar(t.deps, sharedWith('full'), child.id, siblingCalendar.id))
    await notFound(linkChildCalendar(t.deps, sharedWith('full'), child.id, spare.id))
    // The family itself sees and may use every calendar of its household.
    const family = await calendarChoicesForChild(t.deps, parent.actor, child.id)
    expect(family.choices.map((c) => c.name)).toEqual(['Austin ISD', 'Mia Hidden', 'Spare calendar'])
    await linkChildCalendar(t.deps, parent.actor, child.id, siblingCalendar.id)
  })
})
