import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DEMO_PARENT_EMAIL, DEMO_PASSWORD, seedDemo } from '../src/services/demo/seed-demo.ts'
import { TestBrowser } from './support/browser.ts'
import { createChildFor, createUser, signInBrowser } from './support/factories.ts'
import { buildTestApp, type TestApp } from './support/test-app.ts'
import { testDialects } from './support/test-database.ts'

// The plan journey through the real pages on every database the app supports.
for (const dialect of testDialects()) {
  describe(`plans on ${dialect}`, () => {
    let t: TestApp
    beforeAll(async () => {
      t = await buildTestApp({ dialect, now: '2026-11-29T15:00:00.000Z' })
    })
    afterAll(async () => {
      await t.close()
    })

    test('enter an IEP, lose a race, agree it, amend it, and see the cut', async () => {
      const parent = await createUser(t.deps, { name: 'Lee Park' })
      const child = await createChildFor(t.deps, parent)
      const first = new TestBrowser(t.app)
      const second = new TestBrowser(t.app)
      await signInBrowser(first, parent)
      await signInBrowser(second, parent)
      const created = await first.post(`/children/${child.id}/plans/new`, {
        kind: 'iep',
        'dates.meeting': '2026-08-20',
        'dates.start': '2026-09-01',
      })
      const plan = String(created.headers.location)
      const service = {
        name: 'Speech therapy',
        kind: 'related-service',
        minutes: '30',
        'frequency.times': '2',
        'frequency.per': 'week',
      }
      expect((await first.post(`${plan}/edit/services/new`, { ...service, version: '1' })).statusCode).toBe(
        303,
      )
      const lost = await second.post(`${plan}/edit/summary`, { version: '1', 'summary.needs': 'Speech' })
      expect(lost.statusCode).toBe(409)
      expect(lost.body).toContain('>Speech</textarea>')
      expect((await first.post(`${plan}/step`, { version: '2', action: 'record-agreed' })).statusCode).toBe(
        303,
      )
      const amendment = await first.post(`${plan}/amend`, {
        version: '3',
        date: '2027-01-10',
        withoutMeeting: 'yes',
      })
      const amended = String(amendment.headers.location)
      const page = await first.get(amended)
      const serviceId = /\/edit\/services\/([^"/]+)"/.exec(page.body)?.[1]
      expect(serviceId).toBeDefined()
      const cut = await first.post(`${amended}/edit/services/${serviceId}`, {
        ...service,
        'frequency.times': '1',
        version: '1',
      })
      expect(cut.statusCode).toBe(303)
      expect(
        (await first.post(`${amended}/step`, { version: '2', action: 'record-agreed' })).statusCode,
      ).toBe(303)
      const link = /href="([^"]*\/plans\/compare\?[^"]*)"/.exec((await first.get(amended)).body)?.[1]
      const diff = await first.get(String(link).replace(/&amp;/g, '&'))
      expect(diff.body).toContain('Speech therapy was cut from 60 to 30 minutes a week')
      expect(diff.body).toContain('34 CFR 300.503')
      expect((await first.get(`${amended}/at-a-glance.pdf`)).headers['content-type']).toBe('application/pdf')
      const versions = await t.deps.db.selectFrom('plan_versions').select(['plan_id', 'version']).execute()
      expect(versions.length).toBe(7)
    })

    test('the demo seed gives Mateo two IEPs whose diff shows the cuts', async () => {
      await seedDemo(t.deps)
      const browser = new TestBrowser(t.app)
      await signInBrowser(browser, { email: DEMO_PARENT_EMAIL, password: DEMO_PASSWORD })
      const mateo = await t.deps.db
        .selectFrom('children')
        .select('id')
        .where('legal_name', '=', 'Mateo Lopez')
        .executeTakeFirstOrThrow()
      const list = await browser.get(`/children/${mateo.id}/plans`)
      const link = /href="([^"]*\/plans\/compare\?[^"]*)"/.exec(list.body)?.[1]
      const diff = await browser.get(String(link).replace(/&amp;/g, '&'))
      const text = diff.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
      expect(text).toContain('Speech and language therapy was cut from 60 to 30 minutes a week')
      expect(text).toContain('Goal removed: Organization and planning.')
      expect(text).toContain('Removed: Short breaks.')
    })
  })
}
