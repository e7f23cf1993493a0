import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createChildFor, createUser, type TestUser } from '../../../test/support/factories.ts'
import { makePdf, multipartBody } from '../../../test/support/files.ts'
import { buildIep } from '../../../test/support/plan-factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { Child } from '../../domain/children/child.ts'
import { createApiToken } from '../../services/accounts/api-tokens.ts'
import { createPlan } from '../../services/plans/save-plan.ts'

let t: TestApp
let parent: TestUser
let child: Child
let token: string
let strangerToken: string
let dataDir: string

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-api-records-'))
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z', env: { DATA_DIR: dataDir, UPLOAD_MAX_MB: '1' } })
  parent = await createUser(t.deps)
  child = await createChildFor(t.deps, parent, { legalName: 'Noah Kim', preferredName: '' })
  token = (await createApiToken(t.deps, parent.id, 'tests')).token ?? ''
  const stranger = await createUser(t.deps)
  strangerToken = (await createApiToken(t.deps, stranger.id, 'tests')).token ?? ''
})
afterAll(async () => {
  await t.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

function call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, bearer = token) {
  return t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${bearer}` },
    ...(body !== undefined ? { payload: body as object } : {}),
  })
}

function uploadCall(body: { payload: Buffer; contentType: string }, bearer = token) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/children/${child.id}/documents`,
    payload: body.payload,
    headers: { authorization: `Bearer ${bearer}`, 'content-type': body.contentType },
  })
}

const fields = { title: 'Annual IEP', kind: 'iep', date: '2026-05-01', tags: 'iep, 2026' }

describe('documents in the API', () => {
  test('upload, list, read, change, download and delete', async () => {
    const pdf = await makePdf(['Goal: Noah will read 90 words per minute.'])
    const created = await uploadCall(multipartBody(fields, { fileName: 'iep.pdf', content: pdf }))
    expect(created.statusCode, created.body).toBe(201)
    const document = created.json()
    expect(document).toMatchObject({
      title: 'Annual IEP',
      kind: 'iep',
      mediaType: 'application/pdf',
      tags: ['iep', '2026'],
      textStatus: 'done',
    })
    const list = await call('GET', `/api/v1/children/${child.id}/documents`)
    expect(list.json().documents.map((d: { id: string }) => d.id)).toContain(document.id)
    const changed = await call('PUT', `/api/v1/children/${child.id}/documents/${document.id}`, {
      version: 1,
      title: 'Annual IEP 2026',
      kind: 'iep',
      date: '2026-05-01',
      tags: ['iep'],
    })
    expect(changed.statusCode).toBe(200)
    expect(changed.json()).toMatchObject({ title: 'Annual IEP 2026', version: 2, tags: ['iep'] })
    const plan = await createPlan(t.deps, parent.actor, child.id, JSON.parse(JSON.stringify(buildIep())))
    const update = { title: 'Annual IEP 2026', kind: 'iep', date: '2026-05-01' }
    const unknownPlan = await call('PUT', `/api/v1/children/${child.id}/documents/${document.id}`, {
      ...update,
      version: 2,
      planIds: ['not-a-plan'],
    })
    expect(unknownPlan.statusCode).toBe(400)
    expect(unknownPlan.json().problems).toMatchObject([{ field: 'planIds' }])
    const linked = await call('PUT', `/api/v1/children/${child.id}/documents/${document.id}`, {
      ...update,
      version: 2,
      planIds: [plan.record.id],
    })
    expect(linked.statusCode, linked.body).toBe(200)
    expect(linked.json()).toMatchObject({ version: 3, planIds: [plan.record.id], meetingIds: [] })
    expect((await call('GET', `/api/v1/children/${child.id}/documents`)).json().documents).toMatchObject([
      { id: document.id, planIds: [plan.record.id] },
    ])
    const stale = await call('PUT', `/api/v1/children/${child.id}/documents/${document.id}`, {
      version: 1,
      title: 'x',
      kind: 'iep',
      date: '2026-05-01',
    })
    expect(stale.statusCode).toBe(409)
    const file = await call('GET', `/api/v1/children/${child.id}/documents/${document.id}/file`)
    expect(file.statusCode).toBe(200)
    expect(file.rawPayload.equals(pdf)).toBe(true)
    const search = await call('GET', `/api/v1/children/${child.id}/search?q=words+minute`)
    expect(search.json().results[0]).toMatchObject({
      kind: 'document',
      id: document.id,
      title: 'Annual IEP 2026',
    })
    expect(
      search
        .json()
        .results[0].snippet.filter((p: { match: boolean }) => p.match)
        .map((p: { text: string }) => p.text),
    ).toEqual(['words', 'minute'])
    expect((await call('DELETE', `/api/v1/children/${child.id}/documents/${document.id}`)).statusCode).toBe(
      204,
    )
    expect((await call('GET', `/api/v1/children/${child.id}/documents/${document.id}`)).statusCode).toBe(404)
  })

  test('a wrong type answers 400 naming the file, a large file 413, as problem documents', async () => {
    const wrong = await uploadCall(
      multipartBody(fields, { fileName: 'virus.pdf', content: Buffer.from('MZ\u0000\u0001 not a pdf') }),
    )
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json()).toMatchObject({
      code: 'INVALID_INPUT',
      problems: [{ field: 'file', code: 'documents.problems.fileType' }],
    })
    const large = await uploadCall(
      multipartBody(fields, { fileName: 'big.txt', content: Buffer.alloc(1024 * 1024 + 1, 0x41) }),
    )
    expect(large.statusCode).toBe(413)
    expect(large.json()).toMatchObject({ code: 'TOO_LARGE', problems: [{ field: 'file' }] })
    expect(large.json().problems[0].message).toContain('1 MB')
  })
})

