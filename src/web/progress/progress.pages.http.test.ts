import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import { multipartBody } from '../../../test/support/files.ts'
import { buildGoal, buildIep } from '../../../test/support/plan-factories.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { Child } from '../../domain/children/child.ts'
import { createPlan } from '../../services/plans/save-plan.ts'
import { listProgressPointsOfGoal } from '../../storage/progress-store.ts'

let t: TestApp
let browser: TestBrowser
let parent: TestUser
let child: Child
const GOAL = 'goal-reading-fluency'

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
  const plan = buildIep({
    status: 'in-effect',
    goals: [
      buildGoal(),
      buildGoal({
        id: 'goal-math',
        area: 'math',
        text: 'Maya will solve problems.',
        baselineValue: undefined,
      }),
    ],
  })
  await createPlan(t.deps, parent.actor, child.id, JSON.parse(JSON.stringify(plan)))
})
afterEach(async () => {
  await t.close()
})

const goalUrl = () => `/children/${child.id}/progress/${GOAL}`

async function addScores(scores: readonly [string, number][]) {
  for (const [measuredOn, value] of scores) {
    const response = await browser.post(`${goalUrl()}/points`, {
      measuredOn,
      value: String(value),
      source: 'teacher',
      note: '',
      unit: '',
    })
    expect(response.statusCode).toBe(303)
  }
}

