import type { Browser, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { createAccessLink } from '../../src/services/access/access-links.ts'
import { createPlan } from '../../src/services/plans/save-plan.ts'
import { createChildFor, createUser } from '../support/factories.ts'
import { buildIep } from '../support/plan-factories.ts'
import { expectNoAxeViolations, hasHorizontalScroll, newContext, screenshotPath } from './support/browser.ts'
import type { E2eServer } from './support/server.ts'
import { startServerAndBrowser } from './support/setup.ts'

let server: E2eServer
let browser: Browser

startServerAndBrowser((started) => {
  ;({ server, browser } = started)
})

/** A parent with a child whose IEP (1 September 2026 to 15 June 2027) is in effect. */
async function familyWithPlan(email: string) {
  const user = await createUser(server.deps, { email, name: 'Ana Ruiz' })
  const child = await createChildFor(server.deps, user, {
    legalName: 'Leo Ruiz',
    preferredName: '',
    dateOfBirth: '2016-05-10',
  })
  const plan = await createPlan(
    server.deps,
    user.actor,
    child.id,
    JSON.parse(JSON.stringify(buildIep({ status: 'in-effect' }))),
  )
  return { user, child, planId: plan.record.id }
}

async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto(`${server.baseUrl}/sign-in`)
  await page.getByLabel('E-mail address').fill(user.email)
  await page.getByLabel('Password').fill(user.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect.poll(() => page.title()).toContain('Hello')
}

/**
 * A parent checks a goal's wording, opens progress from the child's record, adds a score (after
 * a mistake), pastes several more, reads the decision and the chart; a teacher adds one through a link.
 */
async function trackProgress(page: Page, email: string, mode: string, checker?: Page): Promise<void> {
  const { user, child, planId } = await familyWithPlan(email)
  const check = (label: string) => expectNoAxeViolations(page, `${mode}: ${label}`, checker)
  const scripted = mode === 'with JavaScript'

  await page.goto(`${server.baseUrl}/goals/check`)
  await check('goal checker')
  await page.getByLabel('The goal').fill('Leo will understand fractions by June 2027.')
  await page.getByRole('button', { name: 'Check the goal' }).click()
  await expect
    .poll(() => page.locator('main').textContent())
    .toContain('is not something anyone can see or count')
  await check('goal checker result')

  await signIn(page, user)
  // On the goal form the check follows the typing (with scripts) or the "Check this goal" button.
  await page.goto(`${server.baseUrl}/children/${child.id}/plans/${planId}/edit/goals/new`)
  await check('goal form')
  await page.getByLabel('Words of the goal').fill('Leo will improve his reading.')
  if (!scripted) await page.getByRole('button', { name: 'Check this goal' }).click()
  const result = page.locator('[data-goal-check-result]')
  await expect.poll(() => result.textContent()).toContain('Does not say how well')
  expect(await result.getAttribute('aria-live')).toBe('polite')
  expect(await page.getByLabel('Words of the goal').inputValue()).toBe('Leo will improve his reading.')
  await check('goal form with the check')

  await page.goto(`${server.baseUrl}/children/${child.id}`)
  await page.getByRole('link', { name: 'Progress on goals' }).first().click()
  await expect.poll(() => page.title()).toContain('Progress on goals')
  await check('progress overview')

  await page.getByRole('link', { name: 'Goal 1: Reading' }).click()
  await check('goal page, no scores')
  await page.getByRole('button', { name: 'Add score' }).click()
  await expect.poll(() => page.title()).toContain('Error:')
  await check('goal page with errors')
  await page.getByLabel(/^Score/).fill('50')
  await page.getByLabel('Teacher').check()
  await page.getByRole('button', { name: 'Add score' }).click()
  await expect.poll(() => page.locator('main').textContent()).toContain('Score added')

  await page.getByRole('link', { name: 'Add several scores at once' }).click()
  await check('import page')
  // A CSV file with a bad line: nothing is saved and the line is named.
  await page.getByLabel(/Or choose a CSV file/).setInputFiles({
    name: 'scores.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('date,value\n2026-09-15,fifty\n'),
  })
  await page.getByRole('button', { name: 'Add scores' }).click()
  await expect.poll(() => page.locator('main').textContent()).toContain('Line 2, value')
  await check('import page with file errors')
  await page
    .getByLabel('Scores, one a line')
    .fill('date,value\n2026-09-22,51\n2026-10-06,50\n2026-10-20,52\n')
  await page.getByRole('button', { name: 'Add scores' }).click()
  await expect.poll(() => page.locator('main').textContent()).toContain('Scores added: 3')
  await expect.poll(() => page.locator('main').textContent()).toContain('Not on track')
  const points = page.locator('.pw-progress-chart__points circle')
  expect(await points.count()).toBe(4)
  expect(await points.first().getAttribute('tabindex')).toBe('0')
  expect(await points.first().getAttribute('aria-label')).toMatch(/: 51 /)
  if (scripted) {
    // A focused score shows its details beside it; Tab moves to the next score.
    const detail = page.locator('[data-chart-detail]')
    await points.first().focus()
    await expect.poll(() => detail.isVisible()).toBe(true)
    await expect.poll(() => detail.textContent()).toBe(await points.first().getAttribute('data-detail'))
    await page.keyboard.press('Tab')
    await expect.poll(() => detail.textContent()).toBe(await points.nth(1).getAttribute('data-detail'))
    await points.nth(2).hover()
    await expect.poll(() => detail.textContent()).toBe(await points.nth(2).getAttribute('data-detail'))
  }
  await check('goal page with chart and decision')

  const { token } = await createAccessLink(server.deps, user.actor, {
    childId: child.id,
    purpose: 'data-entry',
    label: 'Ms. Lee',
  })
  await page.goto(`${server.baseUrl}/enter/${token}/progress`)
  await check('data-entry link page')
  await page.getByLabel('Goal 1: Reading').check()
  await page.getByLabel(/^Score/).fill('55')
  await page.getByRole('button', { name: 'Add score' }).click()
  await expect.poll(() => page.locator('main').textContent()).toContain('Score added for goal 1')
}

describe('a parent tracks progress on a goal and a teacher adds data through a link', () => {
  test('with JavaScript', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await trackProgress(page, 'ana.progress@example.org', 'with JavaScript')
    await context.close()
  })

  test('without JavaScript', async () => {
    const context = await newContext(browser, { javaScript: false })
    const page = await context.newPage()
    const checkerContext = await newContext(browser)
    const checker = await checkerContext.newPage()
    await trackProgress(page, 'ana.progress.nojs@example.org', 'without JavaScript', checker)
    await checkerContext.close()
    await context.close()
  })

  test('in Spanish at 320 pixels wide, the chart page fits, passes axe and prints', async () => {
    const { user, child } = await familyWithPlan('ana.progress.es@example.org')
    const context = await newContext(browser, { locale: 'es-MX', width: 320 })
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/sign-in`)
    await page.getByLabel('Correo electrónico').fill(user.email)
    await page.getByLabel('Contraseña').fill(user.password)
    await page.getByRole('button', { name: 'Iniciar sesión' }).click()
    await expect.poll(() => page.url()).toContain('/dashboard')
    await page.goto(`${server.baseUrl}/children/${child.id}/progress/goal-reading-fluency`)
    await page.getByLabel(/^Puntaje/).fill('53')
    await page.getByLabel('Maestro o maestra').check()
    await page.getByRole('button', { name: 'Agregar puntaje' }).click()
    await expect.poll(() => page.locator('main').textContent()).toContain('Puntaje agregado')
    expect(await hasHorizontalScroll(page)).toBe(false)
    await expectNoAxeViolations(page, 'Spanish 320px goal page')
    await page.emulateMedia({ media: 'print' })
    await page.screenshot({ path: screenshotPath('progress-goal-320-es-print'), fullPage: true })
    await context.close()
  })
})
