import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import {
  buildAccommodation,
  buildGoal,
  buildIep,
  buildSection504,
  buildService,
} from '../../../test/support/plan-factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { Child } from '../../domain/children/child.ts'
import { ACCOMMODATION_SETTINGS, type Plan } from '../../domain/plans/plan.ts'
import { createPlan } from '../../services/plans/save-plan.ts'
import { listEventsOfChild } from '../../storage/events-store.ts'
import { findPlan, listPlanVersions } from '../../storage/plans-store.ts'

let t: TestApp
let browser: TestBrowser
let parent: TestUser
let child: Child

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z' })
  browser = new TestBrowser(t.app)
  parent = await createUser(t.deps, { name: 'Rosa Díaz' })
  await signInBrowser(browser, parent)
  child = await createChildFor(t.deps, parent, {
    legalName: 'Maya Ruiz',
    preferredName: '',
    dateOfBirth: '2016-05-10',
  })
})
afterEach(async () => {
  await t.close()
})

async function newPlan(
  plan: Plan = buildIep({ status: 'draft' }),
  who: TestUser = parent,
  ofChild: Child = child,
) {
  const saved = await createPlan(t.deps, who.actor, ofChild.id, JSON.parse(JSON.stringify(plan)))
  return { id: saved.record.id, url: `/children/${ofChild.id}/plans/${saved.record.id}` }
}

async function latestVersion(planId: string): Promise<number> {
  return (await findPlan(t.deps.db, planId))?.latestVersion ?? 0
}

/** The visible words of a page, for checks that should not depend on markup. */
function words(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
}

function expectNoRawKeys(html: string): void {
  expect(words(html)).not.toMatch(/\bplans\.(ui|form|glance|flash)\.[\w.-]+/)
}

describe('entering a plan', () => {
  test('the first step names each problem, keeps what was typed and saves nothing', async () => {
    const response = await browser.post(`/children/${child.id}/plans/new`, {
      kind: '',
      'revision.reason': 'annual-review',
      'dates.meeting': '2026-02-30',
      'dates.start': 'next week',
    })
    expect(response.statusCode).toBe(400)
    const text = words(response.body)
    expect(text).toContain('There is a problem')
    expect(text).toContain('Choose whether the plan is an IEP or a 504 plan.')
    expect(text).toContain('Meeting date: enter a real date, for example 2026-09-02.')
    expect(text).toContain('Start date: enter a real date, for example 2026-09-02.')
    expect(response.body).toContain('value="next week"')
    expect(response.body).toContain('href="#dates-meeting"')
    expect(await t.deps.db.selectFrom('plans').select('id').execute()).toHaveLength(0)
  })

  test('a start before the meeting is refused by the plan’s own rules, on the field', async () => {
    const response = await browser.post(`/children/${child.id}/plans/new`, {
      kind: 'iep',
      'dates.meeting': '2026-09-10',
      'dates.start': '2026-09-01',
    })
    expect(response.statusCode).toBe(400)
    expect(words(response.body)).toContain('The start date cannot be before the meeting date.')
    expect(response.body).toContain('href="#dates-start"')
  })

  test('a new IEP opens as a draft with what it lacks, each finding with its citation', async () => {
    const response = await browser.post(`/children/${child.id}/plans/new`, {
      kind: 'iep',
      'revision.reason': 'initial',
      'dates.meeting': '2026-08-20',
      'dates.start': '2026-09-01',
    })
    expect(response.statusCode).toBe(303)
    const page = await browser.follow(response)
    expect(page.statusCode).toBe(200)
    const text = words(page.body)
    expect(text).toContain('The plan is started. Now fill in each part.')
    expect(text).toContain('IEP from 1 Sept 2026')
    expect(text).toContain('Draft')
    expect(text).toContain('The plan has no measurable yearly goals. An IEP must have them.')
    expect(text).toContain('34 CFR 300.320(a)(2)(i)')
    expect(text).toContain('34 CFR 300.320(a)(1)')
    expectNoRawKeys(page.body)
  })

  test('every part of an IEP and of a 504 plan has a form', async () => {
    const iep = await newPlan()
    for (const part of ['basics', 'summary', 'placement', 'transition', 'team']) {
      const page = await browser.get(`${iep.url}/edit/${part}`)
      expect(page.statusCode, part).toBe(200)
      expectNoRawKeys(page.body)
    }
    expect((await browser.get(`${iep.url}/edit/basis`)).statusCode).toBe(404)
    const plan504 = await newPlan(buildSection504({ status: 'draft' }))
    for (const part of ['basics', 'summary', 'basis', 'team']) {
      const page = await browser.get(`${plan504.url}/edit/${part}`)
      expect(page.statusCode, part).toBe(200)
      expectNoRawKeys(page.body)
    }
    expect((await browser.get(`${plan504.url}/edit/placement`)).statusCode).toBe(404)
    expect((await browser.get(`${plan504.url}/edit/goals/new`)).statusCode).toBe(404)
    for (const list of ['goals', 'services', 'accommodations', 'programModifications', 'staffSupports']) {
      const page = await browser.get(`${iep.url}/edit/${list}/new`)
      expect(page.statusCode, list).toBe(200)
      expectNoRawKeys(page.body)
    }
  })
})

