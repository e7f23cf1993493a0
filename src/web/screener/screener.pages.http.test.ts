import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { createChildFor, createUser, signInBrowser, type TestUser } from '../../../test/support/factories.ts'
import {
  answerScreener,
  EVALUATE_FAMILY,
  formFor,
  IEP_FAMILY,
  NEITHER_FAMILY,
  PLAN_504_FAMILY,
  ROAD_FAMILIES,
  rawAnswerFor,
} from '../../../test/support/screener.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import type { ScreenerAnswers } from '../../domain/screener/answers.ts'
import {
  draftFromAnswers,
  EMPTY_DRAFT,
  type ScreenerDraft,
  type ScreenerStep,
  walkDraft,
} from '../../domain/screener/flow.ts'
import { QUESTIONS } from '../../domain/screener/questions.ts'
import { sampleAnswers, sampleCondition } from '../../domain/screener/sample-answers.ts'
import { translator } from '../../i18n/i18n.ts'
import { addEvent } from '../../services/children/events.ts'
import { DEMO_PARENT_EMAIL, DEMO_PASSWORD, seedDemo } from '../../services/demo/seed-demo.ts'
import { encodeDraft, SCREENER_COOKIE } from './screener-state.ts'

let t: TestApp
let browser: TestBrowser

beforeEach(async () => {
  t = await buildTestApp({ now: '2026-11-29T15:00:00.000Z' })
  browser = new TestBrowser(t.app)
})
afterEach(async () => {
  await t.close()
})

const en = translator('en')

/** The words of a question's "nothing chosen" message, as the page shows them. */
function requiredMessage(step: ScreenerStep): string {
  return en(`screener.questions.${step.question}.error`)
}

/** The visible HTML has escaped apostrophes and quotes the way Preact writes them. */
function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
}

