import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { loadConfig } from '../../src/config.ts'
import { openServices } from '../../src/main.ts'
import { signIn, startServerProcess } from '../../test/support/server-process.ts'
import type { BenchResult, BenchSuite } from '../bench-types.ts'
import { generateDataset } from '../support/dataset.ts'

const run = promisify(execFile)

/** Flags for Debian's Chromium on a machine with no outside network (see the env notes). */
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
].join(' ')

interface Scores {
  readonly performance: number
  readonly accessibility: number
}

/** Lighthouse 12.2.3 (pinned) with its default mobile emulation and simulated throttling. */
async function lighthouse(url: string, cookie: string | undefined, out: string): Promise<Scores> {
  const bin = path.resolve('node_modules/.bin/lighthouse')
  const args = [
    url,
    '--quiet',
    '--output=json',
    `--output-path=${out}`,
    '--only-categories=performance,accessibility',
    `--chrome-flags=${CHROME_FLAGS}`,
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ]
  await run(process.execPath, [bin, ...args], {
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    timeout: 180_000,
  })
  const report = JSON.parse(fs.readFileSync(out, 'utf8')) as {
    categories: Record<string, { score: number | null }>
    runtimeError?: { code: string }
  }
  if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.code}`)
  return {
    performance: Math.round((report.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((report.categories.accessibility?.score ?? 0) * 100),
  }
}

/**
 * Lighthouse on the public home page, the screener, the signed-in home dashboard and a child's
 * record, against a server holding a generated data set. Slow (about 20 s a page), so `--quick`
 * runs it only when asked by name (`--only=lighthouse`).
 */
export const suite: BenchSuite = {
  name: 'lighthouse',
  skipInQuick: true,
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-lighthouse-'))
    const url = `sqlite:${path.join(dir, 'bench.sqlite')}`
    try {
      const config = loadConfig(
        { NODE_ENV: 'development', DATA_DIR: dir, DATABASE_URL: url, LOG_LEVEL: 'silent' },
        process.cwd(),
      )
      const { deps, database } = await openServices(config)
      const dataset = await generateDataset(deps, { children: 500 })
      await database.close()
      const server = await startServerProcess({
        DATA_DIR: dir,
        DATABASE_URL: url,
        SESSION_SECRET: 'lighthouse-session-secret-that-is-long-enough',
      })
      try {
        const cookie = await signIn(server.baseUrl, dataset.parent.email, dataset.parent.password)
        const pages = [
          { name: 'home page', path: '/', cookie: undefined },
          { name: 'screener', path: '/screener', cookie: undefined },
          { name: 'home dashboard', path: '/dashboard', cookie },
          { name: 'child timeline', path: `/children/${dataset.parent.childId}`, cookie },
        ]
        const results: BenchResult[] = []
        for (const page of pages) {
          const scores = await lighthouse(
            `${server.baseUrl}${page.path}`,
            page.cookie,
            path.join(dir, `${page.name.replace(/\W+/g, '-')}.json`),
          )
          results.push(
            {
              suite: 'lighthouse',
              name: `${page.name}: performance (mobile)`,
              value: scores.performance,
              unit: 'score',
              budget: '≥ 95',
              meetsBudget: scores.performance >= 95,
            },
            {
              suite: 'lighthouse',
              name: `${page.name}: accessibility`,
              value: scores.accessibility,
              unit: 'score',
              budget: '100',
              meetsBudget: scores.accessibility === 100,
            },
          )
        }
        return results
      } finally {
        await server.stop()
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  },
}
