import { EVENT_TYPES } from '../../src/domain/events/event-types.ts'
import { en, es } from '../../src/i18n/catalog.ts'
import type { Lang } from '../../src/i18n/i18n.ts'
import {
  COMPARISON_COLUMNS,
  COMPARISON_ROWS,
  FAQ_ITEMS,
  GLOSSARY_TERMS,
  type GuidePageWithHub,
  guideKeys,
} from '../../src/web/guides/guide-structure.ts'

/**
 * The words of each guide page in reading order, read straight from the catalog objects through the
 * same keys the pages use (guideKeys), so a key that is missing throws here instead of printing
 * itself on a page. `body` is the running text a reader reads as sentences (intros, table cells,
 * questions, answers, definitions); `headings` are the labels and names that are not sentences
 * (row labels, glossary terms, the title), kept apart so readability formulas are not skewed by
 * fragments with no full stop.
 */
export interface PageText {
  readonly page: string
  readonly title: string
  readonly headings: readonly string[]
  readonly body: readonly string[]
}

const CATALOGS = { en, es } as const

/** The string at a dotted catalog key; throws when the key is missing or not a string. */
export function catalogText(lang: Lang, key: string): string {
  let node: unknown = CATALOGS[lang]
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) {
      throw new Error(`Missing ${lang} catalog key: ${key}`)
    }
    node = (node as Record<string, unknown>)[part]
  }
  if (typeof node !== 'string') throw new Error(`Not a string in the ${lang} catalog: ${key}`)
  return node
}

function pageStart(lang: Lang, page: GuidePageWithHub): { title: string; intro: string } {
  return {
    title: catalogText(lang, guideKeys.pageTitle(page)),
    intro: catalogText(lang, guideKeys.pageIntro(page)),
  }
}

export function comparisonPageText(lang: Lang): PageText {
  const { title, intro } = pageStart(lang, 'comparison')
  const text = (key: string) => catalogText(lang, key)
  return {
    page: 'comparison',
    title,
    headings: [
      title,
      text(guideKeys.comparisonCaption),
      ...COMPARISON_ROWS.map((row) => text(guideKeys.comparisonRowLabel(row.id))),
    ],
    body: [
      intro,
      ...COMPARISON_ROWS.flatMap((row) =>
        COMPARISON_COLUMNS.map((column) => text(guideKeys.comparisonCell(row.id, column))),
      ),
      text(guideKeys.comparisonNote),
    ],
  }
}

export function questionsPageText(lang: Lang): PageText {
  const { title, intro } = pageStart(lang, 'questions')
  const text = (key: string) => catalogText(lang, key)
  return {
    page: 'questions',
    title,
    headings: [title],
    body: [
      intro,
      ...FAQ_ITEMS.flatMap((item) => [
        text(guideKeys.faqQuestion(item.id)),
        ...guideKeys.faqParagraphs(item).map(text),
      ]),
    ],
  }
}

export function glossaryPageText(lang: Lang): PageText {
  const { title, intro } = pageStart(lang, 'glossary')
  const text = (key: string) => catalogText(lang, key)
  return {
    page: 'glossary',
    title,
    headings: [title, ...GLOSSARY_TERMS.map((entry) => text(guideKeys.glossaryHeading(entry.id)))],
    body: [intro, ...GLOSSARY_TERMS.map((entry) => text(guideKeys.glossaryDefinition(entry.id)))],
  }
}

export function hubPageText(lang: Lang): PageText {
  const { title, intro } = pageStart(lang, 'hub')
  return { page: 'hub', title, headings: [title], body: [intro] }
}

/** The "not legal advice" notice shown on every guide page, measured on its own. */
export function noticeText(lang: Lang): PageText {
  const title = catalogText(lang, guideKeys.noticeTitle)
  return { page: 'notice', title, headings: [title], body: [catalogText(lang, guideKeys.noticeBody)] }
}

/** Every event type's hint, in vocabulary order: what the event is and when to record it. */
export function eventHintsText(lang: Lang): PageText {
  return {
    page: 'event-hints',
    title: 'eventTypes.*.hint',
    headings: EVENT_TYPES.map((type) => catalogText(lang, `eventTypes.${type}.label`)),
    body: EVENT_TYPES.map((type) => catalogText(lang, `eventTypes.${type}.hint`)),
  }
}

/** The guide pages proper (hub, comparison, questions, glossary), in the order the hub lists them. */
export function guidePageTexts(lang: Lang): readonly PageText[] {
  return [hubPageText(lang), comparisonPageText(lang), questionsPageText(lang), glossaryPageText(lang)]
}
