import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  EVALUATE_FAMILY,
  IEP_FAMILY,
  NEITHER_FAMILY,
  PLAN_504_FAMILY,
} from '../../../test/support/screener.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { sampleCondition } from '../../domain/screener/sample-answers.ts'
import { screenChild } from '../../services/screener/screen-child.ts'

let t: TestApp

beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(async () => {
  await t.close()
})

function screen(body: unknown, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'POST', url: '/api/v1/screener', payload: body as object, headers })
}

describe('POST /api/v1/screener', () => {
  test.each([
    ['iep', IEP_FAMILY],
    ['504', PLAN_504_FAMILY],
    ['evaluate', EVALUATE_FAMILY],
    ['neither', NEITHER_FAMILY],
  ])(
    'answers %s without an account, exactly as the engine and `pathway screen` do',
    async (expected, answers) => {
      const response = await screen(answers)
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toContain('application/json')
      const body = response.json()
      expect(body.recommendation).toBe(expected)
      expect(body).toEqual(screenChild(answers, 'en'))
      for (const reason of body.reasons) expect(reason.citation).not.toBe('')
    },
  )

  test('answers in Spanish when asked', async () => {
    const response = await screen(PLAN_504_FAMILY, { 'accept-language': 'es' })
    expect(response.json().title).toBe('Un plan 504 parece lo más adecuado')
  })

  test('bad answers get a problem document that names each field', async () => {
    const response = await screen({
      ...IEP_FAMILY,
      age: 31,
      school: 'boarding',
      conditions: [{ ...sampleCondition(), name: '' }],
      majorLifeActivities: ['reading', 'reading'],
      favouriteColour: 'blue',
    })
    expect(response.statusCode).toBe(400)
    expect(response.headers['content-type']).toContain('application/problem+json')
    const body = response.json()
    expect(body).toMatchObject({ status: 400, code: 'INVALID_INPUT' })
    const fields = (body.problems as { field: string; message: string }[]).map((p) => p.field).sort()
    expect(fields).toEqual(['(input)', 'age', 'conditions[0].name', 'majorLifeActivities', 'school'])
    const messages = Object.fromEntries(
      (body.problems as { field: string; message: string }[]).map((p) => [p.field, p.message]),
    )
    expect(messages.majorLifeActivities).toBe('List each value only once.')
    expect(messages['(input)']).toContain('favouriteColour')
  })

  test('missing answers and a body that is not an object are refused the same way', async () => {
    const { school: _school, ...withoutSchool } = IEP_FAMILY
    const missing = await screen(withoutSchool)
    expect(missing.statusCode).toBe(400)
    expect(missing.json().problems.map((p: { field: string }) => p.field)).toEqual(['school'])
    const text = await t.app.inject({
      method: 'POST',
      url: '/api/v1/screener',
      payload: 'hello',
      headers: { 'content-type': 'application/json' },
    })
    expect(text.statusCode).toBe(400)
    expect(text.headers['content-type']).toContain('application/problem+json')
  })

  test('is in the OpenAPI document as a public operation with named schemas', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json()
    const operation = document.paths['/api/v1/screener'].post
    expect(operation.security).toBeUndefined()
    expect(operation.requestBody.content['application/json'].schema.$ref).toContain('ScreenerAnswers')
    expect(operation.responses['200'].content['application/json'].schema.$ref).toContain('ScreenerResult')
    expect(operation.responses['400']).toBeDefined()
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['ScreenerAnswers', 'ScreenerCondition', 'ScreenerResult']),
    )
    const docs = await t.app.inject({ method: 'GET', url: '/api/v1/docs' })
    expect(docs.body).toContain('POST /api/v1/screener')
  })
})
