import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createChildFor, createUser, type TestUser } from '../../../test/support/factories.ts'
import { buildIep } from '../../../test/support/plan-factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { Child } from '../../domain/children/child.ts'
import { createApiToken } from '../../services/accounts/api-tokens.ts'
import { createPlan } from '../../services/plans/save-plan.ts'

let t: TestApp
let parent: TestUser
let child: Child
let token: string
let strangerToken: string
const GOAL = 'goal-reading-fluency'

beforeAll(async () => {
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z' })
  parent = await createUser(t.deps)
  child = await createChildFor(t.deps, parent, { dateOfBirth: '2016-05-10' })
  await createPlan(
    t.deps,
    parent.actor,
    child.id,
    JSON.parse(JSON.stringify(buildIep({ status: 'in-effect' }))),
  )
  token = (await createApiToken(t.deps, parent.id, 'tests')).token ?? ''
  const stranger = await createUser(t.deps)
  strangerToken = (await createApiToken(t.deps, stranger.id, 'tests')).token ?? ''
})
afterAll(async () => {
  await t.close()
})

function call(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
  bearer: string | null = token,
) {
  return t.app.inject({
    method,
    url,
    headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
    ...(body === undefined ? {} : { payload: body as object }),
  })
}

describe('goal checker API', () => {
  test('anyone can check a goal: parts with spans, flags and suggestions in the asked language', async () => {
    const text = 'Maya will understand fractions.'
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/goals/check',
      payload: { text },
      headers: { 'accept-language': 'es' },
    })
    expect(response.statusCode).toBe(200)
    const body = response.json()
    expect(body.flags).toEqual([
      'no-condition',
      'no-behavior',
      'no-criterion',
      'no-timeframe',
      'no-measurement-method',
    ])
    expect(body.parts.behavior).toMatchObject({ verb: 'understand', observable: false })
    expect(text.slice(body.parts.behavior.start, body.parts.behavior.end)).toBe(body.parts.behavior.text)
    expect(body.suggestions[1].text).toContain('understand')
    expect(body.suggestions[0].text).toMatch(/Diga|Indique|cuándo/i)
  })

  test('an empty goal is a 400 naming the field', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/goals/check',
      payload: { text: '  ' },
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().problems[0].field).toBe('text')
  })
})

describe('progress data API', () => {
  test('points are added all or nothing, each problem named by its place', async () => {
    const bad = await call('POST', `/api/v1/children/${child.id}/goals/${GOAL}/points`, {
      points: [
        { measuredOn: '2026-09-08', value: 50, source: 'teacher' },
        { measuredOn: '2026-09-31', value: 'x', source: 'teacher' },
      ],
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().problems.map((p: { field: string }) => p.field)).toEqual([
      'points.1.measuredOn',
      'points.1.value',
    ])
    expect((await call('GET', `/api/v1/children/${child.id}/goals/${GOAL}/points`)).json().points).toEqual([])

    const good = await call('POST', `/api/v1/children/${child.id}/goals/${GOAL}/points`, {
      points: ['2026-09-08', '2026-09-22', '2026-10-06', '2026-10-20'].map((measuredOn, i) => ({
        measuredOn,
        value: 50 + (i % 2),
        source: 'teacher',
      })),
    })
    expect(good.statusCode).toBe(201)
    expect(good.json().points).toHaveLength(4)
    expect(good.json().points[0]).toMatchObject({ unit: 'words correct per minute', version: 1 })
  })

  test('the analysis gives slopes, the decision with its rule, and the projection', async () => {
    const response = await call('GET', `/api/v1/children/${child.id}/goals/${GOAL}/progress`)
    expect(response.statusCode).toBe(200)
    const body = response.json()
    expect(body.status).toBe('not-on-track')
    expect(body.analysis.decision).toBe('change-instruction')
    // 52 → 90 between 2026-09-01 and 2027-06-15 (287 days): 38 / 287 × 7 a week.
    expect(body.analysis.aimSlopePerWeek).toBeCloseTo((38 / 287) * 7, 4)
    expect(body.analysis.rule.text).toContain('below the aim line')

    const overview = await call('GET', `/api/v1/children/${child.id}/progress`)
    expect(overview.json().goals.map((g: { status: string }) => g.status)).toEqual(['not-on-track'])
  })

  test('a change with a stale version is refused with 409', async () => {
    const [point] = (await call('GET', `/api/v1/children/${child.id}/goals/${GOAL}/points`)).json().points
    const url = `/api/v1/children/${child.id}/goals/${GOAL}/points/${point.id}`
    const change = { measuredOn: point.measuredOn, value: 49, source: 'teacher' }
    expect((await call('PUT', url, { ...change, version: 1 })).statusCode).toBe(200)
    expect((await call('PUT', url, { ...change, version: 1 })).statusCode).toBe(409)
    expect((await call('DELETE', `${url}?version=1`)).statusCode).toBe(409)
    expect((await call('DELETE', `${url}?version=2`)).statusCode).toBe(204)
  })

  test('another family gets 404 for reading and writing; no token gets 401', async () => {
    expect(
      (await call('GET', `/api/v1/children/${child.id}/goals/${GOAL}/progress`, undefined, strangerToken))
        .statusCode,
    ).toBe(404)
    const write = await call(
      'POST',
      `/api/v1/children/${child.id}/goals/${GOAL}/points`,
      { points: [{ measuredOn: '2026-09-08', value: 1, source: 'teacher' }] },
      strangerToken,
    )
    expect(write.statusCode).toBe(404)
    expect((await call('GET', `/api/v1/children/${child.id}/progress`, undefined, null)).statusCode).toBe(401)
  })
})
