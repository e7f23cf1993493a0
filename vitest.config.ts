import { defineConfig } from 'vitest/config'

// Unit, HTTP and DB tests. Browser journeys live in vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/cluster/**', 'node_modules/**'],
    environment: 'node',
    pool: 'forks',
    // Vitest's default is one worker on a two-core machine; files are independent (each has its own
    // SQLite file or PostgreSQL schema), and much of a DB test is spent waiting on the database.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    reporters: process.env.CI_JSON_REPORT ? ['default', 'json'] : ['default'],
    outputFile: process.env.CI_JSON_REPORT ? { json: process.env.CI_JSON_REPORT } : undefined,
  },
})
