import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, type TestUser } from '../../../test/support/factories.ts'
import { buildGoal, buildIep } from '../../../test/support/plan-factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { LinkActor } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import { actorForLinkToken, createAccessLink, revokeAccessLink } from '../../services/access/access-links.ts'
import { createPlan } from '../../services/plans/save-plan.ts'
import {
  addProgressPoint,
  getGoalProgress,
  getProgressPoint,
  updateProgressPoint,
} from '../../services/progress/progress-data.ts'
import { listProgressPointsOfGoal } from '../../storage/progress-store.ts'

let t: TestApp
let parent: TestUser
let child: Child
let otherChild: Child
let token: string
let linkId: string
const GOAL = 'goal-reading-fluency'
const SECRET_GOAL_TEXT = 'Given a grade-level passage, Lucía will read aloud at 90 words correct per minute.'

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z' })
  parent = await createUser(t.deps)
  child = await createChildFor(t.deps, parent, {
    legalName: 'Lucía Díaz Soto',
    preferredName: '',
    dateOfBirth: '2016-05-10',
  })
  otherChild = await createChildFor(t.deps, parent, {
    legalName: 'Tomás Díaz Soto',
    preferredName: '',
    dateOfBirth: '2014-05-10',
  })
  const plan = (goalId: string) =>
    JSON.parse(
      JSON.stringify(
        buildIep({ status: 'in-effect', goals: [buildGoal({ id: goalId, text: SECRET_GOAL_TEXT })] }),
      ),
    )
  await createPlan(t.deps, parent.actor, child.id, plan(GOAL))
  await createPlan(t.deps, parent.actor, otherChild.id, plan('goal-of-tomas'))
  const created = await createAccessLink(t.deps, parent.actor, {
    childId: child.id,
    purpose: 'data-entry',
    label: 'Ms. Lee, reading teacher',
    expiresOn: '2026-12-31',
  })
  token = created.token
  linkId = created.link.id
})
afterEach(async () => {
  await t.close()
})

const score = { measuredOn: '2026-11-20', value: '61', source: 'teacher', note: '' }

describe('adding progress data through a data-entry link', () => {
  test('shows only the goals’ short names and adds a score with the link’s label', async () => {
    const browser = new TestBrowser(t.app)
    const page = await browser.get(`/enter/${token}/progress`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Add progress data for Lucía')
    expect(page.body).toContain('Goal 1: Reading')
    expect(page.body).toContain('Measured in words correct per minute')
    expect(page.body).not.toContain('Díaz')
    expect(page.body).not.toContain('read aloud at 90')
    expect(page.body).not.toContain('Lincoln Elementary')

    const added = await browser.post(`/enter/${token}/progress`, { ...score, goalId: GOAL })
    expect(added.statusCode).toBe(303)
    const [point] = await listProgressPointsOfGoal(t.deps.db, child.id, GOAL)
    expect(point).toMatchObject({
      value: 61,
      source: 'teacher',
      enteredBy: { userId: null, linkId, name: 'Ms. Lee, reading teacher' },
    })
    expect((await browser.get(`/enter/${token}/progress`)).body).toContain('Score added for goal 1')
  })

  test('bad input is named and kept; a goal of another child is refused and nothing is written', async () => {
    const browser = new TestBrowser(t.app)
    await browser.get(`/enter/${token}/progress`)
    const bad = await browser.post(`/enter/${token}/progress`, { ...score, value: 'sixty', goalId: GOAL })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('Enter the score as a number')
    expect(bad.body).toContain('value="sixty"')
    const other = await browser.post(`/enter/${token}/progress`, { ...score, goalId: 'goal-of-tomas' })
    expect(other.statusCode).toBe(400)
    expect(other.body).toContain('Choose the goal the score is for')
    expect(await listProgressPointsOfGoal(t.deps.db, otherChild.id, 'goal-of-tomas')).toEqual([])
  })

  test('the link can add but not read, and cannot reach another child', async () => {
    const actor = (await actorForLinkToken(t.deps, token, 'data-entry')) as LinkActor
    await expect(getGoalProgress(t.deps, actor, child.id, GOAL)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(
      addProgressPoint(t.deps, actor, otherChild.id, 'goal-of-tomas', { ...score, unit: '' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    const own = await addProgressPoint(t.deps, actor, child.id, GOAL, { ...score, unit: '' })
    // It may correct its own score, but not the family's.
    await updateProgressPoint(t.deps, actor, child.id, own.id, 1, { ...score, value: '62', unit: '' })
    const family = await addProgressPoint(t.deps, parent.actor, child.id, GOAL, {
      ...score,
      source: 'parent',
      unit: '',
    })
    await expect(getProgressPoint(t.deps, actor, child.id, family.id, 'change')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })

  test('a revoked link, an expired link and an unknown token answer 404', async () => {
    const browser = new TestBrowser(t.app)
    expect((await browser.get('/enter/not-a-token/progress')).statusCode).toBe(404)
    t.clock.set('2027-01-01T18:00:00.000Z')
    expect((await browser.get(`/enter/${token}/progress`)).statusCode).toBe(404)
    t.clock.set('2026-11-29T15:00:00.000Z')
    // The teacher has the form open when the family ends the link: the score is refused.
    expect((await browser.get(`/enter/${token}/progress`)).statusCode).toBe(200)
    await revokeAccessLink(t.deps, parent.actor, linkId)
    // Refused before the route runs, with the same 404 as the page.
    const late = await browser.post(`/enter/${token}/progress`, { ...score, goalId: GOAL })
    expect(late.statusCode).toBe(404)
    expect((await browser.get(`/enter/${token}/progress`)).statusCode).toBe(404)
    expect(await listProgressPointsOfGoal(t.deps.db, child.id, GOAL)).toEqual([])
  })
})
