import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createChildFor, createUser, type TestUser } from '../../../test/support/factories.ts'
import { buildIep, buildService } from '../../../test/support/plan-factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { Child } from '../../domain/children/child.ts'
import { localDate } from '../../domain/dates/local-date.ts'
import { createApiToken } from '../../services/accounts/api-tokens.ts'
import { createPlan } from '../../services/plans/save-plan.ts'

let t: TestApp
let parent: TestUser
let child: Child
let token: string
let strangerToken: string

beforeAll(async () => {
  t = await buildTestApp({ now: '2026-10-16T20:00:00.000Z' })
  parent = await createUser(t.deps)
  child = await createChildFor(t.deps, parent, { dateOfBirth: '2016-05-10' })
  token = (await createApiToken(t.deps, parent.id, 'tests')).token ?? ''
  const stranger = await createUser(t.deps)
  strangerToken = (await createApiToken(t.deps, stranger.id, 'tests')).token ?? ''
  const plan = buildIep({
    services: [
      buildService({
        id: 'svc-speech',
        name: 'Speech therapy',
        minutes: 30,
        frequency: { times: 2, per: 'week' },
        start: localDate('2026-09-14'),
        end: localDate('2027-06-15'),
      }),
    ],
  })
  await createPlan(t.deps, parent.actor, child.id, JSON.parse(JSON.stringify(plan)))
})
afterAll(async () => {
  await t.close()
})

function call(method: 'GET' | 'POST', url: string, body?: unknown, bearer = token) {
  return t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${bearer}` },
    ...(body !== undefined ? { payload: body as object } : {}),
  })
}

const base = () => `/api/v1/children/${child.id}/services`

describe('services through the API', () => {
  test('logs sessions, lists them, and counts the minutes owed', async () => {
    for (const [date, status] of [
      ['2026-09-15', 'delivered'],
      ['2026-09-17', 'delivered'],
      ['2026-09-22', 'delivered'],
      ['2026-09-24', 'cancelled-by-school'],
    ] as const) {
      const created = await call('POST', `${base()}/sessions`, {
        serviceId: 'svc-speech',
        date,
        minutes: 30,
        status,
      })
      expect(created.statusCode).toBe(201)
      expect(created.json()).toMatchObject({
        serviceId: 'svc-speech',
        date,
        minutes: 30,
        status,
        source: 'family',
        version: 1,
      })
    }
    const list = await call('GET', `${base()}/sessions?from=2026-09-16&to=2026-09-30`)
    expect(list.statusCode).toBe(200)
    expect(list.json().sessions.map((s: { date: string }) => s.date)).toEqual([
      '2026-09-24',
      '2026-09-22',
      '2026-09-17',
    ])

    const compliance = await call('GET', `${base()}/compliance?from=2026-09-14&to=2026-09-25`)
    expect(compliance.statusCode).toBe(200)
    const body = compliance.json()
    expect(body.period).toEqual({ from: '2026-09-14', to: '2026-09-25' })
    expect(body.report.services).toHaveLength(1)
    expect(body.report.services[0]).toMatchObject({
      service: 'svc-speech',
      requiredMinutes: 120,
      deliveredMinutes: 90,
      missedSchoolMinutes: 30,
      percentDelivered: 75,
      owedMinutes: 30,
    })
    expect(body.report.services[0].weeks).toHaveLength(2)
  })

  test('bad input names each field; another family answers 404', async () => {
    const bad = await call('POST', `${base()}/sessions`, {
      serviceId: 'svc-art',
      date: '2026-10-20',
      minutes: 0,
      status: 'gone',
    })
    expect(bad.statusCode).toBe(400)
    const fields = bad
      .json()
      .problems.map((p: { field: string }) => p.field)
      .sort()
    expect(fields).toEqual(['date', 'minutes', 'serviceId', 'status'])

    const closed = await call('GET', `${base()}/compliance?closed=someday`)
    expect(closed.statusCode).toBe(400)
    expect(closed.json().problems[0].field).toBe('closed')

    expect((await call('GET', `${base()}/sessions`, undefined, strangerToken)).statusCode).toBe(404)
    expect((await call('GET', `${base()}/compliance`, undefined, strangerToken)).statusCode).toBe(404)
    const post = await call(
      'POST',
      `${base()}/sessions`,
      { serviceId: 'svc-speech', date: '2026-10-05', minutes: 30, status: 'delivered' },
      strangerToken,
    )
    expect(post.statusCode).toBe(404)
  })
})
