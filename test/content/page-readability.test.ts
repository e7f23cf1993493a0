import { beforeAll, describe, expect, test } from 'vitest'
import {
  measure,
  type PageFigures,
  pageReadabilityTable,
  renderPublicPages,
} from '../support/page-readability.ts'

/**
 * Plain language on the pages as a reader meets them (CONTENT.md: grade 8 or lower): every guide
 * page and every screener page is rendered in English, its visible text taken from the HTML, and
 * measured with the Flesch-Kincaid grade. The figures per page are listed in docs/screener.md.
 */

const MAX_GRADE = 8

let figures: PageFigures[] = []

beforeAll(async () => {
  figures = (await renderPublicPages()).map(measure)
}, 60_000)

describe('rendered public pages read at grade 8 or lower', () => {
  test('every guide page, the screener’s start, each question, "check your answers" and each result were measured', () => {
    const pages = figures.map((f) => f.page)
    for (const page of [
      'guides hub',
      'IEP or 504 plan?',
      'Questions families ask',
      'Glossary',
      'screener: start',
    ])
      expect(pages).toContain(page)
    expect(pages.filter((p) => p.startsWith('screener: result')).length).toBe(4)
    expect(pages.filter((p) => p.startsWith('screener: ') && !p.includes('result')).length).toBeGreaterThan(
      20,
    )
    for (const f of figures) expect(f.words, f.page).toBeGreaterThan(10)
  })

  test(`each page's visible English text is at grade ${MAX_GRADE} or lower (Flesch-Kincaid), also with short forms read aloud`, () => {
    const hard = figures
      .filter((f) => f.grade > MAX_GRADE || f.gradeAsRead > MAX_GRADE)
      .map((f) => `${f.page}: ${f.grade} (read aloud ${f.gradeAsRead})`)
    expect(hard).toEqual([])
  })

  test('docs/screener.md lists these figures', async () => {
    const fs = await import('node:fs')
    const doc = fs.readFileSync(new URL('../../docs/screener.md', import.meta.url), 'utf8')
    const table = pageReadabilityTable(figures)
    const normalise = (text: string) =>
      text
        .replace(/ +/g, ' ')
        .replace(/-{3,}/g, '---')
        .replace(/ ?\| ?/g, '|')
    expect(normalise(doc), `paste this table into docs/screener.md:\n\n${table}\n`).toContain(
      normalise(table),
    )
  })
})
