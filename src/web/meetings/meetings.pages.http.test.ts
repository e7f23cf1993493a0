import { execFileSync } from 'node:child_process'
import ICAL from 'ical.js'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import { buildIep, buildService } from '../../../test/support/plan-factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { Child } from '../../domain/children/child.ts'
import { listEvents } from '../../services/children/events.ts'
import { createPlan } from '../../services/plans/save-plan.ts'
import { addProgressPoints } from '../../services/progress/progress-data.ts'
import { addSession } from '../../services/services-delivered/service-log.ts'

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
  })
  await signInBrowser(browser, parent)
})
afterEach(async () => {
  await t.close()
})

const validMeeting = {
  kind: 'annual-review',
  date: '2026-12-10',
  startTime: '15:30',
  durationMinutes: '90',
  timeZone: 'America/Chicago',
  place: 'Washington Middle School, room 12',
  link: '',
  invitedOn: '2026-12-01',
  'participants[0].name': 'Maria Lopez',
  'participants[0].role': 'parent',
  'participants[1].name': 'Ms. Blue',
  'participants[1].role': 'special-education-teacher',
  'participants[2].name': 'Dr. Gray',
  'participants[2].role': 'district-representative',
  'participants[3].name': 'Mr. Green',
  'participants[3].role': 'general-education-teacher',
  'participants[3].excused': 'yes',
}

function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf })
    .toString('utf8')
    .replace(/\s+/g, ' ')
}

async function addMeeting(fields: Record<string, string> = validMeeting): Promise<string> {
  const response = await browser.post(`/children/${child.id}/meetings/new`, fields)
  expect(response.statusCode, response.body).toBe(303)
  return String(response.headers.location)
}

function versionIn(html: string): string {
  return /name="version" value="(\d+)"/.exec(html)?.[1] ?? ''
}

describe('adding a meeting', () => {
  test('every problem is named next to its field, and what was typed stays in the form', async () => {
    const response = await browser.post(`/children/${child.id}/meetings/new`, {
      kind: '',
      date: '2026-13-40',
      startTime: '3pm',
      durationMinutes: 'long',
      timeZone: 'Mars/Olympus',
      place: '',
      link: 'ftp://example.org',
      invitedOn: '2026-12-20',
      'participants[0].name': '',
      'participants[0].role': 'parent',
      'participants[1].name': 'Ms. Blue',
      'participants[1].role': '',
    })
    expect(response.statusCode).toBe(400)
    for (const words of [
      'There is a problem',
      'Choose the kind of meeting',
      'Enter a real date, like 2027-03-16',
      'Enter the time as hours and minutes, like 15:30',
      'Enter how long the meeting is, in minutes, between 5 and 600',
      'Choose a time zone',
      'Enter a link that starts with https://',
      'Enter the name of this person, or leave the row empty',
      'Choose this person’s role',
      'value="3pm"',
      'value="Ms. Blue"',
    ])
      expect(response.body).toContain(words)
    expect(await t.deps.db.selectFrom('meetings').select('id').execute()).toHaveLength(0)
  })

  test('a meeting with neither a place nor a link, or invited after the day, is refused', async () => {
    const response = await browser.post(`/children/${child.id}/meetings/new`, {
      ...validMeeting,
      place: '',
      invitedOn: '2026-12-11',
    })
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('Enter where the meeting is, or a video link')
    expect(response.body).toContain('The invitation date must be on or before the meeting date')
  })

  test('the meeting page checks the team against 34 CFR 300.321 and the invitation against the notice rule', async () => {
    const location = await addMeeting()
    const page = await browser.get(location)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Annual IEP review')
    expect(page.body).toContain('Thursday 10 December 2026 at 15:30 (Central time (Chicago)), 90 minutes')
    // No one who can explain evaluation results; the general education teacher is excused.
    expect(page.body).toContain(
      'No one on the list has this role: Someone who can explain the evaluation results.',
    )
    expect(page.body).toContain('34 CFR 300.321(a)(5)')
    expect(page.body).toContain('Excused from the meeting: General education teacher.')
    expect(page.body).toContain('you and the school both agree in writing')
    expect(page.body).toContain('The invitation reached you on Tuesday 1 December 2026. That meets the rule.')
    expect(page.body).toContain('34 CFR 300.322(a)(1), (b)')
    // Suggestions from the record: no plan, no progress data, the missing team member.
    expect(page.body).toContain('There is no plan in effect on the record.')
    expect(page.body).toContain('Ask for the latest progress report on each goal.')
    const list = await browser.get(`/children/${child.id}/meetings`)
    expect(list.body).toContain(location)
    expect(list.body).toContain('Planned')
  })

  test('another family’s meeting answers 404, as if it did not exist', async () => {
    const location = await addMeeting()
    const stranger = await createUser(t.deps)
    const other = new TestBrowser(t.app)
    await signInBrowser(other, stranger)
    for (const path of ['', '/edit', '/prepare', '/record', '/packet.pdf', '/meeting.ics', '/letter'])
      expect((await other.get(`${location}${path}`)).statusCode, path).toBe(404)
    expect((await other.get(`/children/${child.id}/meetings`)).statusCode).toBe(404)
  })
})

