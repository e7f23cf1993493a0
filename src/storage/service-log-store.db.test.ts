import { describe, expect, test } from 'vitest'
import { insertHousehold } from '../../test/support/store-household.ts'
import { testDialects, useTestDatabase } from '../../test/support/test-database.ts'
import { localDate } from '../domain/dates/local-date.ts'
import type { SessionDetails } from '../domain/services-delivered/session-entry.ts'
import {
  deleteIncidentRow,
  deleteSessionRow,
  findIncident,
  findSession,
  insertIncident,
  insertSessions,
  listIncidentsOfChild,
  listSessionsOfChild,
  updateSessionDetails,
} from './service-log-store.ts'

const NOW = '2026-10-16T15:00:00.000Z'
let counter = 0
const id = (prefix: string) => `${prefix}-${++counter}`

function details(overrides: Partial<SessionDetails> = {}): SessionDetails {
  return {
    serviceId: 'svc-speech',
    date: localDate('2026-10-05'),
    minutes: 30,
    status: 'delivered',
    provider: 'Ms. Lee',
    note: 'Trabajó la “r” 🌟',
    source: 'family',
    ...overrides,
  }
}

for (const dialect of testDialects()) {
  describe(`service log store on ${dialect}`, () => {
    const database = useTestDatabase(dialect)

    async function household() {
      const db = database().db
      return { db, ...(await insertHousehold(db, NOW, { state: 'TX' })) }
    }

    test('sessions read back unchanged, newest first, narrowed to a period', async () => {
      const { db, userId, organizationId, childId } = await household()
      const rows = [
        details(),
        details({
          date: localDate('2026-10-07'),
          status: 'missed-provider-absent',
          provider: null,
          note: null,
        }),
        details({ date: localDate('2026-09-30'), status: 'missed-reason-unknown', source: 'child-report' }),
      ].map((d) => ({
        id: id('session'),
        childId,
        organizationId,
        details: d,
        unconfirmed: d.source === 'child-report',
        enteredBy: userId,
        enteredViaLink: null,
        now: NOW,
      }))
      await insertSessions(db, rows)
      const all = await listSessionsOfChild(db, childId)
      expect(all.map((s) => s.date)).toEqual(['2026-10-07', '2026-10-05', '2026-09-30'])
      const first = await findSession(db, rows[0]?.id ?? '')
      expect(first).toMatchObject({ ...details(), unconfirmed: false, enteredBy: userId, version: 1 })
      expect(all[2]?.unconfirmed).toBe(true)
      const october = await listSessionsOfChild(db, childId, {
        from: localDate('2026-10-01'),
        to: localDate('2026-10-06'),
      })
      expect(october.map((s) => s.date)).toEqual(['2026-10-05'])
    })

    test('a session changes once per version and is deleted only at its version', async () => {
      const { db, organizationId, childId } = await household()
      const sessionId = id('session')
      await insertSessions(db, [
        {
          id: sessionId,
          childId,
          organizationId,
          details: details(),
          unconfirmed: false,
          enteredBy: null,
          enteredViaLink: 'link-1',
          now: NOW,
        },
      ])
      expect(await updateSessionDetails(db, sessionId, 1, details({ minutes: 25 }), false, NOW)).toBe(true)
      expect(await updateSessionDetails(db, sessionId, 1, details({ minutes: 20 }), false, NOW)).toBe(false)
      const saved = await findSession(db, sessionId)
      expect(saved).toMatchObject({ minutes: 25, version: 2, enteredViaLink: 'link-1' })
      expect(await deleteSessionRow(db, sessionId, 1)).toBe(false)
      expect(await deleteSessionRow(db, sessionId, 2)).toBe(true)
      expect(await findSession(db, sessionId)).toBeUndefined()
    })

    test('a thousand sessions go in at once (chunked under the parameter limits)', async () => {
      const { db, organizationId, childId } = await household()
      const rows = Array.from({ length: 1000 }, (_, i) => ({
        id: id('bulk'),
        childId,
        organizationId,
        details: details({ minutes: 1 + (i % 60) }),
        unconfirmed: false,
        enteredBy: null,
        enteredViaLink: null,
        now: NOW,
      }))
      await db.transaction().execute((tx) => insertSessions(tx, rows))
      expect(await listSessionsOfChild(db, childId)).toHaveLength(1000)
    })

    test('accommodations not provided read back, newest first, and are deleted at their version', async () => {
      const { db, userId, organizationId, childId } = await household()
      const first = id('incident')
      const second = id('incident')
      for (const [incidentId, date] of [
        [first, '2026-10-05'],
        [second, '2026-10-08'],
      ] as const)
        await insertIncident(db, {
          id: incidentId,
          childId,
          organizationId,
          accommodationId: 'acc-time',
          date: localDate(date),
          whatHappened: 'Sin tiempo extra',
          reportedBy: null,
          enteredBy: userId,
          now: NOW,
        })
      expect((await listIncidentsOfChild(db, childId)).map((i) => i.id)).toEqual([second, first])
      expect(await findIncident(db, first)).toMatchObject({
        accommodationId: 'acc-time',
        date: '2026-10-05',
        version: 1,
      })
      expect(await deleteIncidentRow(db, first, 2)).toBe(false)
      expect(await deleteIncidentRow(db, first, 1)).toBe(true)
      expect(await listIncidentsOfChild(db, childId)).toHaveLength(1)
    })
  })
}
