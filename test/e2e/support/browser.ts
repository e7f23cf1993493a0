import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { expect } from 'vitest'

export const CHROMIUM = process.env.PATHWAY_CHROMIUM ?? '/usr/bin/chromium'

/** Debian's Chromium, headless, with the flags this machine's closed network needs (Playwright gives it a fresh profile). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export async function newContext(
  browser: Browser,
  options: { javaScript?: boolean; locale?: string; width?: number } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    locale: options.locale ?? 'en-US',
    viewport: { width: options.width ?? 1024, height: 800 },
  })
  // Fail a step within seconds, naming it, rather than letting the whole test time out.
  context.setDefaultTimeout(15_000)
  return context
}

const checkedMarkup = new Set<string>()

/**
 * Runs axe on the page and fails with the list of violations (rule, impact, where).
 * axe is a script, so a page opened with JavaScript off is checked by copying its exact HTML
 * into a JavaScript-enabled page on the same site (`checker`).
 */
export async function expectNoAxeViolations(page: Page, label: string, checker?: Page): Promise<void> {
  const html = await page.content()
  // axe's verdict depends only on the markup, the styles and the window, so markup already found
  // clean at this width (in this spec file) is not checked twice. Hidden inputs carry per-request
  // tokens and answers that axe never looks at, so they are left out of the comparison.
  const key = createHash('sha256')
    .update(`${page.viewportSize()?.width ?? 0}|${checker ? 'copy' : 'live'}|`)
    .update(html.replace(/<input\b[^>]*\btype="hidden"[^>]*>/g, ''))
    .digest('hex')
  if (checkedMarkup.has(key)) return
  let target = page
  if (checker) {
    const site = new URL(page.url()).origin
    if (new URL(checker.url()).origin !== site) await checker.goto(`${site}/healthz`)
    await checker.setContent(html, { waitUntil: 'load' })
    target = checker
  }
  const results = await new AxeBuilder({ page: target })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    // Pages have no frames: run axe in the page itself rather than in parts finished in an extra page.
    .setLegacyMode(true)
    .analyze()
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(violations, `axe on ${label} (${page.url()})`).toEqual([])
  checkedMarkup.add(key)
}

/**
 * Opens a page as one kind of visitor (JavaScript on or off, language, width) and runs `journey` on
 * it. With JavaScript off, `journey` also gets a JavaScript-enabled page of the same width and
 * language, for axe (see expectNoAxeViolations). Both are closed after, whatever happens.
 */
export async function asVisitor(
  browser: Browser,
  options: { javaScript?: boolean; locale?: string; width?: number },
  journey: (page: Page, checker: Page | undefined) => Promise<void>,
): Promise<void> {
  const context = await newContext(browser, options)
  const checkerContext =
    options.javaScript === false
      ? await newContext(browser, { locale: options.locale, width: options.width })
      : undefined
  try {
    await journey(await context.newPage(), await checkerContext?.newPage())
  } finally {
    await checkerContext?.close()
    await context.close()
  }
}

/** Whether the page is wider than the window (horizontal scrolling). */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
}

export function screenshotPath(name: string): string {
  const dir = path.resolve('test-results/screenshots')
  fs.mkdirSync(dir, { recursive: true })
  return path.join(dir, `${name}.png`)
}
