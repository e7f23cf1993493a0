import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createAdvocate } from '../support/practice-factories.ts'
import { expectNoAxeViolations, launchChromium, newContext } from './support/browser.ts'
import { type E2eServer, startE2eServer } from './support/server.ts'

let server: E2eServer
let browser: Browser

beforeAll(async () => {
  server = await startE2eServer()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const EVERY_DAY = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const

describe('a family books a call with an advocate, without an account', () => {
  for (const javaScript of [true, false]) {
    test(`with JavaScript ${javaScript ? 'on' : 'off'}, in English and Spanish`, async () => {
      const { slug } = await createAdvocate(server.deps, {
        email: `advocate-${javaScript}@example.org`,
        availability: {
          weekly: EVERY_DAY.map((day) => ({ day, start: '00:00', end: '24:00' })),
          horizonDays: 14,
          minimumNoticeMinutes: 60,
        },
      })
      const checkerContext = await newContext(browser)
      const checker = await checkerContext.newPage()
      await checker.goto(`${server.baseUrl}/healthz`)
      const context = await newContext(browser, { javaScript, width: 320 })
      const page = await context.newPage()
      try {
        await page.goto(`${server.baseUrl}/book/${slug}?tz=America/Phoenix`)
        expect(await page.title()).toContain('Book a call with Dana Advocate')
        await expectNoAxeViolations(page, 'booking page', javaScript ? undefined : checker)
        // The latest time offered: the earliest one can pass the 60-minute notice while a slow machine runs axe.
        await page.locator('input[name="start"]').last().check()
        await page.getByRole('button', { name: 'Continue' }).click()
        await expect.poll(() => page.title()).toContain('Your details')
        await expectNoAxeViolations(page, 'details page', javaScript ? undefined : checker)
        await page.getByRole('button', { name: 'Book the call' }).click()
        await expect.poll(() => page.title()).toContain('Error:')
        await expectNoAxeViolations(page, 'details page with errors', javaScript ? undefined : checker)
        await page.getByLabel('Your name').fill('Rosa Diaz')
        await page.getByLabel('Your e-mail address').fill(`rosa-${javaScript}@example.org`)
        await page.getByLabel('What would you like to talk about?').fill('Our evaluation request.')
        await page.getByRole('button', { name: 'Book the call' }).click()
        await expect.poll(() => page.title()).toContain('Your call is booked')
        await expectNoAxeViolations(page, 'confirmation', javaScript ? undefined : checker)

        const spanish = await newContext(browser, { javaScript, locale: 'es-US' })
        const es = await spanish.newPage()
        await es.goto(`${server.baseUrl}/book/${slug}`)
        expect(await es.title()).toContain('Reserve una llamada con Dana Advocate')
        await expectNoAxeViolations(es, 'booking page in Spanish', javaScript ? undefined : checker)
        await spanish.close()
      } finally {
        await context.close()
        await checkerContext.close()
      }
    })
  }
})
