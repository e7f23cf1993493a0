import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchChromium } from './browser.ts'
import { type E2eServer, startE2eServer } from './server.ts'

/**
 * Starts the app and Chromium once for a spec file, hands both to `use` (the spec keeps them in
 * its own variables), and closes both after the file's last test.
 */
export function startServerAndBrowser(
  use: (started: { server: E2eServer; browser: Browser }) => void,
  env: Record<string, string> = {},
): void {
  let started: { server: E2eServer; browser: Browser } | undefined
  beforeAll(async () => {
    started = { server: await startE2eServer(env), browser: await launchChromium() }
    use(started)
  })
  afterAll(async () => {
    await started?.browser.close()
    await started?.server.close()
  })
}