describe('communications in the API', () => {
  test('add, read a pasted e-mail, change, list with follow-ups, delete', async () => {
    const entry = {
      occurredOn: '2026-11-02',
      channel: 'meeting',
      direction: 'both',
      subject: 'IEP meeting',
      summary: 'Agreed to add reading support.',
      followUpOn: '2026-11-30',
      followUpNote: 'Check the new schedule',
    }
    const created = await call('POST', `/api/v1/children/${child.id}/communications`, entry)
    expect(created.statusCode, created.body).toBe(201)
    const id = created.json().id
    const bad = await call('POST', `/api/v1/children/${child.id}/communications`, {
      ...entry,
      channel: 'pigeon',
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().problems[0]).toMatchObject({ field: 'channel' })
    const read = await call('POST', `/api/v1/children/${child.id}/communications/from-email`, {
      email: 'Subject: Hello\nFrom: a@b.org\nDate: November 3, 2026\n\nBody text',
    })
    expect(read.json()).toMatchObject({
      subject: 'Hello',
      occurredOn: '2026-11-03',
      channel: 'email',
      people: 'a@b.org',
    })
    const changed = await call('PUT', `/api/v1/children/${child.id}/communications/${id}`, {
      ...entry,
      version: 1,
      subject: 'IEP meeting (annual)',
    })
    expect(changed.json()).toMatchObject({ subject: 'IEP meeting (annual)', version: 2 })
    const list = await call('GET', `/api/v1/children/${child.id}/communications`)
    expect(list.json().followUps).toMatchObject([{ communicationId: id, dueOn: '2026-11-30', done: false }])
    expect((await call('GET', `/api/v1/children/${child.id}/communications/${id}`)).json().subject).toBe(
      'IEP meeting (annual)',
    )
    expect((await call('DELETE', `/api/v1/children/${child.id}/communications/${id}`)).statusCode).toBe(204)
  })
})

describe('letters in the API', () => {
  test('templates, generate, edit, PDF, text, mark sent with its event', async () => {
    const templates = await call('GET', '/api/v1/letter-templates')
    expect(templates.statusCode).toBe(200)
    const records = templates.json().templates.find((x: { id: string }) => x.id === 'records')
    expect(records).toMatchObject({ laws: ['IDEA', 'FERPA'], events: ['records-request-received'] })
    const created = await call('POST', `/api/v1/children/${child.id}/letters`, {
      template: 'records',
      language: 'en',
      facts: { recipientName: 'Mr. Park', parentName: 'Jin Kim' },
    })
    expect(created.statusCode, created.body).toBe(201)
    const letter = created.json()
    expect(letter.body).toContain('34 CFR 300.613')
    const missing = await call('POST', `/api/v1/children/${child.id}/letters`, {
      template: 'records',
      language: 'fr',
      facts: {},
    })
    expect(missing.statusCode).toBe(400)
    expect(
      missing
        .json()
        .problems.map((p: { field: string }) => p.field)
        .sort(),
    ).toEqual(['language', 'parentName', 'recipientName'])
    const edited = await call('PUT', `/api/v1/children/${child.id}/letters/${letter.id}`, {
      version: 1,
      subject: letter.subject,
      body: `${letter.body}\n\nThank you again.`,
    })
    expect(edited.statusCode).toBe(200)
    const pdf = await call('GET', `/api/v1/children/${child.id}/letters/${letter.id}/pdf`)
    expect(pdf.headers['content-type']).toBe('application/pdf')
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf.rawPayload }).toString()
    expect(text).toContain('Noah Kim')
    expect(text).toContain('Thank you again.')
    const plain = await call('GET', `/api/v1/children/${child.id}/letters/${letter.id}/text`)
    expect(plain.body).toContain('Sunday 29 November 2026')
    const sent = await call('POST', `/api/v1/children/${child.id}/letters/${letter.id}/sent`, {
      sentOn: '2026-11-29',
      sentVia: 'hand',
    })
    expect(sent.statusCode, sent.body).toBe(200)
    expect(sent.json().events).toEqual([
      { id: expect.any(String), type: 'records-request-received', date: '2026-11-29' },
    ])
    expect(sent.json().communication).toMatchObject({ channel: 'letter', letterId: letter.id })
    const events = await call('GET', `/api/v1/children/${child.id}/events`)
    expect(events.json().events.map((e: { type: string }) => e.type)).toContain('records-request-received')
    expect(
      (
        await call('POST', `/api/v1/children/${child.id}/letters/${letter.id}/sent`, {
          sentOn: '2026-11-29',
          sentVia: 'hand',
        })
      ).statusCode,
    ).toBe(409)
    expect((await call('GET', `/api/v1/children/${child.id}/letters`)).json().letters[0].sentOn).toBe(
      '2026-11-29',
    )
  })
})

