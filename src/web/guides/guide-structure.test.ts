import { describe, expect, test } from 'vitest'
import { catalogText } from '../../../test/support/guide-page-text.ts'
import { en, es } from '../../i18n/catalog.ts'
import { glossaryTerm } from '../../i18n/glossary-terms.ts'
import { LANGS } from '../../i18n/i18n.ts'
import {
  type Citation,
  COMPARISON_COLUMNS,
  COMPARISON_NOTE_CITATIONS,
  COMPARISON_ROWS,
  FAQ_IDS,
  FAQ_ITEMS,
  GLOSSARY_IDS,
  GLOSSARY_TERMS,
  GUIDE_PAGES_WITH_HUB,
  guideKeys,
  PARENT_CENTER_URL,
} from './guide-structure.ts'

// A citation is a short reference, never a sentence: a regulation, a statute, or a named federal document.
const CITATION =
  /^(\d+ CFR (Part )?\d+(\.\d+)?[\w().,\- ]*|\d+ U\.S\.C\. \d+[\w().,\- ]*|(OSEP|OCR) [\w ,-]+)$/

function isCitation(citation: Citation): boolean {
  return CITATION.test(citation)
}

describe('the guide pages ask for keys that exist in both languages', () => {
  const pageKeys = GUIDE_PAGES_WITH_HUB.flatMap((page) => [
    guideKeys.pageTitle(page),
    guideKeys.pageIntro(page),
    guideKeys.pageMetaDescription(page),
  ])
  const fixedKeys = [
    guideKeys.noticeTitle,
    guideKeys.noticeBody,
    guideKeys.noticeLink,
    guideKeys.sourcesLabel,
    guideKeys.onThisPage,
    guideKeys.comparisonCaption,
    guideKeys.comparisonColumn('topic'),
    ...COMPARISON_COLUMNS.map(guideKeys.comparisonColumn),
    guideKeys.comparisonNote,
    guideKeys.comparisonScreenerLink,
  ]
  const rowKeys = COMPARISON_ROWS.flatMap((row) => [
    guideKeys.comparisonRowLabel(row.id),
    ...COMPARISON_COLUMNS.map((column) => guideKeys.comparisonCell(row.id, column)),
  ])
  const faqKeys = FAQ_ITEMS.flatMap((item) => [
    guideKeys.faqQuestion(item.id),
    ...guideKeys.faqParagraphs(item),
  ])
  const glossaryKeys = GLOSSARY_IDS.flatMap((id) => [
    guideKeys.glossaryHeading(id),
    guideKeys.glossaryDefinition(id),
  ])
  const allKeys = [...pageKeys, ...fixedKeys, ...rowKeys, ...faqKeys, ...glossaryKeys]

  test.each(LANGS)('every key has text in %s', (lang) => {
    const empty = allKeys.filter((key) => catalogText(lang, key).trim() === '')
    expect(empty).toEqual([])
  })

  test.each(LANGS)(
    'the %s catalogs hold no rows, questions, paragraphs or terms the pages would skip',
    (lang) => {
      const catalogs = { en, es }[lang]
      const rows = catalogs.guides.comparison.rows as Record<string, unknown>
      expect(Object.keys(rows).sort()).toEqual(COMPARISON_ROWS.map((row) => row.id).sort())
      const questions = catalogs.guides.questions as Record<string, { answer: Record<string, string> }>
      expect(Object.keys(questions).sort()).toEqual([...FAQ_IDS].sort())
      for (const item of FAQ_ITEMS) {
        expect(Object.keys(questions[item.id]?.answer ?? {}).length, item.id).toBe(item.paragraphs)
      }
      expect(Object.keys(catalogs.glossary.terms).sort()).toEqual([...GLOSSARY_IDS].sort())
    },
  )
})