describe('each form names what to fix and keeps what was typed', () => {
  test('dates and basics', async () => {
    const plan = await newPlan()
    const response = await browser.post(`${plan.url}/edit/basics`, {
      version: '1',
      purpose: 'edit',
      'revision.reason': 'annual-review',
      'school.name': 'Oak <School>',
      'school.stateCode': 'XX',
      'dates.meeting': '2026-08-20',
      'dates.start': '2026-09-01',
      'dates.end': '2026-06-01',
      'dates.nextAnnualReview': '20 Aug 2027',
      'eligibility.category': 'specific-learning-disability',
    })
    expect(response.statusCode).toBe(400)
    const text = words(response.body)
    expect(text).toContain('State: choose one of the options in the list.')
    expect(text).toContain('Next yearly review: enter a real date, for example 2026-09-02.')
    expect(response.body).toContain('value="Oak &lt;School>"')
    expect(response.body).toContain('value="20 Aug 2027"')
    const again = await browser.post(`${plan.url}/edit/basics`, {
      version: '1',
      'dates.start': '2026-09-01',
      'dates.end': '2026-06-01',
    })
    expect(again.statusCode).toBe(400)
    expect(words(again.body)).toContain('The end date must be after the start date.')
    expect(again.body).toContain('href="#dates-end"')
    expect(await latestVersion(plan.id)).toBe(1)
  })

  test('where your child learns, and tests', async () => {
    const plan = await newPlan()
    const response = await browser.post(`${plan.url}/edit/placement`, {
      version: '1',
      'generalEducationTime.percent': 'most',
      'generalEducationTime.minutesPerWeek': '',
      'assessments.state.whyAlternate': 'Because',
      'extendedSchoolYear.decidedOn': '2026-08-20',
    })
    expect(response.statusCode).toBe(400)
    const text = words(response.body)
    expect(text).toContain('Percent of the week in general education: enter a number, for example 30.')
    expect(text).toContain('Choose how your child takes this test before you explain why.')
    expect(text).toContain('Choose the extended school year decision before you add its date or explanation.')
    const outOfRange = await browser.post(`${plan.url}/edit/placement`, {
      version: '1',
      'generalEducationTime.percent': '150',
    })
    expect(outOfRange.statusCode).toBe(400)
    expect(words(outOfRange.body)).toContain('Enter a percent from 0 to 100.')
    expect(outOfRange.body).toContain('value="150"')
  })

  test('life after high school', async () => {
    const plan = await newPlan()
    const response = await browser.post(`${plan.url}/edit/transition`, {
      version: '1',
      'transition.services[0].id': '',
      'transition.services[0].text': '',
      'transition.services[0].responsible': 'Ms. Lee',
      'transferOfRights.informedOn': 'May',
    })
    expect(response.statusCode).toBe(400)
    const text = words(response.body)
    expect(text).toContain('Describe transition service 1.')
    expect(text).toContain('Date your child was told: enter a real date, for example 2026-09-02.')
    expect(response.body).toContain('value="Ms. Lee"')
  })

  test('team, consents and contacts, with rows added and removed without saving', async () => {
    const plan = await newPlan(buildIep({ status: 'draft', team: [], consents: [], contacts: [] }))
    const rows = {
      version: '1',
      'team[0].name': 'Ana Ruiz',
      'team[0].role': 'parent',
      'team[0].presence': 'attended',
      'team[1].name': 'Mr. Lee',
      'team[1].role': '',
      'team[1].presence': 'absent',
      'consents[0].kind': 'initial-services',
      'consents[0].date': '',
      'contacts[0].name': '',
      'contacts[0].phone': '555-0100',
    }
    const added = await browser.post(`${plan.url}/edit/team`, { ...rows, _action: 'add:team' })
    expect(added.statusCode).toBe(200)
    expect(added.body).toContain('name="team[2].name"')
    expect(added.body).toContain('value="Mr. Lee"')
    const removed = await browser.post(`${plan.url}/edit/team`, { ...rows, _action: 'remove:team:0' })
    expect(removed.statusCode).toBe(200)
    expect(removed.body).not.toContain('value="Ana Ruiz"')
    expect(removed.body).toMatch(
      /name="team\[0\]\.name"[^>]*value="Mr\. Lee"|value="Mr\. Lee"[^>]*name="team\[0\]\.name"/,
    )
    expect(await latestVersion(plan.id)).toBe(1)

    const saved = await browser.post(`${plan.url}/edit/team`, { ...rows, _action: 'save' })
    expect(saved.statusCode).toBe(400)
    const text = words(saved.body)
    expect(text).toContain('Choose the role of team member 2.')
    expect(text).toContain('Enter the date of consent 1.')
    expect(text).toContain('Enter the name of contact 1.')
    expect(saved.body).toContain('href="#team-1-role"')
    expect(await latestVersion(plan.id)).toBe(1)
  })

  test('why a child has a 504 plan', async () => {
    const plan = await newPlan(buildSection504({ status: 'draft' }))
    const response = await browser.post(`${plan.url}/edit/basis`, {
      version: '1',
      'impairments[0]': 'Type 1 diabetes',
      'majorLifeActivities[0].activity': '',
      'majorLifeActivities[0].detail': 'Endocrine function',
    })
    expect(response.statusCode).toBe(400)
    expect(words(response.body)).toContain('Choose activity 1 from the list.')
    expect(response.body).toContain('value="Endocrine function"')
  })

  test('a goal', async () => {
    const plan = await newPlan()
    const response = await browser.post(`${plan.url}/edit/goals/new`, {
      version: '1',
      area: '',
      text: '   ',
      baselineValue: 'forty',
      'objectives[0].id': '',
      'objectives[0].text': '',
      'objectives[0].criterion': '3 of 4',
    })
    expect(response.statusCode).toBe(400)
    const text = words(response.body)
    expect(text).toContain('Choose the area of the goal, for example reading.')
    expect(text).toContain('Enter the words of the goal.')
    expect(text).toContain('Starting number: enter a number, for example 30.')
    expect(text).toContain('Describe step 1, or remove it.')
    expect(response.body).toContain('value="forty"')
    const step = await browser.post(`${plan.url}/edit/goals/new`, {
      version: '1',
      text: 'Read',
      _action: 'add:objectives',
    })
    expect(step.statusCode).toBe(200)
    expect(step.body).toContain('name="objectives[0].text"')
  })

  test('a goal is checked without saving, keeping what was typed', async () => {
    const plan = await newPlan()
    const form = await browser.get(`${plan.url}/edit/goals/new`)
    expect(form.body).toContain('data-module="goal-check"')
    expect(form.body).toContain('aria-live="polite"')
    const checked = await browser.post(`${plan.url}/edit/goals/new`, {
      version: '1',
      area: 'reading',
      text: 'Maya will improve her reading.',
      _action: 'check',
    })
    expect(checked.statusCode).toBe(200)
    const text = words(checked.body)
    expect(text).not.toContain('There is a problem')
    expect(text).toContain('Does not say how well.')
    expect(checked.body).toContain('Maya will improve her reading.</textarea>')
    const measurable = await browser.post(`${plan.url}/edit/goals/new`, {
      version: '1',
      text: 'By June 2027, given a grade 3 passage, Maya will read aloud 90 words correct per minute in 3 of 4 weekly probes, measured by the teacher with curriculum-based measurement.',
      _action: 'check',
    })
    expect(words(measurable.body)).toContain('Nothing is missing.')
    const spanish = await browser.get(`${plan.url}/edit/goals/new`, { 'accept-language': 'es' })
    expect(words(spanish.body)).toContain('Revisar esta meta')
  })

  test('a service, including the plan’s own rules shown on the service’s fields', async () => {
    const plan = await newPlan()
    const missing = await browser.post(`${plan.url}/edit/services/new`, {
      version: '1',
      name: '',
      kind: '',
      minutes: '30',
      'frequency.times': '1.5',
      'frequency.per': '',
    })
    expect(missing.statusCode).toBe(400)
    const text = words(missing.body)
    expect(text).toContain('Enter the name of the service, for example speech therapy.')
    expect(text).toContain('Choose the type of service.')
    expect(text).toContain('How many times: enter a whole number, for example 2.')
    const rules = await browser.post(`${plan.url}/edit/services/new`, {
      version: '1',
      name: 'Speech therapy',
      kind: 'related-service',
      minutes: '0',
      'frequency.times': '2',
      'frequency.per': 'week',
      start: '2026-09-01',
      end: '2026-08-01',
    })
    expect(rules.statusCode).toBe(400)
    expect(words(rules.body)).toContain('Enter the minutes as a number greater than 0.')
    expect(words(rules.body)).toContain('The end date must be after the start date.')
    expect(rules.body).toContain('href="#minutes"')
    expect(rules.body).toContain('href="#end"')
    expect(await latestVersion(plan.id)).toBe(1)
  })

  test('an accommodation, a modification and the library picker', async () => {
    const plan = await newPlan()
    const accommodation = await browser.post(`${plan.url}/edit/accommodations/new`, {
      version: '1',
      text: '',
    })
    expect(accommodation.statusCode).toBe(400)
    expect(words(accommodation.body)).toContain(
      'Describe the accommodation in the plan’s words, or choose one from the library.',
    )
    const modification = await browser.post(`${plan.url}/edit/programModifications/new`, {
      version: '1',
      text: '',
    })
    expect(modification.statusCode).toBe(400)
    expect(words(modification.body)).toContain('Enter the words of the plan.')
    const none = await browser.post(`${plan.url}/edit/accommodations/library`, { version: '1' })
    expect(none.statusCode).toBe(400)
    expect(words(none.body)).toContain('Choose at least one item that is not in the plan yet.')
  })

  test('a 504 accommodation applies in every setting and names who is responsible for it', async () => {
    const plan = await newPlan(buildSection504({ status: 'draft', accommodations: [] }))
    const form = await browser.get(`${plan.url}/edit/accommodations/new`)
    for (const setting of ACCOMMODATION_SETTINGS) expect(form.body).toContain(`value="${setting}"`)
    const everywhere = await browser.post(`${plan.url}/edit/accommodations/new`, {
      version: '1',
      text: 'Checks blood sugar and eats a snack when needed',
      settings: [...ACCOMMODATION_SETTINGS],
      responsible: 'School nurse',
    })
    expect(everywhere.statusCode).toBe(303)
    const withoutWho = await browser.post(`${plan.url}/edit/accommodations/new`, {
      version: '2',
      text: 'Sits near the door',
      settings: ['classroom', 'cafeteria'],
      responsible: '',
    })
    expect(withoutWho.statusCode).toBe(303)
    const stored = (await listPlanVersions(t.deps.db, plan.id))[0]?.plan
    expect(stored?.accommodations.map((a) => [a.settings, a.responsible])).toEqual([
      [[...ACCOMMODATION_SETTINGS], 'School nurse'],
      [['classroom', 'cafeteria'], undefined],
    ])
    const page = words((await browser.get(plan.url)).body)
    expect(page).toContain(
      'Class, Tests, Homework, Lunch, Bus, Field trips, After-school activities Details Not given Who is responsible School nurse',
    )
    expect(page).toContain('Class, Lunch')
    expect(page).toContain('Accommodation 2 does not say who is responsible for it.')
    expect(page).not.toContain('Accommodation 1 does not say who is responsible for it.')
  })
})

