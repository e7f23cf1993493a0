/**
 * The shape of the public guide pages, as data: which rows, questions and terms each page shows, in
 * which order, and the law behind each one. The words live in the catalogs (`guides.*` and
 * `glossary.*`, English and Spanish); citations live here because they are the same in both
 * languages and are shown as short references, never as sentences. The key builders below are the
 * only way pages should name a catalog key, so a renamed key fails the tests, not a page in production.
 * docs/content.md explains how to add a row, a question or a term.
 */

/** A short legal reference shown beside the text it supports, e.g. "34 CFR 300.503". Never translated. */
export type Citation = string

/** The guide pages, in the order the guides hub lists them. */
export const GUIDE_PAGES = ['comparison', 'questions', 'glossary'] as const
export type GuidePage = (typeof GUIDE_PAGES)[number]

/** Every page with its own title, intro and meta description: the hub and the three guides. */
export const GUIDE_PAGES_WITH_HUB = ['hub', ...GUIDE_PAGES] as const
export type GuidePageWithHub = (typeof GUIDE_PAGES_WITH_HUB)[number]

/** Where families find their state's Parent Training and Information Center (free help). */
export const PARENT_CENTER_URL = 'https://www.parentcenterhub.org/find-your-center/'

// "IEP or 504 plan?": a table with one row per topic and one column per plan.

export const COMPARISON_COLUMNS = ['iep', 'section504'] as const
export type ComparisonColumn = (typeof COMPARISON_COLUMNS)[number]

export interface ComparisonRow {
  readonly id: string
  readonly citations: Readonly<Record<ComparisonColumn, readonly Citation[]>>
}

export const COMPARISON_ROWS: readonly ComparisonRow[] = [
  {
    id: 'law',
    citations: {
      iep: ['20 U.S.C. 1400', '34 CFR Part 300'],
      section504: ['29 U.S.C. 794', '34 CFR Part 104', '42 U.S.C. 12102'],
    },
  },
  {
    id: 'purpose',
    citations: {
      iep: ['34 CFR 300.39(b)(3)', '34 CFR 300.34'],
      section504: ['34 CFR 104.33(b)(1)'],
    },
  },
  {
    id: 'who-qualifies',
    citations: {
      iep: ['34 CFR 300.8(a)', '34 CFR 300.8(c)'],
      section504: ['42 U.S.C. 12102(1)-(4)', '29 U.S.C. 705(20)(B)'],
    },
  },
  {
    id: 'ages-and-schools',
    citations: {
      iep: ['34 CFR 300.101', '34 CFR 300.130-300.144'],
      section504: ['29 U.S.C. 794', '34 CFR 104.39', '34 CFR 104.44'],
    },
  },
  {
    id: 'evaluation',
    citations: {
      iep: ['34 CFR 300.300(a)', '34 CFR 300.301(c)', '34 CFR 300.304'],
      section504: ['34 CFR 104.35(a)-(b)', 'OCR Section 504 Resource Guide, 2016'],
    },
  },
  {
    id: 'plan-contents',
    citations: {
      iep: ['34 CFR 300.320'],
      section504: ['34 CFR 104.33', 'OCR Section 504 Resource Guide, 2016'],
    },
  },
  {
    id: 'review',
    citations: {
      iep: ['34 CFR 300.324(b)(1)', '34 CFR 300.303'],
      section504: ['34 CFR 104.35(a), (d)'],
    },
  },
  {
    id: 'parents-role',
    citations: {
      iep: ['34 CFR 300.321(a)', '34 CFR 300.300', '34 CFR 300.322'],
      section504: ['34 CFR 104.35(c)', '34 CFR 104.36', 'OCR Section 504 FAQ'],
    },
  },
  {
    id: 'disputes',
    citations: {
      iep: ['34 CFR 300.506', '34 CFR 300.151-300.153', '34 CFR 300.507-300.516', '34 CFR 300.518'],
      section504: ['34 CFR 104.7(b)', '34 CFR 104.36', '34 CFR 104.61'],
    },
  },
  {
    id: 'when-fits',
    citations: {
      iep: ['34 CFR 300.8(a)(1)', '34 CFR 300.39(b)(3)'],
      section504: ['34 CFR 104.33(b)', '42 U.S.C. 12102(4)'],
    },
  },
]

