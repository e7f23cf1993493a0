import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser } from '../../../test/support/factories.ts'
import { createAdvocate, type TestAdvocate } from '../../../test/support/practice-factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { addEvent } from '../../services/children/events.ts'
import { purgeChild } from '../../services/deletion/delete-record.ts'
import { openDispute } from '../../services/disputes/disputes.ts'

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

  test('shows open disputes and the other signals, filters by them, and puts them in the CSV', async () => {
    await openDispute(t.deps, advocate.actor, anaId, {
      road: 'state-complaint',
      title: 'Evaluation late',
      violationOn: '2026-02-01',
      knewOn: '2026-02-02',
    })
    const page = await browser.get('/practice/caseload')
    for (const heading of ['Next meeting', 'Open disputes', 'Goals not on track', 'Services under-delivered'])
      expect(page.body).toContain(`>${heading}<`)
    const withDispute = await browser.get('/practice/caseload?concern=open-disputes')
    expect(withDispute.body).toContain('>Ana<')
    expect(withDispute.body).not.toContain('Ben Ortiz')
    const byDisputes = await browser.get('/practice/caseload?sort=open-disputes')
    expect(byDisputes.body.indexOf('>Ana<')).toBeLessThan(byDisputes.body.indexOf('Ben Ortiz'))
    const csv = (await browser.get('/practice/caseload.csv?concern=open-disputes')).body.trim().split('\r\n')
    expect(csv[0]).toMatch(/,Next meeting,Open disputes,Goals not on track,Services under-delivered$/)
    expect(csv).toHaveLength(2)
    expect(csv[1]).toMatch(/,,1,0,0$/)
  })

  test('a child shared only at a glance (or for data entry) shows none of its deadlines or signals', async () => {
    const family = await createUser(t.deps)
    for (const [name, scope] of [
      ['Cleo Glance', 'glance'],
      ['Dev Entry', 'data-entry'],
    ] as const) {
      const child = await createChildFor(t.deps, family, { legalName: name, preferredName: '', state: 'NY' })
      await addEvent(t.deps, family.actor, child.id, {
        type: 'consent-to-evaluate-signed',
        date: '2025-11-03',
        note: '',
      })
      await t.deps.db
        .insertInto('child_shares')
        .values({
          id: t.deps.newId(),
          organization_id: family.householdId,
          child_id: child.id,
          grantee_user_id: null,
          grantee_organization_id: advocate.organizationId,
          scope,
          expires_on: null,
          created_by: family.id,
          created_at: NOW,
          revoked_at: null,
        })
        .execute()
    }
    const overdue = await browser.get('/practice/caseload?status=overdue')
    expect(overdue.body).toContain('>Ana<')
    expect(overdue.body).not.toContain('Cleo Glance')
    expect(overdue.body).not.toContain('Dev Entry')
    const csv = await browser.get('/practice/caseload.csv')
    expect(csv.body).not.toContain('Cleo Glance')
    expect(csv.body).not.toContain('Dev Entry')
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

  test('when the family deletes the record, the practice keeps its note and task, without the child', async () => {
    await browser.get(`/practice/families/${anaId}`)
    await browser.post(`/practice/families/${anaId}/notes`, { note: 'Asked for the evaluation report.' })
    await browser.get('/practice/tasks')
    await browser.post('/practice/tasks', {
      title: 'Chase the report',
      dueOn: '',
      childId: anaId,
      assigneeId: '',
    })
    await purgeChild(t.deps, anaId)
    const caseload = await browser.get('/practice/caseload')
    expect(caseload.body).not.toContain('>Ana<')
    expect(caseload.body).toContain('Notes about records that families deleted')
    expect(caseload.body).toContain('Asked for the evaluation report.')
    const tasks = await browser.get('/practice/tasks')
    expect(tasks.body).toContain('Chase the report')
    expect(tasks.body).toContain('A record the family deleted')
    expect(tasks.body).not.toContain('Ana Rivera')
    expect((await browser.get(`/practice/families/${anaId}`)).statusCode).toBe(404)
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
