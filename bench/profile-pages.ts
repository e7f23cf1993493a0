import fs from 'node:fs'
import path from 'node:path'
import autocannon from 'autocannon'
import { sql } from 'kysely'
import { loadConfig } from '../src/config.ts'
import { openServices } from '../src/main.ts'
import { signIn, startServerProcess } from '../test/support/server-process.ts'
import { generateDataset, shareWithPractice } from './support/dataset.ts'

/**
 * A driver for profiling pages under load: `TZ=UTC tsx bench/profile-pages.ts DIR [DATABASE_URL] [children]`
 * makes the data set in DIR once (kept for the next run, so runs compare like with like), starts the
 * production build, loads each page at 50 connections and prints req/s, p50, p99 and the tail.
 * Settings: PROFILE=1 (`--cpu-prof`, profiles in DIR/prof), ONLY=dashboard,plan (the bare route always
 * runs), SECONDS (5), WARM (seconds of load before each measurement), CONN (50), NODE_FLAGS,
 * SERVER_STDOUT=1 with SERVER_LOG_LEVEL=info (the server's request log, with each request's time).
 */
const [dir = '/tmp/pathway-profile', url = `sqlite:${path.join(dir, 'bench.sqlite')}`, count = '2000'] =
  process.argv.slice(2)
const marker = path.join(dir, 'dataset.json')
fs.mkdirSync(dir, { recursive: true })
if (!fs.existsSync(marker)) {
  const config = loadConfig(
    { NODE_ENV: 'development', DATA_DIR: dir, DATABASE_URL: url, LOG_LEVEL: 'silent' },
    process.cwd(),
  )
  const { deps, database } = await openServices(config)
  const dataset = await generateDataset(deps, { children: Number(count) })
  const shared = await deps.db
    .selectFrom('children')
    .select(['id', 'organization_id'])
    .orderBy('id')
    .limit(1000)
    .execute()
  await shareWithPractice(deps, dataset.advocate.practiceId, shared)
  if (url.startsWith('postgres')) await sql`vacuum analyze`.execute(deps.db)
  await database.close()
  fs.writeFileSync(marker, JSON.stringify(dataset))
}
const dataset = JSON.parse(fs.readFileSync(marker, 'utf8'))
const server = await startServerProcess(
  {
    DATA_DIR: dir,
    DATABASE_URL: url,
    SESSION_SECRET: 'bench-session-secret-that-is-long-enough-000',
  },
  {
    nodeFlags:
      process.env.PROFILE === '1'
        ? ['--cpu-prof', `--cpu-prof-dir=${path.join(dir, 'prof')}`]
        : (process.env.NODE_FLAGS?.split(' ').filter(Boolean) ?? []),
  },
)
const cookie = await signIn(server.baseUrl, dataset.parent.email, dataset.parent.password)
const advocate = await signIn(server.baseUrl, dataset.advocate.email, dataset.advocate.password)
const { childId, planId } = dataset.parent
const only = process.env.ONLY?.split(',')
const targets: [string, string, Record<string, string>][] = [
  ['bare', '/healthz', {}],
  ['dashboard', '/dashboard', { cookie }],
  ['timeline', `/children/${childId}`, { cookie }],
  ['children', '/children', { cookie }],
  ['deadlines', `/children/${childId}/deadlines`, { cookie }],
  ['plan', `/children/${childId}/plans/${planId}`, { cookie }],
  ['chart', `/children/${childId}/progress/goal-reading-fluency`, { cookie }],
  ['caseload', '/practice/caseload', { cookie: advocate }],
  [
    'api-plan',
    `/api/v1/children/${childId}/plans/${planId}`,
    { authorization: `Bearer ${dataset.apiToken}` },
  ],
  ['api-children', '/api/v1/children', { authorization: `Bearer ${dataset.apiToken}` }],
]
for (const [name, pathname, headers] of targets) {
  if (only && !only.includes(name) && name !== 'bare') continue
  if (process.env.WARM)
    await autocannon({
      url: `${server.baseUrl}${pathname}`,
      connections: 50,
      duration: Number(process.env.WARM),
      headers,
    })
  const r = await autocannon({
    url: `${server.baseUrl}${pathname}`,
    connections: Number(process.env.CONN ?? 50),
    duration: Number(process.env.SECONDS ?? 5),
    headers,
  })
  const h = r.latency
  console.log(JSON.stringify({ p90: h.p90, p97_5: h.p97_5, p99: h.p99, max: h.max }))
  console.log(
    `${name.padEnd(12)} ${String(Math.round(r.requests.average)).padStart(6)} req/s  p50 ${r.latency.p50} p99 ${r.latency.p99}  non2xx ${r.non2xx}`,
  )
}
console.log(`peak RSS ${server.peakRssMb()} MB`)
await server.stop()
