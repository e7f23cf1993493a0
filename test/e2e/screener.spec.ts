import type { Browser, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import type { ScreenerAnswers } from '../../src/domain/screener/answers.ts'
import { draftFromAnswers, parseStepSlug } from '../../src/domain/screener/flow.ts'
import { createChildFor, createUser } from '../support/factories.ts'
import {
  EVALUATE_FAMILY,
  IEP_FAMILY,
  PLAN_504_FAMILY,
  ROAD_FAMILIES,
  rawAnswerFor,
} from '../support/screener.ts'
import { expectNoAxeViolations, hasHorizontalScroll, newContext, screenshotPath } from './support/browser.ts'
import type { E2eServer } from './support/server.ts'
import { startServerAndBrowser } from './support/setup.ts'

let server: E2eServer
let browser: Browser

startServerAndBrowser((started) => {
  ;({ server, browser } = started)
})

const WORDS = {
  en: {
    screener: 'Which plan fits my child?',
    start: 'Start now',
    continue: 'Continue',
    problem: 'There is a problem',
    seeResult: 'See the result',
    results: {
      iep: 'An IEP looks like the right fit',
      '504': 'A 504 plan looks like the right fit',
      evaluate: 'Ask the school for an evaluation',
    },
  },
  es: {
    screener: '¿Qué plan le conviene a mi hijo?',
    start: 'Comenzar',
    continue: 'Continuar',
    problem: 'Hay un problema',
    seeResult: 'Ver el resultado',
    results: {
      iep: 'Un IEP parece lo más adecuado',
      '504': 'Un plan 504 parece lo más adecuado',
      evaluate: 'Pida a la escuela una evaluación',
    },
  },
} as const

interface Journey {
  readonly page: Page
  readonly lang: 'en' | 'es'
  readonly mode: string
  /** With JavaScript off, axe runs on a copy of the page in this JavaScript-enabled page. */
  readonly checker?: Page
  /** Also check that nothing scrolls sideways (the context is 320 px wide). */
  readonly narrow?: boolean
}

/** axe (and, on a narrow screen, no sideways scrolling) on the page the family is looking at. */
async function checkPage(journey: Journey, label: string, visited: string[]): Promise<void> {
  visited.push(label)
  await expectNoAxeViolations(journey.page, `${journey.mode}: ${label}`, journey.checker)
  if (journey.narrow) expect(await hasHorizontalScroll(journey.page), `${journey.mode}: ${label}`).toBe(false)
}

/**
 * A parent goes from the home page to a reasoned answer: the main action on the home page, the
 * start page, one question per page (answered by clicking and typing, as a person would), an empty
 * answer first to see the error, "check your answers", then the result.
 */
async function screenerJourney(
  journey: Journey,
  answers: ScreenerAnswers,
  expected: keyof (typeof WORDS)['en']['results'],
): Promise<string[]> {
  const { page, lang } = journey
  const words = WORDS[lang]
  const visited: string[] = []
  const draft = draftFromAnswers(answers)

  await page.goto(server.baseUrl)
  await checkPage(journey, 'home page', visited)
  await page.getByRole('main').getByRole('link', { name: words.screener }).click()
  await expect.poll(() => page.title()).toContain(words.screener)
  await checkPage(journey, 'screener start', visited)
  await page.getByRole('link', { name: words.start }).click()

  let first = true
  for (let guard = 0; guard < 40; guard += 1) {
    await page.waitForLoadState('load')
    const url = new URL(page.url())
    if (url.pathname === '/screener/check-answers') break
    const slug = url.pathname.replace('/screener/', '')
    const step = parseStepSlug(slug)
    if (!step) throw new Error(`Not a question page: ${url.pathname}`)
    await checkPage(journey, slug, visited)
    if (first) {
      // Continue with no answer: the page comes back with the error, named, and passes axe too.
      await page.getByRole('button', { name: words.continue }).click()
      await expect.poll(() => page.title()).toMatch(/^Error:/)
      await expect.poll(() => page.getByText(words.problem).count()).toBe(1)
      await checkPage(journey, `${slug} with an error`, visited)
      first = false
    }
    const raw = rawAnswerFor(draft, step)
    const field = step.question
    if (raw === undefined) throw new Error(`No answer for ${slug}`)
    const kind = await page.locator(`[name="${field}"]`).first().getAttribute('type')
    if (kind === 'radio' || kind === 'checkbox') {
      for (const value of typeof raw === 'string' ? [raw] : raw)
        await page.locator(`input[name="${field}"][value="${value}"]`).check()
    } else if (raw === 'unsure') {
      await page.locator(`input[name="${field}"][value="unsure"]`).check()
    } else {
      await page.locator(`#${field}`).fill(String(raw))
    }
    await page.getByRole('button', { name: words.continue }).click()
    await page.waitForURL((next) => next.pathname !== url.pathname)
  }

  await checkPage(journey, 'check your answers', visited)
  await page.getByRole('link', { name: words.seeResult }).click()
  await expect.poll(() => page.title()).toContain(words.results[expected])
  await checkPage(journey, `result (${expected})`, visited)
  return visited
}

describe('a parent finds which plan fits, with JavaScript', () => {
  test.each([
    ['an IEP, in English', IEP_FAMILY, 'iep', 'en'],
    ['a 504 plan, in Spanish', PLAN_504_FAMILY, '504', 'es'],
    ['an evaluation, in English', EVALUATE_FAMILY, 'evaluate', 'en'],
  ] as const)('%s', async (_, answers, expected, lang) => {
    const context = await newContext(browser, { locale: lang === 'es' ? 'es-MX' : 'en-US' })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'document' && response.status() >= 400)
        errors.push(`${response.status()} ${response.url()}`)
    })
    const visited = await screenerJourney(
      { page, lang, mode: `with JavaScript (${lang})` },
      answers,
      expected,
    )
    expect(visited.length).toBeGreaterThan(15)
    expect(await page.getAttribute('html', 'lang')).toBe(lang)
    // The print button is offered once the script runs.
    const print = lang === 'es' ? 'Imprimir esta página' : 'Print this page'
    await expect.poll(() => page.getByRole('button', { name: print }).isVisible()).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('a parent finds which plan fits, without JavaScript', () => {
  test.each([
    ['an IEP, in English', IEP_FAMILY, 'iep', 'en'],
    ['a 504 plan, in English', PLAN_504_FAMILY, '504', 'en'],
    ['an evaluation, in Spanish on a 320 px phone', EVALUATE_FAMILY, 'evaluate', 'es'],
  ] as const)('%s', async (_, answers, expected, lang) => {
    const narrow = lang === 'es'
    const context = await newContext(browser, {
      javaScript: false,
      locale: lang === 'es' ? 'es-MX' : 'en-US',
      width: narrow ? 320 : 1024,
    })
    const page = await context.newPage()
    const checkerContext = await newContext(browser, { width: narrow ? 320 : 1024 })
    const checker = await checkerContext.newPage()
    const visited = await screenerJourney(
      { page, lang, mode: `without JavaScript (${lang})`, checker, narrow },
      answers,
      expected,
    )
    expect(visited.length).toBeGreaterThan(15)
    expect(await page.getAttribute('html', 'lang')).toBe(lang)
    expect(await page.getByRole('button', { name: /Print|Imprimir/ }).count()).toBe(0)
    if (narrow) await page.screenshot({ path: screenshotPath('screener-result-320-es'), fullPage: true })
    await checkerContext.close()
    await context.close()
  })
})

describe('around the screener', () => {
  test('back and refresh keep the answers', async () => {
    const context = await newContext(browser, { javaScript: false })
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/screener/age`)
    await page.locator('#age').fill('9')
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.locator('input[name="school"][value="charter"]').check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.waitForURL(/current-plan/)
    await page.goBack()
    await page.reload()
    await expect.poll(() => page.locator('input[name="school"][value="charter"]').isChecked()).toBe(true)
    await page.getByRole('link', { name: 'Back' }).click()
    await expect.poll(() => page.locator('#age').inputValue()).toBe('9')
    await context.close()
  })

  test('with JavaScript, "Not sure" clears the months and "None of these" clears the other boxes', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    const draft = draftFromAnswers(ROAD_FAMILIES[0]?.[1] ?? IEP_FAMILY)
    await page.goto(`${server.baseUrl}/screener/age`)
    for (let guard = 0; guard < 30; guard += 1) {
      const slug = new URL(page.url()).pathname.replace('/screener/', '')
      if (slug === 'activities') break
      const step = parseStepSlug(slug)
      if (!step) throw new Error(`Not a question page: ${slug}`)
      if (step.question === 'conditionMonths') {
        const months = page.locator('#conditionMonths')
        const notSure = page.getByLabel('Not sure')
        await months.fill('3')
        await notSure.check()
        expect(await months.inputValue()).toBe('')
        await months.fill('4')
        expect(await notSure.isChecked()).toBe(false)
      }
      const raw = rawAnswerFor(draft, step) ?? ''
      const kind = await page.locator(`[name="${step.question}"]`).first().getAttribute('type')
      if (kind === 'radio' || kind === 'checkbox')
        for (const value of typeof raw === 'string' ? [raw] : raw)
          await page.locator(`input[name="${step.question}"][value="${value}"]`).check()
      else await page.locator(`#${step.question}`).fill(String(raw))
      await page.getByRole('button', { name: 'Continue' }).click()
      await page.waitForURL((next) => !next.pathname.endsWith(slug))
    }
    const box = (value: string) => page.locator(`input[name="majorLifeActivities"][value="${value}"]`)
    await box('reading').check()
    await box('walking').check()
    await box('none').check()
    expect(await box('reading').isChecked()).toBe(false)
    expect(await box('walking').isChecked()).toBe(false)
    await box('seeing').check()
    expect(await box('none').isChecked()).toBe(false)
    await context.close()
  })

  test('signed in, a parent saves the result to a child’s record and finds it on the timeline', async () => {
    const parent = await createUser(server.deps, {
      email: 'nadia.screener@example.org',
      name: 'Nadia Haddad',
    })
    await createChildFor(server.deps, parent, { legalName: 'Omar Haddad', preferredName: 'Omar' })
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/sign-in`)
    await page.getByLabel('E-mail address').fill(parent.email)
    await page.getByLabel('Password').fill(parent.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect.poll(() => page.title()).toContain('Hello, Nadia Haddad')

    const journey: Journey = { page, lang: 'en', mode: 'signed in' }
    await screenerJourney(journey, PLAN_504_FAMILY, '504')
    // The next step offers the letters feature's evaluation request, written for Omar.
    expect(await page.getByRole('link', { name: 'Write the letter for Omar' }).count()).toBe(1)
    const visited: string[] = []
    await page.getByRole('button', { name: 'Save to the record' }).click()
    await expect.poll(() => page.title()).toContain('Omar')
    await expect.poll(() => page.getByText('The screener result is saved to Omar’s record.').count()).toBe(1)
    await checkPage(journey, 'child’s record with the saved result', visited)
    await page.getByRole('link', { name: 'See the result' }).click()
    await expect.poll(() => page.title()).toContain('A 504 plan looks like the right fit')
    await checkPage(journey, 'saved result', visited)
    await context.close()
  })

  test('the guides pass axe and fit a 320 px screen; the comparison table scrolls inside its own region', async () => {
    for (const [locale, lang] of [
      ['en-US', 'en'],
      ['es-MX', 'es'],
    ] as const) {
      const context = await newContext(browser, { locale, width: 320 })
      const page = await context.newPage()
      for (const url of [
        '/guides',
        '/guides/iep-or-504-plan',
        '/guides/questions-families-ask',
        '/guides/glossary',
      ]) {
        await page.goto(`${server.baseUrl}${url}`)
        expect(await page.getAttribute('html', 'lang')).toBe(lang)
        expect(await hasHorizontalScroll(page), `${lang} ${url}`).toBe(false)
        await expectNoAxeViolations(page, `guides ${lang} 320px ${url}`)
      }
      await page.goto(`${server.baseUrl}/guides/iep-or-504-plan`)
      const region = page.getByRole('region', {
        name: lang === 'en' ? 'How an IEP and a 504 plan compare' : 'Cómo se comparan el IEP y el plan 504',
      })
      const scrolls = await region.evaluate((el) => el.scrollWidth > el.clientWidth)
      expect(scrolls).toBe(true)
      await region.focus()
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
      if (lang === 'en') await page.screenshot({ path: screenshotPath('comparison-320-en'), fullPage: true })
      await context.close()
    }
  })
})