describe('changing, preparing and recording', () => {
  test('a second save over an older version is refused and the typed values are kept', async () => {
    const location = await addMeeting()
    const form = await browser.get(`${location}/edit`)
    const version = versionIn(form.body)
    expect(
      (await browser.post(`${location}/edit`, { ...validMeeting, version, place: 'Room 14' })).statusCode,
    ).toBe(303)
    const late = await browser.post(`${location}/edit`, { ...validMeeting, version, place: 'Library' })
    expect(late.statusCode).toBe(409)
    expect(late.body).toContain('Someone else changed this meeting')
    expect(late.body).toContain('value="Library"')
    expect((await browser.get(location)).body).toContain('Room 14')
  })

  test('preparation is saved and goes into the packet PDF with the rights and their citations', async () => {
    const location = await addMeeting()
    const prepare = await browser.get(`${location}/prepare`)
    expect(prepare.statusCode).toBe(200)
    const saved = await browser.post(`${location}/prepare`, {
      version: versionIn(prepare.body),
      concerns: 'Mateo is not getting his speech therapy.',
      strengths: 'He loves drawing and reads maps well.',
      questions: 'How is reading fluency measured?\n- Who gives speech therapy now?',
      requests: 'Make-up speech sessions',
    })
    expect(saved.statusCode).toBe(303)
    const pdf = await browser.get(`${location}/packet.pdf`)
    expect(pdf.statusCode).toBe(200)
    expect(pdf.headers['content-type']).toBe('application/pdf')
    const text = pdfText(pdf.rawPayload)
    for (const words of [
      'Preparing for the meeting: Mateo Lopez',
      'Annual IEP review on Thursday 10 December 2026 at 15:30',
      'Mateo is not getting his speech therapy.',
      'He loves drawing and reads maps well.',
      'How is reading fluency measured?',
      'Who gives speech therapy now?',
      'Make-up speech sessions',
      'Dr. Gray, District representative',
      '34 CFR 300.321(a)(5)',
      'No plan in effect is on the record.',
      'No progress data is on the record yet.',
      'No service sessions are on the record yet.',
      '34 CFR 300.503',
      '34 CFR 300.502',
      '34 CFR 300.518',
      'not legal advice',
    ])
      expect(text).toContain(words)
  })

  test('too many lines of questions are refused with the field named', async () => {
    const location = await addMeeting()
    const prepare = await browser.get(`${location}/prepare`)
    const response = await browser.post(`${location}/prepare`, {
      version: versionIn(prepare.body),
      concerns: '',
      strengths: '',
      questions: Array.from({ length: 51 }, (_, i) => `Question ${i}`).join('\n'),
      requests: '',
    })
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('Enter at most 50 lines')
    expect(response.body).toContain('Question 50')
  })

  test('recording the meeting as held adds the annual review events once, and the follow-up tasks are listed', async () => {
    const location = await addMeeting({ ...validMeeting, date: '2026-11-20', invitedOn: '2026-11-10' })
    const form = await browser.get(`${location}/record`)
    expect(form.body).toContain('value="2026-11-20"')
    const bad = await browser.post(`${location}/record`, {
      version: versionIn(form.body),
      heldOn: '2026-12-25',
      notes: '',
      decisions: '',
      'followUps[0].task': '',
      'followUps[0].owner': 'Ms. Blue',
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('The meeting date cannot be after today.')
    expect(bad.body).toContain('Enter the task, or leave the row empty')
    expect(bad.body).toContain('value="Ms. Blue"')

    const good = await browser.post(`${location}/record`, {
      version: versionIn(form.body),
      heldOn: '2026-11-20',
      notes: 'Long meeting.',
      decisions: 'Speech therapy goes back to 60 minutes a week.',
      'followUps[0].task': 'Send the new speech schedule',
      'followUps[0].owner': 'Ms. Blue',
      'followUps[0].dueOn': '2026-12-04',
    })
    expect(good.statusCode).toBe(303)
    const types = (await listEvents(t.deps, parent.actor, child.id)).map((e) => `${e.type} ${e.date}`).sort()
    expect(types).toEqual(['annual-iep-review-held 2026-11-20', 'iep-meeting-held 2026-11-20'])
    const list = await browser.get(`/children/${child.id}/meetings`)
    expect(list.body).toContain('Send the new speech schedule')
    expect(list.body).toContain('Held 20 Nov 2026')

    // Recording again moves the events; it does not add more.
    const again = await browser.get(`${location}/record`)
    await browser.post(`${location}/record`, {
      version: versionIn(again.body),
      heldOn: '2026-11-21',
      notes: '',
      decisions: 'Speech therapy goes back to 60 minutes a week.',
    })
    const moved = (await listEvents(t.deps, parent.actor, child.id)).map((e) => `${e.type} ${e.date}`).sort()
    expect(moved).toEqual(['annual-iep-review-held 2026-11-21', 'iep-meeting-held 2026-11-21'])

    const page = await browser.get(location)
    expect(page.body).toContain('Held on Saturday 21 November 2026.')
    expect(page.body).toContain('Write a letter confirming what was agreed')
    const letter = await browser.get(`${location}/letter`)
    expect(letter.statusCode).toBe(200)
    expect(letter.body).toContain('Speech therapy goes back to 60 minutes a week.')
    expect(letter.body).toContain('value="2026-11-21"')
  })

  test('deleting a held meeting removes the events it added', async () => {
    const location = await addMeeting({
      ...validMeeting,
      kind: '504-meeting',
      date: '2026-11-20',
      invitedOn: '',
    })
    const form = await browser.get(`${location}/record`)
    await browser.post(`${location}/record`, { version: versionIn(form.body), heldOn: '2026-11-20' })
    expect(await listEvents(t.deps, parent.actor, child.id)).toHaveLength(1)
    expect((await browser.post(`${location}/delete`, {})).statusCode).toBe(303)
    expect(await listEvents(t.deps, parent.actor, child.id)).toHaveLength(0)
    expect((await browser.get(location)).statusCode).toBe(404)
  })
})

describe('what follows a meeting, among the deadlines', () => {
  test('an initial IEP meeting where the school proposed a change starts the services and prior-written-notice rules, and its tasks are listed and in the calendar', async () => {
    const location = await addMeeting({
      ...validMeeting,
      kind: 'initial-iep',
      date: '2026-11-20',
      invitedOn: '2026-11-10',
    })
    const form = await browser.get(`${location}/record`)
    expect(form.body).toContain('Did the school propose or refuse a change?')
    const saved = await browser.post(`${location}/record`, {
      version: versionIn(form.body),
      heldOn: '2026-11-20',
      decisions: 'Speech therapy moves to a small group.',
      schoolProposedChange: 'yes',
      'followUps[0].task': 'Send the new speech schedule',
      'followUps[0].owner': 'Ms. Blue',
      'followUps[0].dueOn': '2026-12-04',
      'followUps[1].task': 'Ask the doctor for a letter',
      'followUps[1].owner': 'Maria Lopez',
    })
    expect(saved.statusCode).toBe(303)
    const types = (await listEvents(t.deps, parent.actor, child.id)).map((e) => e.type).sort()
    expect(types).toEqual([
      'iep-developed',
      'iep-meeting-held',
      'initial-iep-meeting-held',
      'school-proposes-or-refuses-action',
    ])

    const deadlines = await browser.get(`/children/${child.id}/deadlines`)
    for (const words of [
      'Prior written notice',
      '34 CFR 300.503(a)',
      'Services start after the IEP',
      '34 CFR 300.323(c)(2)',
      'Things to do after meetings',
      'Send the new speech schedule',
      'Ask the doctor for a letter',
      location,
    ])
      expect(deadlines.body).toContain(words)

    const calendar = new ICAL.Component(
      ICAL.parse((await browser.get(`/children/${child.id}/deadlines.ics`)).body),
    )
    const task = calendar
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .find((event) => event.summary === 'Mateo: Send the new speech schedule')
    expect(task?.startDate.toString()).toBe('2026-12-04')
    expect(task?.description).toContain('Ms. Blue')

    // Saved again without the proposal: its event goes; the others stay, moved to the new day.
    const again = await browser.get(`${location}/record`)
    expect(again.body).toMatch(/name="schoolProposedChange" [^>]*value="yes"[^>]*checked/)
    await browser.post(`${location}/record`, { version: versionIn(again.body), heldOn: '2026-11-19' })
    const after = (await listEvents(t.deps, parent.actor, child.id)).map((e) => `${e.type} ${e.date}`).sort()
    expect(after).toEqual([
      'iep-developed 2026-11-19',
      'iep-meeting-held 2026-11-19',
      'initial-iep-meeting-held 2026-11-19',
    ])
  })
})

describe('the calendar invitation', () => {
  test('parses with ical.js, starting at the right moment in the meeting’s own time zone', async () => {
    const location = await addMeeting()
    const response = await browser.get(`${location}/meeting.ics`)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8')
    const calendar = new ICAL.Component(ICAL.parse(response.body))
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined)
    // 15:30 in Chicago (CST, UTC−6) on 10 December is 21:30 UTC.
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-10T21:30:00.000Z')
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-10T23:00:00.000Z')
    expect(event.summary).toBe('Annual IEP review: Mateo Lopez')
    expect(event.location).toBe('Washington Middle School, room 12')
    expect(event.uid).toContain(location.split('/').pop())
  })
})

describe('meetings in the child’s calendar feed', () => {
  /** The feed's meetings as ical.js reads them, with the feed's own time zones registered. */
  function feedMeetings(body: string) {
    const calendar = new ICAL.Component(ICAL.parse(body))
    for (const zone of calendar.getAllSubcomponents('vtimezone'))
      ICAL.TimezoneService.register(new ICAL.Timezone(zone))
    return calendar
      .getAllSubcomponents('vevent')
      .filter((v) => String(v.getFirstPropertyValue('uid')).startsWith('meeting-'))
      .map((v) => ({ event: new ICAL.Event(v), sequence: Number(v.getFirstPropertyValue('sequence')) }))
  }

  test('each meeting at its time in its own zone, updated under the same UID when it changes, gone when deleted', async () => {
    const location = await addMeeting({ ...validMeeting, link: 'https://meet.example.org/abc' })
    const made = await browser.post(`/children/${child.id}/deadlines/calendar-links`, {})
    const feedPath = (
      /value="http:\/\/localhost:3000(\/feeds\/[^"]+\.ics)"/.exec(made.body)?.[1] ?? ''
    ).trim()
    expect(feedPath).not.toBe('')
    // A calendar app has no session: only the link.
    const feed = () => t.app.inject({ method: 'GET', url: feedPath })

    const first = await feed()
    expect(first.statusCode).toBe(200)
    expect(first.body).toContain('DTSTART;TZID=America/Chicago:20261210T153000')
    expect(first.body).toContain('BEGIN:VTIMEZONE')
    const [meeting] = feedMeetings(first.body)
    // 15:30 in Chicago (CST, UTC−6) on 10 December is 21:30 UTC.
    expect(meeting?.event.startDate.toJSDate().toISOString()).toBe('2026-12-10T21:30:00.000Z')
    expect(meeting?.event.endDate.toJSDate().toISOString()).toBe('2026-12-10T23:00:00.000Z')
    expect(meeting?.event.startDate.zone?.tzid).toBe('America/Chicago')
    expect(meeting?.event.summary).toBe('Annual IEP review: Mateo')
    expect(meeting?.event.location).toBe('Washington Middle School, room 12')
    expect(meeting?.event.description).toContain('https://meet.example.org/abc')
    expect(first.body).not.toContain('Lopez')
    // The family's download holds the same event.
    expect(feedMeetings((await browser.get(`/children/${child.id}/deadlines.ics`)).body)[0]?.event.uid).toBe(
      meeting?.event.uid,
    )

    // Moved to a summer day in New York: the same UID, a higher SEQUENCE, the new moment (EDT, UTC−4).
    const form = await browser.get(`${location}/edit`)
    const moved = await browser.post(`${location}/edit`, {
      ...validMeeting,
      version: versionIn(form.body),
      date: '2027-06-08',
      startTime: '09:00',
      timeZone: 'America/New_York',
      invitedOn: '',
    })
    expect(moved.statusCode).toBe(303)
    const [after] = feedMeetings((await feed()).body)
    expect(after?.event.uid).toBe(meeting?.event.uid)
    expect(after?.sequence).toBeGreaterThan(meeting?.sequence ?? Number.POSITIVE_INFINITY)
    expect(after?.event.startDate.toJSDate().toISOString()).toBe('2027-06-08T13:00:00.000Z')

    expect((await browser.post(`${location}/delete`, {})).statusCode).toBe(303)
    expect(feedMeetings((await feed()).body)).toHaveLength(0)
  })
})