describe('building a plan part by part', () => {
  test('accommodations chosen from the library, a service written out, a goal changed and removed', async () => {
    const plan = await newPlan(
      buildIep({ status: 'draft', accommodations: [], services: [], goals: [buildGoal()] }),
    )
    const library = await browser.get(`${plan.url}/edit/accommodations/library`)
    expect(words(library.body)).toContain('Your child gets extra time to finish tests')
    const added = await browser.post(`${plan.url}/edit/accommodations/library`, {
      version: '1',
      library: ['extended-time-tests', 'frequent-breaks'],
    })
    expect(added.statusCode).toBe(303)
    expect(words((await browser.follow(added)).body)).toContain('Added to the plan: 2.')
    const servicePicker = await browser.get(`${plan.url}/edit/services/library`)
    expect(servicePicker.body).toContain('value="speech-language-therapy"')
    const prefilled = await browser.get(`${plan.url}/edit/services/new?library=speech-language-therapy`)
    expect(prefilled.body).toContain('value="Speech and language therapy"')
    const service = await browser.post(`${plan.url}/edit/services/new`, {
      version: '2',
      libraryId: 'speech-language-therapy',
      name: 'Speech therapy',
      kind: 'related-service',
      minutes: '30',
      'frequency.times': '2',
      'frequency.per': 'week',
      setting: 'outside-general-education-class',
      location: 'Speech room',
      providerRole: 'Speech-language pathologist',
    })
    expect(service.statusCode).toBe(303)
    const goalId = buildGoal().id
    const goal = await browser.post(`${plan.url}/edit/goals/${goalId}`, {
      version: '3',
      area: 'reading',
      text: 'Maya will read 100 words a minute.',
      'objectives[0].id': '',
      'objectives[0].text': 'Read 70 words a minute by January.',
    })
    expect(goal.statusCode).toBe(303)
    const versions = await listPlanVersions(t.deps.db, plan.id)
    expect(versions.map((v) => [v.version, v.action, v.part])).toEqual([
      [4, 'edit', 'goals'],
      [3, 'edit', 'services'],
      [2, 'edit', 'accommodations'],
      [1, 'create', null],
    ])
    const latest = versions[0]?.plan
    expect(latest?.kind === 'iep' && latest.goals[0]?.id).toBe(goalId)
    expect(latest?.kind === 'iep' && latest.goals[0]?.objectives?.[0]?.text).toBe(
      'Read 70 words a minute by January.',
    )
    expect(latest?.accommodations.map((a) => a.libraryId)).toEqual(['extended-time-tests', 'frequent-breaks'])
    expect(latest?.services[0]).toMatchObject({
      name: 'Speech therapy',
      minutes: 30,
      frequency: { times: 2, per: 'week' },
    })

    const confirm = await browser.get(`${plan.url}/edit/goals/${goalId}/remove`)
    expect(words(confirm.body)).toContain('Remove “Goal 1: Reading”?')
    const removed = await browser.post(`${plan.url}/edit/goals/${goalId}/remove`, { version: '4' })
    expect(removed.statusCode).toBe(303)
    const after = (await listPlanVersions(t.deps.db, plan.id))[0]?.plan
    expect(after?.kind === 'iep' && after.goals).toEqual([])
    expect((await browser.get(`${plan.url}/edit/goals/${goalId}`)).statusCode).toBe(404)
  })
})

