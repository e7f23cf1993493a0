import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { localDate } from '../domain/dates/local-date.ts'
import { ERROR_CODES } from '../domain/problems.ts'
import { en, es } from './catalog.ts'
import { formatDate, hasKey } from './i18n.ts'

function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  if (typeof value === 'string') out.set(prefix, value)
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v)
    }
  }
  return out
}

const english = leaves(en)
const spanish = leaves(es)
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()

describe('the catalogs', () => {
  test('English and Spanish have exactly the same keys', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort())
  })

  test('each Spanish string fills the same placeholders as its English twin', () => {
    for (const [key, text] of english)
      expect(placeholders(spanish.get(key) ?? ''), key).toEqual(placeholders(text))
  })

  test('no string is empty', () => {
    for (const [key, text] of [...english, ...spanish]) expect(text.trim(), key).not.toBe('')
  })

  test('every error code has words in both languages', () => {
    for (const code of Object.keys(ERROR_CODES)) {
      expect(english.has(`errors.${code}`), code).toBe(true)
      expect(spanish.has(`errors.${code}`), code).toBe(true)
    }
  })

  test('every literal catalog key used in the source exists', () => {
    const root = path.resolve(import.meta.dirname, '..')
    const files: string[] = []
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(full)
        else if (
          /\.(ts|tsx)$/.test(entry.name) &&
          !/\.test\.tsx?$/.test(entry.name) &&
          !full.includes(`${path.sep}i18n${path.sep}`)
        )
          files.push(full)
      }
    }
    walk(root)
    const missing: string[] = []
    // t('a.b.c') and problem(field, 'a.b.c') and { key: 'a.b.c' }
    const pattern = /(?:\bt\(|problem\([^,]+,\s*|\bkey:\s*|message:\s*)'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8')
      for (const match of text.matchAll(pattern)) {
        const key = match[1] ?? ''
        if (!hasKey(key)) missing.push(`${path.relative(root, file)}: ${key}`)
      }
    }
    expect(missing).toEqual([])
  })
})

describe('dates in words', () => {
  test('are written in full in both languages', () => {
    expect(formatDate('en', localDate('2027-03-16'))).toBe('Tuesday 16 March 2027')
    expect(formatDate('es', localDate('2027-03-16'))).toBe('martes 16 de marzo de 2027')
  })
})
