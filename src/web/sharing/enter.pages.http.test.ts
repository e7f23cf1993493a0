import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createChildFor, createUser, type TestUser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { createAccessLink, revokeAccessLink } from '../../services/access/access-links.ts'
import { archiveChild } from '../../services/children/children.ts'

let t: TestApp
let parent: TestUser

beforeAll(async () => {
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z' })
  parent = await createUser(t.deps)
})
afterAll(async () => {
  await t.close()
})

async function linkFor(purpose: 'data-entry' | 'calendar-feed', overrides: { legalName?: string } = {}) {
  const child = await createChildFor(t.deps, parent, {
    legalName: 'Lucía Díaz Soto',
    preferredName: '',
    ...overrides,
  })
  const created = await createAccessLink(t.deps, parent.actor, {
    childId: child.id,
    purpose,
    label: 'Teacher',
  })
  return { child, ...created }
}

describe('the data-entry landing page', () => {
  test('names the child by first name only and leads to progress data and service sessions', async () => {
    const { token } = await linkFor('data-entry')
    const response = await t.app.inject(`/enter/${token}`)
    expect(response.statusCode).toBe(200)
    expect(response.body).toContain('Add information about Lucía')
    expect(response.body).not.toContain('Díaz')
    expect(response.body).not.toContain('Lincoln Elementary')
    expect(response.body).toContain(`href="/enter/${token}/progress"`)
    expect(response.body).toContain('Add progress data')
    expect(response.body).toContain(`href="/enter/${token}/services"`)
    expect(response.body).toContain('Log service sessions')
    expect(response.headers['referrer-policy']).toBe('no-referrer')
    expect(response.headers['cache-control']).toBe('no-store')
  })

  test('speaks Spanish when the browser asks for it', async () => {
    const { token } = await linkFor('data-entry')
    const response = await t.app.inject({ url: `/enter/${token}`, headers: { 'accept-language': 'es' } })
    expect(response.body).toContain('Agregar información sobre Lucía')
    expect(response.body).toContain('Anotar sesiones de servicios')
  })

  test('an unknown token, a calendar-feed token, an ended link or an archived child answers 404', async () => {
    expect((await t.app.inject('/enter/not-a-real-token')).statusCode).toBe(404)
    const feed = await linkFor('calendar-feed')
    expect((await t.app.inject(`/enter/${feed.token}`)).statusCode).toBe(404)

    const ended = await linkFor('data-entry')
    expect((await t.app.inject(`/enter/${ended.token}`)).statusCode).toBe(200)
    await revokeAccessLink(t.deps, parent.actor, ended.link.id)
    const afterRevoke = await t.app.inject(`/enter/${ended.token}`)
    expect(afterRevoke.statusCode).toBe(404)
    expect(afterRevoke.body).not.toContain('Lucía')

    const archived = await linkFor('data-entry')
    await archiveChild(t.deps, parent.actor, archived.child.id)
    expect((await t.app.inject(`/enter/${archived.token}`)).statusCode).toBe(404)
  })
})