describe('two people editing the same plan', () => {
  test('the second save of a part is refused, their typing stays, and the newer version is shown', async () => {
    const plan = await newPlan()
    const other = new TestBrowser(t.app)
    await signInBrowser(other, parent)
    const first = await browser.post(`${plan.url}/edit/summary`, {
      version: '1',
      'summary.strengths': 'Kind and curious',
    })
    expect(first.statusCode).toBe(303)
    const second = await other.post(`${plan.url}/edit/summary`, {
      version: '1',
      'summary.strengths': 'Loves maps',
      'summary.needs': 'Reading fluency',
    })
    expect(second.statusCode).toBe(409)
    const text = words(second.body)
    expect(text).toContain('Someone else saved a newer version while you were editing.')
    expect(text).toContain('Rosa Díaz saved a newer version')
    expect(text).toContain('Kind and curious')
    expect(second.body).toContain('>Loves maps</textarea>')
    expect(second.body).toContain('name="version" value="2"')
    expect(await latestVersion(plan.id)).toBe(2)

    const deliberate = await other.post(`${plan.url}/edit/summary`, {
      version: '2',
      'summary.strengths': 'Loves maps',
      'summary.needs': 'Reading fluency',
    })
    expect(deliberate.statusCode).toBe(303)
    const saved = (await listPlanVersions(t.deps.db, plan.id))[0]?.plan
    expect(saved?.summary).toEqual({ strengths: 'Loves maps', needs: 'Reading fluency' })
  })

  test('the second save of an item is refused too, and a stale step changes nothing', async () => {
    const plan = await newPlan(buildIep({ status: 'draft', services: [buildService()] }))
    const serviceUrl = `${plan.url}/edit/services/${buildService().id}`
    const form = {
      name: 'Reading',
      kind: 'special-education',
      minutes: '45',
      'frequency.times': '3',
      'frequency.per': 'week',
    }
    expect((await browser.post(serviceUrl, { ...form, version: '1' })).statusCode).toBe(303)
    const stale = await browser.post(serviceUrl, { ...form, minutes: '20', version: '1' })
    expect(stale.statusCode).toBe(409)
    expect(stale.body).toContain('value="20"')
    expect(words(stale.body)).toContain('Minutes each time')
    const step = await browser.post(`${plan.url}/step`, { version: '1', action: 'propose' })
    expect(step.statusCode).toBe(303)
    expect(words((await browser.follow(step)).body)).toContain('Someone else changed this plan a moment ago.')
    expect((await findPlan(t.deps.db, plan.id))?.status).toBe('draft')
  })
})

