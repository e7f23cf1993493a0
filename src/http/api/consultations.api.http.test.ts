import { afterEach, beforeEach, expect, test } from 'vitest'
import { createAdvocate } from '../../../test/support/practice-factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'

let t: TestApp
beforeEach(async () => {
  t = await buildTestApp({ now: '2026-03-02T12:00:00.000Z' })
})
afterEach(async () => {
  await t.close()
})

test('the slots API lists open times on the family’s clock and booking one by JSON takes it', async () => {
  const { slug } = await createAdvocate(t.deps)
  const slots = await t.app.inject({
    method: 'GET',
    url: `/api/v1/advocates/${slug}/slots?length=30&timeZone=Pacific/Honolulu&from=2026-03-03&to=2026-03-03`,
  })
  expect(slots.statusCode).toBe(200)
  // 09:00 in New York is 04:00 in Honolulu (UTC−10).
  expect(slots.json().slots[0]).toEqual({
    start: '2026-03-03T04:00:00-10:00',
    end: '2026-03-03T04:30:00-10:00',
  })
  const body = {
    start: '2026-03-03T04:00:00-10:00',
    length: 30,
    timeZone: 'Pacific/Honolulu',
    name: 'Kai',
    email: 'kai@example.org',
    reason: 'Questions about a 504 plan.',
  }
  const booked = await t.app.inject({
    method: 'POST',
    url: `/api/v1/advocates/${slug}/consultations`,
    payload: body,
  })
  expect(booked.statusCode).toBe(201)
  expect(booked.json().start).toBe('2026-03-03T14:00:00.000Z')
  const again = await t.app.inject({
    method: 'POST',
    url: `/api/v1/advocates/${slug}/consultations`,
    payload: body,
  })
  expect(again.statusCode).toBe(409)
  expect(again.json().code).toBe('SLOT_TAKEN')
  expect(again.json().nearest).toHaveLength(3)
  const bad = await t.app.inject({
    method: 'POST',
    url: `/api/v1/advocates/${slug}/consultations`,
    payload: { ...body, email: 'nope' },
  })
  expect(bad.statusCode).toBe(400)
  expect(bad.json().problems[0].field).toBe('email')
})
