import { randomUUID } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { insertHousehold } from '../../test/support/store-household.ts'
import { testDialects, useTestDatabase } from '../../test/support/test-database.ts'
import { localDate } from '../domain/dates/local-date.ts'
import { insertChild } from './children-store.ts'
import {
  deleteSchoolYearsOfCalendar,
  insertSchoolYear,
  listSchoolYearsOfCalendar,
  listSchoolYearsOfChild,
  listSchoolYearsOfChildren,
} from './deadlines-store.ts'
import {
  findCalendarOfChild,
  findSchoolCalendar,
  insertSchoolCalendar,
  linkChildToCalendar,
  listChildrenOfCalendar,
  listSchoolCalendarsOfOrganizations,
  touchSchoolCalendar,
  updateSchoolCalendar,
} from './school-calendars-store.ts'

const NOW = '2026-11-29T15:00:00.000Z'
const LATER = '2026-11-30T09:00:00.000Z'

for (const dialect of testDialects()) {
  describe(`school calendars store on ${dialect}`, () => {
    const database = useTestDatabase(dialect)

    /** A household with two children (siblings) and a calendar holding one school year. */
    async function siblingsWithCalendar() {
      const db = database().db
      const home = await insertHousehold(db, NOW, { state: 'TX' })
      const siblingId = randomUUID()
      await insertChild(db, {
        id: siblingId,
        organizationId: home.organizationId,
        now: NOW,
        details: {
          legalName: 'Leo Ruiz',
          preferredName: null,
          dateOfBirth: localDate('2018-02-01'),
          grade: '2',
          school: null,
          district: null,
          state: 'TX',
          homeLanguage: null,
          notes: null,
        },
      })
      const calendarId = randomUUID()
      await insertSchoolCalendar(db, {
        id: calendarId,
        organizationId: home.organizationId,
        name: 'Austin ISD',
        now: NOW,
      })
      await insertSchoolYear(db, {
        id: randomUUID(),
        calendarId,
        organizationId: home.organizationId,
        now: NOW,
        details: {
          firstDay: localDate('2026-08-17'),
          lastDay: localDate('2027-05-28'),
          closures: [
            {
              from: localDate('2026-11-26'),
              to: localDate('2026-11-27'),
              kind: 'holiday',
              name: 'Thanksgiving',
            },
          ],
        },
      })
      return { db, home, siblingId, calendarId }
    }

    test('a calendar reads back unchanged, and is listed for its organization only', async () => {
      const { db, home, calendarId } = await siblingsWithCalendar()
      expect(await findSchoolCalendar(db, calendarId)).toEqual({
        id: calendarId,
        organizationId: home.organizationId,
        name: 'Austin ISD',
        version: 1,
        createdAt: NOW,
        updatedAt: NOW,
      })
      const other = await insertHousehold(db, NOW)
      expect((await listSchoolCalendarsOfOrganizations(db, [home.organizationId])).map((c) => c.id)).toEqual([
        calendarId,
      ])
      expect(await listSchoolCalendarsOfOrganizations(db, [other.organizationId])).toEqual([])
    })

    test('siblings linked to one calendar both read its school years; a child with none reads none', async () => {
      const { db, home, siblingId, calendarId } = await siblingsWithCalendar()
      const loner = await insertHousehold(db, NOW)
      expect(await listSchoolYearsOfChild(db, home.childId)).toEqual([])
      for (const childId of [home.childId, siblingId]) {
        await linkChildToCalendar(db, { childId, organizationId: home.organizationId, calendarId, now: NOW })
      }
      const byChild = await listSchoolYearsOfChildren(db, [home.childId, siblingId, loner.childId])
      expect(byChild.get(home.childId)?.map((y) => [y.calendarId, y.firstDay, y.closures.length])).toEqual([
        [calendarId, '2026-08-17', 1],
      ])
      expect(byChild.get(siblingId)).toEqual(byChild.get(home.childId))
      expect(byChild.get(loner.childId)).toEqual([])
      expect((await findCalendarOfChild(db, siblingId))?.name).toBe('Austin ISD')
      expect((await listChildrenOfCalendar(db, calendarId)).map((l) => l.childId).sort()).toEqual(
        [home.childId, siblingId].sort(),
      )
    })

    test('linking again replaces the calendar a child uses', async () => {
      const { db, home, calendarId } = await siblingsWithCalendar()
      const second = randomUUID()
      await insertSchoolCalendar(db, {
        id: second,
        organizationId: home.organizationId,
        name: 'Lincoln Elementary',
        now: NOW,
      })
      await linkChildToCalendar(db, {
        childId: home.childId,
        organizationId: home.organizationId,
        calendarId,
        now: NOW,
      })
      await linkChildToCalendar(db, {
        childId: home.childId,
        organizationId: home.organizationId,
        calendarId: second,
        now: LATER,
      })
      expect((await findCalendarOfChild(db, home.childId))?.id).toBe(second)
      expect(await listSchoolYearsOfChild(db, home.childId)).toEqual([])
    })

    test('a rename with a stale version is refused; a change to a year makes the version newer', async () => {
      const { db, calendarId } = await siblingsWithCalendar()
      expect(await updateSchoolCalendar(db, calendarId, 1, 'Austin ISD 2026–27', LATER)).toBe(true)
      expect(await updateSchoolCalendar(db, calendarId, 1, 'Someone else', LATER)).toBe(false)
      await touchSchoolCalendar(db, calendarId, LATER)
      expect(await findSchoolCalendar(db, calendarId)).toMatchObject({
        name: 'Austin ISD 2026–27',
        version: 3,
        updatedAt: LATER,
      })
      await deleteSchoolYearsOfCalendar(db, calendarId)
      expect(await listSchoolYearsOfCalendar(db, calendarId)).toEqual([])
    })
  })
}