/** The note under the table: a child with an IEP is also protected by Section 504. */
export const COMPARISON_NOTE_CITATIONS: readonly Citation[] = ['34 CFR 104.33(b)(2)']

// "Questions families ask": each answer is a few short paragraphs (p1, p2 …).

export interface FaqItem {
  readonly id: string
  readonly paragraphs: number
  readonly citations: readonly Citation[]
}

export const FAQ_ITEMS: readonly FaqItem[] = [
  {
    id: 'iep-denied',
    paragraphs: 3,
    citations: [
      '34 CFR 300.8(a)',
      '34 CFR 300.306(b)',
      '34 CFR 300.111(c)',
      '34 CFR 300.503',
      '34 CFR 300.502',
      'OSEP Memo 11-07',
    ],
  },
  {
    id: 'plan-504-drawbacks',
    paragraphs: 3,
    citations: ['34 CFR 104.33(b)(1)', '34 CFR 104.35', '34 CFR 104.36', '34 CFR 300.320'],
  },
  { id: 'both-plans', paragraphs: 2, citations: ['34 CFR 104.33(b)(2)', '34 CFR 300.320(a)(4), (a)(6)'] },
  {
    id: 'switching-plans',
    paragraphs: 3,
    citations: ['34 CFR 300.305(e)', '34 CFR 300.300(b)(4)', '34 CFR 104.35', '34 CFR 300.301(b)'],
  },
  { id: 'measurable-goal', paragraphs: 3, citations: ['34 CFR 300.320(a)(2)', '34 CFR 300.320(a)(3)'] },
  {
    id: 'request-evaluation',
    paragraphs: 3,
    citations: ['34 CFR 300.301(b)-(c)', '34 CFR 300.503', '34 CFR 300.504(a)(1)', 'OSEP Memo 11-07'],
  },
  { id: 'prior-written-notice', paragraphs: 3, citations: ['34 CFR 300.503(a)-(c)'] },
  {
    id: 'before-meeting',
    paragraphs: 3,
    citations: ['34 CFR 300.613(a)', '34 CFR 300.321(a)(6)', '34 CFR 300.322(a), (c)'],
  },
  { id: 'stay-put', paragraphs: 3, citations: ['34 CFR 300.518', '20 U.S.C. 1415(j)', '34 CFR 300.533'] },
  {
    id: 'get-records',
    paragraphs: 3,
    citations: ['34 CFR 300.613', '34 CFR 300.617', '34 CFR 99.10', '34 CFR 99.20-99.22'],
  },
  {
    id: 'good-grades',
    paragraphs: 3,
    citations: ['34 CFR 300.111(c)(1)', '42 U.S.C. 12102(4)(E)', 'OCR Dear Colleague Letter, 2012'],
  },
  { id: 'disagree-evaluation', paragraphs: 3, citations: ['34 CFR 300.502(b)-(c)'] },
]

export const FAQ_IDS: readonly string[] = FAQ_ITEMS.map((item) => item.id)

// Glossary: one entry per term, in English alphabetical order. A Spanish page may sort the same ids
// by their Spanish headings (Intl.Collator('es')); the ids double as anchors (#fape) for links.

export interface GlossaryEntry {
  readonly id: string
  readonly citations: readonly Citation[]
  /** The term pair in src/i18n/glossary-terms.ts that the heading must use, when there is one. */
  readonly pair?: string
}

