import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { linkIn, TestBrowser } from './support/browser.ts'
import { buildTestApp, type TestApp } from './support/test-app.ts'
import { testDialects } from './support/test-database.ts'

// The same journey through the real pages on every database the app supports.
for (const dialect of testDialects()) {
  describe(`the app on ${dialect}`, () => {
    let t: TestApp
    beforeAll(async () => {
      t = await buildTestApp({ dialect })
    })
    afterAll(async () => {
      await t.close()
    })

    test('sign up, confirm, add a child and an event, see them on the timeline', async () => {
      const browser = new TestBrowser(t.app)
      await browser.post('/sign-up', {
        name: 'Lee Park',
        email: `lee.${dialect}@example.org`,
        password: 'a sufficiently long one',
      })
      await browser.post(linkIn(t.mail.lastTo(`lee.${dialect}@example.org`).text, '/verify-email/'))
      expect(
        (
          await browser.post('/sign-in', {
            email: `lee.${dialect}@example.org`,
            password: 'a sufficiently long one',
          })
        ).statusCode,
      ).toBe(303)
      const added = await browser.post('/children/new', {
        legalName: 'Jo Park',
        preferredName: '',
        dateOfBirth: '2012-12-31',
        grade: '8',
        school: '',
        district: '',
        state: 'NY',
        homeLanguage: '',
        notes: '',
      })
      expect(added.statusCode).toBe(303)
      const childPath = String(added.headers.location).replace(/\/starting-point$/, '')
      const event = await browser.post(`${childPath}/events/new`, {
        type: 'iep-meeting-held',
        date: '2026-03-01',
        note: 'Annual review',
      })
      expect(event.statusCode).toBe(303)
      const page = await browser.get(childPath)
      expect(page.body).toContain('Sunday 1 March 2026')
      expect(page.body).toContain('Monday 31 December 2012')
      expect(page.body).toContain('Annual review')
      expect((await browser.get('/readyz')).json()).toEqual({ status: 'ready' })
    })
  })
}
