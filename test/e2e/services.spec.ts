import type { Browser, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { addDays, type LocalDate } from '../../src/domain/dates/local-date.ts'
import { mondayOf } from '../../src/domain/services-delivered/iso-week.ts'
import { today } from '../../src/services/deps.ts'
import { createPlan } from '../../src/services/plans/save-plan.ts'
import { createChildFor, createUser } from '../support/factories.ts'
import { buildAccommodation, buildIep, buildService } from '../support/plan-factories.ts'
import { expectNoAxeViolations, hasHorizontalScroll, newContext } from './support/browser.ts'
import type { E2eServer } from './support/server.ts'
import { startServerAndBrowser } from './support/setup.ts'

let server: E2eServer
let browser: Browser

startServerAndBrowser((started) => {
  ;({ server, browser } = started)
})

/** A parent whose child has an IEP in effect with speech therapy (30 minutes twice a week) since 12 weeks ago. */
async function parentWithPlan(email: string) {
  const user = await createUser(server.deps, { email, name: 'Ana Ruiz' })
  const child = await createChildFor(server.deps, user, {
    legalName: 'Leo Ruiz',
    preferredName: '',
    dateOfBirth: '2014-03-02',
  })
  const start = addDays(mondayOf(today(server.deps)), -84)
  const plan = buildIep({
    dates: {
      meeting: addDays(start, -7),
      start,
      end: addDays(start, 360),
      nextAnnualReview: addDays(start, 350),
    },
    services: [
      buildService({
        id: 'svc-speech',
        name: 'Speech therapy',
        minutes: 30,
        frequency: { times: 2, per: 'week' },
        start,
        end: addDays(start, 300),
      }),
    ],
    accommodations: [
      buildAccommodation({ id: 'acc-time', text: 'Extra time on tests', libraryId: undefined }),
    ],
  })
  await createPlan(server.deps, user.actor, child.id, JSON.parse(JSON.stringify(plan)))
  return { user, child, start }
}

async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto(`${server.baseUrl}/sign-in`)
  await page.getByLabel('E-mail address').fill(user.email)
  await page.getByLabel('Password').fill(user.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect.poll(() => page.title()).toContain('Hello')
}

/**
 * A parent opens the services page from the child's record, logs a session (after a mistake), fills
 * in a week's grid, sees the minutes owed, logs an accommodation not provided, and drafts the letter.
 */
async function logAndSeeOwed(page: Page, email: string, mode: string, checker?: Page) {
  const { user, child } = await parentWithPlan(email)
  const check = (label: string) => expectNoAxeViolations(page, `${mode}: ${label}`, checker)
  const lastMonday = addDays(mondayOf(today(server.deps)), -7) as LocalDate
  await signIn(page, user)
  await page.goto(`${server.baseUrl}/children/${child.id}`)
  await page.getByRole('link', { name: 'Services and minutes' }).first().click()
  await expect.poll(() => page.title()).toContain('Services and minutes')
  await check('services page, nothing logged')
  expect(await page.locator('main').textContent()).toContain('How we count the minutes')

  await page.getByRole('link', { name: 'Log a session' }).first().click()
  await page.getByLabel('Minutes', { exact: true }).fill('half an hour')
  await page.getByRole('button', { name: 'Add the session' }).click()
  await expect.poll(() => page.title()).toContain('Error:')
  await check('log a session, with errors')
  await page.getByLabel('Date of the session').fill(lastMonday)
  await page.getByLabel('Minutes', { exact: true }).fill('30')
  await page.getByLabel('Given').check()
  await page.getByRole('button', { name: 'Add the session' }).click()
  await expect.poll(() => page.title()).toContain('Services and minutes')

  await page.getByRole('link', { name: 'Fill in a week' }).first().click()
  await page.goto(`${server.baseUrl}/children/${child.id}/services/log/week?week=${lastMonday}`)
  await check("a week's grid")
  await page.locator('select[name="cell.0.2.status"]').selectOption('missed-provider-absent')
  await page.locator('input[name="cell.0.2.minutes"]').fill('30')
  await page.getByRole('button', { name: 'Save the week' }).click()
  await expect.poll(() => page.title()).toContain('Services and minutes')
  await check('services page, with sessions')
  const text = (await page.locator('main').textContent()) ?? ''
  expect(text).toContain('In all, the school owes')

  await page.getByRole('link', { name: 'See every session in the service log' }).click()
  await check('service log')
  await page.goto(`${server.baseUrl}/children/${child.id}/services/log/import`)
  await check('CSV import')

  const logIncident = async (whatHappened: string) => {
    await page.goto(`${server.baseUrl}/children/${child.id}/services/accommodations/new`)
    await page.getByLabel('Which accommodation?').selectOption('acc-time')
    await page.getByLabel('What happened?').fill(whatHappened)
    await page.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => page.url()).toContain('/services')
  }
  await page.goto(`${server.baseUrl}/children/${child.id}/services/accommodations/new`)
  await check('accommodation not provided form')
  await logIncident('No extra time on the spelling test')
  await logIncident('Logged by mistake')
  expect(await page.locator('main').textContent()).toContain('No extra time on the spelling test')
  // Deleting an entry asks first.
  const mistaken = page.locator('main li', { hasText: 'Logged by mistake' })
  await mistaken.getByRole('link', { name: /^Delete the entry for Extra time on tests/ }).click()
  await expect.poll(() => page.title()).toContain('Delete this entry?')
  await check('delete an accommodation entry')
  await page.getByRole('button', { name: 'Yes, delete the entry' }).click()
  await expect.poll(() => page.locator('main').textContent()).toContain('The entry was deleted.')
  expect(await page.locator('main').textContent()).not.toContain('Logged by mistake')
  expect(await page.locator('main').textContent()).toContain('No extra time on the spelling test')

  await page.getByRole('button', { name: 'Write a letter asking for the minutes' }).click()
  await expect.poll(() => page.title()).toContain('Ask for missed services to be made up')
  await check('letter draft')
  expect(await page.getByLabel('The minutes promised, given and owed').inputValue()).toContain(
    'Speech therapy',
  )
}

