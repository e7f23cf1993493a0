import { defineConfig } from 'vitest/config'

// Browser journeys: Debian's Chromium driven by playwright-core, axe on every page.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.spec.ts'],
    environment: 'node',
    pool: 'forks',
    // Two spec files at a time: each journey mostly waits on its own Chromium, so two fill two cores.
    fileParallelism: true,
    maxWorkers: 2,
    // A long journey on a busy two-core machine; each step still fails within 15 s (newContext).
    testTimeout: 240_000,
    hookTimeout: 120_000,
    reporters: process.env.CI_JSON_REPORT ? ['default', 'json'] : ['default'],
    outputFile: process.env.CI_JSON_REPORT ? { json: process.env.CI_JSON_REPORT } : undefined,
  },
})
