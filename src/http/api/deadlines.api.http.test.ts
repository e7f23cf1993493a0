import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createChildFor, createUser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { Child } from '../../domain/children/child.ts'
import { createApiToken } from '../../services/accounts/api-tokens.ts'
import { addEvent } from '../../services/children/events.ts'

let t: TestApp
let child: Child
let token: string
let strangerToken: string

beforeAll(async () => {
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z' })
  const parent = await createUser(t.deps)
  child = await createChildFor(t.deps, parent, { state: 'NY', dateOfBirth: '2015-03-01' })
  await addEvent(t.deps, parent.actor, child.id, {
    type: 'consent-to-evaluate-signed',
    date: '2026-09-02',
    note: '',
  })
  token = (await createApiToken(t.deps, parent.id, 'tests')).token ?? ''
  const stranger = await createUser(t.deps)
  strangerToken = (await createApiToken(t.deps, stranger.id, 'tests')).token ?? ''
})
afterAll(async () => {
  await t.close()
})

function call(method: 'GET' | 'POST', url: string, body?: unknown, bearer = token, lang?: string) {
  return t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${bearer}`, ...(lang ? { 'accept-language': lang } : {}) },
    ...(body !== undefined ? { payload: body as object } : {}),
  })
}

describe('deadlines through the API', () => {
  test("a child's deadlines, overdue first, with the contract's fields", async () => {
    const response = await call('GET', `/api/v1/children/${child.id}/deadlines`)
    expect(response.statusCode).toBe(200)
    const body = response.json()
    expect(body).toMatchObject({ childId: child.id, today: '2026-11-29', jurisdiction: 'NY', problems: [] })
    expect(body.deadlines[0]).toMatchObject({
      rule: 'idea-initial-evaluation',
      kind: 'deadline',
      title: 'Initial evaluation',
      due: '2026-11-01',
      status: 'overdue',
      metBy: null,
      jurisdiction: 'NY',
    })
    expect(body.deadlines[0].explanation.at(-2)).toBe('Due on Sunday 1 November 2026.')
    const spanish = (
      await call('GET', `/api/v1/children/${child.id}/deadlines`, undefined, token, 'es')
    ).json()
    expect(spanish.deadlines[0].title).toBe('Evaluación inicial')
  })

  test("another person's token gets 404, and no token 401", async () => {
    expect(
      (await call('GET', `/api/v1/children/${child.id}/deadlines`, undefined, strangerToken)).statusCode,
    ).toBe(404)
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/v1/children/${child.id}/deadlines` })
    expect(anonymous.statusCode).toBe(401)
  })

  test('POST /api/v1/deadlines/compute answers like the command, and names bad fields', async () => {
    const scenario = {
      jurisdiction: 'US',
      today: '2026-11-29',
      events: [{ id: 'e1', type: 'consent-to-evaluate-signed', date: '2026-01-15' }],
    }
    const response = await call('POST', '/api/v1/deadlines/compute', scenario)
    expect(response.statusCode).toBe(200)
    expect(response.json().deadlines[0]).toMatchObject({ rule: 'idea-initial-evaluation', due: '2026-03-16' })
    const bad = await call('POST', '/api/v1/deadlines/compute', {
      ...scenario,
      events: [{ id: 'e1', type: 'no-such-event', date: '2026-02-30' }],
    })
    expect(bad.statusCode).toBe(400)
    const fields = bad.json().problems.map((p: { field: string }) => p.field)
    expect(fields).toEqual(expect.arrayContaining(['events[0].type', 'events[0].date']))
  })

  test('the OpenAPI document describes both routes', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json()
    expect(doc.paths['/api/v1/children/{childId}/deadlines'].get).toBeDefined()
    expect(doc.paths['/api/v1/deadlines/compute'].post).toBeDefined()
  })
})
