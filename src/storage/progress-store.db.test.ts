import { describe, expect, test } from 'vitest'
import { insertHousehold } from '../../test/support/store-household.ts'
import { testDialects, useTestDatabase } from '../../test/support/test-database.ts'
import { localDate } from '../domain/dates/local-date.ts'
import {
  deleteProgressNoteRow,
  deleteProgressPoint,
  findProgressPoint,
  insertProgressNote,
  insertProgressPoints,
  listProgressNotesOfChild,
  listProgressNotesOfGoal,
  listProgressPointsOfChild,
  listProgressPointsOfGoal,
  updateProgressPoint,
} from './progress-store.ts'

const NOW = '2026-11-29T15:00:00.000Z'
let counter = 0
const id = (prefix: string) => `${prefix}-${++counter}`

for (const dialect of testDialects()) {
  describe(`progress store on ${dialect}`, () => {
    const database = useTestDatabase(dialect)

    async function household() {
      const db = database().db
      return { db, ...(await insertHousehold(db, NOW, { state: 'TX' })) }
    }

    test('points read back unchanged (fractions, dates, who entered them), per goal and oldest first', async () => {
      const { db, userId, organizationId, childId } = await household()
      const base = { organizationId, childId, enteredBy: { userId, linkId: null, name: 'Rosa' } }
      const [a, b, c] = [id('p'), id('p'), id('p')]
      await insertProgressPoints(
        db,
        [
          {
            ...base,
            id: a,
            goalId: 'goal-1',
            details: {
              measuredOn: localDate('2026-10-08'),
              value: 61.5,
              unit: 'wcpm',
              source: 'teacher',
              note: 'ñ “probe”',
            },
          },
          {
            ...base,
            id: b,
            goalId: 'goal-1',
            details: {
              measuredOn: localDate('2026-09-30'),
              value: -2,
              unit: null,
              source: 'parent',
              note: null,
            },
          },
          {
            id: c,
            organizationId,
            childId,
            goalId: 'goal-2',
            enteredBy: { userId: null, linkId: 'link-1', name: 'Ms. Lee' },
            details: {
              measuredOn: localDate('2026-10-01'),
              value: 3,
              unit: null,
              source: 'therapist',
              note: null,
            },
          },
        ],
        NOW,
      )
      expect(await findProgressPoint(db, a)).toEqual({
        id: a,
        childId,
        organizationId,
        goalId: 'goal-1',
        measuredOn: '2026-10-08',
        value: 61.5,
        unit: 'wcpm',
        source: 'teacher',
        note: 'ñ “probe”',
        enteredBy: { userId, linkId: null, name: 'Rosa' },
        version: 1,
        createdAt: NOW,
        updatedAt: NOW,
      })
      expect((await listProgressPointsOfGoal(db, childId, 'goal-1')).map((p) => p.id)).toEqual([b, a])
      expect((await listProgressPointsOfChild(db, childId)).map((p) => p.id)).toEqual([b, c, a])
      expect((await findProgressPoint(db, c))?.enteredBy).toEqual({
        userId: null,
        linkId: 'link-1',
        name: 'Ms. Lee',
      })
    })

    test('a point changes once per version and a stale delete is refused', async () => {
      const { db, organizationId, childId } = await household()
      const pointId = id('p')
      const details = {
        measuredOn: localDate('2026-10-08'),
        value: 40,
        unit: null,
        source: 'teacher' as const,
        note: null,
      }
      await insertProgressPoints(
        db,
        [
          {
            id: pointId,
            organizationId,
            childId,
            goalId: 'g',
            details,
            enteredBy: { userId: null, linkId: null, name: null },
          },
        ],
        NOW,
      )
      expect(await updateProgressPoint(db, pointId, 1, { ...details, value: 44 }, NOW)).toBe(true)
      expect(await updateProgressPoint(db, pointId, 1, { ...details, value: 99 }, NOW)).toBe(false)
      expect(await findProgressPoint(db, pointId)).toMatchObject({ value: 44, version: 2 })
      expect(await deleteProgressPoint(db, pointId, 1)).toBe(false)
      expect(await deleteProgressPoint(db, pointId, 2)).toBe(true)
      expect(await findProgressPoint(db, pointId)).toBeUndefined()
    })

    test('many points insert in one call (more than one statement on SQLite)', async () => {
      const { db, organizationId, childId } = await household()
      const rows = Array.from({ length: 150 }, (_, i) => ({
        id: id('bulk'),
        organizationId,
        childId,
        goalId: 'bulk-goal',
        details: {
          measuredOn: localDate(`2026-0${1 + (i % 9)}-1${i % 10}`),
          value: i,
          unit: null,
          source: 'teacher' as const,
          note: null,
        },
        enteredBy: { userId: null, linkId: null, name: null },
      }))
      await insertProgressPoints(db, rows, NOW)
      expect(await listProgressPointsOfGoal(db, childId, 'bulk-goal')).toHaveLength(150)
    })

    test('notes read back per goal and child, and are deleted', async () => {
      const { db, userId, organizationId, childId } = await household()
      const reportId = id('n')
      const changeId = id('n')
      await insertProgressNote(db, {
        id: reportId,
        organizationId,
        childId,
        goalId: 'g1',
        kind: 'progress-report',
        notedOn: localDate('2026-11-01'),
        text: 'Making progress',
        createdBy: userId,
        now: NOW,
      })
      await insertProgressNote(db, {
        id: changeId,
        organizationId,
        childId,
        goalId: 'g2',
        kind: 'phase-change',
        notedOn: localDate('2026-10-01'),
        text: null,
        createdBy: null,
        now: NOW,
      })
      expect(await listProgressNotesOfGoal(db, childId, 'g1')).toEqual([
        expect.objectContaining({
          id: reportId,
          kind: 'progress-report',
          notedOn: '2026-11-01',
          text: 'Making progress',
        }),
      ])
      expect((await listProgressNotesOfChild(db, childId)).map((n) => n.id)).toEqual([changeId, reportId])
      await deleteProgressNoteRow(db, reportId)
      expect(await listProgressNotesOfGoal(db, childId, 'g1')).toEqual([])
    })
  })
}
