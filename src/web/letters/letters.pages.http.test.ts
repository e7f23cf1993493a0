import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { Child } from '../../domain/children/child.ts'
import { LETTER_TEMPLATES, letterFields } from '../../domain/letters/templates.ts'
import { listEvents } from '../../services/children/events.ts'
import { listFollowUps } from '../../services/communications/communications.ts'

let t: TestApp
let browser: TestBrowser
let parent: TestUser
let child: Child
let dataDir: string

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-letters-'))
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z', env: { DATA_DIR: dataDir } })
  browser = new TestBrowser(t.app)
  parent = await createUser(t.deps, { name: 'Maria Lopez' })
  child = await createChildFor(t.deps, parent, {
    legalName: 'Mateo Lopez',
    preferredName: '',
    dateOfBirth: '2013-05-20',
    grade: '7',
    school: 'Washington Middle School',
    district: 'Riverside Unified School District',
  })
  await signInBrowser(browser, parent)
})
afterEach(async () => {
  await t.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

const recordsFacts = {
  language: 'en',
  recipientName: 'Dr. Ana Flores',
  recipientTitle: 'Principal',
  parentName: 'Maria Lopez',
  parentContact: '12 Oak Street\n555-0100',
  recordsWanted: 'The speech therapy logs for this year',
  meetingDate: '2026-12-15',
}

function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8')
}

async function startRecordsLetter(facts: Record<string, string> = recordsFacts): Promise<string> {
  const response = await browser.post(`/children/${child.id}/letters/new/records`, facts)
  expect(response.statusCode, response.body).toBe(303)
  return String(response.headers.location)
}

describe('the letters page', () => {
  test('lists every template with its law, and links to write each one', async () => {
    const page = await browser.get(`/children/${child.id}/letters`)
    expect(page.statusCode).toBe(200)
    for (const template of LETTER_TEMPLATES) expect(page.body).toContain(`/letters/new/${template.id}`)
    expect(page.body).toContain('34 CFR 300.613; 34 CFR 99.10')
    expect(page.body).toContain('Ask for your child’s records')
  })

  test('every template’s form opens, with the parent’s name filled in', async () => {
    for (const template of LETTER_TEMPLATES) {
      const page = await browser.get(`/children/${child.id}/letters/new/${template.id}`)
      expect(page.statusCode, template.id).toBe(200)
      expect(page.body).toContain('value="Maria Lopez"')
      for (const field of letterFields(template))
        expect(page.body, `${template.id} ${field.name}`).toContain(`name="${field.name}"`)
    }
    expect((await browser.get(`/children/${child.id}/letters/new/no-such-letter`)).statusCode).toBe(404)
  })
})

describe('writing a letter', () => {
  test('missing facts are named, and what was typed is kept', async () => {
    const response = await browser.post(`/children/${child.id}/letters/new/independent-evaluation`, {
      language: '',
      recipientName: '',
      parentName: 'Maria Lopez',
      evaluationName: 'speech evaluation',
      evaluationDate: '2027-01-01',
    })
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('There is a problem')
    expect(response.body).toContain('Choose the language of the letter')
    expect(response.body).toContain('Enter the name of the person you are writing to')
    expect(response.body).toContain('The date must be today or in the past')
    expect(response.body).toContain('value="speech evaluation"')
    expect(await t.deps.db.selectFrom('letters').select('id').execute()).toHaveLength(0)
  })

  test('a records request is written from the record, edited, and read back from its PDF with the name, dates and law', async () => {
    const location = await startRecordsLetter()
    const page = await browser.get(location)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Your letter is ready to check.')
    expect(page.body).toContain('Request to see the education records of Mateo Lopez')
    expect(page.body).toContain('born on Monday 20 May 2013')
    const version = /name="version" value="(\d+)"/.exec(page.body)?.[1] ?? ''
    const body = /<textarea[^>]*name="body"[^>]*>([\s\S]*?)<\/textarea>/.exec(page.body)?.[1] ?? ''
    const edited = body
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
    const saved = await browser.post(location, {
      version,
      subject: 'Request to see the education records of Mateo Lopez',
      body: `${edited}\n\nP.S. I can pick up the copies on Tuesdays.`,
    })
    expect(saved.statusCode).toBe(303)

    const pdf = await browser.get(`${location}/letter.pdf`)
    expect(pdf.statusCode).toBe(200)
    expect(pdf.headers['content-type']).toBe('application/pdf')
    expect(pdf.headers['content-disposition']).toContain('attachment;')
    const text = pdfText(pdf.rawPayload).replace(/\s+/g, ' ')
    expect(text).toContain('Mateo Lopez')
    expect(text).toContain('Sunday 29 November 2026')
    expect(text).toContain('Monday 20 May 2013')
    expect(text).toContain('Tuesday 15 December 2026')
    expect(text).toContain('34 CFR 300.613')
    expect(text).toContain('34 CFR 99.10')
    expect(text).toContain('Dr. Ana Flores')
    expect(text).toContain('P.S. I can pick up the copies on Tuesdays.')

    const plain = await browser.get(`${location}/letter.txt`)
    expect(plain.headers['content-type']).toBe('text/plain; charset=utf-8')
    expect(plain.body).toContain('Re: Request to see the education records of Mateo Lopez')
    expect(plain.body).toContain('Sincerely,\nMaria Lopez\n12 Oak Street\n555-0100')
  })

  test('a letter in Spanish is written in Spanish, with dates in full', async () => {
    const location = await startRecordsLetter({ ...recordsFacts, language: 'es' })
    const pdf = await browser.get(`${location}/letter.pdf`)
    const text = pdfText(pdf.rawPayload).replace(/\s+/g, ' ')
    expect(text).toContain('Solicitud para ver los expedientes educativos de Mateo Lopez')
    expect(text).toContain('domingo 29 de noviembre de 2026')
    expect(text).toContain('martes 15 de diciembre de 2026')
    expect(text).toContain('34 CFR 300.613')
    expect(text).toContain('Atentamente,')
  })

  test('every template writes a letter that cites its law, in both languages', async () => {
    for (const template of LETTER_TEMPLATES) {
      for (const language of ['en', 'es']) {
        const facts: Record<string, string> = { language }
        for (const field of letterFields(template))
          facts[field.name] = field.kind === 'date' ? '2026-10-05' : `Fact for ${field.name}`
        const response = await browser.post(`/children/${child.id}/letters/new/${template.id}`, facts)
        expect(response.statusCode, `${template.id} ${language}`).toBe(303)
        const plain = await browser.get(`${response.headers.location}/letter.txt`)
        expect(plain.body).not.toMatch(/letters\.|\{\{/)
        expect(plain.body).toContain(template.citations[0]?.split('(')[0] ?? '')
        const hasDate = letterFields(template).some((field) => field.kind === 'date')
        if (hasDate)
          expect(plain.body).toContain(
            language === 'en' ? 'Monday 5 October 2026' : 'lunes 5 de octubre de 2026',
          )
        expect(plain.body).toContain(
          language === 'en' ? 'Sunday 29 November 2026' : 'domingo 29 de noviembre de 2026',
        )
        expect(plain.body).toContain('Fact for parentName')
      }
    }
  })

  test('an empty edit is refused with the messages, and a stale version keeps the person’s words', async () => {
    const location = await startRecordsLetter()
    const empty = await browser.post(location, { version: '1', subject: '', body: '  ' })
    expect(empty.statusCode).toBe(400)
    expect(empty.body).toContain('Enter the subject of the letter')
    expect(empty.body).toContain('The letter is empty')
    expect(
      (await browser.post(location, { version: '1', subject: 'First', body: 'First body' })).statusCode,
    ).toBe(303)
    const stale = await browser.post(location, { version: '1', subject: 'Second', body: 'My second words' })
    expect(stale.statusCode).toBe(409)
    expect(stale.body).toContain('My second words')
    expect(stale.body).toContain('First body')
  })
})

describe('marking a letter sent', () => {
  test('records the event that starts the 45-day records clock, and a log entry', async () => {
    const location = await startRecordsLetter()
    const form = await browser.get(`${location}/sent`)
    expect(form.statusCode).toBe(200)
    expect(form.body).toContain('Records request received')
    t.clock.advanceDays(3)
    await signInBrowser(browser, parent)
    const response = await browser.post(`${location}/sent`, {
      sentOn: '2026-12-01',
      sentVia: 'email',
      receivedOn: '',
      followUpOn: '2026-12-08',
    })
    expect(response.statusCode).toBe(303)
    const page = await browser.follow(response)
    expect(page.body).toContain('The letter is marked as sent.')
    expect(page.body).toContain('Tuesday 1 December 2026')

    const events = await listEvents(t.deps, parent.actor, child.id)
    expect(events.map((e) => [e.type, e.date])).toEqual([['records-request-received', '2026-12-01']])
    expect(events[0]?.details).toMatchObject({ letterId: location.split('/').pop() })
    // The event starts the 45-day records clock: the deadline is tracked among the child's deadlines.
    const deadlines = await browser.get(`/children/${child.id}/deadlines`)
    expect(deadlines.statusCode).toBe(200)
    expect(deadlines.body).toContain('Records made available')
    expect(deadlines.body).toContain('Friday 15 January 2027')
    expect(deadlines.body).toContain('34 CFR 300.613(a)')
    const log = await browser.get(`/children/${child.id}/communications`)
    expect(log.body).toContain('Request to see the education records of Mateo Lopez')
    expect(log.body).toContain('Letter · From you to the school')
    expect(await listFollowUps(t.deps, parent.actor, child.id)).toMatchObject([
      { dueOn: '2026-12-08', done: false },
    ])

    // Sent once: it cannot be sent again, changed or deleted.
    expect(
      (await browser.post(`${location}/sent`, { sentOn: '2026-12-02', sentVia: 'mail' })).statusCode,
    ).toBe(409)
    expect((await browser.post(location, { version: '2', subject: 'x', body: 'y' })).statusCode).toBe(409)
    expect((await browser.post(`${location}/delete`)).statusCode).toBe(409)
    expect(await listEvents(t.deps, parent.actor, child.id)).toHaveLength(1)
  })

  test('a mailed letter starts the clock on the day the school got it, when known', async () => {
    const response = await browser.post(`/children/${child.id}/letters/new/initial-evaluation`, {
      language: 'en',
      recipientName: 'Ms. Green',
      parentName: 'Maria Lopez',
      concerns: 'He cannot keep up with reading.',
    })
    const location = String(response.headers.location)
    t.clock.advanceDays(7)
    await signInBrowser(browser, parent)
    expect(
      (
        await browser.post(`${location}/sent`, {
          sentOn: '2026-11-30',
          sentVia: 'mail',
          receivedOn: '2026-12-03',
        })
      ).statusCode,
    ).toBe(303)
    const events = await listEvents(t.deps, parent.actor, child.id)
    expect(events.map((e) => [e.type, e.date]).sort()).toEqual([
      ['504-referral-or-suspected-disability', '2026-12-03'],
      ['evaluation-requested', '2026-12-03'],
    ])
  })

  test('a request for prior written notice records the school’s decision on the day it was told', async () => {
    const response = await browser.post(`/children/${child.id}/letters/new/prior-written-notice`, {
      language: 'en',
      recipientName: 'Ms. Green',
      parentName: 'Maria Lopez',
      decisionDate: '2026-11-10',
      decision: 'The school will not test for dyslexia.',
    })
    const location = String(response.headers.location)
    expect(
      (await browser.post(`${location}/sent`, { sentOn: '2026-11-29', sentVia: 'hand' })).statusCode,
    ).toBe(303)
    const events = await listEvents(t.deps, parent.actor, child.id)
    expect(events.map((e) => [e.type, e.date])).toEqual([['school-proposes-or-refuses-action', '2026-11-10']])
  })

  test('wrong sending details are named and kept', async () => {
    const location = await startRecordsLetter()
    const response = await browser.post(`${location}/sent`, {
      sentOn: '2026-12-30',
      sentVia: '',
      receivedOn: '',
      followUpOn: 'soon',
    })
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('The date you sent it must be today or in the past')
    expect(response.body).toContain('Choose how you sent the letter')
    expect(response.body).toContain('value="2026-12-30"')
    const early = await browser.post(`${location}/sent`, { sentOn: '2026-11-20', sentVia: 'email' })
    expect(early.body).toContain('The date you sent it must be on or after the date of the letter')
    t.clock.advanceDays(2)
    await signInBrowser(browser, parent)
    const mail = await browser.post(`${location}/sent`, {
      sentOn: '2026-12-01',
      sentVia: 'mail',
      receivedOn: '2026-11-30',
    })
    expect(mail.body).toContain('The school cannot have got it before you sent it')
    expect(await listEvents(t.deps, parent.actor, child.id)).toHaveLength(0)
  })

  test('a draft can be deleted', async () => {
    const location = await startRecordsLetter()
    expect((await browser.get(`${location}/delete`)).body).toContain('Delete this draft?')
    expect((await browser.post(`${location}/delete`)).statusCode).toBe(303)
    expect((await browser.get(location)).statusCode).toBe(404)
  })
})

describe('another household', () => {
  test('gets 404 for every letter page with real ids', async () => {
    const location = await startRecordsLetter()
    const stranger = await createUser(t.deps)
    const other = new TestBrowser(t.app)
    await signInBrowser(other, stranger)
    for (const url of [
      `/children/${child.id}/letters`,
      `/children/${child.id}/letters/new/records`,
      location,
      `${location}/letter.pdf`,
      `${location}/letter.txt`,
      `${location}/sent`,
      `${location}/delete`,
    ]) {
      const response = await other.get(url)
      expect(response.statusCode, url).toBe(404)
      expect(response.body).not.toContain('Mateo')
    }
    expect(
      (await other.post(`${location}/sent`, { sentOn: '2026-11-29', sentVia: 'email' })).statusCode,
    ).toBe(404)
    expect((await other.post(location, { version: '1', subject: 'x', body: 'y' })).statusCode).toBe(404)
    expect((await other.post(`${location}/delete`)).statusCode).toBe(404)
    expect((await other.post(`/children/${child.id}/letters/new/records`, recordsFacts)).statusCode).toBe(404)
  })
})
