import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'

// Biome's domain zone forbids Node modules, frameworks and the Date/process globals. What a lint
// rule cannot see — reading the clock through Temporal, or randomness — is checked here.
test('src/domain reads no clock and no randomness', () => {
  const root = path.resolve(import.meta.dirname, '../src/domain')
  const offenders: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        const text = fs.readFileSync(full, 'utf8')
        for (const pattern of [
          /Temporal\.Now\b/,
          /Math\.random\b/,
          /crypto\.randomUUID\b/,
          /performance\.now\b/,
        ]) {
          if (pattern.test(text)) offenders.push(`${path.relative(root, full)}: ${pattern.source}`)
        }
      }
    }
  }
  walk(root)
  expect(offenders).toEqual([])
})

// The lint rule itself: a file in src/domain that does I/O, reads the clock or the environment, or
// imports a framework or another layer is refused by Biome, while the same file elsewhere passes
// these rules. Run on a throw-away file (a dot-file, so no other tool picks it up).
test('Biome refuses I/O, the clock, the environment, frameworks and other layers in src/domain only', () => {
  const root = path.resolve(import.meta.dirname, '..')
  const probe = [
    "import fs from 'node:fs'",
    "import { sql } from 'kysely'",
    "import { findChild } from '#storage/children-store.ts'",
    '',
    'export const probe = () => [Date.now(), fs.readFileSync(0), sql, findChild, process.env.X, console]',
    '',
  ].join('\n')
  const lint = (folder: string) => {
    const file = path.join(root, folder, `.purity-probe-${process.pid}.ts`)
    fs.writeFileSync(file, probe)
    try {
      const run = spawnSync(
        path.join(root, 'node_modules/.bin/biome'),
        ['lint', '--reporter=json', path.relative(root, file)],
        { cwd: root, encoding: 'utf8' },
      )
      const report = JSON.parse(run.stdout) as { diagnostics: { category: string; message: string }[] }
      return report.diagnostics
        .filter((d) => /noRestricted(Imports|Globals)/.test(d.category))
        .map((d) => d.message)
    } finally {
      fs.rmSync(file, { force: true })
    }
  }
  expect(lint('src/domain')).toEqual([
    'src/domain is pure: no Node.js modules (no I/O).',
    'src/domain is pure: no database, web framework, mail or rendering library.',
    'src/domain imports nothing outside src/domain.',
    'Do not use the global variable Date.',
    'Do not use the global variable process.',
    'Do not use the global variable console.',
  ])
  expect(lint('src/services')).toEqual([])
}, 30_000)
