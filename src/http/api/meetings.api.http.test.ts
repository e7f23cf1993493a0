import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createChildFor, createUser, type TestUser } from '../../../test/support/factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { Child } from '../../domain/children/child.ts'
import { createApiToken } from '../../services/accounts/api-tokens.ts'
import { listEventsOfChild } from '../../storage/events-store.ts'

let t: TestApp
let parent: TestUser
let child: Child
let token: string
let strangerToken: string

beforeAll(async () => {
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z' })
  parent = await createUser(t.deps)
  child = await createChildFor(t.deps, parent, { dateOfBirth: '2016-05-10', state: 'CA' })
  token = (await createApiToken(t.deps, parent.id, 'tests')).token ?? ''
  const stranger = await createUser(t.deps)
  strangerToken = (await createApiToken(t.deps, stranger.id, 'tests')).token ?? ''
})
afterAll(async () => {
  await t.close()
})

function call(method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, bearer = token) {
  return t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${bearer}` },
    ...(body !== undefined ? { payload: body as object } : {}),
  })
}

const meeting = {
  kind: 'initial-iep',
  date: '2026-11-20',
  startTime: '09:00',
  timeZone: 'America/Los_Angeles',
  place: 'Room 4',
  invitedOn: '2026-11-18',
  participants: [
    { name: 'Ms. Blue', role: 'special-education-teacher' },
    { name: 'Dr. Gray', role: 'district-representative' },
    { name: 'Ms. Pink', role: 'evaluation-interpreter' },
    { name: 'Mr. Green', role: 'general-education-teacher' },
  ],
}

describe('meetings through the API', () => {
  test('a meeting is added, checked, prepared and recorded as held', async () => {
    const created = await call('POST', `/api/v1/children/${child.id}/meetings`, meeting)
    expect(created.statusCode, created.body).toBe(201)
    const id = created.json().id
    expect(created.json()).toMatchObject({
      kind: 'initial-iep',
      durationMinutes: 60,
      version: 1,
      outcome: null,
    })

    const read = await call('GET', `/api/v1/children/${child.id}/meetings/${id}`)
    expect(read.statusCode).toBe(200)
    expect(read.json().team).toEqual([])
    expect(read.json().notice).toMatchObject({
      rule: 'idea-iep-meeting-notice',
      status: 'met',
      due: '2026-11-20',
    })

    const prep = await call('PUT', `/api/v1/children/${child.id}/meetings/${id}/prep`, {
      version: 1,
      concerns: 'Reading',
      questions: ['How is reading measured?'],
    })
    expect(prep.statusCode).toBe(200)
    expect(prep.json().prep).toEqual({
      concerns: 'Reading',
      strengths: '',
      questions: ['How is reading measured?'],
      requests: [],
    })

    const stale = await call('PUT', `/api/v1/children/${child.id}/meetings/${id}/prep`, { version: 1 })
    expect(stale.statusCode).toBe(409)

    const held = await call('PUT', `/api/v1/children/${child.id}/meetings/${id}/outcome`, {
      version: 2,
      heldOn: '2026-11-20',
      decisions: 'Services start on 1 December.',
      followUps: [{ task: 'Send the IEP', owner: 'Ms. Blue', dueOn: '2026-11-27', done: false }],
    })
    expect(held.statusCode, held.body).toBe(200)
    expect(held.json().outcome.followUps).toHaveLength(1)
    expect(held.json().outcome.schoolProposedChange).toBe(false)
    const types = (await listEventsOfChild(t.deps.db, child.id)).map((e) => e.type).sort()
    // The initial IEP meeting also writes the IEP, which starts the services-start rule.
    expect(types).toEqual(['iep-developed', 'iep-meeting-held', 'initial-iep-meeting-held'])
  })

  test('bad input answers 400 with each field named; another family’s child answers 404', async () => {
    const bad = await call('POST', `/api/v1/children/${child.id}/meetings`, {
      ...meeting,
      startTime: '9am',
      timeZone: 'Nowhere/Else',
      participants: [{ name: '', role: 'parent' }],
    })
    expect(bad.statusCode).toBe(400)
    const fields = bad
      .json()
      .problems.map((p: { field: string }) => p.field)
      .sort()
    expect(fields).toEqual(['participants[0].name', 'startTime', 'timeZone'])
    expect(
      (await call('GET', `/api/v1/children/${child.id}/meetings`, undefined, strangerToken)).statusCode,
    ).toBe(404)
  })
})

describe('disputes through the API', () => {
  test('a due process complaint: the filing limits, then each stage’s deadlines with their explanation', async () => {
    const opened = await call('POST', `/api/v1/children/${child.id}/disputes`, {
      road: 'due-process',
      title: 'Placement',
      violationOn: '2026-03-02',
    })
    expect(opened.statusCode, opened.body).toBe(201)
    const id = opened.json().id
    const staged = await call('POST', `/api/v1/children/${child.id}/disputes/${id}/stages`, {
      version: 1,
      stage: 'received',
      date: '2026-11-02',
    })
    expect(staged.statusCode, staged.body).toBe(200)
    const view = await call('GET', `/api/v1/children/${child.id}/disputes/${id}`)
    expect(view.statusCode).toBe(200)
    const limits = Object.fromEntries(
      view.json().filingLimits.map((d: { rule: string; due: string }) => [d.rule, d.due]),
    )
    expect(limits).toEqual({
      'idea-state-complaint-filing-limit': '2027-03-02',
      'idea-due-process-filing-limit': '2028-03-02',
      's504-ocr-complaint': '2026-08-29',
    })
    const received = view.json().stages.find((s: { id: string }) => s.id === 'received')
    const resolution = received.deadlines.find((d: { rule: string }) => d.rule === 'idea-resolution-period')
    expect(resolution).toMatchObject({
      due: '2026-12-02',
      status: 'due-soon',
      citation: '34 CFR 300.510(b)-(c)',
    })
    expect(resolution.explanation.join(' ')).toContain('Federal law allows 30 calendar days.')

    const wrongStage = await call('POST', `/api/v1/children/${child.id}/disputes/${id}/stages`, {
      version: 2,
      stage: 'verdict',
      date: '2026-11-03',
    })
    expect(wrongStage.statusCode).toBe(400)
    expect(wrongStage.json().problems[0].field).toBe('stage')
  })
})
