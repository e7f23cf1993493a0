import { describe, expect, test } from 'vitest'
import { testClock } from '../../../test/support/clock.ts'
import { createChildFor, createUser } from '../../../test/support/factories.ts'
import { openSecondInstance } from '../../../test/support/second-instance.ts'
import { capturingMailer, testConfig } from '../../../test/support/test-app.ts'
import { testDialects, useTestDatabase } from '../../../test/support/test-database.ts'
import { addEvent, deleteEvent, editEvent } from '../children/events.ts'
import { createDeps } from '../deps.ts'
import { deadlineKey, getChildDeadlines, getDeadlinesDashboard } from './child-deadlines.ts'
import { linkChildCalendar } from './school-calendars.ts'
import { addSchoolYear, deleteSchoolYear, editSchoolYear } from './school-years.ts'

/**
 * Worked-out deadlines are kept between requests (deadlines-cache.ts). Every write to a child's
 * events or school years, made through either of two app instances on one database, must show on
 * the next read of both.
 */
for (const dialect of testDialects()) {
  describe(`kept deadlines on ${dialect}`, () => {
    const database = useTestDatabase(dialect)

    async function setUp(state = 'NY') {
      const deps = createDeps({
        db: database().db,
        dialect,
        clock: testClock('2026-11-29T15:00:00.000Z'),
        mailer: capturingMailer(),
        config: testConfig(),
      })
      const second = await openSecondInstance(deps, dialect)
      const parent = await createUser(deps)
      const child = await createChildFor(deps, parent, { state, dateOfBirth: '2015-03-01' })
      return { deps, second, parent, child }
    }

    const keys = (view: { deadlines: readonly { rule: string; trigger: string }[] }) =>
      view.deadlines.map(deadlineKey).sort()

    test('a read with nothing written in between reuses the deadlines; a write on either instance shows on both', async () => {
      const { deps, second, parent, child } = await setUp()
      try {
        const before = await getChildDeadlines(deps, parent.actor, child.id)
        expect(keys(before).some((key) => key.includes('consent'))).toBe(false)
        // Nothing changed: the same worked-out deadlines are used again.
        expect((await getChildDeadlines(deps, parent.actor, child.id)).deadlines).toBe(before.deadlines)
        // Both instances have the child's deadlines kept before the write.
        await getChildDeadlines(second.deps, parent.actor, child.id)

        const consent = await addEvent(second.deps, parent.actor, child.id, {
          type: 'consent-to-evaluate-signed',
          date: '2026-09-02',
          note: '',
        })
        const added = await getChildDeadlines(deps, parent.actor, child.id)
        expect(added.events.map((e) => e.id)).toEqual([consent.id])
        expect(keys(added).some((key) => key.endsWith(`:${consent.id}`))).toBe(true)
        expect(keys(await getChildDeadlines(second.deps, parent.actor, child.id))).toEqual(keys(added))

        // An edit (a new date) moves the due date, seen through the other instance.
        await editEvent(deps, parent.actor, child.id, consent.id, {
          type: 'consent-to-evaluate-signed',
          date: '2026-10-01',
          note: '',
        })
        const moved = await getChildDeadlines(second.deps, parent.actor, child.id)
        expect(moved.events[0]?.date).toBe('2026-10-01')
        expect(moved.deadlines.map((d) => d.due)).not.toEqual(added.deadlines.map((d) => d.due))

        await deleteEvent(second.deps, parent.actor, child.id, consent.id)
        const deleted = await getChildDeadlines(deps, parent.actor, child.id)
        expect(deleted.events).toEqual([])
        expect(keys(deleted)).toEqual(keys(before))
      } finally {
        await second.close()
      }
    })

    test('a school year added or removed on one instance changes the school-day deadlines on the other and on the dashboard', async () => {
      const { deps, second, parent, child } = await setUp('CT')
      try {
        // Connecticut counts 45 school days from the referral: without a school year there is no date.
        await addEvent(deps, parent.actor, child.id, {
          type: 'referral-received',
          date: '2026-09-02',
          note: '',
        })
        const shape = (view: {
          deadlines: readonly { rule: string; due: string | null }[]
          problems: readonly unknown[]
        }) => ({
          dues: view.deadlines.map((d) => `${d.rule}:${d.due}`).sort(),
          problems: view.problems.length,
        })
        const before = await getChildDeadlines(deps, parent.actor, child.id)
        await getChildDeadlines(second.deps, parent.actor, child.id)
        await getDeadlinesDashboard(deps, parent.actor)

        const year = await addSchoolYear(
          second.deps,
          parent.actor,
          { childId: child.id },
          {
            firstDay: '2026-08-31',
            lastDay: '2027-06-25',
            closures: '2026-11-26',
          },
        )
        const withYear = await getChildDeadlines(deps, parent.actor, child.id)
        expect(withYear.schoolYears.map((y) => y.id)).toEqual([year.id])
        expect(shape(withYear)).not.toEqual(shape(before))
        expect(shape(await getChildDeadlines(second.deps, parent.actor, child.id))).toEqual(shape(withYear))
        // The dashboard shows the deadlines worked out with the school year.
        const dashboard = await getDeadlinesDashboard(deps, parent.actor)
        const shown = [...dashboard.overdue, ...dashboard.dueSoon, ...dashboard.recentlyMet].map(
          (entry) => `${entry.deadline.rule}:${entry.deadline.due}`,
        )
        for (const entry of shown) expect(shape(withYear).dues).toContain(entry)

        await deleteSchoolYear(deps, parent.actor, { childId: child.id }, year.id)
        const without = await getChildDeadlines(second.deps, parent.actor, child.id)
        expect(without.schoolYears).toEqual([])
        expect(shape(without)).toEqual(shape(before))
      } finally {
        await second.close()
      }
    })
    test('a sibling who follows the same calendar sees a change to it, made on the other instance', async () => {
      const { deps, second, parent, child } = await setUp('CT')
      try {
        const sibling = await createChildFor(deps, parent, { state: 'CT', dateOfBirth: '2017-05-01' })
        for (const who of [child, sibling])
          await addEvent(deps, parent.actor, who.id, {
            type: 'referral-received',
            date: '2026-09-02',
            note: '',
          })
        const year = await addSchoolYear(
          deps,
          parent.actor,
          { childId: child.id },
          {
            firstDay: '2026-08-31',
            lastDay: '2027-06-25',
            closures: '',
          },
        )
        // The evaluation clock the referral starts counts school days on the calendar.
        const dueOf = async (on: typeof deps, id: string) =>
          (await getChildDeadlines(on, parent.actor, id)).deadlines
            .filter((d) => d.rule === 'idea-initial-evaluation')
            .map((d) => d.due)
        const siblingBefore = await dueOf(deps, sibling.id)
        const childWithYear = await dueOf(deps, child.id)

        // The sibling starts following the calendar on the other instance: same school-day dates.
        await linkChildCalendar(second.deps, parent.actor, sibling.id, year.calendarId)
        const siblingLinked = await dueOf(deps, sibling.id)
        expect(siblingLinked).not.toEqual(siblingBefore)
        expect(siblingLinked).toEqual(childWithYear)

        // A closed day added on the other instance moves both children's school-day dates.
        await editSchoolYear(
          second.deps,
          parent.actor,
          { calendarId: year.calendarId },
          year.id,
          year.version,
          {
            firstDay: '2026-08-31',
            lastDay: '2027-06-25',
            closures: '2026-10-12',
          },
        )
        const childClosed = await dueOf(deps, child.id)
        expect(childClosed).not.toEqual(childWithYear)
        expect(await dueOf(deps, sibling.id)).toEqual(childClosed)
      } finally {
        await second.close()
      }
    })
  })
}
