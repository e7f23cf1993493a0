import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import { createAdvocate, type TestAdvocate } from '../../../test/support/practice-factories.ts'
import { openSecondInstance } from '../../../test/support/second-instance.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { testDialects } from '../../../test/support/test-database.ts'
import type { Child } from '../../domain/children/child.ts'
import { createApiToken, revokeApiToken } from '../../services/accounts/api-tokens.ts'
import { addEvent } from '../../services/children/events.ts'
import { requestChildDeletion } from '../../services/deletion/delete-record.ts'
import { revokeShare } from '../../services/sharing/shares.ts'
import { updateUser } from '../../storage/accounts-store.ts'
import { tablesWithColumn } from '../../storage/record-rows-store.ts'
import { PAGE_CACHE_HEADER } from './page-cache.ts'

const NOW = '2026-03-02T15:00:00.000Z'

describe.each(testDialects())('kept pages on %s', (dialect) => {
  let t: TestApp
  let parent: TestUser
  let child: Child
  let browser: TestBrowser

  beforeEach(async () => {
    t = await buildTestApp({ dialect, now: NOW })
    parent = await createUser(t.deps, { name: 'Rosa Díaz' })
    child = await createChildFor(t.deps, parent, { legalName: 'Maya Ruiz', preferredName: '', state: 'TX' })
    browser = new TestBrowser(t.app)
    await signInBrowser(browser, parent)
  })
  afterEach(async () => {
    await t.close()
  })

  const childPage = () => `/children/${child.id}`

  /** Runs `work` with a second app instance on the same database (its own pool on PostgreSQL). */
  async function onAnotherInstance(work: (deps: TestApp['deps']) => Promise<unknown>) {
    const other = await openSecondInstance(t.deps, dialect)
    try {
      await work(other.deps)
    } finally {
      await other.close()
    }
  }

  const recordRequest = (deps: TestApp['deps'], note: string) =>
    addEvent(deps, parent.actor, child.id, { type: 'evaluation-requested', date: '2026-02-20', note })

  const renameChild = (legalName: string) =>
    t.deps.db.updateTable('children').set({ legal_name: legalName }).where('id', '=', child.id).execute()

  /** Shares the child with a practice or a person, as the sharing pages do. */
  async function shareWith(grantee: { organizationId: string } | { userId: string }): Promise<string> {
    const id = t.deps.newId()
    await t.deps.db
      .insertInto('child_shares')
      .values({
        id,
        organization_id: parent.householdId,
        child_id: child.id,
        grantee_user_id: 'userId' in grantee ? grantee.userId : null,
        grantee_organization_id: 'organizationId' in grantee ? grantee.organizationId : null,
        scope: 'read',
        expires_on: null,
        created_by: parent.id,
        created_at: NOW,
        revoked_at: null,
      })
      .execute()
    return id
  }

  test('a page asked for again is sent again unchanged, and drawn anew after any write to what it shows, from either instance', async () => {
    const first = await browser.get(childPage())
    expect(first.statusCode).toBe(200)
    expect(first.headers[PAGE_CACHE_HEADER]).toBe('miss')
    const second = await browser.get(childPage())
    expect(second.headers[PAGE_CACHE_HEADER]).toBe('hit')
    expect(second.body).toBe(first.body)

    // Another instance records an event: this instance's kept page is out of date at once.
    await onAnotherInstance((deps) => recordRequest(deps, 'Asked the principal in writing'))
    const after = await browser.get(childPage())
    expect(after.headers[PAGE_CACHE_HEADER]).toBe('miss')
    expect(after.body).toContain('Asked the principal in writing')
    expect((await browser.get(childPage())).headers[PAGE_CACHE_HEADER]).toBe('hit')

    // A change written straight to the database, seen on the list of children.
    const list = await browser.get('/children')
    expect(list.body).toContain('Maya Ruiz')
    expect((await browser.get('/children')).headers[PAGE_CACHE_HEADER]).toBe('hit')
    await renameChild('Maya Ruiz López')
    const renamed = await browser.get('/children')
    expect(renamed.headers[PAGE_CACHE_HEADER]).toBe('miss')
    expect(renamed.body).toContain('Maya Ruiz López')
  })

  test('a child deleted through another instance answers 404 at once, though its page and row were kept', async () => {
    await browser.get(childPage())
    expect((await browser.get(childPage())).headers[PAGE_CACHE_HEADER]).toBe('hit')
    expect((await browser.get(`/children/${child.id}/deadlines`)).statusCode).toBe(200)
    await onAnotherInstance((deps) => requestChildDeletion(deps, parent.actor, child.id, 'Maya Ruiz'))
    expect((await browser.get(childPage())).statusCode).toBe(404)
    expect((await browser.get(`/children/${child.id}/deadlines`)).statusCode).toBe(404)
    expect((await browser.get('/children')).body).not.toContain('Maya Ruiz')
  })

  test('API reads are kept per token and drawn anew after a write; a revoked token answers 401 at once', async () => {
    const created = await createApiToken(t.deps, parent.id, 'tests')
    const token = created.token ?? ''
    const api = (url: string, bearer = token) =>
      t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${bearer}` } })
    const events = `/api/v1/children/${child.id}/events`
    const first = await api(events)
    expect(first.statusCode).toBe(200)
    expect(first.headers[PAGE_CACHE_HEADER]).toBe('miss')
    const second = await api(events)
    expect(second.headers[PAGE_CACHE_HEADER]).toBe('hit')
    expect(second.headers['content-type']).toBe(first.headers['content-type'])
    expect(second.body).toBe(first.body)
    // Another token of the same person keeps its own answers.
    const other = (await createApiToken(t.deps, parent.id, 'other')).token ?? ''
    expect((await api(events, other)).headers[PAGE_CACHE_HEADER]).toBe('miss')

    await onAnotherInstance((deps) => recordRequest(deps, 'Sent by e-mail'))
    const after = await api(events)
    expect(after.headers[PAGE_CACHE_HEADER]).toBe('miss')
    expect(after.body).toContain('Sent by e-mail')
    expect((await api(events)).headers[PAGE_CACHE_HEADER]).toBe('hit')
    await onAnotherInstance((deps) => revokeApiToken(deps, parent.id, created.id ?? ''))
    expect((await api(events)).statusCode).toBe(401)
  })

  test('kept pages are per session, per language and per minute, and a page with a one-time notice is not kept', async () => {
    await browser.get('/dashboard')
    expect((await browser.get('/dashboard')).headers[PAGE_CACHE_HEADER]).toBe('hit')

    // The same person in another browser: their own session, their own CSRF secret.
    const elsewhere = new TestBrowser(t.app)
    await signInBrowser(elsewhere, parent)
    const theirs = await elsewhere.get('/dashboard')
    expect(theirs.headers[PAGE_CACHE_HEADER]).toBe('miss')

    // Another language (the person's saved language decides).
    await updateUser(t.deps.db, parent.id, { locale: 'es', now: NOW })
    const spanish = await browser.get('/dashboard')
    expect(spanish.headers[PAGE_CACHE_HEADER]).toBe('miss')
    expect(spanish.body).toContain('lang="es"')

    // A minute later the page is drawn again (it may say "today" or "in 3 days").
    expect((await browser.get('/dashboard')).headers[PAGE_CACHE_HEADER]).toBe('hit')
    t.clock.advanceMinutes(1)
    expect((await browser.get('/dashboard')).headers[PAGE_CACHE_HEADER]).toBe('miss')

    // Saving a change redirects with a notice: that page is drawn for this request only.
    const saved = await browser.post(`/children/${child.id}/events/new`, {
      type: 'evaluation-requested',
      date: '2026-02-20',
      note: '',
    })
    expect(saved.statusCode).toBe(303)
    const withNotice = await browser.get(saved.headers.location as string)
    expect(withNotice.headers[PAGE_CACHE_HEADER]).toBeUndefined()
    expect((await browser.get(childPage())).headers[PAGE_CACHE_HEADER]).toBe('miss')
  })

  test('the same page asked for several times at once is drawn once', async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => browser.get(childPage())))
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200, 200, 200])
    expect(answers.map((answer) => answer.headers[PAGE_CACHE_HEADER]).sort()).toEqual([
      'hit',
      'hit',
      'hit',
      'hit',
      'miss',
    ])
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1)
  })

  test('forms on a kept page still work: its CSRF tokens belong to the session', async () => {
    await browser.get(childPage())
    const kept = await browser.get(childPage())
    expect(kept.headers[PAGE_CACHE_HEADER]).toBe('hit')
    const token = /name="_csrf" value="([^"]+)"/.exec(kept.body)?.[1]
    expect(token).toBeTruthy()
    const response = await browser.post(
      `/children/${child.id}/events/new`,
      { _csrf: token ?? '', type: 'evaluation-requested', date: '2026-02-20', note: 'From the kept page' },
      { csrf: false },
    )
    expect(response.statusCode).toBe(303)
  })

  describe('with an advocate', () => {
    let advocate: TestAdvocate
    let advocateBrowser: TestBrowser
    let shareId: string

    beforeEach(async () => {
      advocate = await createAdvocate(t.deps, { email: 'dana@example.org', name: 'Dana Advocate' })
      shareId = await shareWith({ organizationId: advocate.organizationId })
      advocateBrowser = new TestBrowser(t.app)
      await signInBrowser(advocateBrowser, advocate.user)
    })

    test('the caseload follows the family’s writes, and an ended share is never answered from a kept page', async () => {
      const caseload = await advocateBrowser.get('/practice/caseload')
      expect(caseload.body).toContain('Maya Ruiz')
      expect((await advocateBrowser.get('/practice/caseload')).headers[PAGE_CACHE_HEADER]).toBe('hit')
      await renameChild('Maya R. López')
      const after = await advocateBrowser.get('/practice/caseload')
      expect(after.headers[PAGE_CACHE_HEADER]).toBe('miss')
      expect(after.body).toContain('Maya R. López')

      await advocateBrowser.get(childPage())
      expect((await advocateBrowser.get(childPage())).headers[PAGE_CACHE_HEADER]).toBe('hit')
      // Every read by someone outside the household is in the audit trail, kept page or not.
      const reads = await t.deps.db
        .selectFrom('audit_events')
        .select('id')
        .where('child_id', '=', child.id)
        .where('action', '=', 'read')
        .execute()
      expect(reads).toHaveLength(2)

      await revokeShare(t.deps, parent.actor, shareId)
      expect((await advocateBrowser.get(childPage())).statusCode).toBe(404)
      const without = await advocateBrowser.get('/practice/caseload')
      expect(without.body).not.toContain('Maya R. López')
    })

    test('what the family writes shows at once on the pages of those it shares with, practice or person', async () => {
      const relative = await createUser(t.deps, { name: 'Tía Carmen' })
      await shareWith({ userId: relative.id })
      const relativeBrowser = new TestBrowser(t.app)
      await signInBrowser(relativeBrowser, relative)
      for (const viewer of [advocateBrowser, relativeBrowser]) {
        await viewer.get(childPage())
        expect((await viewer.get(childPage())).headers[PAGE_CACHE_HEADER]).toBe('hit')
      }
      await onAnotherInstance((deps) => recordRequest(deps, 'Asked again in writing'))
      for (const viewer of [advocateBrowser, relativeBrowser]) {
        const page = await viewer.get(childPage())
        expect(page.headers[PAGE_CACHE_HEADER]).toBe('miss')
        expect(page.body).toContain('Asked again in writing')
      }
    })

    test('a new name of someone else shows on the pages that name them', async () => {
      const before = await browser.get(`/children/${child.id}/sharing`)
      expect(before.statusCode).toBe(200)
      await browser.get(childPage())
      expect((await browser.get(childPage())).headers[PAGE_CACHE_HEADER]).toBe('hit')
      await t.deps.db
        .updateTable('organizations')
        .set({ name: 'Bright Path Advocacy of Texas' })
        .where('id', '=', advocate.organizationId)
        .execute()
      expect((await browser.get(childPage())).headers[PAGE_CACHE_HEADER]).toBe('miss')
      await updateUser(t.deps.db, advocate.user.id, { name: 'Dana A. Smith', now: NOW })
      expect((await browser.get(childPage())).headers[PAGE_CACHE_HEADER]).toBe('miss')
    })
  })

  test('every table that holds an organization’s rows raises its counter (a new table must be added to the migration)', async () => {
    const withOrganization = await tablesWithColumn(t.deps.db, 'organization_id')
    // The audit trail is written by reads; the job queue by the worker. Pages show neither.
    const notCounted = ['audit_events', 'jobs']
    const expected = withOrganization.filter((name) => !notCounted.includes(name)).sort()
    expect(expected.length).toBeGreaterThan(25)
    const triggers =
      dialect === 'postgres'
        ? (
            await t.deps.db
              .selectFrom('information_schema.triggers' as 'children')
              .select('event_object_table as table' as 'id')
              .where('trigger_name' as 'id', 'like', '%_bumps_page_versions')
              .where('trigger_schema' as 'id', '=', (eb) => eb.fn('current_schema'))
              .execute()
          ).map((row) => (row as unknown as { table: string }).table)
        : (
            await t.deps.db
              .selectFrom('sqlite_master' as 'children')
              .select('tbl_name as table' as 'id')
              .where('type' as 'id', '=', 'trigger')
              .where('name' as 'id', 'like', '%_bumps_page_versions_on_%')
              .execute()
          ).map((row) => (row as unknown as { table: string }).table)
    const triggered = new Set(triggers)
    for (const name of expected)
      expect(triggered.has(name), `${name} has no page_versions trigger`).toBe(true)
    for (const name of notCounted) expect(triggered.has(name), name).toBe(false)
  })

  test('PAGE_CACHE_MB=0 keeps no page', async () => {
    const off = await buildTestApp({ dialect, now: NOW, env: { PAGE_CACHE_MB: '0' } })
    try {
      const user = await createUser(off.deps)
      const offBrowser = new TestBrowser(off.app)
      await signInBrowser(offBrowser, user)
      await offBrowser.get('/dashboard')
      expect((await offBrowser.get('/dashboard')).headers[PAGE_CACHE_HEADER]).toBeUndefined()
    } finally {
      await off.close()
    }
  })
})