describe('a parent logs service sessions and sees the minutes owed', () => {
  test('with JavaScript', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await logAndSeeOwed(page, 'ana.services.js@example.org', 'with JavaScript')
    await context.close()
    // Axe on twelve pages takes a while on a busy machine.
  }, 240_000)

  test('without JavaScript', async () => {
    const context = await newContext(browser, { javaScript: false })
    const page = await context.newPage()
    const checkerContext = await newContext(browser)
    const checker = await checkerContext.newPage()
    await logAndSeeOwed(page, 'ana.services.nojs@example.org', 'without JavaScript', checker)
    await checkerContext.close()
    await context.close()
  }, 240_000)

  test('in Spanish at 320 pixels wide, the services page and the grid fit and pass axe', async () => {
    const { user, child } = await parentWithPlan('ana.services.es@example.org')
    const context = await newContext(browser, { locale: 'es-MX', width: 320 })
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/sign-in`)
    await page.locator('input[name="email"]').fill(user.email)
    await page.locator('input[name="password"]').fill(user.password)
    await page.locator('main button[type="submit"]').click()
    await page.waitForURL(/dashboard/)
    for (const url of [
      `/children/${child.id}/services`,
      `/children/${child.id}/services/log/new`,
      `/children/${child.id}/services/accommodations/new`,
      `/children/${child.id}/services/log/week`,
    ]) {
      await page.goto(`${server.baseUrl}${url}`)
      expect(await hasHorizontalScroll(page), url).toBe(false)
      await expectNoAxeViolations(page, `Spanish 320px ${url}`)
    }
    expect(await page.locator('main').textContent()).toContain('Guardar la semana')
    await context.close()
  })
})
