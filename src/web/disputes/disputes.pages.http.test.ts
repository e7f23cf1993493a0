import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { Child } from '../../domain/children/child.ts'
import { ROADS } from '../../domain/disputes/roads.ts'
import { listEvents } from '../../services/children/events.ts'

let t: TestApp
let browser: TestBrowser
let parent: TestUser
let child: Child

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z' })
  browser = new TestBrowser(t.app)
  parent = await createUser(t.deps, { name: 'Maria Lopez' })
  child = await createChildFor(t.deps, parent, {
    legalName: 'Mateo Lopez',
    preferredName: '',
    dateOfBirth: '2013-05-20',
    state: 'NC',
  })
  await signInBrowser(browser, parent)
})
afterEach(async () => {
  await t.close()
})

function versionIn(html: string, action: string): string {
  const form = html.slice(html.indexOf(`action="${action}"`))
  return /name="version" value="(\d+)"/.exec(form)?.[1] ?? ''
}

async function openDueProcess(): Promise<string> {
  const response = await browser.post(`/children/${child.id}/disputes/new`, {
    road: 'due-process',
    title: 'Speech therapy not given since January',
    violationOn: '2026-01-12',
    knewOn: '2026-02-02',
  })
  expect(response.statusCode, response.body).toBe(303)
  return String(response.headers.location)
}

describe('the guide to the roads', () => {
  test('every road is compared on the same rows, with its law, and says it is not legal advice', async () => {
    const page = await browser.get(`/children/${child.id}/disputes`)
    expect(page.statusCode).toBe(200)
    for (const road of ROADS) expect(page.body).toContain(`id="road-${road}"`)
    for (const words of [
      'Who decides',
      'Time limit to start',
      'Stay-put',
      '34 CFR 300.507-300.518',
      'not legal advice',
    ])
      expect(page.body).toContain(words)
    expect(page.body).toContain(`/children/${child.id}/disputes/new?road=due-process`)
  })

  test('the guide reads in Spanish', async () => {
    const page = await browser.get(`/children/${child.id}/disputes`, { 'accept-language': 'es' })
    expect(page.body).toContain('Cuando no está de acuerdo con la escuela')
    expect(page.body).toContain('Queja y audiencia de debido proceso')
  })
})

describe('opening a dispute', () => {
  test('every problem is named, and what was typed is kept', async () => {
    const response = await browser.post(`/children/${child.id}/disputes/new`, {
      road: 'duel',
      title: '',
      violationOn: '2026-12-25',
      knewOn: 'yesterday',
    })
    expect(response.statusCode).toBe(400)
    for (const words of [
      'There is a problem',
      'Choose the way you are taking',
      'Enter what the disagreement is about',
      'The date cannot be after today',
      'Enter a real date, like 2027-03-16',
      'value="yesterday"',
    ])
      expect(response.body).toContain(words)
    const early = await browser.post(`/children/${child.id}/disputes/new`, {
      road: 'mediation',
      title: 'x',
      violationOn: '',
      knewOn: '2026-01-01',
    })
    expect(early.body).toContain('Enter when the problem happened')
    expect(await t.deps.db.selectFrom('disputes').select('id').execute()).toHaveLength(0)
  })

  test('the filing limits are counted from the dates given, with North Carolina’s own one-year due process limit', async () => {
    const location = await openDueProcess()
    const page = await browser.get(location)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Last day to file a state complaint')
    expect(page.body).toContain('Due Tuesday 12 January 2027')
    expect(page.body).toContain('Last day to ask for a due process hearing')
    // North Carolina: 1 year from the day the family knew.
    expect(page.body).toContain('Due Tuesday 2 February 2027')
    expect(page.body).toContain('North Carolina uses its own rule here instead of the federal 2 years.')
    expect(page.body).toContain('Last day to file with OCR')
    expect(page.body).toContain('Due Saturday 11 July 2026')
    expect(page.body).toContain('34 CFR 300.153(c)')
    const types = (await listEvents(t.deps, parent.actor, child.id)).map((e) => e.type).sort()
    expect(types).toEqual([
      'alleged-discrimination-occurred',
      'alleged-violation-occurred',
      'parent-knew-or-should-have-known',
    ])
  })
})