describe('every question page', () => {
  test.each(ROAD_FAMILIES)(
    '%s: no answer gets the question’s own message, status 400, and the answers so far are kept',
    async (_, family) => {
      const seen: string[] = []
      await answerScreener(browser, family, async (step, slug) => {
        seen.push(slug)
        const page = await browser.get(`/screener/${slug}`)
        expect(page.statusCode, slug).toBe(200)
        const before = browser.cookie(SCREENER_COOKIE)
        const response = await browser.post(`/screener/${slug}`, {})
        expect(response.statusCode, slug).toBe(400)
        expect(response.body).toContain('There is a problem')
        expect(response.body).toContain(html(requiredMessage(step)))
        expect(response.body).toContain(`href="#${step.question}"`)
        expect(response.body).toContain('<title>Error:')
        // Nothing was written: the cookie holds the same answers, and the page is still on the path.
        expect(response.cookies.find((c) => c.name === SCREENER_COOKIE)).toBeUndefined()
        expect(browser.cookie(SCREENER_COOKIE)).toBe(before)
        expect((await browser.get(`/screener/${slug}`)).statusCode).toBe(200)
      })
      expect(seen.length).toBeGreaterThan(2)
      expect((await browser.get('/screener/check-answers')).statusCode).toBe(200)
    },
  )

  test('every question of the flow has its error path tried by the families above', () => {
    const asked = new Set(
      ROAD_FAMILIES.flatMap(([, family]) => walkDraft(draftFromAnswers(family)).steps.map((s) => s.question)),
    )
    expect([...asked].sort()).toEqual(Object.keys(QUESTIONS).sort())
  })

  test('a number that is not a whole number in range is named, and what was typed stays', async () => {
    const response = await browser.post('/screener/age', { age: 'seven' })
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('Enter a whole number from 0 to 25.')
    expect(response.body).toContain('value="seven"')
    expect((await browser.post('/screener/age', { age: '30' })).body).toContain('from 0 to 25')
  })

  test('"Not sure" answers the number of months; a typed number is kept on an error', async () => {
    const family = ROAD_FAMILIES[0]?.[1] ?? IEP_FAMILY
    const draft = draftFromAnswers(family)
    let months: string | undefined
    await answerScreener(browser, draft, async (step, slug) => {
      if (step.question !== 'conditionMonths') return
      months = slug
      const page = await browser.get(`/screener/${slug}`)
      expect(page.body).toContain('About how many months will Broken leg last in all?')
      expect(page.body).toContain('Condition 1: Broken leg')
      const bad = await browser.post(`/screener/${slug}`, { conditionMonths: '0' })
      expect(bad.statusCode).toBe(400)
      expect(bad.body).toContain('Enter a whole number from 1 to 240.')
      expect(bad.body).toContain('value="0"')
      const notSure = await browser.post(`/screener/${slug}`, { conditionMonths: ['', 'unsure'] })
      expect(notSure.statusCode).toBe(303)
      const again = await browser.get(`/screener/${slug}`)
      expect(again.body).toMatch(/value="unsure" checked/)
    })
    expect(months).toBe('condition-1-months')
  })

  test('"None of these" with another box is refused with its own message, and the boxes stay ticked', async () => {
    await answerScreener(browser, IEP_FAMILY, async (step, slug) => {
      if (step.question !== 'majorLifeActivities') return
      const response = await browser.post(`/screener/${slug}`, { majorLifeActivities: ['reading', 'none'] })
      expect(response.statusCode).toBe(400)
      expect(response.body).toContain(
        html('Choose “None of these” on its own, or clear it and keep your other choices.'),
      )
      expect(response.body).toMatch(/value="reading" checked/)
      expect(response.body).toMatch(/value="none" checked/)
    })
  })

  test('a condition name that is too long is named, and the text is kept', async () => {
    await answerScreener(browser, IEP_FAMILY, async (step, slug) => {
      if (step.question !== 'conditionName') return
      const long = 'x'.repeat(81)
      const response = await browser.post(`/screener/${slug}`, { conditionName: long })
      expect(response.statusCode).toBe(400)
      expect(response.body).toContain('Use 80 characters or fewer.')
      expect(response.body).toContain(`value="${long}"`)
    })
  })

  test('each page has the question as its heading, a hint, a back link and one Continue button', async () => {
    const pages = await answerScreener(browser, IEP_FAMILY)
    const first = await browser.get('/screener/age')
    expect(first.body).toContain('<a class="pw-back-link" href="/screener">Back</a>')
    for (const { slug } of pages.slice(1)) {
      const page = await browser.get(`/screener/${slug}`)
      expect(page.body.match(/<h1/g)?.length, slug).toBe(1)
      expect(page.body).toMatch(/<h1 class="pw-(label-wrapper|fieldset__heading)">/)
      expect(page.body).toContain('class="pw-hint"')
      expect(page.body).toMatch(/<a class="pw-back-link" href="\/screener\/[a-z0-9-]+">Back<\/a>/)
      expect(page.body.match(/type="submit"/g)?.length).toBeGreaterThanOrEqual(1)
    }
  })

  test('the back link goes to the page before on this family’s road', async () => {
    const pages = await answerScreener(browser, IEP_FAMILY)
    for (let index = 1; index < pages.length; index += 1) {
      const page = await browser.get(`/screener/${pages[index]?.slug}`)
      expect(page.body).toContain(`<a class="pw-back-link" href="/screener/${pages[index - 1]?.slug}">`)
    }
  })

  test('questions are asked in Spanish for a Spanish reader', async () => {
    const page = await browser.get('/screener/age', { 'accept-language': 'es-MX' })
    expect(page.body).toContain('<html lang="es">')
    expect(page.body).toContain('¿Cuántos años tiene su hijo?')
    const error = await browser.post('/screener/age', {}, { headers: { 'accept-language': 'es' } })
    expect(error.statusCode).toBe(400)
    expect(error.body).toContain('Hay un problema')
  })
})

describe('moving through the screener', () => {
  test('a page off the family’s road sends them to the next page to answer', async () => {
    await browser.post('/screener/age', { age: '9' })
    const skipped = await browser.get('/screener/limitation')
    expect(skipped.statusCode).toBe(303)
    expect(skipped.headers.location).toBe('/screener/school')
    const posted = await browser.post('/screener/limitation', { substantialLimitation: 'yes' })
    expect(posted.headers.location).toBe('/screener/school')
  })

  test('an unknown page is not found', async () => {
    expect((await browser.get('/screener/favourite-colour')).statusCode).toBe(404)
    expect((await browser.get('/screener/condition-11-name')).statusCode).toBe(404)
  })

  test('answering the last question leads to "check your answers", and the result needs every answer', async () => {
    const pages = await answerScreener(browser, PLAN_504_FAMILY)
    expect(pages.at(-1)?.response.headers.location).toBe('/screener/check-answers')
    await browser.post('/screener/start-again')
    await browser.post('/screener/age', { age: '9' })
    const early = await browser.get('/screener/result')
    expect(early.statusCode).toBe(303)
    expect(early.headers.location).toBe('/screener/school')
  })

  test('the start page offers to continue, or to see the result once every question is answered', async () => {
    expect((await browser.get('/screener')).body).toContain('href="/screener/age"')
    await browser.post('/screener/age', { age: '9' })
    const midway = await browser.get('/screener')
    expect(midway.body).toContain('Continue where you left off')
    expect(midway.body).toContain('href="/screener/school"')
    await answerScreener(browser, IEP_FAMILY)
    expect((await browser.get('/screener')).body).toContain('See your result')
    const cleared = await browser.post('/screener/start-again')
    expect(cleared.headers.location).toBe('/screener/age')
    expect(browser.cookie(SCREENER_COOKIE)).toBeUndefined()
    expect((await browser.get('/screener')).body).toContain('Start now')
  })
})

