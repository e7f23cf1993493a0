import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser } from '../../../test/support/factories.ts'
import { createAdvocate, type TestAdvocate } from '../../../test/support/practice-factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { addEvent } from '../../services/children/events.ts'

const NOW = '2026-03-02T15:00:00.000Z'

let t: TestApp
let advocate: TestAdvocate
let browser: TestBrowser
let anaId: string

beforeEach(async () => {
  t = await buildTestApp({ now: NOW })
  advocate = await createAdvocate(t.deps, { email: 'dana@example.org' })
  // Ana is in the advocate's own household; consent signed in November, so the evaluation is overdue.
  const ana = await createChildFor(t.deps, advocate.user, {
    legalName: 'Ana Rivera',
    preferredName: 'Ana',
    state: 'NY',
  })
  await addEvent(t.deps, advocate.actor, ana.id, {
    type: 'consent-to-evaluate-signed',
    date: '2025-11-03',
    note: '',
  })
  anaId = ana.id
  // Ben's family shares him with the practice.
  const family = await createUser(t.deps)
  const ben = await createChildFor(t.deps, family, { legalName: 'Ben Ortiz', preferredName: '', state: 'CA' })
  await t.deps.db
    .insertInto('child_shares')
    .values({
      id: t.deps.newId(),
      organization_id: family.householdId,
      child_id: ben.id,
      grantee_user_id: null,
      grantee_organization_id: advocate.organizationId,
      scope: 'read',
      expires_on: null,
      created_by: family.id,
      created_at: NOW,
      revoked_at: null,
    })
    .execute()
  browser = new TestBrowser(t.app)
  await signInBrowser(browser, advocate.user)
})
afterEach(async () => {
  await t.close()
})

describe('the caseload', () => {
  test('lists every child shared with the practice, with overdue deadlines, and filters by status and state', async () => {
    const page = await browser.get('/practice/caseload')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Ana')
    expect(page.body).toContain('Ben Ortiz')
    expect(page.body).toContain('pw-tag--red')
    const overdue = await browser.get('/practice/caseload?status=overdue')
    expect(overdue.body).toContain('Ana')
    expect(overdue.body).not.toContain('Ben Ortiz')
    const california = await browser.get('/practice/caseload?state=CA')
    expect(california.body).toContain('Ben Ortiz')
    expect(california.body).not.toContain('>Ana<')
    const byName = await browser.get('/practice/caseload?sort=name')
    expect(byName.body.indexOf('>Ana<')).toBeLessThan(byName.body.indexOf('Ben Ortiz'))
  })

  test('exports the filtered caseload as CSV', async () => {
    const csv = await browser.get('/practice/caseload.csv?status=overdue')
    expect(csv.statusCode).toBe(200)
    expect(csv.headers['content-type']).toContain('text/csv')
    const lines = csv.body.trim().split('\r\n')
    expect(lines[0]).toContain('Child,State')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toMatch(/^Ana,NY,5,/)
  })

  test('someone outside any practice has no caseload', async () => {
    const outsider = await createUser(t.deps)
    const other = new TestBrowser(t.app)
    await signInBrowser(other, outsider)
    expect((await other.get('/practice/caseload')).statusCode).toBe(404)
  })
})

describe('private notes and tasks', () => {
  test('a note on a family is kept for the practice; an empty one is refused', async () => {
    const family = await browser.get(`/practice/families/${anaId}`)
    expect(family.statusCode).toBe(200)
    expect(family.body).toContain('Notes (only your practice sees these)')
    const empty = await browser.post(`/practice/families/${anaId}/notes`, { note: '  ' })
    expect(empty.statusCode).toBe(400)
    expect(empty.body).toContain('Write the note.')
    const saved = await browser.post(`/practice/families/${anaId}/notes`, {
      note: 'Mother prefers calls after 5.',
    })
    expect(saved.statusCode).toBe(303)
    expect((await browser.get(`/practice/families/${anaId}`)).body).toContain('Mother prefers calls after 5.')
  })

  test('a child the practice cannot see answers 404', async () => {
    const stranger = await createUser(t.deps)
    const hidden = await createChildFor(t.deps, stranger)
    expect((await browser.get(`/practice/families/${hidden.id}`)).statusCode).toBe(404)
    await browser.get('/practice/tasks')
    const task = await browser.post('/practice/tasks', {
      title: 'Call',
      dueOn: '',
      childId: hidden.id,
      assigneeId: '',
    })
    expect(task.statusCode).toBe(400)
    expect(task.body).toContain('Choose a child from the list.')
  })

  test('a task is added, shown, and marked as done', async () => {
    await browser.get('/practice/tasks')
    const bad = await browser.post('/practice/tasks', {
      title: '',
      dueOn: '2026-02-30',
      childId: '',
      assigneeId: '',
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('Say what needs doing.')
    expect(bad.body).toContain('Enter a real date')
    const added = await browser.post('/practice/tasks', {
      title: 'Draft the evaluation letter',
      dueOn: '2026-03-10',
      childId: anaId,
      assigneeId: '',
    })
    expect(added.statusCode).toBe(303)
    const list = await browser.get('/practice/tasks')
    expect(list.body).toContain('Draft the evaluation letter')
    const taskId = /\/practice\/tasks\/([^/"]+)\/done/.exec(list.body)?.[1] ?? ''
    expect((await browser.post(`/practice/tasks/${taskId}/done`)).statusCode).toBe(303)
    expect((await browser.get('/practice/tasks')).body).not.toContain('Draft the evaluation letter')
  })
})
