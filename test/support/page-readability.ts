import { screen } from '../../src/domain/screener/screen.ts'
import { TestBrowser } from './browser.ts'
import { englishGrade, englishGradeAsRead, runningText } from './content-readability.ts'
import {
  answerScreener,
  EVALUATE_FAMILY,
  IEP_FAMILY,
  NEITHER_FAMILY,
  PLAN_504_FAMILY,
  ROAD_FAMILIES,
} from './screener.ts'
import { buildTestApp } from './test-app.ts'
import { visibleBlocks } from './visible-text.ts'

/**
 * Readability of the public pages as a reader meets them: each guide page and each screener page
 * is rendered by the real app in English, its visible text is read out of the HTML
 * (visible-text.ts), and the Flesch-Kincaid grade is measured over it (the same formulas as
 * content-readability.ts). docs/screener.md carries the table `pageReadabilityTable()` prints.
 */

export interface RenderedPage {
  readonly page: string
  readonly blocks: readonly string[]
}

export interface PageFigures {
  readonly page: string
  readonly words: number
  readonly grade: number
  readonly gradeAsRead: number
}

const GUIDES: readonly [string, string][] = [
  ['guides hub', '/guides'],
  ['IEP or 504 plan?', '/guides/iep-or-504-plan'],
  ['Questions families ask', '/guides/questions-families-ask'],
  ['Glossary', '/guides/glossary'],
]

/** Renders every guide page, the screener's start page, each question page on every road, "check your answers" and the four results. */
export async function renderPublicPages(): Promise<RenderedPage[]> {
  const t = await buildTestApp()
  try {
    const pages: RenderedPage[] = []
    const seen = new Set<string>()
    const add = (page: string, html: string) => {
      const blocks = visibleBlocks(html)
      const key = blocks.join('\n')
      if (seen.has(key)) return
      seen.add(key)
      pages.push({ page, blocks })
    }
    const reader = new TestBrowser(t.app)
    for (const [page, url] of GUIDES) add(page, (await reader.get(url)).body)
    add('screener: start', (await reader.get('/screener')).body)

    // Each question page as the family meets it; a page whose words differ on another road is a page of its own.
    const slugs = new Set<string>()
    for (const [road, family] of ROAD_FAMILIES) {
      const browser = new TestBrowser(t.app)
      await answerScreener(browser, family, async (_, slug) => {
        const label = slugs.has(slug)
          ? `screener: ${slug} (${road.split(' (')[0]?.split(';')[0]})`
          : `screener: ${slug}`
        slugs.add(slug)
        add(label, (await browser.get(`/screener/${slug}`)).body)
      })
      if (pages.every((p) => p.page !== 'screener: check your answers'))
        add('screener: check your answers', (await browser.get('/screener/check-answers')).body)
    }

    for (const family of [IEP_FAMILY, PLAN_504_FAMILY, EVALUATE_FAMILY, NEITHER_FAMILY]) {
      const browser = new TestBrowser(t.app)
      await answerScreener(browser, family)
      add(`screener: result (${screen(family).recommendation})`, (await browser.get('/screener/result')).body)
    }
    return pages
  } finally {
    await t.close()
  }
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((token) => /[0-9A-Za-z]/.test(token)).length
}

export function measure(page: RenderedPage): PageFigures {
  const text = runningText(page.blocks)
  return {
    page: page.page,
    words: wordCount(text),
    grade: englishGrade(text),
    gradeAsRead: englishGradeAsRead(text),
  }
}

/** The figures as the Markdown table in docs/screener.md. */
export function pageReadabilityTable(figures: readonly PageFigures[]): string {
  const rows = figures.map(
    (f) => `| ${f.page} | ${f.words} | ${f.grade.toFixed(1)} | ${f.gradeAsRead.toFixed(1)} |`,
  )
  return [
    '| page (English, as rendered) | words | Flesch-Kincaid grade | FK grade, short forms read aloud |',
    '| --- | ---: | ---: | ---: |',
    ...rows,
  ].join('\n')
}
