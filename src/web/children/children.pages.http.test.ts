import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { addEvent } from '../../services/children/events.ts'

let t: TestApp
let browser: TestBrowser
let parent: TestUser

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z' })
  browser = new TestBrowser(t.app)
  parent = await createUser(t.deps, { name: 'Rosa Díaz' })
  await signInBrowser(browser, parent)
})
afterEach(async () => {
  await t.close()
})

const validChild = {
  legalName: 'Lucía Díaz',
  preferredName: 'Lucy',
  dateOfBirth: '2016-02-29',
  grade: '4',
  school: 'Oak Elementary',
  district: 'Oak ISD',
  state: 'TX',
  homeLanguage: 'Spanish',
  notes: 'Likes <b>maps</b>',
}

describe('adding a child', () => {
  test('each missing or wrong field gets its own message, and everything typed stays', async () => {
    const response = await browser.post('/children/new', {
      ...validChild,
      legalName: '',
      dateOfBirth: '2030-01-01',
      state: 'ZZ',
      grade: 'kinder',
    })
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('There is a problem')
    expect(response.body).toContain('Enter your child’s full legal name')
    expect(response.body).toContain('The date of birth must be in the past')
    expect(response.body).toContain('Choose a state from the list')
    expect(response.body).toContain('Choose a grade from the list')
    expect(response.body).toContain('value="Oak Elementary"')
    expect(response.body).toContain('value="2030-01-01"')
    expect(response.body).toContain('href="#dateOfBirth"')
    expect(await t.deps.db.selectFrom('children').select('id').execute()).toHaveLength(0)
  })

  test('an impossible date is named as such', async () => {
    const response = await browser.post('/children/new', { ...validChild, dateOfBirth: '2015-02-30' })
    expect(response.body).toContain('Enter a real date of birth')
  })

  test('a valid child is saved, shown with its age, and text is escaped', async () => {
    const response = await browser.post('/children/new', validChild)
    expect(response.statusCode).toBe(303)
    // The next step is "where are you now?"; the child's page has the details.
    const next = await browser.follow(response)
    expect(next.body).toContain('Lucy has been added.')
    const childPath = String(response.headers.location).replace(/\/starting-point$/, '')
    const page = await browser.get(childPath)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Monday 29 February 2016')
    expect(page.body).toContain('(age 10)')
    expect(page.body).toContain('Likes &lt;b>maps&lt;/b>')
    expect(page.body).not.toContain('<b>maps</b>')
    const list = await browser.get('/children')
    expect(list.body).toContain('Lucy')
  })
})

describe('editing a child', () => {
  test('a second person’s save after a first is refused, and their edits are kept in the form', async () => {
    const child = await createChildFor(t.deps, parent)
    const coParent = new TestBrowser(t.app)
    await signInBrowser(coParent, parent)

    const first = await browser.post(`/children/${child.id}/edit`, {
      ...validChild,
      school: 'First School',
      version: '1',
    })
    expect(first.statusCode).toBe(303)
    const second = await coParent.post(`/children/${child.id}/edit`, {
      ...validChild,
      school: 'Second School',
      version: '1',
    })
    expect(second.statusCode).toBe(409)
    expect(second.body).toContain('Someone else saved a newer version')
    expect(second.body).toContain('value="Second School"')
    expect(second.body).toContain('First School')
    expect(second.body).toContain('name="version" value="2"')
    const stored = await t.deps.db.selectFrom('children').select('school').executeTakeFirstOrThrow()
    expect(stored.school).toBe('First School')

    const deliberate = await coParent.post(`/children/${child.id}/edit`, {
      ...validChild,
      school: 'Second School',
      version: '2',
    })
    expect(deliberate.statusCode).toBe(303)
  })

  test('edit errors keep what was typed', async () => {
    const child = await createChildFor(t.deps, parent)
    const response = await browser.post(`/children/${child.id}/edit`, {
      ...validChild,
      legalName: '  ',
      version: '1',
    })
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('Enter your child’s full legal name')
    expect(response.body).toContain('value="Oak Elementary"')
  })

  test('archiving hides a child from the list and restoring brings it back', async () => {
    const child = await createChildFor(t.deps, parent, { preferredName: 'Archie' })
    expect((await browser.post(`/children/${child.id}/archive`)).statusCode).toBe(303)
    expect((await browser.get('/children')).body).not.toContain('Archie')
    expect((await browser.get('/children/archived')).body).toContain('Archie')
    expect((await browser.get(`/children/${child.id}`)).body).toContain('archived')
    expect((await browser.post(`/children/${child.id}/archive`)).statusCode).toBe(409)
    expect((await browser.post(`/children/${child.id}/restore`)).statusCode).toBe(303)
    expect((await browser.get('/children')).body).toContain('Archie')
  })
})

