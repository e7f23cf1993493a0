import { randomUUID } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { insertHousehold } from '../../test/support/store-household.ts'
import { testDialects, useTestDatabase } from '../../test/support/test-database.ts'
import { type Instant, localDate } from '../domain/dates/local-date.ts'
import type { MeetingDetails } from '../domain/meetings/meeting.ts'
import type { Db } from './database.ts'
import { findDispute, insertDispute, listDisputesOfChild, updateDispute } from './disputes-store.ts'
import {
  deleteMeetingRow,
  findMeeting,
  insertMeeting,
  listMeetingsOfChild,
  updateMeeting,
} from './meetings-store.ts'

const NOW = '2026-11-29T15:00:00.000Z' as Instant
const LATER = '2026-11-29T16:00:00.000Z' as Instant

const details: MeetingDetails = {
  kind: 'annual-review',
  date: localDate('2026-12-10'),
  startTime: '15:30',
  durationMinutes: 90,
  timeZone: 'America/Chicago',
  place: 'Room 12 — “the blue room”',
  link: null,
  invitedOn: localDate('2026-12-01'),
  participants: [
    { name: 'Ms. Blue', role: 'special-education-teacher', excused: false },
    { name: 'Mr. Green', role: 'general-education-teacher', excused: true },
  ],
}

for (const dialect of testDialects()) {
  describe(`meetings and disputes stores on ${dialect}`, () => {
    const database = useTestDatabase(dialect)

    async function household(db: Db) {
      return insertHousehold(db, NOW)
    }

    test('a meeting reads back unchanged, dates as YYYY-MM-DD, and lists soonest first', async () => {
      const { db } = database()
      const { userId, organizationId, childId } = await household(db)
      const later = randomUUID()
      const sooner = randomUUID()
      await insertMeeting(db, { id: later, childId, organizationId, details, createdBy: userId, now: NOW })
      await insertMeeting(db, {
        id: sooner,
        childId,
        organizationId,
        details: {
          ...details,
          date: localDate('2026-12-09'),
          invitedOn: null,
          link: 'https://meet.example.org/x',
        },
        createdBy: userId,
        now: NOW,
      })
      const found = await findMeeting(db, later)
      expect(found).toMatchObject({
        ...details,
        id: later,
        childId,
        version: 1,
        outcome: null,
        createdAt: NOW,
      })
      expect(found?.prep).toEqual({ concerns: '', strengths: '', questions: [], requests: [] })
      expect((await listMeetingsOfChild(db, childId)).map((m) => m.id)).toEqual([sooner, later])
    })

    test('each part saves only over the version it was read at; the outcome keeps its held date', async () => {
      const { db } = database()
      const { userId, organizationId, childId } = await household(db)
      const id = randomUUID()
      await insertMeeting(db, { id, childId, organizationId, details, createdBy: userId, now: NOW })
      const prep = { concerns: 'Reading', strengths: 'Maps', questions: ['How?'], requests: ['More time'] }
      expect(await updateMeeting(db, id, 1, { part: 'prep', prep }, LATER)).toBe(true)
      expect(await updateMeeting(db, id, 1, { part: 'prep', prep }, LATER)).toBe(false)
      const outcome = {
        heldOn: localDate('2026-12-10'),
        notes: 'n',
        decisions: 'd',
        followUps: [
          { task: 'Send schedule', owner: 'Ms. Blue', dueOn: localDate('2026-12-20'), done: false },
        ],
      }
      expect(await updateMeeting(db, id, 2, { part: 'outcome', outcome }, LATER)).toBe(true)
      const found = await findMeeting(db, id)
      expect(found).toMatchObject({ prep, outcome, version: 3, updatedAt: LATER })
      await deleteMeetingRow(db, id)
      expect(await findMeeting(db, id)).toBeUndefined()
    })

    test('a dispute reads back with its stages and terms, and refuses a stale save', async () => {
      const { db } = database()
      const { userId, organizationId, childId } = await household(db)
      const id = randomUUID()
      await insertDispute(db, {
        id,
        childId,
        organizationId,
        road: 'due-process',
        title: 'Speech therapy',
        violationOn: localDate('2026-01-12'),
        knewOn: null,
        stages: [],
        createdBy: userId,
        now: NOW,
      })
      const stages = [{ stage: 'received', date: localDate('2028-02-29'), eventIds: ['e1', 'e2'] }]
      expect(await updateDispute(db, id, 1, { part: 'stages', stages }, LATER)).toBe(true)
      expect(await updateDispute(db, id, 1, { part: 'stages', stages: [] }, LATER)).toBe(false)
      expect(
        await updateDispute(
          db,
          id,
          2,
          { part: 'outcome', status: 'resolved', outcome: 'Agreed', agreementTerms: ['20 hours'] },
          LATER,
        ),
      ).toBe(true)
      expect(await findDispute(db, id)).toMatchObject({
        road: 'due-process',
        status: 'resolved',
        violationOn: '2026-01-12',
        knewOn: null,
        stages,
        outcome: 'Agreed',
        agreementTerms: ['20 hours'],
        version: 3,
      })
      expect((await listDisputesOfChild(db, childId)).map((d) => d.id)).toEqual([id])
    })
  })
}
