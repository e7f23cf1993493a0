import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createChildFor, createUser, type TestUser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { createApiToken } from '../../services/accounts/api-tokens.ts'

let t: TestApp
let parent: TestUser
let token: string
let strangerToken: string

beforeAll(async () => {
  t = await buildTestApp()
  parent = await createUser(t.deps)
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
    ...(body !== undefined ? { payload: body as object } : {}),
  })
}

const child = {
  legalName: 'Noah Kim',
  preferredName: null,
  dateOfBirth: '2013-09-30',
  grade: '8',
  school: 'Hill Middle',
  district: null,
  state: 'CA',
  homeLanguage: 'Korean',
  notes: null,
}

describe('the OpenAPI document', () => {
  test('is valid OpenAPI 3.1 and describes every API route', async () => {
    const response = await call('GET', '/api/v1/openapi.json', undefined, null)
    expect(response.statusCode).toBe(200)
    const document = response.json()
    expect(document.openapi).toBe('3.1.0')
    const result = await new Validator().validate(document)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    const documented = new Set(
      Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
        Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    )
    const apiRoutes = t.app.routeTable.filter(
      (r) => r.url.startsWith('/api/v1/') && r.url !== '/api/v1/openapi.json' && r.url !== '/api/v1/docs',
    )
    expect(apiRoutes.length).toBeGreaterThan(10)
    for (const route of apiRoutes)
      expect(documented, `${route.method} ${route.url}`).toContain(`${route.method} ${route.url}`)
  })

  test('the reference page lists the operations in plain HTML', async () => {
    const response = await call('GET', '/api/v1/docs', undefined, null)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('text/html')
    expect(response.body).toContain('POST /api/v1/children')
  })
})

