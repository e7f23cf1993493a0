import { Secret, TOTP } from 'otpauth'
import type { Browser, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { createChildFor, createUser } from '../support/factories.ts'
import { expectNoAxeViolations, newContext } from './support/browser.ts'
import type { E2eServer } from './support/server.ts'
import { startServerAndBrowser } from './support/setup.ts'

/**
 * Issue 3 in the browser: a parent downloads a child's record, deletes it (with a confirmation
 * step; it is gone, and its pages answer 404), and signs in with two steps. Each with and without
 * JavaScript, axe on every page.
 */

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
}

/** A signed-in parent with one child, in a browser with or without JavaScript, and an axe check. */
async function parentWithChild(javaScript: boolean, name: string) {
  const suffix = `${name.toLowerCase()}.${javaScript ? 'js' : 'nojs'}`
  const parent = await createUser(server.deps, { email: `parent.${suffix}@example.org`, name: 'Rosa Díaz' })
  const child = await createChildFor(server.deps, parent, { legalName: `${name} Díaz`, preferredName: name })
  const context = await newContext(browser, { javaScript })
  const page = await context.newPage()
  const checkerContext = await newContext(browser)
  const checker = javaScript ? undefined : await checkerContext.newPage()
  const mode = javaScript ? 'with JavaScript' : 'without JavaScript'
  const check = (label: string) => expectNoAxeViolations(page, `${mode}: ${label}`, checker)
  await signIn(page, parent)
  await expect.poll(() => page.title()).toContain('Hello')
  const close = async () => {
    await checkerContext.close()
    await context.close()
  }
  return { parent, child, page, check, close }
}

function totp(secret: string) {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' })
}

for (const javaScript of [true, false]) {
  const mode = javaScript ? 'with JavaScript' : 'without JavaScript'

  describe(`privacy journeys ${mode}`, () => {
    test('a parent exports a child’s record as a ZIP file', async () => {
      const { child, page, check, close } = await parentWithChild(javaScript, 'Ana')
      await page.goto(`${server.baseUrl}/children/${child.id}/export`)
      await check('export page')
      const downloading = page.waitForEvent('download')
      await page.getByRole('button', { name: 'Download the ZIP file' }).click()
      const download = await downloading
      expect(download.suggestedFilename()).toMatch(/\.zip$/)
      const file = await download.path()
      const { readFileSync } = await import('node:fs')
      const bytes = readFileSync(file)
      // A ZIP file starts with "PK".
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
      await close()
    })

    test('a parent deletes a child’s record: a confirmation, then it is gone and answers 404', async () => {
      const { child, page, check, close } = await parentWithChild(javaScript, 'Beto')
      await page.goto(`${server.baseUrl}/children/${child.id}/delete`)
      await check('delete page')
      await page.getByRole('button', { name: 'Delete the record' }).click()
      await expect.poll(() => page.title()).toContain('Error:')
      await check('delete page, name not typed')
      expect(
        await server.deps.db.selectFrom('children').select('id').where('id', '=', child.id).execute(),
      ).toHaveLength(1)
      await page.getByLabel(/To confirm, type the name/).fill('Beto')
      await page.getByRole('button', { name: 'Delete the record' }).click()
      await expect.poll(() => page.locator('main').textContent()).toContain('Beto’s record is hidden')
      await check('deleted records, with undo')
      const gone = await page.goto(`${server.baseUrl}/children/${child.id}`)
      expect(gone?.status()).toBe(404)
      await page.goto(`${server.baseUrl}/dashboard`)
      expect(await page.locator('main').textContent()).not.toContain('Beto')
      await close()
    })

    test('a parent turns on two-step sign-in, signs out, and needs the code to sign in again', async () => {
      const { parent, page, check, close } = await parentWithChild(javaScript, 'Carla')
      await page.goto(`${server.baseUrl}/account/two-step`)
      await check('two-step, off')
      await page.getByRole('link', { name: 'Set up two-step sign-in' }).click()
      await check('two-step set-up')
      const secret = ((await page.locator('.pw-secret').textContent()) ?? '').replace(/\s+/g, '')
      expect(secret).toMatch(/^[A-Z2-7]+$/)
      await page.getByLabel('Code from your app').fill(totp(secret).generate())
      await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click()
      await expect.poll(() => page.title()).toContain('Your recovery codes')
      await check('recovery codes')

      await page.goto(`${server.baseUrl}/account`)
      await page.getByRole('button', { name: 'Sign out' }).first().click()
      await signIn(page, parent)
      await expect.poll(() => page.title()).toContain('Enter the code from your app')
      await check('second step')
      // The password alone does not sign in.
      const blocked = await page.context().request.get(`${server.baseUrl}/dashboard`, { maxRedirects: 0 })
      expect(blocked.status()).toBe(302)
      await page.getByLabel('Code from your app, or a recovery code').fill('000000')
      await page.getByRole('button', { name: 'Sign in' }).click()
      await expect.poll(() => page.title()).toContain('Error:')
      await check('second step, wrong code')
      // The code of the next 30 seconds (the one used at set-up cannot be used twice).
      const next = totp(secret).generate({ timestamp: Date.now() + 30_000 })
      await page.getByLabel('Code from your app, or a recovery code').fill(next)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await expect.poll(() => page.title()).toContain('Hello')
      await close()
    })
  })
}