describe('events on the timeline', () => {
  test('adding an event names each problem and keeps the input', async () => {
    const child = await createChildFor(t.deps, parent)
    const response = await browser.post(`/children/${child.id}/events/new`, {
      type: '',
      date: 'yesterday',
      note: 'Called Ms. Ruiz',
    })
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('Choose what happened')
    expect(response.body).toContain('Enter a real date')
    expect(response.body).toContain('Called Ms. Ruiz')
    const unknown = await browser.post(`/children/${child.id}/events/new`, {
      type: 'made-up-event',
      date: '2026-09-02',
      note: '',
    })
    expect(unknown.body).toContain('Choose an event from the list')
  })

  test('events are added, shown newest first, changed and deleted', async () => {
    const child = await createChildFor(t.deps, parent)
    await browser.post(`/children/${child.id}/events/new`, {
      type: 'evaluation-requested',
      date: '2026-08-20',
      note: 'Letter to principal',
    })
    await browser.post(`/children/${child.id}/events/new`, {
      type: 'consent-to-evaluate-signed',
      date: '2026-09-02',
      note: '',
    })
    const page = await browser.get(`/children/${child.id}`)
    expect(page.body.indexOf('2026-09-02')).toBeLessThan(page.body.indexOf('2026-08-20'))
    expect(page.body).toContain('Letter to principal')

    const event = await t.deps.db
      .selectFrom('events')
      .selectAll()
      .where('type', '=', 'evaluation-requested')
      .executeTakeFirstOrThrow()
    const edited = await browser.post(`/children/${child.id}/events/${event.id}/edit`, {
      type: 'evaluation-requested',
      date: '2026-08-21',
      note: 'Letter, hand delivered',
    })
    expect(edited.statusCode).toBe(303)
    expect((await browser.get(`/children/${child.id}`)).body).toContain('Letter, hand delivered')

    const confirm = await browser.get(`/children/${child.id}/events/${event.id}/delete`)
    expect(confirm.body).toContain('Delete this event?')
    expect((await browser.post(`/children/${child.id}/events/${event.id}/delete`)).statusCode).toBe(303)
    expect(await t.deps.db.selectFrom('events').select('id').execute()).toHaveLength(1)
  })
})

describe('another household', () => {
  test('cannot see, change or learn of a child, through any page, even with real ids', async () => {
    const child = await createChildFor(t.deps, parent)
    const event = await addEvent(t.deps, parent.actor, child.id, {
      type: 'evaluation-requested',
      date: '2026-08-20',
      note: 'secret',
    })
    const stranger = await createUser(t.deps)
    const other = new TestBrowser(t.app)
    await signInBrowser(other, stranger)
    const missingId = '00000000-0000-4000-8000-000000000000'

    const gets = [
      `/children/${child.id}`,
      `/children/${child.id}/edit`,
      `/children/${child.id}/events/new`,
      `/children/${child.id}/events/${event.id}/edit`,
      `/children/${child.id}/events/${event.id}/delete`,
    ]
    for (const url of gets) {
      const theirs = await other.get(url)
      const nonexistent = await other.get(url.replace(child.id, missingId))
      expect(theirs.statusCode, url).toBe(404)
      expect(nonexistent.statusCode, url).toBe(404)
      expect(theirs.body).not.toContain('Ana Rivera')
      expect(theirs.body).not.toContain('secret')
    }
    const posts: [string, Record<string, string>][] = [
      [`/children/${child.id}/edit`, { ...validChild, version: '1' }],
      [`/children/${child.id}/archive`, {}],
      [`/children/${child.id}/restore`, {}],
      [`/children/${child.id}/events/new`, { type: 'evaluation-requested', date: '2026-09-01', note: '' }],
      [
        `/children/${child.id}/events/${event.id}/edit`,
        { type: 'evaluation-requested', date: '2026-09-01', note: '' },
      ],
      [`/children/${child.id}/events/${event.id}/delete`, {}],
    ]
    for (const [url, fields] of posts) {
      expect((await other.post(url, fields)).statusCode, url).toBe(404)
    }
    // An event id of this child used under the stranger's own child is not found either.
    const strangersChild = await createChildFor(t.deps, stranger, {
      legalName: 'Ben Okafor',
      preferredName: 'Ben',
    })
    expect((await other.get(`/children/${strangersChild.id}/events/${event.id}/edit`)).statusCode).toBe(404)

    expect((await other.get('/children')).body).not.toContain('Ana')
    const unchanged = await t.deps.db
      .selectFrom('children')
      .select(['version', 'archived_at'])
      .where('id', '=', child.id)
      .executeTakeFirstOrThrow()
    expect(unchanged).toEqual({ version: 1, archived_at: null })
    expect(
      await t.deps.db.selectFrom('events').select('id').where('child_id', '=', child.id).execute(),
    ).toHaveLength(1)
  })
})
