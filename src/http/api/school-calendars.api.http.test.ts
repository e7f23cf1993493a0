import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createChildFor, createUser, type TestUser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { Child } from '../../domain/children/child.ts'
import { createApiToken } from '../../services/accounts/api-tokens.ts'
import { addEvent } from '../../services/children/events.ts'

let t: TestApp
let parent: TestUser
let ana: Child
let leo: Child
let token: string
let strangerToken: string
let strangerChild: Child

beforeAll(async () => {
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z' })
  parent = await createUser(t.deps)
  ana = await createChildFor(t.deps, parent, { legalName: 'Ana Cruz', state: 'TX' })
  leo = await createChildFor(t.deps, parent, { legalName: 'Leo Cruz', state: 'TX' })
  for (const child of [ana, leo]) {
    await addEvent(t.deps, parent.actor, child.id, {
      type: 'consent-to-evaluate-signed',
      date: '2026-09-02',
      note: '',
    })
  }
  token = (await createApiToken(t.deps, parent.id, 'tests')).token ?? ''
  const stranger = await createUser(t.deps)
  strangerChild = await createChildFor(t.deps, stranger, { state: 'TX' })
  strangerToken = (await createApiToken(t.deps, stranger.id, 'tests')).token ?? ''
})
afterAll(async () => {
  await t.close()
})