describe('the life of a plan', () => {
  test('proposed, then agreed: the events reach the timeline; an agreed plan takes only corrections', async () => {
    const plan = await newPlan(buildIep({ status: 'draft', revision: { reason: 'initial' } }))
    expect((await browser.post(`${plan.url}/step`, { version: '1', action: 'propose' })).statusCode).toBe(303)
    expect((await browser.post(`${plan.url}/step`, { version: '2', action: 'agree' })).statusCode).toBe(303)
    const page = await browser.get(plan.url)
    expect(words(page.body)).toContain('Agreed and in effect')
    expect(words(page.body)).toContain(
      'This plan is agreed. Any change you save here is recorded as a correction',
    )
    const events = await listEventsOfChild(t.deps.db, child.id)
    expect(events.map((e) => [e.type, e.date]).sort()).toEqual(
      [
        ['eligibility-determined', '2025-05-20'],
        ['iep-developed', '2026-08-20'],
        ['iep-in-effect', '2026-09-01'],
        ['iep-meeting-held', '2026-08-20'],
        ['initial-iep-meeting-held', '2026-08-20'],
        ['services-begin', '2026-09-01'],
      ].sort(),
    )
    const timeline = await browser.get(`/children/${child.id}`)
    expect(words(timeline.body)).toContain('See and enter plans')
    expect(words(timeline.body)).toContain('From a plan: change it there')

    const corrected = await browser.post(`${plan.url}/edit/basics`, {
      version: '3',
      purpose: 'correction',
      'dates.meeting': '2026-08-21',
      'dates.start': '2026-09-01',
    })
    expect(corrected.statusCode).toBe(303)
    expect((await listPlanVersions(t.deps.db, plan.id))[0]).toMatchObject({
      action: 'correction',
      part: 'basics',
    })
    expect(
      (await listEventsOfChild(t.deps.db, child.id)).filter((e) => e.type === 'iep-meeting-held'),
    ).toMatchObject([{ date: '2026-08-21' }])
    const edit = await browser.post(`${plan.url}/edit/basics`, {
      version: '4',
      purpose: 'edit',
      'dates.start': '2026-09-02',
    })
    expect(edit.statusCode).toBe(409)
    expect(words(edit.body)).toContain('This plan is already agreed, so it cannot be changed here.')
    const notAllowed = await browser.post(`${plan.url}/step`, { version: '4', action: 'propose' })
    expect(notAllowed.statusCode).toBe(409)
  })

  test('an amendment cuts a service; the diff shows the cut with the prior written notice note', async () => {
    const plan = await newPlan(
      buildIep({
        status: 'in-effect',
        services: [buildService({ minutes: 30, frequency: { times: 2, per: 'week' } })],
      }),
    )
    const form = await browser.get(`${plan.url}/amend`)
    expect(words(form.body)).toContain('34 CFR 300.324(a)(4)-(6)')
    const missing = await browser.post(`${plan.url}/amend`, { version: '1', date: '', withoutMeeting: '' })
    expect(missing.statusCode).toBe(400)
    expect(words(missing.body)).toContain('Choose whether the change was agreed at a meeting or in writing.')
    const empty = await browser.post(`${plan.url}/amend`, { version: '1', date: '', withoutMeeting: 'no' })
    expect(words(empty.body)).toContain('Enter the date of the change.')
    const early = await browser.post(`${plan.url}/amend`, {
      version: '1',
      date: '2026-08-01',
      withoutMeeting: 'yes',
    })
    expect(early.statusCode).toBe(400)
    expect(words(early.body)).toContain('The date of the change cannot be before the plan starts.')
    const wrong = await browser.post(`${plan.url}/amend`, {
      version: '1',
      date: '2026-02-30',
      withoutMeeting: 'no',
    })
    expect(wrong.statusCode).toBe(400)
    expect(words(wrong.body)).toContain(
      'Enter the date of the change as a real date, for example 2027-02-01.',
    )
    expect(wrong.body).toContain('value="2026-02-30"')
    const started = await browser.post(`${plan.url}/amend`, {
      version: '1',
      date: '2027-01-15',
      withoutMeeting: 'no',
    })
    expect(started.statusCode).toBe(303)
    const amendmentUrl = started.headers.location as string
    const amendmentId = amendmentUrl.split('/').pop() as string
    expect(words((await browser.get(amendmentUrl)).body)).toContain('This plan is an amendment')
    const cut = await browser.post(`${amendmentUrl}/edit/services/${buildService().id}`, {
      version: '1',
      name: 'Specialized reading instruction',
      kind: 'special-education',
      minutes: '30',
      'frequency.times': '1',
      'frequency.per': 'week',
    })
    expect(cut.statusCode).toBe(303)
    expect(
      (await browser.post(`${amendmentUrl}/step`, { version: '2', action: 'record-agreed' })).statusCode,
    ).toBe(303)
    expect((await findPlan(t.deps.db, plan.id))?.status).toBe('superseded')
    expect((await findPlan(t.deps.db, amendmentId))?.status).toBe('in-effect')

    const amendmentPage = await browser.get(amendmentUrl)
    const compareLink = /href="([^"]*\/plans\/compare\?[^"]*)"/
      .exec(amendmentPage.body)?.[1]
      ?.replace(/&amp;/g, '&')
    expect(compareLink).toBeDefined()
    const diff = await browser.get(compareLink as string)
    expect(diff.statusCode).toBe(200)
    const text = words(diff.body)
    expect(text).toContain('Something was cut')
    expect(text).toContain(
      'Specialized reading instruction was cut from 60 to 30 minutes a week (30 minutes less).',
    )
    expect(text).toContain('prior written notice')
    expect(text).toContain('34 CFR 300.503')
    expect(text).toContain('This is an amendment. It does not replace the yearly IEP review.')
    expectNoRawKeys(diff.body)
  })

  test('next year’s plan keeps the items; a draft can be deleted, an agreed plan cannot', async () => {
    const plan = await newPlan(buildIep({ status: 'in-effect' }))
    const next = await browser.post(`${plan.url}/next`, { reason: 'annual-review' })
    expect(next.statusCode).toBe(303)
    const nextUrl = next.headers.location as string
    const nextPage = await browser.get(nextUrl)
    expect(words(nextPage.body)).toContain('IEP (no dates yet)')
    expect(words(nextPage.body)).toContain(buildGoal().text)
    expect((await browser.post(`${plan.url}/next`, { reason: 'made-up' })).statusCode).toBe(400)
    expect((await browser.get(`${nextUrl}/delete`)).statusCode).toBe(200)
    expect((await browser.post(`${nextUrl}/delete`, { version: '1' })).statusCode).toBe(303)
    expect((await browser.get(nextUrl)).statusCode).toBe(404)
    expect((await browser.get(`${plan.url}/delete`)).statusCode).toBe(409)
    expect((await browser.post(`${plan.url}/delete`, { version: '1' })).statusCode).toBe(409)
  })
})