describe('check your answers', () => {
  test('every answer has a change link to its page, which comes back here after the answer', async () => {
    await answerScreener(browser, IEP_FAMILY)
    const check = await browser.get('/screener/check-answers')
    expect(check.statusCode).toBe(200)
    const links = [...check.body.matchAll(/href="(\/screener\/[a-z0-9-]+\?change=yes)"/g)].map((m) => m[1])
    const steps = walkDraft(draftFromAnswers(IEP_FAMILY)).steps
    expect(links).toHaveLength(steps.length)
    const draft = draftFromAnswers(IEP_FAMILY)
    for (const [index, link] of links.entries()) {
      const page = await browser.get(String(link))
      expect(page.statusCode, link).toBe(200)
      expect(page.body).toContain('href="/screener/check-answers">Back to your answers</a>')
      expect(page.body).toContain(`action="${String(link).replace('?', '?').replace('&', '&amp;')}"`)
      const step = steps[index] as ScreenerStep
      // The same answer again changes nothing and comes straight back.
      const again = await browser.post(String(link), formFor(step, rawAnswerFor(draft, step)))
      expect(again.statusCode, link).toBe(303)
      expect(again.headers.location).toBe('/screener/check-answers')
    }
  })

  test('a change that opens a new question asks it, then comes back to the answers', async () => {
    await answerScreener(browser, IEP_FAMILY)
    const changed = await browser.post('/screener/condition-1-duration?change=yes', {
      conditionDuration: 'temporary',
    })
    expect(changed.headers.location).toBe('/screener/condition-1-months?change=yes')
    const months = await browser.post('/screener/condition-1-months?change=yes', { conditionMonths: '4' })
    expect(months.headers.location).toBe('/screener/check-answers')
    const check = await browser.get('/screener/check-answers')
    expect(check.body).toContain('About 4 months')
  })

  test('a change that closes questions drops them from the answers', async () => {
    await answerScreener(browser, IEP_FAMILY)
    const before = await browser.get('/screener/check-answers')
    expect(before.body).toContain('Could any of these describe your child?')
    await browser.post('/screener/current-plan?change=yes', { currentPlan: 'iep' })
    const after = await browser.get('/screener/check-answers')
    expect(after.body).not.toContain('Could any of these describe your child?')
    expect(after.body).toContain('Does your child still need teaching that is planned for them?')
  })

  test('a condition can be removed when there is more than one', async () => {
    const two = sampleAnswers({
      conditions: [sampleCondition({ name: 'ADHD' }), sampleCondition({ name: 'Anxiety' })],
    })
    await answerScreener(browser, two)
    const check = await browser.get('/screener/check-answers')
    expect(check.body).toContain('Condition 2: Anxiety')
    expect(check.body.match(/Remove this condition/g)).toHaveLength(2)
    const removed = await browser.post('/screener/remove-condition', { condition: '2' })
    expect(removed.headers.location).toBe('/screener/check-answers')
    const after = await browser.get('/screener/check-answers')
    expect(after.body).not.toContain('Anxiety')
    expect(after.body).not.toContain('Remove this condition')
    // A stray number changes nothing.
    await browser.post('/screener/remove-condition', { condition: '7' })
    expect((await browser.get('/screener/check-answers')).body).toContain('Condition 1: ADHD')
  })
})

