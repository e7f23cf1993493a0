import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import { makePdf, multipartBody } from '../../../test/support/files.ts'
import { buildAccommodation, buildIep, buildService } from '../../../test/support/plan-factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { Child } from '../../domain/children/child.ts'
import { localDate } from '../../domain/dates/local-date.ts'
import { createAccessLink, revokeAccessLink } from '../../services/access/access-links.ts'
import { addSchoolYear } from '../../services/deadlines/school-years.ts'
import { createPlan } from '../../services/plans/save-plan.ts'
import { listIncidentsOfChild, listSessionsOfChild } from '../../storage/service-log-store.ts'

let t: TestApp
let browser: TestBrowser
let parent: TestUser
let child: Child
let dataDir: string

const SPEECH = 'svc-speech'
const OT = 'svc-ot'

beforeEach(async () => {
  // Friday 16 October 2026, in the afternoon in Chicago.
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-services-'))
  t = await buildTestApp({ now: '2026-10-16T20:00:00.000Z', env: { DATA_DIR: dataDir } })
  browser = new TestBrowser(t.app)
  parent = await createUser(t.deps, { name: 'Rosa Díaz' })
  await signInBrowser(browser, parent)
  child = await createChildFor(t.deps, parent, {
    legalName: 'Maya Ruiz',
    preferredName: '',
    dateOfBirth: '2016-05-10',
  })
  const plan = buildIep({
    services: [
      buildService({
        id: SPEECH,
        name: 'Speech therapy',
        minutes: 30,
        frequency: { times: 2, per: 'week' },
        start: localDate('2026-09-14'),
        end: localDate('2027-06-15'),
      }),
      buildService({
        id: OT,
        name: 'Occupational therapy',
        minutes: 60,
        frequency: { times: 1, per: 'month' },
        start: localDate('2026-09-14'),
        end: localDate('2027-06-15'),
      }),
    ],
    accommodations: [
      buildAccommodation({ id: 'acc-time', text: 'Extra time on tests', libraryId: undefined }),
    ],
  })
  await createPlan(t.deps, parent.actor, child.id, JSON.parse(JSON.stringify(plan)))
})
afterEach(async () => {
  await t.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

function words(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
}

function expectNoRawKeys(html: string): void {
  expect(words(html)).not.toMatch(/\bservices\.[a-z]+\.[\w.-]+/)
}

const base = () => `/children/${child.id}/services`

async function logSession(fields: Record<string, string>) {
  return browser.post(`${base()}/log/new`, {
    serviceId: SPEECH,
    minutes: '30',
    status: 'delivered',
    provider: '',
    note: '',
    source: 'family',
    ...fields,
  })
}

describe('the services page', () => {
  test('counts promised, given, missed and owed minutes over four weeks, by hand', async () => {
    // 60 minutes a week; 4 school weeks from 14 Sep to 9 Oct 2026 → 240 promised.
    for (const date of ['2026-09-15', '2026-09-17', '2026-09-22', '2026-09-29', '2026-10-01', '2026-10-06'])
      expect((await logSession({ date })).statusCode).toBe(303)
    expect((await logSession({ date: '2026-09-24', status: 'missed-provider-absent' })).statusCode).toBe(303)
    expect((await logSession({ date: '2026-10-08', status: 'student-absent' })).statusCode).toBe(303)
    // What the child said at home is shown, not counted.
    expect(
      (await logSession({ date: '2026-10-07', status: 'missed-reason-unknown', source: 'child-report' }))
        .statusCode,
    ).toBe(303)

    const page = await browser.get(`${base()}?from=2026-09-14&to=2026-10-09`)
    expect(page.statusCode).toBe(200)
    const text = words(page.body)
    // Speech: 180 given of 240; 30 missed for the school's reasons (owed), 30 for the child's (not owed).
    expect(text).toContain('240 minutes were promised and 180 were given. The school owes 30 minutes.')
    expect(text).toMatch(/Speech therapy 240 180 30 30 75(\.0)?% 30/)
    expect(text).toContain('1 family report not yet confirmed')
    expect(text).toContain('In all, the school owes')
    expect(text).toContain('How we count the minutes')
    expect(text).toContain('not legal advice')
    expect(page.body).toContain('<svg')
    expect(page.body).toContain('aria-current="page"')
    expectNoRawKeys(page.body)
  })

  test('a closed day takes a fifth of the weekly amount away, and extra minutes that week owe nothing', async () => {
    for (const date of ['2026-09-15', '2026-09-17']) await logSession({ date })
    const page = await browser.get(`${base()}?from=2026-09-14&to=2026-09-18&closed=2026-09-14`)
    const text = words(page.body)
    // 60 × 4/5 = 48 promised; 60 given.
    expect(text).toContain('48 minutes were promised and 60 were given. The school owes 0 minutes.')
    expect(text).toContain('taken out of the count: 1')
  })

  test('the school years entered on the deadlines pages set the days counted when none are typed', async () => {
    // School starts on Wednesday 16 Sep; Friday 18 Sep is a holiday: 2 school days that week.
    await addSchoolYear(
      t.deps,
      parent.actor,
      { childId: child.id },
      {
        firstDay: '2026-09-16',
        lastDay: '2027-06-10',
        closures: '2026-09-18',
      },
    )
    await logSession({ date: '2026-09-16' })
    const page = await browser.get(`${base()}?from=2026-09-14&to=2026-09-18`)
    const text = words(page.body)
    // 60 × 2/5 = 24 promised; 30 given.
    expect(text).toContain('24 minutes were promised and 30 were given. The school owes 0 minutes.')
    expect(text).toContain('come from the school years you entered')
    // Typed days win over the school years.
    const typed = await browser.get(`${base()}?from=2026-09-14&to=2026-09-18&closed=2026-09-14`)
    expect(words(typed.body)).toContain(
      '48 minutes were promised and 30 were given. The school owes 18 minutes.',
    )
  })

  test('a closed-days text it cannot read is named and the page still shows figures', async () => {
    const page = await browser.get(`${base()}?closed=${encodeURIComponent('next monday')}`)
    expect(page.statusCode).toBe(400)
    expect(words(page.body)).toContain('We could not read "next". Write dates like 2026-11-26')
    expect(page.body).toContain('next monday')
  })

  test('speaks Spanish', async () => {
    const page = await browser.get(base(), { 'accept-language': 'es' })
    expect(page.statusCode).toBe(200)
    expect(words(page.body)).toContain('Minutos prometidos y dados')
    expect(words(page.body)).toContain('no asesoría legal')
    expectNoRawKeys(page.body)
  })
})

describe('logging one session', () => {
  test('bad input names each field, keeps what was typed and saves nothing', async () => {
    const response = await logSession({
      date: '2026-13-01',
      minutes: 'half an hour',
      status: '',
      provider: 'Ms. Lee',
    })
    expect(response.statusCode).toBe(400)
    const text = words(response.body)
    expect(text).toContain('There is a problem')
    expect(text).toContain('Enter a real date, for example 2026-10-05.')
    expect(text).toContain('Enter the minutes as a whole number, for example 30.')
    expect(text).toContain('Choose what happened.')
    expect(response.body).toContain('value="half an hour"')
    expect(response.body).toContain('value="Ms. Lee"')
    expect(await listSessionsOfChild(t.deps.db, child.id)).toHaveLength(0)
  })

  test('a date after today is refused', async () => {
    const response = await logSession({ date: '2026-10-19' })
    expect(response.statusCode).toBe(400)
    expect(words(response.body)).toContain('Enter a date that is today or earlier.')
  })

  test('a change made from an old version is refused and the second person keeps what they typed', async () => {
    await logSession({ date: '2026-10-05' })
    const [session] = await listSessionsOfChild(t.deps.db, child.id)
    if (!session) throw new Error('no session')
    const edit = `${base()}/log/${session.id}/edit`
    const fields = {
      serviceId: SPEECH,
      date: '2026-10-05',
      status: 'delivered',
      provider: '',
      note: '',
      source: 'family',
    }
    expect((await browser.post(edit, { ...fields, minutes: '25', version: '1' })).statusCode).toBe(303)
    const stale = await browser.post(edit, { ...fields, minutes: '20', note: 'mine', version: '1' })
    expect(stale.statusCode).toBe(409)
    expect(words(stale.body)).toContain('Someone changed this session while you were working on it')
    expect(stale.body).toContain('value="20"')
    expect(stale.body).toContain('name="version" value="2"')
    const [saved] = await listSessionsOfChild(t.deps.db, child.id)
    expect(saved?.minutes).toBe(25)

    const del = `${base()}/log/${session.id}/delete`
    expect((await browser.post(del, { version: '1' })).statusCode).toBe(409)
    expect((await browser.post(del, { version: '2' })).statusCode).toBe(303)
    expect(await listSessionsOfChild(t.deps.db, child.id)).toHaveLength(0)
  })
})

describe("a week's grid", () => {
  test('saves every filled cell together, or none when one cell is wrong', async () => {
    const week = `${base()}/log/week?week=2026-10-05`
    const form = await browser.get(week)
    expect(form.statusCode).toBe(200)
    expect(form.body).toContain('name="cell.0.4.minutes"')
    expectNoRawKeys(form.body)

    const fields = {
      week: '2026-10-05',
      'service.0': SPEECH,
      'service.1': OT,
      'cell.0.0.minutes': '30',
      'cell.0.0.status': 'delivered',
      'cell.0.2.minutes': '30',
      'cell.0.2.status': 'cancelled-by-school',
      'cell.1.3.minutes': 'sixty',
      'cell.1.3.status': 'delivered',
      provider: '',
      source: 'school',
    }
    const bad = await browser.post(week, fields)
    expect(bad.statusCode).toBe(400)
    expect(words(bad.body)).toContain('Enter the minutes as a whole number')
    expect(bad.body).toContain('value="sixty"')
    expect(await listSessionsOfChild(t.deps.db, child.id)).toHaveLength(0)

    const good = await browser.post(week, { ...fields, 'cell.1.3.minutes': '60' })
    expect(good.statusCode).toBe(303)
    const saved = await listSessionsOfChild(t.deps.db, child.id)
    expect(saved.map((s) => [s.serviceId, s.date, s.minutes, s.status, s.source]).sort()).toEqual([
      [OT, '2026-10-08', 60, 'delivered', 'school'],
      [SPEECH, '2026-10-05', 30, 'delivered', 'school'],
      [SPEECH, '2026-10-07', 30, 'cancelled-by-school', 'school'],
    ])
  })
})

describe('a CSV import', () => {
  test('names every bad row by line and column and saves nothing; a good file saves every row', async () => {
    const bad = [
      'date,service,minutes,status,provider,note',
      '2026-10-05,Speech therapy,30,delivered,Ms. Lee,',
      '2026-10-06,Swimming,30,delivered,,',
      '2026-10-07,speech therapy,thirty,gone,,',
    ].join('\n')
    const response = await browser.post(`${base()}/log/import`, { file: bad, source: 'family' })
    expect(response.statusCode).toBe(400)
    const text = words(response.body)
    expect(text).toContain('Line 3, column "service": Choose one of the services in the plan.')
    expect(text).toContain('Line 4, column "minutes": Enter the minutes as a whole number, for example 30.')
    expect(text).toContain('Line 4, column "status": Choose what happened.')
    expect(await listSessionsOfChild(t.deps.db, child.id)).toHaveLength(0)

    const good = [
      'Date;Service;Minutes;Status;Note',
      '2026-10-05;Speech therapy;30;delivered;"Worked on /r/, ""great"" day"',
      '2026-10-07;svc-speech;30;student-absent;',
      '2026-10-08;Occupational therapy;60;delivered;',
    ].join('\r\n')
    const ok = await browser.post(`${base()}/log/import`, { file: good, source: 'family' })
    expect(ok.statusCode).toBe(303)
    const saved = await listSessionsOfChild(t.deps.db, child.id)
    expect(saved).toHaveLength(3)
    expect(saved.find((s) => s.date === '2026-10-05')?.note).toBe('Worked on /r/, "great" day')
  })

  test('a file without the required columns says which are missing', async () => {
    const response = await browser.post(`${base()}/log/import`, {
      file: 'when,what\n2026-10-05,speech',
      source: 'family',
    })
    expect(response.statusCode).toBe(400)
    expect(words(response.body)).toContain(
      'The first line must name these columns: date, service, minutes, status.',
    )
  })
})

describe('accommodations not provided', () => {
  test('are logged against the plan and counted per accommodation', async () => {
    const missing = await browser.post(`${base()}/accommodations/new`, {
      accommodationId: '',
      date: '2026-10-06',
      whatHappened: '',
      reportedBy: '',
    })
    expect(missing.statusCode).toBe(400)
    expect(words(missing.body)).toContain('Choose the accommodation.')
    expect(words(missing.body)).toContain('Write what happened.')

    const ok = await browser.post(`${base()}/accommodations/new`, {
      accommodationId: 'acc-time',
      date: '2026-10-06',
      whatHappened: 'No extra time on the math test',
      reportedBy: 'Maya',
    })
    expect(ok.statusCode).toBe(303)
    expect(await listIncidentsOfChild(t.deps.db, child.id)).toHaveLength(1)
    const page = await browser.get(`${base()}?from=2026-10-05&to=2026-10-09`)
    const text = words(page.body)
    expect(text).toContain('Extra time on tests')
    expect(text).toContain('Not provided 1 time')
    expect(text).toContain('Not provided on 1 of 5 school days (20%)')
    expect(text).toContain('No extra time on the math test')
  })

  test('carry evidence from the documents, and are deleted only after asking', async () => {
    const uploaded = await browser.upload(
      `/children/${child.id}/documents/new`,
      multipartBody(
        { title: 'Graded math test', kind: 'other', date: '2026-10-06', tags: '', notes: '' },
        { fileName: 'test.pdf', content: await makePdf(['Math test, no extra time']) },
      ),
    )
    expect(uploaded.statusCode).toBe(303)
    const [document] = await t.deps.db.selectFrom('documents').select('id').execute()
    const form = await browser.get(`${base()}/accommodations/new`)
    expect(words(form.body)).toContain('Evidence from your documents (optional)')
    expect(words(form.body)).toContain('Graded math test')
    // A document of another child's cannot be attached.
    const foreign = await browser.post(`${base()}/accommodations/new`, {
      accommodationId: 'acc-time',
      date: '2026-10-06',
      whatHappened: 'No extra time on the math test',
      reportedBy: '',
      documentIds: 'not-a-document',
    })
    expect(foreign.statusCode).toBe(400)
    expect(words(foreign.body)).toContain('Choose documents from this child’s documents.')
    const ok = await browser.post(`${base()}/accommodations/new`, {
      accommodationId: 'acc-time',
      date: '2026-10-06',
      whatHappened: 'No extra time on the math test',
      reportedBy: '',
      documentIds: document?.id ?? '',
    })
    expect(ok.statusCode).toBe(303)
    const [incident] = await listIncidentsOfChild(t.deps.db, child.id)
    const page = await browser.get(`${base()}?from=2026-10-05&to=2026-10-09`)
    expect(words(page.body)).toContain('Evidence: Graded math test')
    expect(page.body).toContain(`href="/children/${child.id}/documents/${document?.id}"`)
    const deleteUrl = `${base()}/accommodations/${incident?.id}/delete`
    expect(page.body).toContain(`href="${deleteUrl}"`)

    const confirm = await browser.get(deleteUrl)
    expect(confirm.statusCode).toBe(200)
    expect(words(confirm.body)).toContain('Delete this entry?')
    expect(words(confirm.body)).toContain('Documents attached to it stay in your documents.')
    const stale = await browser.post(deleteUrl, { version: '7' })
    expect(stale.statusCode).toBe(409)
    expect(await listIncidentsOfChild(t.deps.db, child.id)).toHaveLength(1)
    const deleted = await browser.post(deleteUrl, { version: String(incident?.version) })
    expect(deleted.statusCode).toBe(303)
    expect(await listIncidentsOfChild(t.deps.db, child.id)).toEqual([])
    expect(await t.deps.db.selectFrom('documents').select('id').execute()).toHaveLength(1)
    expect(
      await t.deps.db
        .selectFrom('record_links')
        .selectAll()
        .where('from_kind', '=', 'accommodation-incident')
        .execute(),
    ).toEqual([])
    const spanish = await browser.get(`${base()}/accommodations/new`, { 'accept-language': 'es' })
    expectNoRawKeys(spanish.body)
  })
})

describe('access', () => {
  test("another family's child answers 404 on every page and saves nothing", async () => {
    const stranger = await createUser(t.deps)
    const other = new TestBrowser(t.app)
    await signInBrowser(other, stranger)
    for (const url of [
      base(),
      `${base()}/log`,
      `${base()}/log/new`,
      `${base()}/log/week`,
      `${base()}/log/import`,
      `${base()}/accommodations/new`,
      `${base()}/accommodations/some-entry/delete`,
    ])
      expect((await other.get(url)).statusCode, url).toBe(404)
    const post = await other.post(`${base()}/log/new`, {
      serviceId: SPEECH,
      date: '2026-10-05',
      minutes: '30',
      status: 'delivered',
      provider: '',
      note: '',
      source: 'family',
    })
    expect(post.statusCode).toBe(404)
    expect(await listSessionsOfChild(t.deps.db, child.id)).toHaveLength(0)
  })

  test('signed out, the pages send people to sign in', async () => {
    const anonymous = new TestBrowser(t.app)
    const response = await anonymous.get(base())
    expect(response.statusCode).toBe(302)
  })
})

describe("a provider's data-entry link", () => {
  test('shows only the first name and the service names, logs sessions as the school record, and ends with the link', async () => {
    const { link, token } = await createAccessLink(t.deps, parent.actor, {
      childId: child.id,
      purpose: 'data-entry',
      label: 'Speech therapist',
    })
    const provider = new TestBrowser(t.app)
    const page = await provider.get(`/enter/${token}/services`)
    expect(page.statusCode).toBe(200)
    const text = words(page.body)
    expect(text).toContain('Log services for Maya')
    expect(text).toContain('Speech therapy')
    expect(text).not.toContain('Ruiz')
    expect(text).not.toContain('In all, the school owes')
    expect(text).not.toContain('Where does this come from?')
    expectNoRawKeys(page.body)

    const bad = await provider.post(`/enter/${token}/services`, {
      serviceId: SPEECH,
      date: '2026-10-15',
      minutes: '',
      status: 'delivered',
      provider: 'Ms. Lee',
      note: '',
    })
    expect(bad.statusCode).toBe(400)
    expect(words(bad.body)).toContain('Enter the minutes.')
    expect(bad.body).toContain('value="Ms. Lee"')

    const ok = await provider.post(`/enter/${token}/services`, {
      serviceId: SPEECH,
      date: '2026-10-15',
      minutes: '30',
      status: 'missed-school-event',
      provider: 'Ms. Lee',
      note: 'Assembly',
      // A link cannot claim to be the family.
      source: 'family',
    })
    expect(ok.statusCode).toBe(303)
    const [saved] = await listSessionsOfChild(t.deps.db, child.id)
    expect(saved).toMatchObject({
      source: 'school',
      enteredBy: null,
      enteredViaLink: link.id,
      status: 'missed-school-event',
    })
    expect(words((await provider.get(`/enter/${token}/services`)).body)).toContain('Missed: school event')

    // The link reaches nothing else of the record.
    expect((await provider.get(base())).statusCode).not.toBe(200)

    await revokeAccessLink(t.deps, parent.actor, link.id)
    expect((await provider.get(`/enter/${token}/services`)).statusCode).toBe(404)
    // Posted without a cookie session (as a provider's browser with no account does).
    const after = await t.app.inject({
      method: 'POST',
      url: `/enter/${token}/services`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        serviceId: SPEECH,
        date: '2026-10-16',
        minutes: '30',
        status: 'delivered',
      }).toString(),
    })
    // Refused before any handler runs: the ended link answers not-found, whose page then fails the
    // CSRF check first (403) when the post carries no token; either way nothing is saved.
    expect([403, 404]).toContain(after.statusCode)
    expect(await listSessionsOfChild(t.deps.db, child.id)).toHaveLength(1)
  })
})

