import type { Browser } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { expectNoAxeViolations, newContext } from './support/browser.ts'
import type { E2eServer } from './support/server.ts'
import { startServerAndBrowser } from './support/setup.ts'

let server: E2eServer
let browser: Browser

startServerAndBrowser((started) => {
  ;({ server, browser } = started)
})

/** The violations a failed check listed (it fails with the list as the assertion's actual value). */
async function violationsFound(check: Promise<void>): Promise<string[]> {
  try {
    await check
  } catch (error) {
    return (error as { actual?: string[] }).actual ?? []
  }
  return []
}

// The check every browser journey relies on must be able to fail, with and without JavaScript.
describe('the axe check', () => {
  const broken =
    '<!doctype html><html lang="en"><head><title>Broken</title></head><body><main><h1>Broken</h1>' +
    '<img src="/favicon.ico"><input type="text" name="unlabelled"></main></body></html>'

  test('names the rules a page breaks, with and without JavaScript', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/healthz`)
    await page.setContent(broken)
    expect(await violationsFound(expectNoAxeViolations(page, 'broken page'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^image-alt/), expect.stringMatching(/^label/)]),
    )

    const noScript = await newContext(browser, { javaScript: false })
    const plain = await noScript.newPage()
    await plain.goto(`${server.baseUrl}/healthz`)
    await plain.setContent(broken.replace('Broken</h1>', 'Broken without scripts</h1>'))
    const checker = await context.newPage()
    await expect(expectNoAxeViolations(plain, 'broken page, no JavaScript', checker)).rejects.toThrow(
      /image-alt/,
    )
    await noScript.close()
    await context.close()
  })
})