describe('answers that are missing or tampered with', () => {
  test('with no answers, later pages go to the start page', async () => {
    for (const url of ['/screener/school', '/screener/check-answers', '/screener/result']) {
      const response = await browser.get(url)
      expect(response.statusCode, url).toBe(303)
      expect(response.headers.location).toBe('/screener')
    }
    expect((await browser.post('/screener/school', { school: 'public' })).headers.location).toBe('/screener')
  })

  test.each([
    ['a changed signature', (cookie: string) => `${cookie.slice(0, -3)}abc`],
    ['no signature', (cookie: string) => cookie.slice(0, cookie.lastIndexOf('.'))],
    ['changed answers under the old signature', (cookie: string) => `AAAA${cookie}`],
  ])('%s: the answers are dropped with a notice and the questions start again', async (_, tamper) => {
    await answerScreener(browser, IEP_FAMILY)
    const cookie = browser.cookie(SCREENER_COOKIE) ?? ''
    browser.setCookie(SCREENER_COOKIE, tamper(decodeURIComponent(cookie)))
    const response = await browser.get('/screener/result')
    expect(response.statusCode).toBe(303)
    expect(response.headers.location).toBe('/screener')
    expect(browser.cookie(SCREENER_COOKIE)).toBeUndefined()
    const start = await browser.get('/screener')
    expect(start.body).toContain('We could not read your earlier answers, so the questions start again.')
    expect(start.body).toContain('Start now')
  })

  test('a correctly signed cookie with content the app did not write is dropped too', async () => {
    for (const value of ['not-a-draft', encodeDraft({ answers: { age: 'x'.repeat(500) }, conditions: [] })]) {
      browser.setCookie(SCREENER_COOKIE, encodeURIComponent(t.app.signCookie(value)))
      const response = await browser.post('/screener/school', { school: 'public' })
      expect(response.headers.location).toBe('/screener')
      expect(browser.cookie(SCREENER_COOKIE)).toBeUndefined()
    }
  })

  test('a correctly signed draft is read back', async () => {
    const draft: ScreenerDraft = { ...EMPTY_DRAFT, answers: { age: '9', school: 'public' } }
    browser.setCookie(SCREENER_COOKIE, encodeURIComponent(t.app.signCookie(encodeDraft(draft))))
    const next = await browser.get('/screener/limitation')
    expect(next.headers.location).toBe('/screener/current-plan')
  })
})

describe('the result', () => {
  test.each([
    ['an IEP', IEP_FAMILY, 'An IEP looks like the right fit'],
    ['a 504 plan', PLAN_504_FAMILY, 'A 504 plan looks like the right fit'],
    ['an evaluation', EVALUATE_FAMILY, 'Ask the school for an evaluation'],
    ['neither plan', NEITHER_FAMILY, 'Neither plan seems to fit right now'],
  ])(
    '%s: the recommendation, each reason with its law linked to the guide, the next steps and free help',
    async (_, family, title) => {
      await answerScreener(browser, family)
      const page = await browser.get('/screener/result')
      expect(page.statusCode).toBe(200)
      expect(page.body).toContain(`<h1 class="pw-heading-xl">${title}</h1>`)
      expect(page.body).toContain('<h2>Why</h2>')
      expect(page.body).toContain('<h2>What to do next</h2>')
      const reasons = page.body.slice(
        page.body.indexOf('class="pw-reasons"'),
        page.body.indexOf('What to do next'),
      )
      const items = reasons.match(/<li>/g)?.length ?? 0
      const linked = reasons.match(/The law: <a href="\/guides\/[a-z0-9-]+#[a-z0-9-]+">/g)?.length ?? 0
      expect(items).toBeGreaterThan(0)
      expect(linked).toBe(items)
      expect(page.body).toContain('This is guidance, not legal advice.')
      expect(page.body).toContain('href="https://www.parentcenterhub.org/find-your-center/"')
      expect(page.body).toContain('data-module="print-hint" data-print-label="Print this page"')
      expect(page.body).toContain('Your answers')
      // Signed out: an invitation to sign in and come back here, not a save form.
      expect(page.body).toContain(`href="/sign-in?next=${encodeURIComponent('/screener/result')}"`)
      expect(page.body).not.toContain('action="/screener/save"')
    },
  )

  test('every guide link on a result lands on an entry that the guide page shows', async () => {
    const anchors = new Set<string>()
    for (const family of [IEP_FAMILY, PLAN_504_FAMILY, EVALUATE_FAMILY, NEITHER_FAMILY]) {
      await browser.post('/screener/start-again')
      await answerScreener(browser, family)
      const page = await browser.get('/screener/result')
      for (const match of page.body.matchAll(/href="(\/guides\/[a-z0-9-]+)#([a-z0-9-]+)"/g))
        anchors.add(`${match[1]}#${match[2]}`)
    }
    expect(anchors.size).toBeGreaterThan(5)
    for (const anchor of anchors) {
      const [path, id] = anchor.split('#')
      const guide = await browser.get(String(path))
      expect(guide.statusCode, anchor).toBe(200)
      expect(guide.body, anchor).toContain(`id="${id}"`)
    }
  })

  test('"ask for an evaluation" leads to the guide on asking in writing, with the law', async () => {
    await answerScreener(browser, EVALUATE_FAMILY)
    const page = await browser.get('/screener/result')
    expect(page.body).toContain('Your next step: ask for an evaluation in writing')
    expect(page.body).toContain(
      '<a href="/guides/questions-families-ask#request-evaluation">How to ask for an evaluation in writing</a>',
    )
    expect(page.body).toContain('34 CFR 300.301(b); 300.503')
    // Signed out, the letter itself needs an account.
    expect(page.body).toContain('With a free account, Pathway writes this letter for you')
    const guide = await browser.get('/guides/questions-families-ask')
    expect(guide.body).toContain('<h2 id="request-evaluation">How do I ask for an evaluation?</h2>')
  })

  test('the result is written in Spanish for a Spanish reader', async () => {
    await answerScreener(browser, PLAN_504_FAMILY)
    const page = await browser.get('/screener/result', { 'accept-language': 'es' })
    expect(page.body).toContain('Un plan 504 parece lo más adecuado')
    expect(page.body).toContain('Esto es orientación, no asesoría legal.')
  })
})

