import { randomUUID } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import {
  createTestDatabase,
  testDialects,
  useTestDatabase,
  whileSchemas,
} from '../../test/support/test-database.ts'
import { localDate } from '../domain/dates/local-date.ts'
import {
  findUserById,
  findUserCredentials,
  insertMembership,
  insertOrganization,
  insertUser,
  listMemberships,
  updateUser,
} from './accounts-store.ts'
import {
  findActiveApiTokenByHash,
  insertApiToken,
  listApiTokens,
  revokeApiToken,
} from './api-tokens-store.ts'
import {
  findChild,
  insertChild,
  listChildrenOfOrganizations,
  setChildArchived,
  updateChildDetails,
} from './children-store.ts'
import {
  findEmailToken,
  insertEmailToken,
  markEmailTokenUsed,
  retireEmailTokens,
} from './email-tokens-store.ts'
import { deleteEvent, findEvent, insertEvent, listEventsOfChild, updateEvent } from './events-store.ts'
import { findMail, insertMail, listMail } from './mail-store.ts'
import { migrateAllTheWayDown, migrateToLatest } from './migrate.ts'
import { schemaColumns } from './record-rows-store.ts'
import {
  deleteExpiredSessions,
  deleteSessionsOfUser,
  findSession,
  insertSession,
  touchSession,
} from './sessions-store.ts'

const NOW = '2026-11-29T15:00:00.000Z'

const details = {
  legalName: 'Ana Rivera',
  preferredName: 'Ana',
  dateOfBirth: localDate('2016-02-29'),
  grade: '4' as const,
  school: 'Oak Elementary',
  district: null,
  state: 'TX' as const,
  homeLanguage: 'Spanish',
  notes: 'Notes with “quotes”, ñ and emoji 🌟',
}

