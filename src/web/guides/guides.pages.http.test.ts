import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { TestBrowser } from '../../../test/support/browser.ts'
import { buildTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { translator } from '../../i18n/i18n.ts'
import {
  COMPARISON_ROWS,
  FAQ_ITEMS,
  GLOSSARY_TERMS,
  guideKeys,
  PARENT_CENTER_URL,
} from './guide-structure.ts'
import { sortedGlossary } from './guides-views.tsx'

let t: TestApp
let browser: TestBrowser

beforeAll(async () => {
  t = await buildTestApp()
  browser = new TestBrowser(t.app)
})
afterAll(async () => {
  await t.close()
})

const GUIDE_URLS = [
  '/guides',
  '/guides/iep-or-504-plan',
  '/guides/questions-families-ask',
  '/guides/glossary',
] as const

function escaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
}

describe('the guides', () => {
  test.each(GUIDE_URLS)(
    '%s is public, has its own description, the notice and a way to the screener',
    async (url) => {
      const page = await browser.get(url)
      expect(page.statusCode).toBe(200)
      expect(page.body).toMatch(/<meta name="description" content="[^"]{70,160}"\/>/)
      expect(page.body).toContain('Guidance, not legal advice')
      expect(page.body).toContain(`href="${PARENT_CENTER_URL}"`)
      expect(page.body).toContain('href="/screener"')
    },
  )

  test('the hub links each guide', async () => {
    const hub = await browser.get('/guides')
    for (const url of GUIDE_URLS.slice(1)) expect(hub.body).toContain(`href="${url}"`)
  })

  test('"IEP or 504 plan?" is a real table with a caption, in a focusable, labelled region for narrow screens', async () => {
    const page = await browser.get('/guides/iep-or-504-plan')
    const en = translator('en')
    expect(page.body).toContain(
      '<section class="pw-table-region" aria-labelledby="comparison-caption" aria-describedby="comparison-hint" tabindex="0">',
    )
    expect(page.body).toContain(
      `<caption class="pw-table__caption" id="comparison-caption">${en(guideKeys.comparisonCaption)}</caption>`,
    )
    expect(page.body).toContain('<th scope="col">IEP</th>')
    expect(page.body).toContain('<th scope="col">504 plan</th>')
    for (const row of COMPARISON_ROWS) {
      expect(page.body).toContain(
        `<th scope="row" id="${row.id}">${escaped(en(guideKeys.comparisonRowLabel(row.id)))}</th>`,
      )
      for (const citation of [...row.citations.iep, ...row.citations.section504])
        expect(page.body).toContain(escaped(citation))
    }
    expect(page.body.match(/<tr>/g)).toHaveLength(COMPARISON_ROWS.length + 1)
  })

  test('"Questions families ask" has an anchor per question, and each answer shows its law quietly', async () => {
    const page = await browser.get('/guides/questions-families-ask')
    for (const item of FAQ_ITEMS) {
      expect(page.body).toContain(`href="#${item.id}"`)
      expect(page.body).toContain(`<h2 id="${item.id}">`)
    }
    expect(page.body.match(/<p class="pw-law-reference">The law: /g)).toHaveLength(FAQ_ITEMS.length)
  })

  test.each([
    ['en', 'en'],
    ['es', 'es'],
  ] as const)(
    'the glossary in %s lists every term once, sorted by its heading in that language, with anchors',
    async (lang, acceptLanguage) => {
      const page = await browser.get('/guides/glossary', { 'accept-language': acceptLanguage })
      const t = translator(lang)
      // Entry headings; the page's own section headings have ids ending in "-title".
      const headings = [...page.body.matchAll(/<h2 id="([a-z0-9-]+)">([^<]+)<\/h2>/g)]
        .map((m) => ({ id: String(m[1]), text: String(m[2]) }))
        .filter((h) => !h.id.endsWith('-title'))
      expect(headings.map((h) => h.id).sort()).toEqual(GLOSSARY_TERMS.map((e) => e.id).sort())
      const expected = sortedGlossary(lang, (e) => t(guideKeys.glossaryHeading(e.id))).map((e) => e.id)
      expect(headings.map((h) => h.id)).toEqual(expected)
      const collator = new Intl.Collator(lang, { sensitivity: 'base' })
      const texts = headings.map((h) => String(h.text))
      expect([...texts].sort(collator.compare)).toEqual(texts)
      for (const entry of GLOSSARY_TERMS) expect(page.body).toContain(`href="#${entry.id}"`)
    },
  )

  test('Spanish and English sort the glossary differently where the words differ', () => {
    const en = translator('en')
    const es = translator('es')
    const english = sortedGlossary('en', (e) => en(guideKeys.glossaryHeading(e.id))).map((e) => e.id)
    const spanish = sortedGlossary('es', (e) => es(guideKeys.glossaryHeading(e.id))).map((e) => e.id)
    expect(spanish).not.toEqual(english)
    expect([...spanish].sort()).toEqual([...english].sort())
  })

  test('the start page offers the screener as its main action, and the header links the screener and guides', async () => {
    const home = await browser.get('/')
    const main = home.body.slice(home.body.indexOf('<main'))
    const firstButton = /<a href="([^"]+)" class="pw-button pw-button--primary">([^<]+)<\/a>/.exec(main)
    expect(firstButton?.[1]).toBe('/screener')
    expect(firstButton?.[2]).toBe('Which plan fits my child?')
    expect(main).toContain('href="/guides"')
    const header = home.body.slice(home.body.indexOf('<header'), home.body.indexOf('</header>'))
    expect(header).toContain('<a href="/screener">Which plan fits?</a>')
    expect(header).toContain('<a href="/guides">Guides</a>')
  })
})