describe('saving a result to a child’s record', () => {
  let parent: TestUser

  beforeEach(async () => {
    parent = await createUser(t.deps, { name: 'Rosa Díaz' })
  })

  async function screenedAndSignedIn(family: ScreenerAnswers = PLAN_504_FAMILY) {
    await signInBrowser(browser, parent)
    await answerScreener(browser, family)
  }

  const screenerEvents = () =>
    t.deps.db.selectFrom('events').selectAll().where('type', '=', 'screener-completed').execute()

  test('signed in, the family chooses the child; the answers are kept as a screener event', async () => {
    const ana = await createChildFor(t.deps, parent, { preferredName: 'Ana' })
    await createChildFor(t.deps, parent, { legalName: 'Luis Díaz', preferredName: '' })
    await screenedAndSignedIn()
    const page = await browser.get('/screener/result')
    expect(page.body).toContain('Which child is this about?')
    expect(page.body).toContain('Luis Díaz')
    // The next step is a letter the letters feature writes, offered for each child.
    const letter = `/children/${ana.id}/letters/new/initial-evaluation`
    expect(page.body).toContain(`<a href="${letter}">Write the letter for Ana</a>`)
    expect(page.body).toContain('Write the letter for Luis Díaz')
    expect((await browser.get(letter)).statusCode).toBe(200)

    const saved = await browser.post('/screener/save', { childId: ana.id })
    expect(saved.statusCode).toBe(303)
    expect(saved.headers.location).toBe(`/children/${ana.id}`)
    const events = await screenerEvents()
    expect(events).toHaveLength(1)
    const event = events[0]
    expect(event?.child_id).toBe(ana.id)
    expect(event?.organization_id).toBe(parent.householdId)
    expect(event?.date).toBe('2026-11-29')
    expect(JSON.parse(event?.details ?? '{}')).toEqual({
      answers: JSON.parse(JSON.stringify(PLAN_504_FAMILY)),
      recommendation: '504',
      evaluationFocus: 'section-504',
    })

    const record = await browser.follow(saved)
    expect(record.body).toContain('The screener result is saved to Ana’s record.')
    expect(record.body).toContain('Screener completed')
    const link = `/children/${ana.id}/screener-results/${event?.id}`
    expect(record.body).toContain(`href="${link}"`)
    const view = await browser.get(link)
    expect(view.statusCode).toBe(200)
    expect(view.body).toContain('A 504 plan looks like the right fit')
    expect(view.body).toContain('Saved on Sunday 29 November 2026')
  })

  test('saving without choosing a child names the field, keeps the answers and saves nothing', async () => {
    await createChildFor(t.deps, parent)
    await createChildFor(t.deps, parent, { legalName: 'Luis Díaz', preferredName: '' })
    await screenedAndSignedIn()
    const cookie = browser.cookie(SCREENER_COOKIE)
    const response = await browser.post('/screener/save', {})
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('There is a problem')
    expect(response.body).toContain('Choose which child this result is about')
    expect(response.body).toContain('href="#childId"')
    expect(response.body).toContain('A 504 plan looks like the right fit')
    expect(browser.cookie(SCREENER_COOKIE)).toBe(cookie)
    expect(await screenerEvents()).toHaveLength(0)
  })

  test('another household gets 404 for its child’s id, and nothing is saved', async () => {
    const ana = await createChildFor(t.deps, parent)
    const stranger = await createUser(t.deps)
    await signInBrowser(browser, stranger)
    await answerScreener(browser, IEP_FAMILY)
    const response = await browser.post('/screener/save', { childId: ana.id })
    expect(response.statusCode).toBe(404)
    expect(response.body).not.toContain('Ana')
    expect(await screenerEvents()).toHaveLength(0)
    const missing = await browser.post('/screener/save', { childId: 'no-such-child' })
    expect(missing.statusCode).toBe(404)
  })

  test('another household gets 404 for a saved result, and cannot reopen its answers', async () => {
    const ana = await createChildFor(t.deps, parent)
    await screenedAndSignedIn()
    await browser.post('/screener/save', { childId: ana.id })
    const [event] = await screenerEvents()
    const url = `/children/${ana.id}/screener-results/${event?.id}`
    expect((await browser.get(url)).statusCode).toBe(200)

    const other = new TestBrowser(t.app)
    await signInBrowser(other, await createUser(t.deps))
    expect((await other.get(url)).statusCode).toBe(404)
    const reopen = await other.post('/screener/reopen', { childId: ana.id, eventId: String(event?.id) })
    expect(reopen.statusCode).toBe(404)
    expect(other.cookie(SCREENER_COOKIE)).toBeUndefined()
  })

  test('an event that is not a screener result is not shown as one', async () => {
    const ana = await createChildFor(t.deps, parent)
    const other = await addEvent(t.deps, parent.actor, ana.id, {
      type: 'screener-completed',
      date: '2026-11-01',
      note: 'typed by hand, no answers',
    })
    await signInBrowser(browser, parent)
    expect((await browser.get(`/children/${ana.id}/screener-results/${other.id}`)).statusCode).toBe(404)
    expect((await browser.get(`/children/${ana.id}`)).body).not.toContain('/screener-results/')
  })

  test('a saved result can be reopened to change its answers', async () => {
    const ana = await createChildFor(t.deps, parent)
    await screenedAndSignedIn(EVALUATE_FAMILY)
    await browser.post('/screener/save', { childId: ana.id })
    await browser.post('/screener/start-again')
    const [event] = await screenerEvents()
    const reopened = await browser.post('/screener/reopen', { childId: ana.id, eventId: String(event?.id) })
    expect(reopened.headers.location).toBe('/screener/check-answers')
    const check = await browser.get('/screener/check-answers')
    expect(check.body).toContain('Trouble reading')
    expect((await browser.get('/screener/result')).body).toContain('Ask the school for an evaluation')
  })

  test('with no child yet, the page offers to add one first', async () => {
    await screenedAndSignedIn()
    const page = await browser.get('/screener/result')
    expect(page.body).toContain('Add your child to Pathway first.')
    expect(page.body).toContain('href="/children/new"')
  })

  test('saving needs a signed-in person and the form’s CSRF token', async () => {
    await answerScreener(browser, IEP_FAMILY)
    const signedOut = await browser.post('/screener/save', { childId: 'x' })
    expect(signedOut.statusCode).toBe(302)
    expect(signedOut.headers.location).toContain('/sign-in')
    const ana = await createChildFor(t.deps, parent)
    await signInBrowser(browser, parent)
    const forged = await browser.post('/screener/save', { childId: ana.id }, { csrf: false })
    expect(forged.statusCode).toBe(403)
    expect(await screenerEvents()).toHaveLength(0)
  })

  test('the demo family has a saved result on Sofia’s record', async () => {
    await seedDemo(t.deps)
    await signInBrowser(browser, { email: DEMO_PARENT_EMAIL, password: DEMO_PASSWORD })
    const children = await browser.get('/children')
    const sofia = /href="(\/children\/[^"]+)">Sofi</.exec(children.body)?.[1]
    const record = await browser.get(String(sofia))
    const link = /href="(\/children\/[^"]+\/screener-results\/[^"]+)"/.exec(record.body)?.[1]
    expect(link).toBeDefined()
    const saved = await browser.get(String(link))
    expect(saved.statusCode).toBe(200)
    expect(saved.body).toContain('Ask the school for an evaluation')
    expect(saved.body).toContain('Trouble reading')
  })
})