for (const dialect of testDialects()) {
  describe(`stores on ${dialect}`, () => {
    const database = useTestDatabase(dialect)

    async function household() {
      const db = database().db
      const userId = randomUUID()
      const orgId = randomUUID()
      await insertUser(db, {
        id: userId,
        email: `${userId}@example.org`,
        name: 'Rosa',
        passwordHash: 'hash',
        locale: 'es',
        now: NOW,
      })
      await insertOrganization(db, { id: orgId, kind: 'family', name: 'Household', now: NOW })
      await insertMembership(db, { organizationId: orgId, userId, role: 'owner', now: NOW })
      return { userId, orgId }
    }

    test('a user, their household and membership read back unchanged', async () => {
      const db = database().db
      const { userId, orgId } = await household()
      const user = await findUserById(db, userId)
      expect(user).toEqual({
        id: userId,
        email: `${userId}@example.org`,
        name: 'Rosa',
        emailVerifiedAt: null,
        locale: 'es',
        createdAt: NOW,
      })
      await updateUser(db, userId, { emailVerifiedAt: NOW, name: 'Rosa D.', now: NOW })
      expect((await findUserCredentials(db, `${userId}@example.org`))?.user.name).toBe('Rosa D.')
      expect(await listMemberships(db, userId)).toEqual([
        { organizationId: orgId, organizationKind: 'family', role: 'owner' },
      ])
    })

    test('e-mail addresses are unique', async () => {
      const db = database().db
      const { userId } = await household()
      await expect(
        insertUser(db, {
          id: randomUUID(),
          email: `${userId}@example.org`,
          name: 'X',
          passwordHash: 'h',
          locale: null,
          now: NOW,
        }),
      ).rejects.toThrow()
    })

    test('a child reads back with the date of birth as the same YYYY-MM-DD (no time-zone shift)', async () => {
      const db = database().db
      const { orgId } = await household()
      const id = randomUUID()
      await insertChild(db, { id, organizationId: orgId, details, now: NOW })
      const child = await findChild(db, id)
      expect(child).toMatchObject({
        ...details,
        id,
        organizationId: orgId,
        version: 1,
        archivedAt: null,
        createdAt: NOW,
      })
      expect(typeof child?.dateOfBirth).toBe('string')
      expect(await listChildrenOfOrganizations(db, [orgId], { archived: false })).toHaveLength(1)
      expect(await listChildrenOfOrganizations(db, [], { archived: false })).toEqual([])
    })

    test('an update with a stale version changes nothing', async () => {
      const db = database().db
      const { orgId } = await household()
      const id = randomUUID()
      await insertChild(db, { id, organizationId: orgId, details, now: NOW })
      expect(await updateChildDetails(db, id, 1, { ...details, school: 'New' }, NOW)).toBe(true)
      expect(await updateChildDetails(db, id, 1, { ...details, school: 'Stale' }, NOW)).toBe(false)
      expect((await findChild(db, id))?.school).toBe('New')
      await setChildArchived(db, id, NOW, NOW)
      const archived = await findChild(db, id)
      expect(archived?.archivedAt).toBe(NOW)
      expect(archived?.version).toBe(3)
      expect(await listChildrenOfOrganizations(db, [orgId], { archived: true })).toHaveLength(1)
    })

    test('events round-trip with their details, newest first, and go with their child', async () => {
      const db = database().db
      const { orgId, userId } = await household()
      const childId = randomUUID()
      await insertChild(db, { id: childId, organizationId: orgId, details, now: NOW })
      const a = randomUUID()
      const b = randomUUID()
      await insertEvent(db, {
        id: a,
        childId,
        organizationId: orgId,
        details: { type: 'disciplinary-removal-day-recorded', date: localDate('2026-10-01'), note: null },
        extra: { schoolDays: 3 },
        createdBy: userId,
        now: NOW,
      })
      await insertEvent(db, {
        id: b,
        childId,
        organizationId: orgId,
        details: { type: 'iep-meeting-held', date: localDate('2026-12-31'), note: 'Annual' },
        createdBy: userId,
        now: NOW,
      })
      expect((await listEventsOfChild(db, childId)).map((e) => e.id)).toEqual([b, a])
      expect((await findEvent(db, a))?.details).toEqual({ schoolDays: 3 })
      await updateEvent(db, b, { type: 'iep-meeting-held', date: localDate('2027-01-01'), note: null }, NOW)
      expect((await findEvent(db, b))?.date).toBe('2027-01-01')
      await deleteEvent(db, a)
      expect(await findEvent(db, a)).toBeUndefined()
      await db.deleteFrom('children').where('id', '=', childId).execute()
      expect(await listEventsOfChild(db, childId)).toEqual([])
    })

    test('sessions are found by hash, touched, and removed per user or when expired', async () => {
      const db = database().db
      const { userId } = await household()
      const session = {
        idHash: randomUUID(),
        userId,
        createdAt: NOW,
        lastSeenAt: NOW,
        expiresAt: '2026-11-30T15:00:00.000Z',
      }
      await insertSession(db, session)
      await insertSession(db, { ...session, idHash: randomUUID() })
      expect(await findSession(db, session.idHash)).toEqual(session)
      await touchSession(db, session.idHash, '2026-11-29T16:00:00.000Z')
      expect((await findSession(db, session.idHash))?.lastSeenAt).toBe('2026-11-29T16:00:00.000Z')
      await deleteSessionsOfUser(db, userId, session.idHash)
      expect(
        await db.selectFrom('sessions').select('id_hash').where('user_id', '=', userId).execute(),
      ).toHaveLength(1)
      expect(await deleteExpiredSessions(db, '2026-12-01T00:00:00.000Z')).toBeGreaterThanOrEqual(1)
      expect(await findSession(db, session.idHash)).toBeUndefined()
    })

    test('an e-mail token can be used only once', async () => {
      const db = database().db
      const { userId } = await household()
      const token = {
        id: randomUUID(),
        userId,
        purpose: 'reset-password' as const,
        tokenHash: randomUUID(),
        expiresAt: NOW,
        createdAt: NOW,
      }
      await insertEmailToken(db, token)
      expect(await markEmailTokenUsed(db, token.id, NOW)).toBe(true)
      expect(await markEmailTokenUsed(db, token.id, NOW)).toBe(false)
      const other = { ...token, id: randomUUID(), tokenHash: randomUUID() }
      await insertEmailToken(db, other)
      await retireEmailTokens(db, userId, 'reset-password', NOW)
      expect((await findEmailToken(db, other.tokenHash))?.usedAt).toBe(NOW)
    })

    test('API tokens are found only while active, and only their owner can revoke them', async () => {
      const db = database().db
      const { userId } = await household()
      const { userId: otherId } = await household()
      const id = randomUUID()
      const hash = randomUUID()
      await insertApiToken(db, {
        id,
        userId,
        name: 'script',
        tokenHash: hash,
        tokenPrefix: 'pwy_abc',
        createdAt: NOW,
      })
      expect((await findActiveApiTokenByHash(db, hash))?.name).toBe('script')
      expect(await revokeApiToken(db, otherId, id, NOW)).toBe(false)
      expect(await revokeApiToken(db, userId, id, NOW)).toBe(true)
      expect(await findActiveApiTokenByHash(db, hash)).toBeUndefined()
      expect((await listApiTokens(db, userId))[0]?.revokedAt).toBe(NOW)
    })

    test('the development mailbox keeps messages with their attachment names', async () => {
      const db = database().db
      const id = randomUUID()
      await insertMail(db, {
        id,
        to: 'a@example.org',
        subject: 'Hi',
        text: 'Body',
        html: null,
        attachments: [{ filename: 'x.ics', contentType: 'text/calendar' }],
        createdAt: NOW,
      })
      expect(await findMail(db, id)).toMatchObject({
        subject: 'Hi',
        attachments: [{ filename: 'x.ics', contentType: 'text/calendar' }],
      })
      expect((await listMail(db, 10)).map((m) => m.id)).toContain(id)
    })
  })

  describe(`migrations on ${dialect}`, () => {
    test('run up, all the way down, and up again', async () => {
      const database = await createTestDatabase(dialect, { migrate: false })
      try {
        const first = await whileSchemas('read', dialect, () => migrateToLatest(database.db))
        expect(first.applied.length).toBeGreaterThan(0)
        await whileSchemas('drop', dialect, () => migrateAllTheWayDown(database.db))
        // Only this test's own schema (other test files' schemas may share the PostgreSQL database).
        const tables = [...(await schemaColumns(database.db)).keys()]
        expect(tables.filter((n) => !n.startsWith('kysely_'))).toEqual([])
        const second = await whileSchemas('read', dialect, () => migrateToLatest(database.db))
        expect(second.applied).toEqual(first.applied)
      } finally {
        await database.dispose()
      }
    })
  })
}