describe('progress pages', () => {
  test('the dashboard says nothing about goals while none is off track', async () => {
    expect((await browser.get('/dashboard')).body).not.toContain('Goals not on track')
  })

  test('the overview lists each goal of the plan in effect with its status, and says what is missing', async () => {
    const response = await browser.get(`/children/${child.id}/progress`)
    expect(response.statusCode).toBe(200)
    expect(response.body).toContain('Goal 1: Reading')
    expect(response.body).toContain('Goal 2: Math')
    expect(response.body).toContain('Too little data')
    expect(response.body).toContain('The goal has no starting level as a number.')
    expect(response.body).toContain('aria-current="page"')
  })

  test('scores make a chart with a title, a description and a table, and a decision in plain words', async () => {
    // The aim line climbs about 0.93 a week from 52 on 1 September; these scores stay below it.
    await addScores([
      ['2026-09-08', 50],
      ['2026-09-22', 51],
      ['2026-10-06', 50],
      ['2026-10-20', 52],
    ])
    const response = await browser.get(goalUrl())
    expect(response.statusCode).toBe(200)
    expect(response.body).toContain('<svg')
    // A named group (not an image), so each score inside can take keyboard focus and name itself.
    expect(response.body).toContain('role="group" aria-labelledby="progress-chart-title"')
    expect(response.body).toMatch(
      /<title id="progress-chart-title">Progress chart for Goal 1: Reading<\/title>/,
    )
    expect(response.body).toContain('<desc id="progress-chart-desc">4 scores.')
    expect(response.body.match(/<circle /g)).toHaveLength(4)
    expect(response.body.match(/<circle [^>]*tabindex="0" aria-label="[^"]+: 5\d[^"]*"/g)).toHaveLength(4)
    expect(response.body).toContain('Not on track')
    expect(response.body).toContain('Change the teaching')
    expect(response.body).toContain('The last 4 scores are all below the aim line')
    expect(response.body).toContain('<caption class="pw-table__caption">Scores for Goal 1: Reading</caption>')

    const overview = await browser.get(`/children/${child.id}/progress`)
    expect(overview.body).toContain('Goals not on track: 1 of 2.')
    // The fourth score turned the goal off track: the family hears once, with the rule.
    const jobs = await t.deps.db
      .selectFrom('jobs')
      .select(['kind', 'payload'])
      .where('kind', '=', 'send-email')
      .execute()
    expect(jobs).toHaveLength(1)
    const mail = JSON.parse(String(jobs[0]?.payload)) as { to: string; subject: string; text: string }
    expect(mail.to).toBe(parent.email)
    expect(mail.subject).toBe('Goal 1: Reading for Maya Ruiz is not on track')
    expect(mail.text).toContain('The last 4 scores are all below the aim line')
    expect(mail.text).toContain(`/children/${child.id}/progress/${GOAL}`)
    await addScores([['2026-11-03', 51]])
    expect(
      await t.deps.db.selectFrom('jobs').select('id').where('kind', '=', 'send-email').execute(),
    ).toHaveLength(1)
    const dashboard = await browser.get('/dashboard')
    expect(dashboard.body).toContain(`href="/children/${child.id}/progress">Goals not on track: 1</a>`)
  })

  test('a bad score re-renders the goal page with the problems and what was typed', async () => {
    const response = await browser.post(`${goalUrl()}/points`, {
      measuredOn: '2026-12-25',
      value: 'fifty',
      source: '',
      note: 'kept',
      unit: '',
    })
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('There is a problem')
    expect(response.body).toContain('The date cannot be in the future')
    expect(response.body).toContain('Enter the score as a number')
    expect(response.body).toContain('Choose who measured the score')
    expect(response.body).toContain('value="fifty"')
    expect(response.body).toContain('kept</textarea>')
  })

  test('a CSV import saves every line, or none and names each bad line', async () => {
    const bad = await browser.post(`${goalUrl()}/import`, {
      csv: 'date,value\n2026-09-08,52\n2026-09-31,53\n2026-09-22,\n',
      source: 'teacher',
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('Line 3, date: enter the date as year-month-day')
    expect(bad.body).toContain('Line 4, value: enter the score')
    expect(bad.body).toContain('2026-09-31,53')
    expect(await listProgressPointsOfGoal(t.deps.db, child.id, GOAL)).toEqual([])

    const good = await browser.post(`${goalUrl()}/import`, {
      csv: 'date\tvalue\tsource\n2026-09-08\t52\tparent\n2026-09-15\t55\t\n',
      source: 'teacher',
    })
    expect(good.statusCode).toBe(303)
    const saved = await listProgressPointsOfGoal(t.deps.db, child.id, GOAL)
    expect(saved.map((p) => [p.measuredOn, p.value, p.source, p.unit])).toEqual([
      ['2026-09-08', 52, 'parent', 'words correct per minute'],
      ['2026-09-15', 55, 'teacher', 'words correct per minute'],
    ])
  })

  test('a CSV file upload is all or nothing, naming each bad line, and keeps the pasted text', async () => {
    const page = await browser.get(`${goalUrl()}/import`)
    expect(page.body).toContain('enctype="multipart/form-data"')
    expect(page.body).toContain('type="file"')
    const upload = (content: string, fields: Record<string, string> = {}) =>
      browser.upload(
        `${goalUrl()}/import`,
        multipartBody(
          { csv: '', source: 'teacher', ...fields },
          { fileName: 'scores.csv', content: Buffer.from(content) },
        ),
      )
    const bad = await upload('\uFEFFdate,value\n2026-09-08,52\n2026-09-31,53\n2026-09-22,\n', {
      csv: 'pasted, kept',
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('Line 3, date: enter the date as year-month-day')
    expect(bad.body).toContain('Line 4, value: enter the score')
    // The summary links to the file field; the pasted text is kept.
    expect(bad.body).toContain('href="#file"')
    expect(bad.body).toContain('pasted, kept</textarea>')
    expect(await listProgressPointsOfGoal(t.deps.db, child.id, GOAL)).toEqual([])

    const good = await upload('date,value,note\n2026-09-08,52,"read aloud, timed"\n2026-09-15,55,\n')
    expect(good.statusCode).toBe(303)
    const saved = await listProgressPointsOfGoal(t.deps.db, child.id, GOAL)
    expect(saved.map((p) => [p.measuredOn, p.value, p.source, p.note])).toEqual([
      ['2026-09-08', 52, 'teacher', 'read aloud, timed'],
      ['2026-09-15', 55, 'teacher', null],
    ])
    // Without a token in the URL the upload is refused.
    const forged = await browser.upload(
      `${goalUrl()}/import`,
      multipartBody(
        { source: 'teacher' },
        { fileName: 'x.csv', content: Buffer.from('date,value\n2026-09-20,60\n') },
      ),
      { csrf: false },
    )
    expect(forged.statusCode).toBe(403)
  })

  test('a score changed by someone else meanwhile is refused, keeping what the second person typed', async () => {
    await addScores([['2026-09-08', 50]])
    const [point] = await listProgressPointsOfGoal(t.deps.db, child.id, GOAL)
    if (!point) throw new Error('no point')
    const url = `${goalUrl()}/points/${point.id}/edit`
    const form = { measuredOn: '2026-09-08', source: 'teacher', note: '', unit: '', version: '1' }
    expect((await browser.post(url, { ...form, value: '51' })).statusCode).toBe(303)
    const stale = await browser.post(url, { ...form, value: '57' })
    expect(stale.statusCode).toBe(409)
    expect(stale.body).toContain('value="57"')
    expect(stale.body).toContain('What is saved now')

    const staleDelete = await browser.post(`${goalUrl()}/points/${point.id}/delete`, { version: '1' })
    expect(staleDelete.statusCode).toBe(409)
    expect((await browser.post(`${goalUrl()}/points/${point.id}/delete`, { version: '2' })).statusCode).toBe(
      303,
    )
    expect(await listProgressPointsOfGoal(t.deps.db, child.id, GOAL)).toEqual([])
  })

  test('progress reports and changes of teaching are recorded beside the scores', async () => {
    const missing = await browser.post(`${goalUrl()}/notes`, {
      kind: 'progress-report',
      notedOn: '2026-11-01',
      text: '',
    })
    expect(missing.statusCode).toBe(400)
    expect(missing.body).toContain('Enter what the progress report says about this goal')
    await browser.post(`${goalUrl()}/notes`, {
      kind: 'progress-report',
      notedOn: '2026-11-01',
      text: 'Making progress',
    })
    const page = await browser.get(goalUrl())
    expect(page.body).toContain('“Making progress”')
  })

  test('another family, and a goal that is not in the plan, answer 404', async () => {
    const other = await createUser(t.deps)
    const otherBrowser = new TestBrowser(t.app)
    await signInBrowser(otherBrowser, other)
    expect((await otherBrowser.get(goalUrl())).statusCode).toBe(404)
    expect((await otherBrowser.get(`/children/${child.id}/progress`)).statusCode).toBe(404)
    await otherBrowser.get('/children')
    const write = await otherBrowser.post(`${goalUrl()}/points`, {
      measuredOn: '2026-09-08',
      value: '1',
      source: 'teacher',
    })
    expect(write.statusCode).toBe(404)
    expect(await listProgressPointsOfGoal(t.deps.db, child.id, GOAL)).toEqual([])
    expect((await browser.get(`/children/${child.id}/progress/no-such-goal`)).statusCode).toBe(404)
  })

  test('the pages speak Spanish', async () => {
    const response = await browser.get(goalUrl(), { 'accept-language': 'es' })
    expect(response.body).toContain('Agregar un puntaje')
  })
})
