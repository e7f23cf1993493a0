import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BenchResult, BenchSuite } from './bench-types.ts'
import { suite as caseload } from './suites/caseload.ts'
import { suite as deadlines } from './suites/deadlines.ts'
import { suite as documents } from './suites/documents.ts'
import { suite as goals } from './suites/goals.ts'
import { suite as http } from './suites/http.ts'
import { suite as lighthouse } from './suites/lighthouse.ts'
import { suite as planPages } from './suites/plan-pages.ts'
import { suite as plans } from './suites/plans.ts'
import { suite as screener } from './suites/screener.ts'
import { suite as screenerPages } from './suites/screener-pages.ts'
import { suite as servicesDelivered } from './suites/services-delivered.ts'
import { suite as slots } from './suites/slots.ts'

/**
 * `npm run bench [-- --quick] [-- --only=name,name] [-- --children N]`: runs every suite, prints a table, and writes
 * bench/results/latest.json. Figures are reported against their budgets; nothing here fails a build.
 */
const SUITES: readonly BenchSuite[] = [
  screener,
  screenerPages,
  deadlines,
  plans,
  planPages,
  goals,
  servicesDelivered,
  slots,
  caseload,
  http,
  documents,
  lighthouse,
]

const args = process.argv.slice(2)
const quick = args.includes('--quick') || process.env.npm_config_quick === 'true'
const onlyArg = args.find((a) => a.startsWith('--only='))?.slice('--only='.length)
const only = onlyArg ? new Set(onlyArg.split(',')) : undefined
const childrenAt = args.findIndex((a) => a === '--children' || a.startsWith('--children='))
const childrenArg = childrenAt < 0 ? undefined : (args[childrenAt]?.split('=')[1] ?? args[childrenAt + 1])
const children = Number(childrenArg ?? process.env.PATHWAY_BENCH_CHILDREN ?? (quick ? 2_000 : 10_000))
if (!Number.isInteger(children) || children < 1 || children > 1_000_000) {
  process.stderr.write('--children takes a whole number from 1 to 1000000\n')
  process.exit(2)
}

const results: BenchResult[] = []
const started = Date.now()
for (const suite of SUITES) {
  if (only && !only.has(suite.name)) continue
  if (quick && suite.skipInQuick && !only) {
    process.stdout.write(`Skipping ${suite.name} in --quick (run it with --only=${suite.name})\n`)
    continue
  }
  process.stdout.write(`Running ${suite.name}${quick ? ' (quick)' : ''}…\n`)
  const suiteStarted = Date.now()
  results.push(...(await suite.run({ quick, children })))
  process.stdout.write(`  done in ${((Date.now() - suiteStarted) / 1000).toFixed(1)} s\n`)
}

const rows = results.map((r) => [
  r.suite,
  r.name,
  formatNumber(r.value),
  r.unit,
  r.budget ?? '',
  r.meetsBudget === undefined ? '' : r.meetsBudget ? 'yes' : 'NO',
])
const header = ['suite', 'measure', 'value', 'unit', 'budget', 'meets']
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)))
const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')
process.stdout.write(
  `\n${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${rows.map(line).join('\n')}\n`,
)

const out = path.resolve(import.meta.dirname, 'results/latest.json')
fs.mkdirSync(path.dirname(out), { recursive: true })
fs.writeFileSync(
  out,
  JSON.stringify(
    {
      at: new Date().toISOString(),
      quick,
      seconds: Math.round((Date.now() - started) / 1000),
      machine: { cpus: os.cpus().length, node: process.version, load: os.loadavg() },
      results,
    },
    null,
    2,
  ),
)
process.stdout.write(
  `\nWrote ${path.relative(process.cwd(), out)} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
)
process.exit(0)

function formatNumber(value: number): string {
  return Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(2)
}
