import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import { multipartBody } from '../../../test/support/files.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { Child } from '../../domain/children/child.ts'
import { listFollowUps } from '../../services/communications/communications.ts'

let t: TestApp
let browser: TestBrowser
let parent: TestUser
let child: Child
let dataDir: string

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-comms-'))
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z', env: { DATA_DIR: dataDir } })
  browser = new TestBrowser(t.app)
  parent = await createUser(t.deps)
  child = await createChildFor(t.deps, parent, { legalName: 'Lucía Díaz', preferredName: 'Lucy' })
  await signInBrowser(browser, parent)
})
afterEach(async () => {
  await t.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

const call = {
  occurredOn: '2026-11-20',
  channel: 'call',
  direction: 'from-school',
  people: 'Ms. Ruiz, speech therapist',
  subject: 'Speech minutes cut',
  summary: 'She said speech therapy will drop to 30 minutes a week from January.',
  emailText: '',
  followUpOn: '2026-12-04',
  followUpNote: 'Ask for prior written notice if nothing comes',
}

const EMAIL = `From: Ana Ruiz <aruiz@district.example.org>
To: Rosa Díaz <rosa@example.org>
Date: Tue, 3 Nov 2026 10:15:00 -0600
Subject: Lucía's speech schedule

Dear Ms. Díaz,

Starting in January, Lucía will have speech twice a week for 15 minutes.

Ana Ruiz`

describe('the communications log', () => {
  test('an entry is added with its follow-up, shown in the log and among the follow-ups', async () => {
    const response = await browser.post(`/children/${child.id}/communications/new`, call)
    expect(response.statusCode).toBe(303)
    const entry = await browser.follow(response)
    expect(entry.body).toContain('The entry has been added to the log.')
    expect(entry.body).toContain('Friday 20 November 2026')
    const log = await browser.get(`/children/${child.id}/communications`)
    expect(log.body).toContain('Speech minutes cut')
    expect(log.body).toContain('Phone call · From the school to you')
    expect(log.body).toContain('Ask for prior written notice if nothing comes')
    const followUps = await listFollowUps(t.deps, parent.actor, child.id)
    expect(followUps).toMatchObject([{ dueOn: '2026-12-04', done: false, subject: 'Speech minutes cut' }])
    // The follow-up's due date appears among the child's deadlines.
    const deadlines = await browser.get(`/children/${child.id}/deadlines`)
    expect(deadlines.statusCode).toBe(200)
    expect(deadlines.body).toContain('Your follow-ups')
    expect(deadlines.body).toContain('Follow up by Friday 4 December 2026')
    expect(deadlines.body).toContain('Ask for prior written notice if nothing comes')
    // The words are searchable.
    expect((await browser.get(`/children/${child.id}/search?q=therapy`)).body).toContain(
      '<mark>therapy</mark>',
    )
  })

  test('each problem is named and what was typed is kept', async () => {
    const response = await browser.post(`/children/${child.id}/communications/new`, {
      ...call,
      occurredOn: '2026-12-25',
      channel: '',
      direction: 'sideways',
      subject: '',
      followUpOn: '2026-11-01',
    })
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('The date must be today or in the past')
    expect(response.body).toContain('Choose how you were in touch')
    expect(response.body).toContain('Choose who it was from')
    expect(response.body).toContain('Enter what it was about')
    expect(response.body).toContain('Ms. Ruiz, speech therapist')
    const noDate = await browser.post(`/children/${child.id}/communications/new`, { ...call, followUpOn: '' })
    expect(noDate.body).toContain('Enter the date to follow up by, or leave the note empty')
    expect(await t.deps.db.selectFrom('communications').select('id').execute()).toHaveLength(0)
  })

  test('a pasted e-mail fills in the entry to check, and the e-mail is kept word for word', async () => {
    const read = await browser.post(`/children/${child.id}/communications/paste`, { email: EMAIL })
    expect(read.statusCode).toBe(200)
    expect(read.body).toContain('Pathway filled in what it read from the e-mail')
    expect(read.body).toContain('value="2026-11-03"')
    expect(read.body).toContain("Lucía's speech schedule")
    expect(read.body).toContain('Ana Ruiz &lt;aruiz@district.example.org>')
    expect(await t.deps.db.selectFrom('communications').select('id').execute()).toHaveLength(0)
    const saved = await browser.post(`/children/${child.id}/communications/new`, {
      occurredOn: '2026-11-03',
      channel: 'email',
      direction: 'from-school',
      people: 'Ana Ruiz',
      subject: "Lucía's speech schedule",
      summary: '',
      emailText: EMAIL,
      followUpOn: '',
      followUpNote: '',
    })
    expect(saved.statusCode).toBe(303)
    const page = await browser.follow(saved)
    expect(page.body).toContain('twice a week for 15 minutes')
    const empty = await browser.post(`/children/${child.id}/communications/paste`, { email: '  ' })
    expect(empty.statusCode).toBe(400)
    expect(empty.body).toContain('Paste the e-mail')
  })

  test('an entry links documents, changes with a version check, closes its follow-up and is deleted', async () => {
    const upload = await browser.upload(
      `/children/${child.id}/documents/new`,
      multipartBody(
        { title: 'Schedule e-mail', kind: 'correspondence', date: '2026-11-03', tags: '', notes: '' },
        { fileName: 'mail.txt', content: Buffer.from('schedule') },
      ),
    )
    expect(upload.statusCode).toBe(303)
    const documentId = String(upload.headers.location).split('/').pop() ?? ''
    const added = await browser.post(`/children/${child.id}/communications/new`, {
      ...call,
      documentIds: [documentId],
    })
    const url = String(added.headers.location)
    expect((await browser.get(url)).body).toContain('Schedule e-mail')
    expect((await browser.get(`/children/${child.id}/documents/${documentId}`)).body).toContain(
      'Speech minutes cut',
    )

    expect((await browser.post(`${url}/follow-up`, { done: 'yes' })).statusCode).toBe(303)
    expect(await listFollowUps(t.deps, parent.actor, child.id)).toMatchObject([{ done: true }])
    expect((await browser.get(url)).body).toContain('Mark the follow-up as not done')

    const edit = await browser.post(`${url}/edit`, {
      ...call,
      subject: 'Speech minutes cut (confirmed)',
      version: '2',
    })
    expect(edit.statusCode).toBe(303)
    const stale = await browser.post(`${url}/edit`, { ...call, subject: 'Another edit', version: '2' })
    expect(stale.statusCode).toBe(409)
    expect(stale.body).toContain('value="Another edit"')
    expect(stale.body).toContain('Speech minutes cut (confirmed)')
    const bad = await browser.post(`${url}/edit`, { ...call, documentIds: ['nope'], version: '3' })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('Choose documents from the list')

    expect((await browser.get(`${url}/delete`)).body).toContain('Delete this log entry?')
    expect((await browser.post(`${url}/delete`)).statusCode).toBe(303)
    expect((await browser.get(url)).statusCode).toBe(404)
    expect(await listFollowUps(t.deps, parent.actor, child.id)).toEqual([])
  })

  test('another household gets 404 for every page, with real ids', async () => {
    const added = await browser.post(`/children/${child.id}/communications/new`, call)
    const url = String(added.headers.location)
    const stranger = await createUser(t.deps)
    const other = new TestBrowser(t.app)
    await signInBrowser(other, stranger)
    for (const target of [
      `/children/${child.id}/communications`,
      `/children/${child.id}/communications/new`,
      `/children/${child.id}/communications/paste`,
      url,
      `${url}/edit`,
      `${url}/delete`,
    ]) {
      const response = await other.get(target)
      expect(response.statusCode, target).toBe(404)
      expect(response.body).not.toContain('Speech minutes cut')
    }
    for (const target of [
      `${url}/edit`,
      `${url}/delete`,
      `${url}/follow-up`,
      `/children/${child.id}/communications/new`,
    ]) {
      expect((await other.post(target, { ...call, version: '1' })).statusCode, target).toBe(404)
    }
    expect(
      (await other.post(`/children/${child.id}/communications/paste`, { email: EMAIL })).statusCode,
    ).toBe(404)
  })
})