describe('another household', () => {
  test('gets 404 for every documents, communications, letters and search route, with real ids', async () => {
    const document = (
      await uploadCall(multipartBody(fields, { fileName: 'n.txt', content: Buffer.from('Noah notes') }))
    ).json()
    const entry = (
      await call('POST', `/api/v1/children/${child.id}/communications`, {
        occurredOn: '2026-11-02',
        channel: 'call',
        direction: 'to-school',
        subject: 'Called the school',
      })
    ).json()
    const letter = (
      await call('POST', `/api/v1/children/${child.id}/letters`, {
        template: 'iep-meeting',
        language: 'en',
        facts: { recipientName: 'Mr. Park', parentName: 'Jin Kim', reasons: 'Goals' },
      })
    ).json()
    const c = `/api/v1/children/${child.id}`
    const attempts: ['GET' | 'POST' | 'PUT' | 'DELETE', string, unknown?][] = [
      ['GET', `${c}/documents`],
      ['GET', `${c}/documents/${document.id}`],
      ['PUT', `${c}/documents/${document.id}`, { version: 1, title: 'x', kind: 'iep', date: '2026-01-01' }],
      ['GET', `${c}/documents/${document.id}/file`],
      ['DELETE', `${c}/documents/${document.id}`],
      ['GET', `${c}/communications`],
      [
        'POST',
        `${c}/communications`,
        { occurredOn: '2026-11-02', channel: 'call', direction: 'to-school', subject: 'x' },
      ],
      ['POST', `${c}/communications/from-email`, { email: 'Subject: x' }],
      ['GET', `${c}/communications/${entry.id}`],
      [
        'PUT',
        `${c}/communications/${entry.id}`,
        { version: 1, occurredOn: '2026-11-02', channel: 'call', direction: 'to-school', subject: 'x' },
      ],
      ['DELETE', `${c}/communications/${entry.id}`],
      ['GET', `${c}/letters`],
      ['POST', `${c}/letters`, { template: 'records', language: 'en', facts: {} }],
      ['GET', `${c}/letters/${letter.id}`],
      ['PUT', `${c}/letters/${letter.id}`, { version: 1, subject: 'x', body: 'y' }],
      ['GET', `${c}/letters/${letter.id}/pdf`],
      ['GET', `${c}/letters/${letter.id}/text`],
      ['POST', `${c}/letters/${letter.id}/sent`, { sentOn: '2026-11-29', sentVia: 'email' }],
      ['DELETE', `${c}/letters/${letter.id}`],
      ['GET', `${c}/search?q=Noah`],
    ]
    for (const [method, url, body] of attempts) {
      const response = await call(method, url, body, strangerToken)
      expect(response.statusCode, `${method} ${url}`).toBe(404)
      expect(response.body).not.toContain('Noah')
    }
    const upload = await uploadCall(
      multipartBody(fields, { fileName: 'x.txt', content: Buffer.from('x') }),
      strangerToken,
    )
    expect(upload.statusCode).toBe(404)
  })
})
