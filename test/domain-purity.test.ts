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