describe('authentication', () => {
  test('no token, a wrong token, or a revoked token gets 401 as a problem document', async () => {
    for (const bearer of [null, 'pwy_not-a-real-token', 'something-else']) {
      const response = await call('GET', '/api/v1/children', undefined, bearer)
      expect(response.statusCode).toBe(401)
      expect(response.headers['content-type']).toContain('application/problem+json')
      expect(response.json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' })
      expect(response.json().instance).toContain(response.headers['x-request-id'])
    }
  })
})

describe('children and events', () => {
  test('a child is created, read, listed, updated with its version, and a stale version is refused', async () => {
    const created = await call('POST', '/api/v1/children', child)
    expect(created.statusCode).toBe(201)
    const body = created.json()
    expect(body).toMatchObject({
      legalName: 'Noah Kim',
      dateOfBirth: '2013-09-30',
      state: 'CA',
      version: 1,
      archived: false,
    })

    expect((await call('GET', `/api/v1/children/${body.id}`)).json().school).toBe('Hill Middle')
    expect(
      (await call('GET', '/api/v1/children')).json().children.map((c: { id: string }) => c.id),
    ).toContain(body.id)

    const updated = await call('PUT', `/api/v1/children/${body.id}`, {
      ...child,
      school: 'Valley High',
      version: 1,
    })
    expect(updated.statusCode).toBe(200)
    expect(updated.json()).toMatchObject({ school: 'Valley High', version: 2 })
    const stale = await call('PUT', `/api/v1/children/${body.id}`, { ...child, school: 'Stale', version: 1 })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().code).toBe('VERSION_CONFLICT')
    expect((await call('GET', `/api/v1/children/${body.id}`)).json().school).toBe('Valley High')
  })

  test('bad input names each field in the problem document', async () => {
    const response = await call('POST', '/api/v1/children', {
      ...child,
      legalName: '',
      dateOfBirth: '2013-02-30',
      state: 'XX',
    })
    expect(response.statusCode).toBe(400)
    const problems = response.json().problems as { field: string; message: string }[]
    expect(problems.map((p) => p.field).sort()).toEqual(['dateOfBirth', 'legalName', 'state'])
    expect(problems.find((p) => p.field === 'legalName')?.message).toBe('Enter your child’s full legal name')

    const shape = await call('POST', '/api/v1/children', { legalName: 42 })
    expect(shape.statusCode).toBe(400)
    const fields = (shape.json().problems as { field: string }[]).map((p) => p.field)
    expect(fields).toContain('legalName')
    expect(fields).toContain('dateOfBirth')
  })

  test('errors follow the language asked for', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/children',
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'es' },
      payload: { ...child, legalName: '' },
    })
    expect(response.json().problems[0].message).toBe('Escriba el nombre legal completo de su hijo')
  })

  test('events are added, read, changed and deleted', async () => {
    const c = await createChildFor(t.deps, parent)
    const added = await call('POST', `/api/v1/children/${c.id}/events`, {
      type: 'consent-to-evaluate-signed',
      date: '2026-09-02',
    })
    expect(added.statusCode).toBe(201)
    const event = added.json()
    expect(event).toMatchObject({ type: 'consent-to-evaluate-signed', date: '2026-09-02', note: null })
    const bad = await call('POST', `/api/v1/children/${c.id}/events`, {
      type: 'nonsense',
      date: '2026-13-01',
    })
    expect(bad.statusCode).toBe(400)
    expect((bad.json().problems as { field: string }[]).map((p) => p.field).sort()).toEqual(['date', 'type'])
    const changed = await call('PUT', `/api/v1/children/${c.id}/events/${event.id}`, {
      type: 'consent-to-evaluate-signed',
      date: '2026-09-03',
      note: 'x',
    })
    expect(changed.json().date).toBe('2026-09-03')
    expect((await call('GET', `/api/v1/children/${c.id}/events`)).json().events).toHaveLength(1)
    expect((await call('DELETE', `/api/v1/children/${c.id}/events/${event.id}`)).statusCode).toBe(204)
    expect((await call('GET', `/api/v1/children/${c.id}/events/${event.id}`)).statusCode).toBe(404)
  })

  test('another household gets 404 for every route and id, never 403', async () => {
    const c = await createChildFor(t.deps, parent)
    const event = (
      await call('POST', `/api/v1/children/${c.id}/events`, { type: 'iep-meeting-held', date: '2026-05-01' })
    ).json()
    const attempts: [Parameters<typeof call>[0], string, unknown?][] = [
      ['GET', `/api/v1/children/${c.id}`],
      ['PUT', `/api/v1/children/${c.id}`, { ...child, version: 1 }],
      ['POST', `/api/v1/children/${c.id}/archive`],
      ['POST', `/api/v1/children/${c.id}/restore`],
      ['GET', `/api/v1/children/${c.id}/events`],
      ['POST', `/api/v1/children/${c.id}/events`, { type: 'iep-meeting-held', date: '2026-05-02' }],
      ['GET', `/api/v1/children/${c.id}/events/${event.id}`],
      [
        'PUT',
        `/api/v1/children/${c.id}/events/${event.id}`,
        { type: 'iep-meeting-held', date: '2026-05-02' },
      ],
      ['DELETE', `/api/v1/children/${c.id}/events/${event.id}`],
    ]
    for (const [method, url, body] of attempts) {
      const response = await call(method, url, body, strangerToken)
      expect(response.statusCode, `${method} ${url}`).toBe(404)
      expect(response.body).not.toContain('Ana')
    }
    const list = (await call('GET', '/api/v1/children', undefined, strangerToken)).json()
    expect(list.children.map((x: { id: string }) => x.id)).not.toContain(c.id)
    expect((await call('GET', `/api/v1/children/${c.id}/events`)).json().events).toHaveLength(1)
  })
})

describe('sessions on the API', () => {
  test('a cookie session may read, but a state change without the CSRF header is refused', async () => {
    const { TestBrowser } = await import('../../../test/support/browser.ts')
    const { signInBrowser } = await import('../../../test/support/factories.ts')
    const browser = new TestBrowser(t.app)
    await signInBrowser(browser, parent)
    expect((await browser.get('/api/v1/me')).statusCode).toBe(200)
    const cookie = `pathway_session=${browser.cookie('pathway_session')}; pathway_csrf=${browser.cookie('pathway_csrf')}`
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/children',
      headers: { cookie },
      payload: child,
    })
    expect(refused.statusCode).toBe(403)
    expect(refused.json().code).toBe('CSRF')
  })
})