export const GLOSSARY_TERMS: readonly GlossaryEntry[] = [
  {
    id: 'accommodations-modifications',
    citations: ['34 CFR 300.320(a)(4), (a)(6)', '34 CFR 104.33(b)'],
    pair: 'accommodations',
  },
  { id: 'child-find', citations: ['34 CFR 300.111', '34 CFR 104.32'], pair: 'child-find' },
  { id: 'consent', citations: ['34 CFR 300.9', '34 CFR 300.300'], pair: 'consent' },
  {
    id: 'due-process',
    citations: ['34 CFR 300.507-300.516', '20 U.S.C. 1415(f)'],
    pair: 'due-process-complaint',
  },
  {
    id: 'evaluation',
    citations: ['34 CFR 300.301', '34 CFR 300.304-300.306', '34 CFR 104.35'],
    pair: 'evaluation',
  },
  { id: 'esy', citations: ['34 CFR 300.106'], pair: 'esy' },
  { id: 'fape', citations: ['34 CFR 300.17', '34 CFR 104.33'], pair: 'fape' },
  { id: 'iee', citations: ['34 CFR 300.502'], pair: 'iee' },
  { id: 'iep', citations: ['34 CFR 300.22', '34 CFR 300.320-300.324'], pair: 'iep' },
  { id: 'idea', citations: ['20 U.S.C. 1400', '34 CFR Part 300'], pair: 'idea' },
  { id: 'lre', citations: ['34 CFR 300.114-300.117', '34 CFR 104.34'], pair: 'lre' },
  {
    id: 'manifestation-determination',
    citations: ['34 CFR 300.530(e)-(f)', '20 U.S.C. 1415(k)(1)(E)'],
    pair: 'manifestation-determination',
  },
  { id: 'measurable-annual-goal', citations: ['34 CFR 300.320(a)(2)-(3)'], pair: 'measurable-annual-goal' },
  { id: 'mediation', citations: ['34 CFR 300.506'], pair: 'mediation' },
  { id: 'ocr-complaint', citations: ['34 CFR 104.61', 'OCR complaint procedures'], pair: 'ocr' },
  { id: 'present-levels', citations: ['34 CFR 300.320(a)(1)'], pair: 'present-levels' },
  { id: 'prior-written-notice', citations: ['34 CFR 300.503'], pair: 'prior-written-notice' },
  {
    id: 'procedural-safeguards',
    citations: ['34 CFR 300.504', '34 CFR 104.36'],
    pair: 'procedural-safeguards',
  },
  {
    id: 'reevaluation',
    citations: ['34 CFR 300.303', '34 CFR 300.305', '34 CFR 104.35(d)'],
    pair: 'reevaluation',
  },
  { id: 'related-services', citations: ['34 CFR 300.34'], pair: 'related-services' },
  { id: 'resolution-meeting', citations: ['34 CFR 300.510'], pair: 'resolution-meeting' },
  {
    id: 'section-504',
    citations: ['29 U.S.C. 794', '34 CFR Part 104', '42 U.S.C. 12102'],
    pair: 'section-504',
  },
  { id: 'sdi', citations: ['34 CFR 300.39(b)(3)'], pair: 'sdi' },
  { id: 'state-complaint', citations: ['34 CFR 300.151-300.153'], pair: 'state-complaint' },
  { id: 'stay-put', citations: ['34 CFR 300.518', '20 U.S.C. 1415(j)'], pair: 'stay-put' },
  {
    id: 'transition-services',
    citations: ['34 CFR 300.43', '34 CFR 300.320(b)'],
    pair: 'transition-services',
  },
]

export const GLOSSARY_IDS: readonly string[] = GLOSSARY_TERMS.map((entry) => entry.id)

/** The catalog keys the guide pages read. Pages use these instead of writing keys by hand. */
export const guideKeys = {
  pageTitle: (page: GuidePageWithHub) => `guides.pages.${page}.title`,
  pageIntro: (page: GuidePageWithHub) => `guides.pages.${page}.intro`,
  pageMetaDescription: (page: GuidePageWithHub) => `guides.pages.${page}.metaDescription`,
  noticeTitle: 'guides.notice.title',
  noticeBody: 'guides.notice.body',
  noticeLink: 'guides.notice.linkText',
  sourcesLabel: 'guides.labels.sources',
  onThisPage: 'guides.labels.onThisPage',
  comparisonCaption: 'guides.comparison.caption',
  comparisonColumn: (column: ComparisonColumn | 'topic') => `guides.comparison.columns.${column}`,
  comparisonRowLabel: (rowId: string) => `guides.comparison.rows.${rowId}.label`,
  comparisonCell: (rowId: string, column: ComparisonColumn) => `guides.comparison.rows.${rowId}.${column}`,
  comparisonNote: 'guides.comparison.note',
  comparisonScreenerLink: 'guides.comparison.screenerLink',
  faqQuestion: (id: string) => `guides.questions.${id}.question`,
  faqParagraphs: (item: FaqItem) =>
    Array.from({ length: item.paragraphs }, (_, index) => `guides.questions.${item.id}.answer.p${index + 1}`),
  glossaryHeading: (id: string) => `glossary.terms.${id}.term`,
  glossaryDefinition: (id: string) => `glossary.terms.${id}.definition`,
} as const
