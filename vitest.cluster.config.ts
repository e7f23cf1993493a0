import { defineConfig } from 'vitest/config'

// Several app processes on one PostgreSQL database (needs PATHWAY_TEST_POSTGRES_URL).
export default defineConfig({
  test: {
    include: ['test/cluster/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: process.env.CI_JSON_REPORT ? ['default', 'json'] : ['default'],
    outputFile: process.env.CI_JSON_REPORT ? { json: process.env.CI_JSON_REPORT } : undefined,
  },
})
