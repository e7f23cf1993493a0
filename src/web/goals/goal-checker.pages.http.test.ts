import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'

let t: TestApp
let browser: TestBrowser

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z' })
  browser = new TestBrowser(t.app)
})
afterEach(async () => {
  await t.close()
})

describe('the goal checker page', () => {
  test('anyone can paste a goal and see its parts underlined, what is missing and what to ask for', async () => {
    expect((await browser.get('/goals/check')).statusCode).toBe(200)
    const response = await browser.post('/goals/check', {
      text: 'Given a grade-level passage, Maya will read aloud 90 words correct per minute.',
    })
    expect(response.statusCode).toBe(200)
    expect(response.body).toContain('<mark data-part="condition">Given a grade-level passage</mark>')
    expect(response.body).toMatch(/<mark data-part="behavior">read aloud<\/mark>/)
    expect(response.body).toContain('Parts missing: 2 of 5')
    expect(response.body).toContain('Does not say by when')
    expect(response.body).toContain('Does not say how progress is measured')
    expect(response.body).toContain('not legal advice')
    // What was typed stays in the box, to change it and check again.
    expect(response.body).toContain('90 words correct per minute.</textarea>')
  })

  test('a vague verb is marked as something nobody can see', async () => {
    const response = await browser.post('/goals/check', { text: 'Sam will understand fractions.' })
    expect(response.body).toContain('<mark data-part="vague">')
    expect(response.body).toContain('“understand” is not something anyone can see or count')
  })

  test('an empty goal is a 400 with the problem named, in Spanish too', async () => {
    const response = await browser.post(
      '/goals/check',
      { text: ' ' },
      { headers: { 'accept-language': 'es' } },
    )
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('Pegue o escriba la meta')
  })
})