describe('the comparison', () => {
  // The topics issue 5 asks the side-by-side page to cover, at least.
  test.each([
    'law',
    'purpose',
    'who-qualifies',
    'plan-contents',
    'review',
    'parents-role',
    'disputes',
    'when-fits',
  ])('covers %s', (id) => {
    expect(COMPARISON_ROWS.map((row) => row.id)).toContain(id)
  })

  test.each(COMPARISON_ROWS.map((row) => [row.id, row] as const))(
    'row %s is cited in both columns',
    (_, row) => {
      for (const column of COMPARISON_COLUMNS) {
        expect(row.citations[column].length, column).toBeGreaterThan(0)
        expect(row.citations[column].filter((citation) => !isCitation(citation))).toEqual([])
      }
    },
  )

  test('the note under the table is cited', () => {
    expect(COMPARISON_NOTE_CITATIONS.length).toBeGreaterThan(0)
    expect(COMPARISON_NOTE_CITATIONS.every(isCitation)).toBe(true)
  })
})

describe('the questions', () => {
  // The questions issue 5 names, and the ones families commonly add.
  test.each([
    'iep-denied',
    'plan-504-drawbacks',
    'both-plans',
    'switching-plans',
    'measurable-goal',
    'request-evaluation',
    'prior-written-notice',
    'before-meeting',
    'stay-put',
    'get-records',
  ])('include %s', (id) => {
    expect(FAQ_IDS).toContain(id)
  })

  test.each(FAQ_ITEMS.map((item) => [item.id, item] as const))(
    '%s is answered in a few short paragraphs, with citations',
    (_, item) => {
      expect(item.paragraphs).toBeGreaterThanOrEqual(2)
      expect(item.paragraphs).toBeLessThanOrEqual(4)
      expect(item.citations.length).toBeGreaterThan(0)
      expect(item.citations.filter((citation) => !isCitation(citation))).toEqual([])
    },
  )
})

describe('the glossary', () => {
  // The terms issue 5 names (accommodations and modifications share an entry; due process covers
  // the complaint and the hearing), and the ones the brief adds.
  test.each([
    'fape',
    'lre',
    'sdi',
    'related-services',
    'accommodations-modifications',
    'present-levels',
    'esy',
    'iee',
    'prior-written-notice',
    'stay-put',
    'manifestation-determination',
    'due-process',
    'mediation',
    'state-complaint',
    'ocr-complaint',
    'idea',
    'section-504',
    'consent',
    'evaluation',
    'reevaluation',
    'transition-services',
    'procedural-safeguards',
    'resolution-meeting',
    'child-find',
  ])('defines %s', (id) => {
    expect(GLOSSARY_IDS).toContain(id)
  })

  test.each(GLOSSARY_TERMS.map((entry) => [entry.id, entry] as const))('%s is cited', (_, entry) => {
    expect(entry.citations.length).toBeGreaterThan(0)
    expect(entry.citations.filter((citation) => !isCitation(citation))).toEqual([])
  })

  test('terms are listed in English alphabetical order of their headings', () => {
    const headings = GLOSSARY_IDS.map((id) => catalogText('en', guideKeys.glossaryHeading(id)))
    const sorted = [...headings].sort((a, b) => a.localeCompare(b, 'en'))
    expect(headings).toEqual(sorted)
  })

  test.each(GLOSSARY_TERMS.filter((entry) => entry.pair).map((entry) => [entry.id, entry] as const))(
    'the %s heading uses its term pair in both languages',
    (_, entry) => {
      const pair = glossaryTerm(entry.pair ?? '')
      expect(catalogText('en', guideKeys.glossaryHeading(entry.id))).toMatch(pair.enMatch)
      expect(catalogText('es', guideKeys.glossaryHeading(entry.id))).toMatch(pair.esMatch)
    },
  )
})

test('ids are unique kebab-case names, usable as anchors', () => {
  for (const ids of [COMPARISON_ROWS.map((row) => row.id), FAQ_IDS, GLOSSARY_IDS]) {
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([])
  }
})

test('the free-help link is a secure address', () => {
  expect(new URL(PARENT_CENTER_URL).protocol).toBe('https:')
})
