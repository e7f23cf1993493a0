import type { Browser, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { expectNoAxeViolations, hasHorizontalScroll, newContext, screenshotPath } from './support/browser.ts'
import type { E2eServer } from './support/server.ts'
import { startServerAndBrowser } from './support/setup.ts'

let server: E2eServer
let browser: Browser

startServerAndBrowser((started) => {
  ;({ server, browser } = started)
})

/** A parent signs up, confirms the address from the mailbox, adds a child and an event, signs out and back in. */
async function firstVisitJourney(page: Page, email: string, mode: string, checker?: Page): Promise<void> {
  const visited: string[] = []
  const check = async (label: string) => {
    visited.push(label)
    await expectNoAxeViolations(page, `${mode}: ${label}`, checker)
  }

  await page.goto(server.baseUrl)
  await check('start page')
  await page.getByRole('link', { name: 'Create a free account' }).click()
  await check('sign up')

  // An empty form first: the error summary and the messages must pass axe too.
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect.poll(() => page.title()).toContain('Error:')
  await check('sign up with errors')

  await page.getByLabel('Your full name').fill('Maya Singh')
  await page.getByLabel('E-mail address').fill(email)
  await page.getByLabel('Create a password').fill('a long and private password')
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect.poll(() => page.title()).toContain('Check your e-mail')
  await check('check your e-mail')

  await page.goto(`${server.baseUrl}/dev/mailbox`)
  await check('mailbox')
  await page.getByRole('link', { name: 'Confirm your e-mail address for Pathway' }).first().click()
  await check('an e-mail')
  await page.getByRole('link', { name: /\/verify-email\// }).click()
  await check('confirm e-mail')
  await page.getByRole('button', { name: 'Confirm my e-mail address' }).click()
  await expect(page.getByText('Your e-mail address is confirmed')).toBeDefined()
  await check('sign in after confirming')

  await page.getByLabel('E-mail address').fill(email)
  await page.getByLabel('Password').fill('a long and private password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect.poll(() => page.title()).toContain('Hello, Maya Singh')
  await check('dashboard')

  await page.getByRole('link', { name: 'Add a child' }).first().click()
  await check('add a child')
  await page.getByLabel('Child’s full legal name').fill('Arjun Singh')
  await page.getByLabel('Date of birth').fill('2014-06-15')
  await page.getByLabel('State where your child goes to school').selectOption('WA')
  await page.getByRole('button', { name: 'Add child' }).click()
  await expect.poll(() => page.title()).toContain('Where are you now?')
  await check('where are you now')
  await page.getByRole('link', { name: 'Skip for now' }).click()
  await expect.poll(() => page.title()).toContain('Arjun Singh')
  await check('child page')

  await page.getByRole('link', { name: 'Add an event' }).click()
  await check('add an event')
  await page.getByLabel('What happened?').selectOption('evaluation-requested')
  await page.getByLabel('When did it happen?').fill('2026-10-05')
  await page.getByLabel(/Note/).fill('Asked the principal in writing')
  await page.getByRole('button', { name: 'Add event' }).click()
  await expect.poll(() => page.content()).toContain('Asked the principal in writing')
  await check('timeline with an event')

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect.poll(() => page.title()).toContain('Sign in')
  await page.getByLabel('E-mail address').fill(email)
  await page.getByLabel('Password').fill('a long and private password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect.poll(() => page.title()).toContain('Hello, Maya Singh')
  await page.getByRole('link', { name: 'Arjun Singh' }).click()
  await expect.poll(() => page.content()).toContain('Monday 5 October 2026')
  expect(visited.length).toBeGreaterThan(12)
}

describe('a parent’s first visit', () => {
  test('with JavaScript', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    // A 400 page after a form error is intended; a broken script, stylesheet or image is not.
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'document' && response.status() >= 400) {
        errors.push(`${response.status()} ${response.url()}`)
      }
    })
    await firstVisitJourney(page, 'maya.js@example.org', 'with JavaScript')
    expect(errors).toEqual([])
    await context.close()
  })

  test('without JavaScript', async () => {
    const context = await newContext(browser, { javaScript: false })
    const page = await context.newPage()
    const checkerContext = await newContext(browser)
    const checker = await checkerContext.newPage()
    await firstVisitJourney(page, 'maya.nojs@example.org', 'without JavaScript', checker)
    await checkerContext.close()
    await context.close()
  })

  test('in Spanish, at 320 pixels wide, with no horizontal scrolling', async () => {
    const context = await newContext(browser, { locale: 'es-MX', width: 320 })
    const page = await context.newPage()
    for (const url of [
      '/',
      '/sign-up',
      '/sign-in',
      '/forgot-password',
      '/about',
      '/privacy',
      '/api/v1/docs',
    ]) {
      await page.goto(`${server.baseUrl}${url}`)
      expect(await page.getAttribute('html', 'lang'), url).toBe('es')
      expect(await hasHorizontalScroll(page), url).toBe(false)
      await expectNoAxeViolations(page, `Spanish 320px ${url}`)
    }
    await page.goto(`${server.baseUrl}/sign-up`)
    await page.screenshot({ path: screenshotPath('sign-up-320-es'), fullPage: true })
    await context.close()
  })

  test('by keyboard alone: the skip link comes first and focus is visible', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/sign-in`)
    await page.keyboard.press('Tab')
    const first = await page.evaluate(() => document.activeElement?.textContent?.trim())
    expect(first).toBe('Skip to main content')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement
      return {
        tag: el.tagName,
        outline: getComputedStyle(el).outlineStyle,
        shadow: getComputedStyle(el).boxShadow,
      }
    })
    expect(['INPUT', 'A', 'BUTTON']).toContain(focused.tag)
    expect(focused.outline !== 'none' || focused.shadow !== 'none').toBe(true)
    await context.close()
  })
})