function call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, bearer = token) {
  return t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${bearer}` },
    ...(body !== undefined ? { payload: body as object } : {}),
  })
}

const YEAR = { firstDay: '2026-08-17', lastDay: '2027-05-28', closedDays: [] }

async function dueOfEvaluation(child: Child): Promise<string | undefined> {
  const body = (await call('GET', `/api/v1/children/${child.id}/deadlines`)).json()
  return body.deadlines.find((d: { trigger: string; due: string | null }) => d.due?.startsWith('2026-11'))
    ?.due
}

describe('school calendars through the API', () => {
  test('make, link two siblings, change with the version: both children’s deadlines move', async () => {
    const made = await call('POST', '/api/v1/school-calendars', { name: 'Austin ISD' })
    expect(made.statusCode).toBe(201)
    const calendar = made.json()
    expect(calendar).toMatchObject({
      name: 'Austin ISD',
      organizationId: parent.householdId,
      version: 1,
      years: [],
    })
    for (const child of [ana, leo]) {
      const linked = await call('PUT', `/api/v1/children/${child.id}/school-calendar`, {
        calendarId: calendar.id,
      })
      expect(linked.statusCode).toBe(200)
      expect(linked.json()).toMatchObject({
        childId: child.id,
        calendar: { id: calendar.id },
        editable: true,
      })
    }
    const saved = await call('PUT', `/api/v1/school-calendars/${calendar.id}`, {
      version: 1,
      name: 'Austin ISD',
      years: [YEAR],
    })
    expect(saved.statusCode).toBe(200)
    expect(saved.json()).toMatchObject({ version: 2, years: [{ firstDay: '2026-08-17', closedDays: [] }] })
    expect(await dueOfEvaluation(ana)).toBe('2026-11-04')

    const closed = await call('PUT', `/api/v1/school-calendars/${calendar.id}`, {
      version: 2,
      name: 'Austin ISD',
      years: [{ ...YEAR, closedDays: [{ from: '2026-09-07', kind: 'holiday', name: 'Labor Day' }] }],
    })
    expect(closed.statusCode).toBe(200)
    expect(closed.json().years[0].closedDays).toEqual([
      { from: '2026-09-07', to: '2026-09-07', kind: 'holiday', name: 'Labor Day' },
    ])
    expect(await dueOfEvaluation(ana)).toBe('2026-11-05')
    expect(await dueOfEvaluation(leo)).toBe('2026-11-05')

    const list = (await call('GET', '/api/v1/school-calendars')).json()
    expect(list.calendars.map((c: { name: string }) => c.name)).toEqual(['Austin ISD'])
    expect((await call('GET', `/api/v1/school-calendars/${calendar.id}`)).json().version).toBe(3)
  })

  test('a change from a stale version is refused with 409 and changes nothing', async () => {
    const calendar = (await call('POST', '/api/v1/school-calendars', { name: 'Lincoln Elementary' })).json()
    expect(
      (
        await call('PUT', `/api/v1/school-calendars/${calendar.id}`, {
          version: 1,
          name: 'Lincoln',
          years: [],
        })
      ).statusCode,
    ).toBe(200)
    const stale = await call('PUT', `/api/v1/school-calendars/${calendar.id}`, {
      version: 1,
      name: 'Other',
      years: [YEAR],
    })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().code).toBe('VERSION_CONFLICT')
    expect((await call('GET', `/api/v1/school-calendars/${calendar.id}`)).json()).toMatchObject({
      name: 'Lincoln',
      years: [],
    })
  })

  test('bad input names each field: the name, and a year’s dates', async () => {
    const noName = await call('POST', '/api/v1/school-calendars', { name: ' ' })
    expect(noName.statusCode).toBe(400)
    expect(noName.json().problems).toEqual([expect.objectContaining({ field: 'name' })])
    const calendar = (await call('POST', '/api/v1/school-calendars', { name: 'Dates' })).json()
    const backwards = await call('PUT', `/api/v1/school-calendars/${calendar.id}`, {
      version: 1,
      name: 'Dates',
      years: [YEAR, { firstDay: '2027-05-01', lastDay: '2027-04-01', closedDays: [] }],
    })
    expect(backwards.statusCode).toBe(400)
    expect(backwards.json().problems.map((p: { field: string }) => p.field)).toEqual(['years[1].lastDay'])
    const elsewhere = await call('POST', '/api/v1/school-calendars', {
      name: 'Mine',
      organizationId: 'not-mine',
    })
    expect(elsewhere.statusCode).toBe(400)
    expect(elsewhere.json().problems).toEqual([expect.objectContaining({ field: 'organizationId' })])
  })

  test('another household gets 404 for the calendar, and cannot link its child to it', async () => {
    const calendar = (await call('POST', '/api/v1/school-calendars', { name: 'Private' })).json()
    expect(
      (await call('GET', `/api/v1/school-calendars/${calendar.id}`, undefined, strangerToken)).statusCode,
    ).toBe(404)
    expect(
      (
        await call(
          'PUT',
          `/api/v1/school-calendars/${calendar.id}`,
          { version: 1, name: 'x', years: [] },
          strangerToken,
        )
      ).statusCode,
    ).toBe(404)
    expect(
      (
        await call(
          'PUT',
          `/api/v1/children/${strangerChild.id}/school-calendar`,
          { calendarId: calendar.id },
          strangerToken,
        )
      ).statusCode,
    ).toBe(404)
    expect(
      (await call('GET', `/api/v1/children/${ana.id}/school-calendar`, undefined, strangerToken)).statusCode,
    ).toBe(404)
    const theirs = (await call('GET', '/api/v1/school-calendars', undefined, strangerToken)).json()
    expect(theirs.calendars).toEqual([])
  })

  test('an advocate sees the child’s calendar while the share lasts, not a sibling’s; once it ends, 404 as for no child', async () => {
    const advocate = await createUser(t.deps)
    const advocateToken = (await createApiToken(t.deps, advocate.id, 'tests')).token ?? ''
    const asAdvocate = (method: 'GET' | 'PUT', url: string, body?: unknown) =>
      call(method, url, body, advocateToken)
    const anaCalendar = (await call('POST', '/api/v1/school-calendars', { name: 'Ana school' })).json()
    const leoCalendar = (await call('POST', '/api/v1/school-calendars', { name: 'Leo Cruz only' })).json()
    expect(
      (await call('PUT', `/api/v1/children/${ana.id}/school-calendar`, { calendarId: anaCalendar.id }))
        .statusCode,
    ).toBe(200)
    expect(
      (await call('PUT', `/api/v1/children/${leo.id}/school-calendar`, { calendarId: leoCalendar.id }))
        .statusCode,
    ).toBe(200)
    const shareId = t.deps.newId()
    await t.deps.db
      .insertInto('child_shares')
      .values({
        id: shareId,
        organization_id: parent.householdId,
        child_id: ana.id,
        grantee_user_id: advocate.id,
        grantee_organization_id: null,
        scope: 'full',
        expires_on: null,
        created_by: parent.id,
        created_at: '2026-11-29T15:00:00.000Z',
        revoked_at: null,
      })
      .execute()
    const seen = await asAdvocate('GET', `/api/v1/children/${ana.id}/school-calendar`)
    expect(seen.statusCode).toBe(200)
    expect(seen.json().calendar.name).toBe('Ana school')
    const sibling = await asAdvocate('PUT', `/api/v1/children/${ana.id}/school-calendar`, {
      calendarId: leoCalendar.id,
    })
    expect(sibling.statusCode).toBe(404)
    expect(sibling.body).not.toContain('Leo Cruz only')

    await t.deps.db
      .updateTable('child_shares')
      .set({ revoked_at: '2026-11-29T15:00:00.000Z' })
      .where('id', '=', shareId)
      .execute()
    const ended = await asAdvocate('GET', `/api/v1/children/${ana.id}/school-calendar`)
    const missing = await asAdvocate('GET', `/api/v1/children/${t.deps.newId()}/school-calendar`)
    expect(ended.statusCode).toBe(404)
    // The same answer as for a child that does not exist (only the request's own id differs).
    expect({ ...ended.json(), instance: '' }).toEqual({ ...missing.json(), instance: '' })
    expect(ended.body).not.toContain('Ana school')
    expect((await asAdvocate('GET', `/api/v1/school-calendars/${anaCalendar.id}`)).statusCode).toBe(404)
    expect(
      (await asAdvocate('PUT', `/api/v1/children/${ana.id}/school-calendar`, { calendarId: anaCalendar.id }))
        .statusCode,
    ).toBe(404)
  })

  test('a calendar a child uses cannot be removed; once no child uses it, it goes with its years', async () => {
    const calendar = (await call('POST', '/api/v1/school-calendars', { name: 'Old district' })).json()
    await call('PUT', `/api/v1/school-calendars/${calendar.id}`, {
      version: 1,
      name: 'Old district',
      years: [YEAR],
    })
    await call('PUT', `/api/v1/children/${ana.id}/school-calendar`, { calendarId: calendar.id })
    const inUse = await call('DELETE', `/api/v1/school-calendars/${calendar.id}`)
    expect(inUse.statusCode).toBe(409)
    expect(inUse.json().code).toBe('INVALID_STATE')
    const other = (await call('POST', '/api/v1/school-calendars', { name: 'New district' })).json()
    await call('PUT', `/api/v1/children/${ana.id}/school-calendar`, { calendarId: other.id })
    expect(
      (await call('DELETE', `/api/v1/school-calendars/${calendar.id}`, undefined, strangerToken)).statusCode,
    ).toBe(404)
    expect((await call('DELETE', `/api/v1/school-calendars/${calendar.id}`)).statusCode).toBe(204)
    expect((await call('GET', `/api/v1/school-calendars/${calendar.id}`)).statusCode).toBe(404)
    expect(
      await t.deps.db
        .selectFrom('school_years')
        .where('calendar_id', '=', calendar.id)
        .select('id')
        .execute(),
    ).toEqual([])
  })

  test('the OpenAPI document describes the calendar schemas', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json()
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/school-calendars',
        '/api/v1/school-calendars/{calendarId}',
        '/api/v1/children/{childId}/school-calendar',
      ]),
    )
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['SchoolCalendar', 'SchoolCalendarUpdate', 'SchoolYear', 'ClosedDays']),
    )
  })
})
