import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import autocannon from 'autocannon'
import { sql } from 'kysely'
import pg from 'pg'
import { loadConfig } from '../../src/config.ts'
import { openServices } from '../../src/main.ts'
import { signIn, startServerProcess } from '../../test/support/server-process.ts'
import type { BenchOptions, BenchResult, BenchSuite } from '../bench-types.ts'
import { generateDataset, shareWithPractice } from '../support/dataset.ts'

interface Target {
  readonly name: string
  readonly path: string
  readonly auth: 'none' | 'cookie' | 'token' | 'advocate'
  readonly page: boolean
  /**
   * Every request asks for another address (`?fresh=N`, which the page ignores), so no kept page can
   * answer: what drawing the page costs when its data changed since it was last sent.
   */
  readonly fresh?: boolean
}

const CONNECTIONS = 50
/** Children shared with the first practice, whose caseload page is measured (issue 12). */
const CASELOAD = 1_000

async function load(baseUrl: string, target: Target, headers: Record<string, string>, seconds: number) {
  let request = 0
  const result = await autocannon({
    url: `${baseUrl}${target.path}`,
    connections: CONNECTIONS,
    duration: seconds,
    headers,
    ...(target.fresh
      ? {
          requests: [
            {
              setupRequest: (req: autocannon.Request) => {
                request += 1
                return { ...req, path: `${target.path}?fresh=${request}` }
              },
            },
          ],
        }
      : {}),
  })
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${target.name}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`)
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 }
}

/** Bytes a browser downloads for a page, compressed: the HTML plus its stylesheet and script. */
async function pageWeight(
  baseUrl: string,
  pathname: string,
  headers: Record<string, string>,
): Promise<number> {
  const html = await (await fetch(`${baseUrl}${pathname}`, { headers })).text()
  let total = gzipSync(html).length
  for (const asset of html.matchAll(/(?:href|src)="(\/assets\/[^"]+\.(?:css|js)[^"]*)"/g)) {
    const body = Buffer.from(await (await fetch(`${baseUrl}${asset[1]}`)).arrayBuffer())
    total += gzipSync(body).length
  }
  return total
}

async function databaseFor(dialect: 'sqlite' | 'postgres', dir: string) {
  if (dialect === 'sqlite') return { url: `sqlite:${path.join(dir, 'bench.sqlite')}`, drop: async () => {} }
  const base = process.env.PATHWAY_BENCH_POSTGRES_URL ?? process.env.PATHWAY_TEST_POSTGRES_URL ?? ''
  const name = `pathway_bench_${Date.now()}`
  const admin = new URL(base)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  await client.query(`create database ${name}`)
  await client.end()
  const url = new URL(base)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin.toString() })
      await c.connect()
      await c.query(`drop database if exists ${name} with (force)`)
      await c.end()
    },
  }
}

async function runOn(dialect: 'sqlite' | 'postgres', options: BenchOptions): Promise<BenchResult[]> {
  const children = options.children
  const seconds = options.quick ? 2 : 10
  // Each target first runs alone for a moment (code loaded and compiled, first page drawn), then is measured.
  const warmUp = options.quick ? 0.5 : 2
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pathway-bench-'))
  const database = await databaseFor(dialect, dir)
  const suite = `http-${dialect}`
  try {
    const config = loadConfig(
      { NODE_ENV: 'development', DATA_DIR: dir, DATABASE_URL: database.url, LOG_LEVEL: 'silent' },
      process.cwd(),
    )
    const { deps, database: open } = await openServices(config)
    const started = Date.now()
    const dataset = await generateDataset(deps, { children })
    // The first practice's caseload: 1,000 children (or all of them, in a smaller data set).
    const shared = await deps.db
      .selectFrom('children')
      .select(['id', 'organization_id'])
      .orderBy('id')
      .limit(CASELOAD)
      .execute()
    await shareWithPractice(deps, dataset.advocate.practiceId, shared)
    // As after any bulk load (autovacuum does it in time): fresh statistics and no dead rows, so the
    // first minutes are not measured against a table the planner has never seen.
    if (dialect === 'postgres') await sql`vacuum analyze`.execute(deps.db)
    await open.close()
    const generated = (Date.now() - started) / 1000

    const server = await startServerProcess({
      DATA_DIR: dir,
      DATABASE_URL: database.url,
      SESSION_SECRET: 'bench-session-secret-that-is-long-enough-000',
    })
    try {
      const cookie = await signIn(server.baseUrl, dataset.parent.email, dataset.parent.password)
      const advocateCookie = await signIn(server.baseUrl, dataset.advocate.email, dataset.advocate.password)
      const { childId, planId } = dataset.parent
      const targets: Target[] = [
        { name: 'bare route (/healthz)', path: '/healthz', auth: 'none', page: false },
        { name: 'home dashboard', path: '/dashboard', auth: 'cookie', page: true },
        { name: 'home dashboard, drawn anew', path: '/dashboard', auth: 'cookie', page: false, fresh: true },
        { name: 'child timeline', path: `/children/${childId}`, auth: 'cookie', page: true },
        { name: 'children list', path: '/children', auth: 'cookie', page: true },
        { name: 'deadlines page', path: `/children/${childId}/deadlines`, auth: 'cookie', page: true },
        { name: 'plan page', path: `/children/${childId}/plans/${planId}`, auth: 'cookie', page: true },
        {
          name: 'plan page, drawn anew',
          path: `/children/${childId}/plans/${planId}`,
          auth: 'cookie',
          page: false,
          fresh: true,
        },
        {
          name: 'progress chart page',
          path: `/children/${childId}/progress/goal-reading-fluency`,
          auth: 'cookie',
          page: true,
        },
        {
          name: `advocate caseload (${Math.min(CASELOAD, children)} children)`,
          path: '/practice/caseload',
          auth: 'advocate',
          page: true,
        },
        {
          name: 'API: plan',
          path: `/api/v1/children/${childId}/plans/${planId}`,
          auth: 'token',
          page: false,
        },
        { name: 'API: children', path: '/api/v1/children', auth: 'token', page: false },
        { name: 'API: child events', path: `/api/v1/children/${childId}/events`, auth: 'token', page: false },
        {
          name: 'API: child deadlines',
          path: `/api/v1/children/${childId}/deadlines`,
          auth: 'token',
          page: false,
        },
      ]
      const results: BenchResult[] = [
        {
          suite,
          name: 'data set',
          value: dataset.children,
          unit: 'children',
          notes: `${dataset.events} events, ${dataset.progressPoints} progress points, ${dataset.serviceSessions} service log entries, ${dataset.documents} documents, ${dataset.practices} practices; generated in ${generated.toFixed(1)} s`,
        },
      ]
      let bare = 0
      for (const target of targets) {
        const headers: Record<string, string> =
          target.auth === 'cookie'
            ? { cookie }
            : target.auth === 'advocate'
              ? { cookie: advocateCookie }
              : target.auth === 'token'
                ? { authorization: `Bearer ${dataset.apiToken}` }
                : {}
        await load(server.baseUrl, target, headers, warmUp)
        const figures = await load(server.baseUrl, target, headers, seconds)
        if (target.auth === 'none') bare = figures.rps
        const ratio = bare > 0 ? figures.rps / bare : 1
        results.push({
          suite,
          name: `${target.name}: requests/s`,
          value: figures.rps,
          unit: 'req/s',
          ...(target.auth === 'none' ? {} : { budget: '≥ 25% of bare', meetsBudget: ratio >= 0.25 }),
          notes: `${(ratio * 100).toFixed(0)}% of bare`,
        })
        results.push({ suite, name: `${target.name}: p50`, value: figures.p50, unit: 'ms' })
        results.push({
          suite,
          name: `${target.name}: p99`,
          value: figures.p99,
          unit: 'ms',
          budget: '< 50 ms',
          meetsBudget: figures.p99 < 50,
        })
        if (target.page) {
          const bytes = await pageWeight(server.baseUrl, target.path, headers)
          results.push({
            suite,
            name: `${target.name}: page weight (gzip, with CSS and JS)`,
            value: bytes / 1024,
            unit: 'KB',
            budget: '≤ 60 KB',
            meetsBudget: bytes <= 60 * 1024,
          })
        }
      }
      const rss = server.peakRssMb()
      results.push({
        suite,
        name: 'server peak resident memory',
        value: rss,
        unit: 'MB',
        budget: '< 250 MB',
        meetsBudget: rss < 250,
      })
      return results
    } finally {
      await server.stop()
    }
  } finally {
    await database.drop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Pages and API under load with autocannon (50 connections), each beside a bare route of the same
 * server in the same run, on SQLite and (when a PostgreSQL URL is set) PostgreSQL.
 */
export const suite: BenchSuite = {
  name: 'http',
  async run(options) {
    const results = await runOn('sqlite', options)
    if (process.env.PATHWAY_BENCH_POSTGRES_URL ?? process.env.PATHWAY_TEST_POSTGRES_URL)
      results.push(...(await runOn('postgres', options)))
    return results
  },
}
