import { execFileSync } from 'node:child_process'
import type { Browser, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { createPlan } from '../../src/services/plans/save-plan.ts'
import { createChildFor, createUser } from '../support/factories.ts'
import { buildIep, buildSection504 } from '../support/plan-factories.ts'
import { expectNoAxeViolations, hasHorizontalScroll, newContext, screenshotPath } from './support/browser.ts'
import type { E2eServer } from './support/server.ts'
import { startServerAndBrowser } from './support/setup.ts'

let server: E2eServer
let browser: Browser

startServerAndBrowser((started) => {
  ;({ server, browser } = started)
})

async function parentWithChild(email: string) {
  const user = await createUser(server.deps, { email, name: 'Ana Ruiz' })
  const child = await createChildFor(server.deps, user, {
    legalName: 'Leo Ruiz',
    preferredName: '',
    dateOfBirth: '2014-03-02',
  })
  return { user, child }
}

async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto(`${server.baseUrl}/sign-in`)
  await page.getByLabel('E-mail address').fill(user.email)
  await page.getByLabel('Password').fill(user.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect.poll(() => page.title()).toContain('Hello')
}

/** Reads a downloaded PDF back as text. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
}

/**
 * A parent enters last year's IEP part by part, records it as agreed, amends it to cut speech
 * therapy, sees the cut in the diff, and prints the plan at a glance (and downloads its PDF).
 */
async function enterAmendCompareAndPrint(
  page: Page,
  email: string,
  mode: string,
  checker?: Page,
): Promise<void> {
  const { user, child } = await parentWithChild(email)
  const visited: string[] = []
  const check = async (label: string) => {
    visited.push(label)
    await expectNoAxeViolations(page, `${mode}: ${label}`, checker)
  }
  await signIn(page, user)
  await page.goto(`${server.baseUrl}/children/${child.id}`)
  await page.getByRole('link', { name: 'See and enter plans' }).click()
  await check('plans list, empty')

  await page.getByRole('link', { name: 'Enter an IEP' }).click()
  await check('enter a plan')
  // Without a kind chosen, the first step names the problem.
  await page.goto(`${server.baseUrl}/children/${child.id}/plans/new`)
  await page.getByRole('button', { name: 'Start entering the plan' }).click()
  await expect.poll(() => page.title()).toContain('Error:')
  await check('enter a plan, with errors')
  await page.getByLabel('IEP (Individualized Education Program)').check()
  await page.getByLabel(/Meeting date/).fill('2025-09-10')
  await page.getByLabel(/Start date/).fill('2025-09-15')
  await page.getByRole('button', { name: 'Start entering the plan' }).click()
  await expect.poll(() => page.content()).toContain('The plan is started')
  await expect.poll(() => page.content()).toContain('The plan has no measurable yearly goals')
  await check('a new draft with its findings')

  await page.getByRole('link', { name: 'Change Dates and basics' }).click()
  await check('dates and basics')
  await page.getByLabel('Next yearly review').fill('2026-09-09')
  await page.getByLabel('Disability category').selectOption('speech-or-language-impairment')
  await page.getByLabel('When you get progress reports').fill('Every quarter, with report cards')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect.poll(() => page.content()).toContain('Your changes are saved as a new version.')

  await page.getByRole('link', { name: 'Add a goal' }).click()
  await check('add a goal')
  await page.getByLabel('Area').selectOption('communication')
  await page.getByLabel('Words of the goal').fill('Leo will say the /s/ sound correctly in 8 of 10 tries.')
  await page.getByLabel('Where your child starts (baseline)').fill('3 of 10 tries')
  await page.getByLabel('How progress is measured').fill('Weekly tally by the speech-language pathologist')
  await page.getByLabel('What counts as meeting the goal').fill('8 of 10 tries on 3 sessions in a row')
  await page.getByRole('button', { name: 'Add a short-term step' }).click()
  await check('add a goal, with a step row')
  await page.getByLabel('Step', { exact: true }).fill('5 of 10 tries by January')
  await page.getByRole('button', { name: 'Add the goal' }).click()
  await expect.poll(() => page.content()).toContain('The goal is added.')

  await page.getByRole('link', { name: 'Add a service' }).click()
  await check('service library')
  await page.getByText('Communication (2)').click()
  await page.getByLabel('Speech and language therapy').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await check('add a service')
  await page.getByLabel('Minutes each time').fill('30')
  await page.getByLabel('How many times').fill('2')
  await page.getByLabel('Each', { exact: true }).selectOption('week')
  await page.getByLabel('Setting').selectOption('outside-general-education-class')
  await page.getByLabel('Place').fill('Speech room')
  await page.getByLabel('Who gives it').fill('Speech-language pathologist')
  await page.getByRole('button', { name: 'Add the service' }).click()
  await expect.poll(() => page.content()).toContain('The service is added.')

  await page.getByRole('link', { name: 'Add accommodations from the library' }).click()
  await check('accommodations library')
  await page.getByText('Tests (7)').click()
  await page.getByLabel('More time on tests').check()
  await page.getByText('Attention and focus (7)').click()
  await page.getByLabel('Short breaks').check()
  await page.getByRole('button', { name: 'Add the ticked accommodations' }).click()
  await expect.poll(() => page.content()).toContain('Added to the plan: 2.')

  await page.getByRole('link', { name: 'Change Team, consents and contacts' }).click()
  await check('team, consents and contacts')
  await page.getByLabel('Name').first().fill('Ana Ruiz')
  await page.getByLabel('Role', { exact: true }).first().selectOption('parent')
  await page.getByRole('button', { name: 'Add another team member' }).click()
  await expect.poll(() => page.locator('[name="team[1].name"]').count()).toBe(1)
  await expect.poll(() => page.locator('[name="team[0].name"]').inputValue()).toBe('Ana Ruiz')
  await page.locator('[name="contacts[0].name"]').fill('Ms. Kim')
  await page.locator('[name="contacts[0].role"]').fill('Case manager')
  // Enter in a text field saves the form (the hidden default button), it does not add a row.
  await page.locator('[name="contacts[0].role"]').press('Enter')
  await expect.poll(() => page.content()).toContain('Your changes are saved as a new version.')
  await check('plan page, parts filled in')

  await page.getByRole('button', { name: 'Record as already agreed' }).click()
  await expect.poll(() => page.content()).toContain('The plan is recorded as agreed and in effect.')
  await check('plan in effect')

  await page.getByRole('link', { name: 'Start an amendment (change part of this plan)' }).click()
  await check('start an amendment')
  await page.getByLabel('At a meeting').check()
  await page.getByLabel('Date of the change').fill('2026-01-20')
  await page.getByRole('button', { name: 'Start the amendment' }).click()
  await expect.poll(() => page.content()).toContain('The amendment is started.')
  await check('amendment draft')
  await page.getByRole('link', { name: 'Change Speech and language therapy' }).click()
  await check('change a service')
  await page.getByLabel('How many times').fill('1')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect.poll(() => page.content()).toContain('Your changes are saved as a new version.')
  await page.getByRole('button', { name: 'Record as already agreed' }).click()
  await expect.poll(() => page.content()).toContain('The plan is recorded as agreed and in effect.')

  await page.getByRole('link', { name: 'Version history (3)' }).click()
  await check('version history')
  await page.getByRole('link', { name: 'Back to the plan' }).click()
  await page.getByRole('link', { name: 'Compare with the plan before' }).click()
  await expect.poll(() => page.content()).toContain('Something was cut')
  const diff = await page.locator('main').textContent()
  expect(diff).toContain(
    'Speech and language therapy was cut from 60 to 30 minutes a week (30 minutes less).',
  )
  expect(diff).toContain('34 CFR 300.503')
  await check('the diff')

  await page.goto(`${server.baseUrl}/children/${child.id}/plans`)
  await check('plans list with history')
  await page.getByRole('link', { name: 'Print the plan at a glance' }).click()
  await check('plan at a glance')
  await page.emulateMedia({ media: 'print' })
  expect(await page.locator('header.pw-header').isVisible()).toBe(false)
  expect(await page.getByText('Download the PDF').isVisible()).toBe(false)
  expect(await page.getByRole('heading', { name: 'Plan at a glance: Leo Ruiz' }).isVisible()).toBe(true)
  await page.screenshot({
    path: screenshotPath(`plan-at-a-glance-print-${mode.replace(/\W+/g, '-')}`),
    fullPage: true,
  })
  await page.emulateMedia({ media: 'screen' })
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the PDF' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('plan-at-a-glance-leo-ruiz.pdf')
  const text = pdfText((await download.path()) as string)
  expect(text).toContain('Plan at a glance: Leo Ruiz')
  expect(text).toContain('Speech and language therapy')
  expect(text).toContain('30 minutes once a week')
  expect(text).toContain('More time on tests')
  expect(text).toContain('Ms. Kim, Case manager')

  await page.goto(`${server.baseUrl}/children/${child.id}/plans/moves?from=iep&to=504`)
  await check('moves')
  expect(visited.length).toBeGreaterThan(20)
}

describe('a parent enters an IEP, amends it, sees the cut and prints the plan at a glance', () => {
  test('with JavaScript', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'document' && response.status() >= 400) {
        errors.push(`${response.status()} ${response.url()}`)
      }
    })
    await enterAmendCompareAndPrint(page, 'ana.plans.js@example.org', 'with JavaScript')
    expect(errors).toEqual([])
    await context.close()
  })

  test('without JavaScript', async () => {
    const context = await newContext(browser, { javaScript: false })
    const page = await context.newPage()
    const checkerContext = await newContext(browser)
    const checker = await checkerContext.newPage()
    await enterAmendCompareAndPrint(page, 'ana.plans.nojs@example.org', 'without JavaScript', checker)
    await checkerContext.close()
    await context.close()
  })
})