describe('the compensatory services letter', () => {
  test('one click drafts it from the ledger; the letters form saves it', async () => {
    await logSession({ date: '2026-09-15' })
    await logSession({ date: '2026-09-17', status: 'missed-provider-absent' })
    const draft = await browser.post(`${base()}/letter`, { from: '2026-09-14', to: '2026-09-18', closed: '' })
    expect(draft.statusCode).toBe(200)
    const text = words(draft.body)
    expect(text).toContain('Ask for missed services to be made up')
    expect(text).toContain('Speech therapy (60 minutes each week): 60 minutes promised, 30 given, 30 missed')
    expect(text).toContain('Owed: 30 minutes.')
    expect(draft.body).toContain('value="Rosa Díaz"')
    expect(draft.body).toContain(`action="/children/${child.id}/letters/new/compensatory-services"`)
    expectNoRawKeys(draft.body)

    const facts = /<textarea[^>]*name="facts"[^>]*>([^<]*)<\/textarea>/.exec(draft.body)?.[1] ?? ''
    const saved = await browser.post(`/children/${child.id}/letters/new/compensatory-services`, {
      language: 'en',
      recipientName: 'Dr. Shah',
      recipientTitle: '',
      parentName: 'Rosa Díaz',
      parentContact: '',
      facts: facts.replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
      resolution: 'The owed minutes made up.',
    })
    expect(saved.statusCode).toBe(303)
    const letter = await browser.follow(saved)
    expect(words(letter.body)).toContain('34 CFR 300.323(c)(2)')
    expect(words(letter.body)).toContain('Owed: 30 minutes.')
  })

  test('in Spanish', async () => {
    await logSession({ date: '2026-09-17', status: 'cancelled-by-school' })
    const draft = await browser.post(
      `${base()}/letter`,
      { from: '2026-09-14', to: '2026-09-18', closed: '' },
      { headers: { 'accept-language': 'es' } },
    )
    expect(words(draft.body)).toContain('Pedir que se repongan los servicios perdidos')
    expect(words(draft.body)).toContain('Se deben: 60 minutos.')
  })
})

describe('the dashboard', () => {
  test('names a service given under 90% over the last four school weeks, once a log is kept', async () => {
    const before = await browser.get('/dashboard')
    expect(words(before.body)).not.toContain('Services given less than the plan promises')
    await logSession({ date: '2026-09-22' })
    const after = await browser.get('/dashboard')
    const text = words(after.body)
    expect(text).toContain('Services given less than the plan promises')
    expect(text).toContain('Maya Ruiz: Speech therapy: fewer minutes than the plan promises')
    expect(text).toContain('30 of the 240 minutes')
    expect(after.body).toContain(`href="/children/${child.id}/services"`)
  })
})
