import type { Browser, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { createChildFor, createUser } from '../support/factories.ts'
import { invitationTokensFor } from '../support/sharing.ts'
import { expectNoAxeViolations, hasHorizontalScroll, newContext } from './support/browser.ts'
import type { E2eServer } from './support/server.ts'
import { startServerAndBrowser } from './support/setup.ts'

let server: E2eServer
let browser: Browser

startServerAndBrowser((started) => {
  ;({ server, browser } = started)
})

async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto(`${server.baseUrl}/sign-in`)
  await page.getByLabel('E-mail address').fill(user.email)
  await page.getByLabel('Password').fill(user.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect.poll(() => page.title()).toContain('Hello')
}

/** 90 days from today, as the person would type it. */
function in90Days(): string {
  return new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10)
}

/**
 * Issue 3, done when: a parent shares a child with an advocate for 90 days with read access, sees
 * each time the advocate opened the record, ends the share, and it takes effect at once.
 */
async function shareSeeAndRevoke(mode: string, javaScript: boolean): Promise<void> {
  const suffix = javaScript ? 'js' : 'nojs'
  const parent = await createUser(server.deps, { email: `rosa.${suffix}@example.org`, name: 'Rosa Díaz' })
  const advocate = await createUser(server.deps, { email: `sam.${suffix}@example.org`, name: 'Sam Advocate' })
  const child = await createChildFor(server.deps, parent, { legalName: 'Lucía Díaz', preferredName: 'Lucy' })

  const familyContext = await newContext(browser, { javaScript })
  const family = await familyContext.newPage()
  const checkerContext = await newContext(browser)
  const checker = javaScript ? undefined : await checkerContext.newPage()
  const check = (label: string, page: Page) => expectNoAxeViolations(page, `${mode}: ${label}`, checker)

  await signIn(family, parent)
  await family.goto(`${server.baseUrl}/children/${child.id}`)
  await family.getByRole('link', { name: 'Who can see this record' }).first().click()
  await expect.poll(() => family.title()).toContain('Who can see this record')
  await check('who can see this record, nobody yet', family)

  await family.getByRole('link', { name: 'Invite a person' }).click()
  await family.getByRole('button', { name: 'Send the invitation' }).click()
  await expect.poll(() => family.title()).toContain('Error:')
  await check('invite, with errors', family)
  await family.getByLabel('Their e-mail address').fill(advocate.email)
  await family.getByLabel('See the record').check()
  await family.getByLabel(/Last day/).fill(in90Days())
  await family.getByRole('button', { name: 'Send the invitation' }).click()
  await expect
    .poll(() => family.locator('main').textContent())
    .toContain(`We sent an invitation to ${advocate.email}`)
  await check('who can see this record, invitation waiting', family)

  const [token] = await invitationTokensFor(server.deps, advocate.email)
  if (!token) throw new Error('no invitation e-mail')
  const advocateContext = await newContext(browser, { javaScript })
  const advocatePage = await advocateContext.newPage()
  await advocatePage.goto(`${server.baseUrl}/invitations/${token}`)
  await check('invitation, signed out', advocatePage)
  await advocatePage.getByRole('link', { name: 'Sign in' }).last().click()
  await advocatePage.getByLabel('E-mail address').fill(advocate.email)
  await advocatePage.getByLabel('Password').fill(advocate.password)
  await advocatePage.getByRole('button', { name: 'Sign in' }).click()
  await expect.poll(() => advocatePage.url()).toContain(`/invitations/${token}`)
  await check('invitation, signed in', advocatePage)
  await advocatePage.getByRole('button', { name: 'Accept' }).click()
  await expect.poll(() => advocatePage.url()).toBe(`${server.baseUrl}/children/${child.id}`)
  await advocatePage.reload()
  await advocatePage.goto(`${server.baseUrl}/dashboard`)
  expect(await advocatePage.locator('main').textContent()).toContain('Shared with you')
  await check('home page with a shared child', advocatePage)

  await family.goto(`${server.baseUrl}/children/${child.id}/sharing`)
  expect(await family.locator('main').textContent()).toContain('Sam Advocate')
  await family.getByRole('link', { name: /See who opened or changed/ }).click()
  const openings = await family.locator('tbody tr', { hasText: 'Sam Advocate' }).count()
  expect(openings).toBe(2)
  await check('who looked at the record', family)

  await family.goto(`${server.baseUrl}/children/${child.id}/sharing`)
  await family.getByRole('button', { name: 'End access Sam Advocate' }).click()
  await expect.poll(() => family.locator('main').textContent()).toContain('Access for Sam Advocate has ended')
  const gone = await advocatePage.goto(`${server.baseUrl}/children/${child.id}`)
  expect(gone?.status()).toBe(404)

  await advocateContext.close()
  await checkerContext.close()
  await familyContext.close()
}

describe('a parent shares a child with an advocate, sees each opening, and ends it', () => {
  test('with JavaScript', async () => {
    await shareSeeAndRevoke('with JavaScript', true)
  })

  test('without JavaScript', async () => {
    await shareSeeAndRevoke('without JavaScript', false)
  })

  test('in Spanish at 320 pixels wide, the sharing pages fit and pass axe', async () => {
    const parent = await createUser(server.deps, { email: 'rosa.es@example.org', name: 'Rosa Díaz' })
    const child = await createChildFor(server.deps, parent)
    const context = await newContext(browser, { locale: 'es-MX', width: 320 })
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/sign-in`)
    await page.locator('#email').fill(parent.email)
    await page.locator('#password').fill(parent.password)
    await page.locator('main button[type=submit]').click()
    await expect.poll(() => page.url()).toContain('/dashboard')
    for (const path of [
      'sharing',
      'sharing/invite',
      'sharing/organization',
      'sharing/links/new',
      'activity',
    ]) {
      await page.goto(`${server.baseUrl}/children/${child.id}/${path}`)
      expect(await hasHorizontalScroll(page), path).toBe(false)
      await expectNoAxeViolations(page, `Spanish 320px ${path}`)
    }
    await page.goto(`${server.baseUrl}/children/${child.id}/sharing/links/new`)
    await page.locator('#label').fill('Sra. Lee')
    await page.locator('main button[type=submit]').click()
    expect(await page.locator('#link-url').inputValue()).toContain('/enter/')
    expect(await hasHorizontalScroll(page)).toBe(false)
    await expectNoAxeViolations(page, 'Spanish 320px link created')
    await context.close()
  })
})