describe('the packet from the child’s own record', () => {
  test('the plan at a glance, what it lacks, and the minutes delivered from the service log', async () => {
    await createPlan(t.deps, parent.actor, child.id, buildIep({ services: [buildService()] }), 'import')
    for (const date of ['2026-11-16', '2026-11-17'])
      await addSession(t.deps, parent.actor, child.id, {
        serviceId: 'svc-reading',
        date,
        minutes: '30',
        status: 'delivered',
        provider: '',
        note: '',
        source: 'school',
      })
    const location = await addMeeting()
    const page = await browser.get(location)
    expect(page.body).not.toContain('There is no plan in effect on the record.')
    expect(page.body).toMatch(
      /Specialized reading instruction: [\d.]+% of the minutes were given\. \d+ minutes are owed\./,
    )
    const text = pdfText((await browser.get(`${location}/packet.pdf`)).rawPayload)
    expect(text).toContain('IEP in effect from Tuesday 1 September 2026')
    expect(text).toContain('Curious, kind, loves drawing')
    expect(text).toMatch(/Specialized reading instruction: 60 of \d+ minutes/)
    expect(text).not.toContain('No service sessions are on the record yet.')
    expect(text).toContain('No progress data is on the record yet.')
  })

  test('each goal’s latest scores, trend and decision from the progress analysis, on the page and in the PDF', async () => {
    await createPlan(t.deps, parent.actor, child.id, buildIep(), 'import')
    // Weekly probes that barely move: far below the aim line from 52 to 90 by June.
    const scores = [52, 53, 52, 54, 53, 54, 53, 55]
    await addProgressPoints(
      t.deps,
      parent.actor,
      child.id,
      'goal-reading-fluency',
      scores.map((value, week) => ({
        measuredOn: new Date(Date.UTC(2026, 8, 7 + 7 * week)).toISOString().slice(0, 10),
        value: String(value),
        unit: '',
        source: 'teacher',
        note: '',
      })),
    )
    const location = await addMeeting()
    const prepare = await browser.get(`${location}/prepare`)
    for (const words of [
      'Goal 1: Reading',
      'Not on track: Change the teaching',
      '8 scores on the record. The latest: 12 Oct 2026: 54 words correct per minute',
      '26 Oct 2026: 55 words correct per minute',
      'The trend line changes by',
      'Goal 1 (Reading) is not on track.',
    ])
      expect(prepare.body).toContain(words)
    expect(prepare.body).not.toContain('No progress data is on the record yet.')
    const text = pdfText((await browser.get(`${location}/packet.pdf`)).rawPayload)
    for (const words of [
      'Progress on each goal',
      'Goal 1: Reading: Not on track: Change the teaching',
      'Given a grade-level passage, Maya will read aloud at 90 words correct per minute.',
      '8 scores on the record. The latest: 12 Oct 2026: 54 words correct per minute; 19 Oct 2026: 53 words correct per minute; 26 Oct 2026: 55 words correct per minute.',
      'The trend line changes by',
      // The chart under the words: its score axis (50 to 90 in steps of 10), then its key.
      '90 80 70 60 50 Chart: each dot is a score; the dashed line is the aim line',
    ])
      expect(text).toContain(words)
    expect(text).not.toContain('No progress data is on the record yet.')
  })
})