describe('following a due process complaint stage by stage', () => {
  test('recording that the district got the complaint dates the resolution meeting, the period and the decision', async () => {
    const location = await openDueProcess()
    const page = await browser.get(location)
    const action = `${location}/stage`
    const bad = await browser.post(action, {
      version: versionIn(page.body, action),
      stage: 'verdict',
      date: '',
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('Choose the stage')
    expect(bad.body).toContain('Enter the date of the stage')

    const saved = await browser.post(action, {
      version: versionIn(page.body, action),
      stage: 'received',
      date: '2026-11-16',
    })
    expect(saved.statusCode).toBe(303)
    const after = await browser.get(location)
    expect(after.body).toContain('Recorded: Monday 16 November 2026')
    expect(after.body).toContain('Resolution meeting')
    expect(after.body).toContain('Due Tuesday 1 December 2026')
    expect(after.body).toContain('Due Wednesday 16 December 2026')
    expect(after.body).toContain('Due Saturday 30 January 2027')
    expect(after.body).toContain('34 CFR 300.510(a)')
    expect(after.body).toContain('Federal law allows 15 calendar days. The next day is day 1.')

    // The same version again is someone else's older page: refused, with the typed values kept.
    const late = await browser.post(action, {
      version: versionIn(page.body, action),
      stage: 'resolution-meeting',
      date: '2026-11-25',
    })
    expect(late.statusCode).toBe(409)
    expect(late.body).toContain('Someone else changed this disagreement first.')
    expect(late.body).toContain('value="2026-11-25"')

    const meeting = await browser.post(action, {
      version: versionIn(after.body, action),
      stage: 'resolution-meeting',
      date: '2026-11-25',
    })
    expect(meeting.statusCode).toBe(303)
    const met = await browser.get(location)
    expect(met.body).toContain('Recorded: Wednesday 25 November 2026')
    expect(met.body).toMatch(
      /Resolution meeting<\/strong>: Due Tuesday 1 December 2026 <strong class="pw-tag pw-tag--green">done/,
    )
  })

  test('a hearing may be set ahead, but other stages cannot be in the future', async () => {
    const location = await openDueProcess()
    const page = await browser.get(location)
    const action = `${location}/stage`
    const future = await browser.post(action, {
      version: versionIn(page.body, action),
      stage: 'decision',
      date: '2027-01-10',
    })
    expect(future.statusCode).toBe(400)
    expect(future.body).toContain('The date cannot be after today')
    const hearing = await browser.post(action, {
      version: versionIn(page.body, action),
      stage: 'hearing',
      date: '2027-01-11',
    })
    expect(hearing.statusCode).toBe(303)
    expect((await browser.get(location)).body).toContain('Recorded: Monday 11 January 2027')
  })

  test('the outcome and the agreement’s terms are saved; each term is listed as a task', async () => {
    const location = await openDueProcess()
    const page = await browser.get(location)
    const action = `${location}/outcome`
    const bad = await browser.post(action, {
      version: versionIn(page.body, action),
      status: '',
      outcome: 'x',
      agreementTerms: '',
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('Choose the status')
    const saved = await browser.post(action, {
      version: versionIn(page.body, action),
      status: 'resolved',
      outcome: 'Settled at the resolution meeting.',
      agreementTerms: '- 20 hours of make-up speech therapy\nA new speech evaluation by March',
    })
    expect(saved.statusCode).toBe(303)
    const after = await browser.get(location)
    expect(after.body).toContain('Tasks from the agreement')
    expect(after.body).toContain('<li>20 hours of make-up speech therapy</li>')
    expect(after.body).toContain('Resolved')
  })

  test('another family’s dispute answers 404', async () => {
    const location = await openDueProcess()
    const other = new TestBrowser(t.app)
    await signInBrowser(other, await createUser(t.deps))
    expect((await other.get(location)).statusCode).toBe(404)
    expect((await other.get(`/children/${child.id}/disputes`)).statusCode).toBe(404)
    expect(
      (await other.post(`${location}/stage`, { version: '1', stage: 'received', date: '2026-11-16' }))
        .statusCode,
    ).toBe(404)
  })
})