describe('confirmation pages and a 504 plan’s own pages', () => {
  test('pass axe: remove an item, delete a draft, why a child has a 504 plan, write an accommodation', async () => {
    const { user, child } = await parentWithChild('ana.plans.pages@example.org')
    const plans = `${server.baseUrl}/children/${child.id}/plans`
    const iep = await createPlan(
      server.deps,
      user.actor,
      child.id,
      JSON.parse(JSON.stringify(buildIep({ status: 'draft' }))),
    )
    const section504 = await createPlan(
      server.deps,
      user.actor,
      child.id,
      JSON.parse(JSON.stringify(buildSection504({ status: 'draft' }))),
    )
    const context = await newContext(browser)
    const page = await context.newPage()
    await signIn(page, user)
    await page.goto(`${plans}/${iep.record.id}`)
    await page
      .getByRole('link', { name: /^Remove / })
      .first()
      .click()
    await expect.poll(() => page.getByRole('button', { name: 'Remove it' }).count()).toBe(1)
    await expectNoAxeViolations(page, 'remove an item, confirm')
    await page.goto(`${plans}/${iep.record.id}`)
    await page.getByRole('link', { name: 'Delete this draft' }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Delete the draft' }).count()).toBe(1)
    await expectNoAxeViolations(page, 'delete a draft, confirm')
    for (const [url, heading] of [
      ['', /^504 plan/],
      ['/edit/basis', /^Why your child has a 504 plan$/],
      ['/edit/accommodations/new', /^Write an accommodation$/],
    ] as const) {
      await page.goto(`${plans}/${section504.record.id}${url}`)
      expect(await page.locator('h1').textContent()).toMatch(heading)
      await expectNoAxeViolations(page, `504 plan${url}`)
    }
    await context.close()
  })
})

describe('the demo family’s plans', () => {
  test('in Spanish, at 320 pixels wide, every plan page fits and passes axe; the diff shows the cuts', async () => {
    const { seedDemo, DEMO_PARENT_EMAIL, DEMO_PASSWORD } = await import(
      '../../src/services/demo/seed-demo.ts'
    )
    await seedDemo(server.deps)
    const context = await newContext(browser, { locale: 'es-MX', width: 320 })
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/sign-in`)
    await page.getByLabel('Correo electrónico').fill(DEMO_PARENT_EMAIL)
    await page.getByLabel('Contraseña').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Iniciar sesión' }).click()
    await expect.poll(() => page.url()).toContain('/dashboard')
    const children = await server.deps.db.selectFrom('children').select(['id', 'legal_name']).execute()
    const mateo = children.find((c) => c.legal_name === 'Mateo Lopez')
    expect(mateo).toBeDefined()
    const list = `${server.baseUrl}/children/${mateo?.id}/plans`
    await page.goto(list)
    const pages: string[] = [list]
    const planHref = await page
      .getByRole('link', { name: /IEP desde/ })
      .first()
      .getAttribute('href')
    const plan = `${server.baseUrl}${planHref}`
    pages.push(
      plan,
      `${plan}/versions`,
      `${plan}/at-a-glance`,
      `${plan}/edit/basics`,
      `${plan}/edit/summary`,
      `${plan}/edit/placement`,
      `${plan}/edit/transition`,
      `${plan}/edit/team`,
      `${plan}/edit/goals/new`,
      `${plan}/edit/services/library`,
      `${plan}/edit/accommodations/library`,
      `${plan}/edit/staffSupports/new`,
      `${plan}/amend`,
      `${plan}/next`,
      `${list}/compare`,
      `${list}/moves?from=iep&to=none`,
    )
    for (const url of pages) {
      await page.goto(url)
      expect(await page.getAttribute('html', 'lang'), url).toBe('es')
      expect(await hasHorizontalScroll(page), url).toBe(false)
      await expectNoAxeViolations(page, `Spanish 320px ${url}`)
    }
    await page.goto(list)
    await page.getByRole('link', { name: 'Comparar con el plan del año pasado' }).click()
    const diff = await page.locator('main').textContent()
    expect(diff).toContain('Se recortó algo')
    expect(diff).toContain('34 CFR 300.503')
    expect(await hasHorizontalScroll(page)).toBe(false)
    await expectNoAxeViolations(page, 'Spanish 320px diff')
    await page.screenshot({ path: screenshotPath('plans-diff-320-es'), fullPage: true })
    await page.goto(plan)
    expect(await page.locator('main').textContent()).toContain('34 CFR 300.320(a)(3)(ii)')
    await context.close()
  })
})