describe('history, comparison, moves and the plan at a glance', () => {
  test('the version history says who saved what; an old version is read-only', async () => {
    const plan = await newPlan()
    await browser.post(`${plan.url}/edit/summary`, { version: '1', 'summary.needs': 'Reading' })
    const history = await browser.get(`${plan.url}/versions`)
    const text = words(history.body)
    expect(text).toContain('Changed: Strengths, needs and present levels')
    expect(text).toContain('Plan entered')
    expect(text).toContain('Saved by Rosa Díaz')
    expect(text).toContain('Compare with version 1')
    const old = await browser.get(`${plan.url}?version=1`)
    expect(words(old.body)).toContain('You are looking at version 1. The latest version is 2.')
    expect(old.body).not.toContain(`${plan.url}/edit/`)
    expect((await browser.get(`${plan.url}?version=9`)).statusCode).toBe(404)
    expect((await browser.get(`${plan.url}?version=abc`)).statusCode).toBe(404)
  })

  test('the compare page asks for both sides and refuses what is not a version', async () => {
    const plan = await newPlan()
    const empty = await browser.get(`/children/${child.id}/plans/compare`)
    expect(empty.statusCode).toBe(200)
    expect(empty.body).toContain(`value="${plan.id}@1"`)
    const bad = await browser.get(`/children/${child.id}/plans/compare?before=nonsense&after=${plan.id}%401`)
    expect(bad.statusCode).toBe(400)
    expect(words(bad.body)).toContain('Choose the older plan or version.')
  })

  test('moves explain what the law asks for first', async () => {
    await newPlan(buildIep({ status: 'in-effect' }))
    const page = await browser.get(
      `/children/${child.id}/plans/moves?from=iep&to=none&reason=no-longer-eligible`,
    )
    const text = words(page.body)
    expect(text).toContain(
      'The school must evaluate your child before it decides your child no longer needs special education.',
    )
    expect(text).toContain('34 CFR 300.305(e)(1)')
    expect(text).toContain('Your child’s plan in effect now: IEP.')
    const to504 = await browser.get(
      `/children/${child.id}/plans/moves?from=iep&to=504&reason=parent-revoked-consent`,
    )
    expect(words(to504.body)).toContain('ask your district or your Parent Training and Information Center')
  })

  test('the plan at a glance prints from the page and reads back from its PDF, in English and Spanish', async () => {
    const plan = await newPlan(
      buildIep({
        status: 'in-effect',
        accommodations: [buildAccommodation()],
        contacts: [{ name: 'Ms. Park', role: 'Case manager', phone: '555-0100' }],
      }),
    )
    const page = await browser.get(`${plan.url}/at-a-glance`)
    const text = words(page.body)
    expect(text).toContain('Plan at a glance: Maya Ruiz')
    expect(page.body).toContain(
      '<strong>Specialized reading instruction</strong>: 30 minutes, 5 times a week (150 minutes a week)',
    )
    expect(text).toContain('More time on tests (Time and a half)')
    expect(page.body).toContain('at-a-glance.pdf')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-glance-'))
    try {
      const read = async (headers: Record<string, string>) => {
        const pdf = await browser.get(`${plan.url}/at-a-glance.pdf`, headers)
        expect(pdf.statusCode).toBe(200)
        expect(pdf.headers['content-type']).toBe('application/pdf')
        expect(pdf.headers['content-disposition']).toContain('plan-at-a-glance-maya-ruiz.pdf')
        const file = path.join(dir, 'glance.pdf')
        fs.writeFileSync(file, pdf.rawPayload)
        return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
      }
      const english = await read({})
      expect(english).toContain('Plan at a glance: Maya Ruiz')
      expect(english).toContain('Specialized reading instruction')
      expect(english).toContain('30 minutes, 5 times a week · 150 minutes a week')
      expect(english).toContain(
        'Given a grade-level passage, Maya will read aloud at 90 words correct per minute.',
      )
      expect(english).toContain('Ms. Park, Case manager')
      expect(english).toContain('Guidance, not legal advice.')
      browser.setCookie('pathway_lang', 'es')
      const spanish = await read({})
      expect(spanish).toContain('Resumen del plan: Maya Ruiz')
      expect(spanish).toContain('30 minutos, 5 veces por semana')
      expect(spanish).toContain('Más tiempo en los exámenes')
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  test('the plan pages speak Spanish', async () => {
    const plan = await newPlan()
    browser.setCookie('pathway_lang', 'es')
    const list = await browser.get(`/children/${child.id}/plans`)
    expect(list.body).toContain('lang="es"')
    expect(words(list.body)).toContain('Ingresar un IEP')
    const page = await browser.get(plan.url)
    expect(words(page.body)).toContain('Lo que le falta a este plan')
    expect(words(page.body)).toContain('Borrador')
    const form = await browser.post(`${plan.url}/edit/basics`, { version: '1', 'dates.meeting': 'ayer' })
    expect(words(form.body)).toContain('Fecha de la reunión: escriba una fecha real, por ejemplo 2026-09-02.')
    expectNoRawKeys(form.body)
  })
})

describe('privacy: another household gets 404 for every plan route and id', () => {
  test('pages and forms, with real ids', async () => {
    const plan = await newPlan(buildIep({ status: 'draft', services: [buildService()] }))
    const stranger = await createUser(t.deps, { name: 'Someone Else' })
    const strangerChild = await createChildFor(t.deps, stranger)
    const strangersPlan = await newPlan(buildIep({ status: 'draft' }), stranger, strangerChild)
    const outsider = new TestBrowser(t.app)
    await signInBrowser(outsider, stranger)

    const routes = t.app.routeTable.filter((r) => r.url.startsWith('/children/:childId/plans'))
    expect(routes.length).toBeGreaterThan(25)
    const fill = (url: string, childId: string, planId: string) =>
      url
        .replace(':childId', childId)
        .replace(':planId', planId)
        .replace(':part', 'basics')
        .replace(':list', 'services')
        .replace(':itemId', buildService().id)
    for (const route of routes) {
      // The stranger, with the family's real child and plan ids.
      const url = fill(route.url, child.id, plan.id)
      const response =
        route.method === 'GET'
          ? await outsider.get(url)
          : await outsider.post(url, { version: '1', action: 'propose' })
      expect(response.statusCode, `${route.method} ${url}`).toBe(404)
      // The family, with its own child but the stranger's plan: still not found.
      if (route.url.includes(':planId')) {
        const mixed = fill(route.url, child.id, strangersPlan.id)
        const answer =
          route.method === 'GET'
            ? await browser.get(mixed)
            : await browser.post(mixed, { version: '1', action: 'propose' })
        expect(answer.statusCode, `${route.method} ${mixed}`).toBe(404)
      }
    }
    expect(await latestVersion(plan.id)).toBe(1)
    expect(await latestVersion(strangersPlan.id)).toBe(1)
  })
})
