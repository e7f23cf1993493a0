import type { Browser } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { createAdvocate } from '../support/practice-factories.ts'
import { expectNoAxeViolations, hasHorizontalScroll, newContext } from './support/browser.ts'
import type { E2eServer } from './support/server.ts'
import { startServerAndBrowser } from './support/setup.ts'

let server: E2eServer
let browser: Browser

startServerAndBrowser((started) => {
  ;({ server, browser } = started)
})

const EVERY_DAY = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const

/** The family's link to see, move or cancel the call, from the confirmation e-mail queued for them. */
async function manageLink(to: string): Promise<string> {
  const jobs = await server.deps.db
    .selectFrom('jobs')
    .select('payload')
    .where('kind', '=', 'send-email')
    .orderBy('created_at', 'desc')
    .execute()
  const mail = jobs
    .map((job) => JSON.parse(job.payload) as { to: string; text: string })
    .find((m) => m.to === to)
  const link = mail?.text.match(/https?:\/\/\S+\/bookings\/[\w-]+/)?.[0]
  if (!link) throw new Error(`No booking link in the e-mail to ${to}`)
  return link
}

describe('a family books a call with an advocate, without an account', () => {
  for (const javaScript of [true, false]) {
    test(`with JavaScript ${javaScript ? 'on' : 'off'}, in English and Spanish`, async () => {
      const { slug } = await createAdvocate(server.deps, {
        email: `advocate-${javaScript}@example.org`,
        availability: {
          weekly: EVERY_DAY.map((day) => ({ day, start: '00:00', end: '24:00' })),
          // Few days and one length: axe takes seconds per hundred radio buttons on a busy machine.
          lengths: [60],
          horizonDays: 3,
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
        expect(await hasHorizontalScroll(page), 'booking page at 320 px').toBe(false)
        // The latest time offered: the earliest one can pass the 60-minute notice while a slow machine runs axe.
        await page.locator('input[name="start"]').last().check()
        await page.getByRole('button', { name: 'Continue' }).click()
        await expect.poll(() => page.title()).toContain('Your details')
        await expectNoAxeViolations(page, 'details page', javaScript ? undefined : checker)
        expect(await hasHorizontalScroll(page), 'details page at 320 px').toBe(false)
        await page.getByRole('button', { name: 'Book the call' }).click()
        await expect.poll(() => page.title()).toContain('Error:')
        await expectNoAxeViolations(page, 'details page with errors', javaScript ? undefined : checker)
        await page.getByLabel('Your name').fill('Rosa Diaz')
        await page.getByLabel('Your e-mail address').fill(`rosa-${javaScript}@example.org`)
        await page.getByLabel('What would you like to talk about?').fill('Our evaluation request.')
        await page.getByRole('button', { name: 'Book the call' }).click()
        await expect.poll(() => page.title()).toContain('Your call is booked')
        await expectNoAxeViolations(page, 'confirmation', javaScript ? undefined : checker)
        expect(await hasHorizontalScroll(page), 'confirmation at 320 px').toBe(false)

        await page.goto(await manageLink(`rosa-${javaScript}@example.org`))
        await expect.poll(() => page.title()).toContain('Your call')
        await expectNoAxeViolations(page, 'manage page', javaScript ? undefined : checker)
        expect(await hasHorizontalScroll(page), 'manage page at 320 px').toBe(false)

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
    }, 240_000)
  }
})
