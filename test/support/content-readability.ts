import readability from 'text-readability'
import { eventHintsText, guidePageTexts, noticeText, type PageText } from './guide-page-text.ts'
import { fernandezHuerta, szigrisztPazos } from './spanish-readability.ts'

/**
 * Readability figures for Pathway's plain-language content (docs/content.md reports them).
 * English: Flesch-Kincaid grade from text-readability, plus the same formula with short forms and
 * numbers counted as a reader says them. Spanish: Fernández-Huerta and Szigriszt-Pazos, written out in
 * spanish-readability.ts. Everything here is pure: it reads the catalogs and writes nothing.
 */

/** Joins a page's running text so each unit ends a sentence, the way a reader meets it. */
export function runningText(units: readonly string[]): string {
  return units
    .map((unit) => unit.trim())
    .filter((unit) => unit !== '')
    .map((unit) => (/[.?!]["”’)]*$/.test(unit) ? unit : `${unit}.`))
    .join(' ')
}

/** Flesch-Kincaid grade of English running text, as text-readability computes it (one decimal). */
export function englishGrade(text: string): number {
  return readability.fleschKincaidGrade(text)
}

/**
 * Flesch-Kincaid grade with short forms and numbers counted as read aloud. text-readability's
 * syllable counter reads "IEP" as one syllable and "504" as none, which flatters a page full of
 * them; here a short form in capitals counts one syllable per letter ("I-E-P") and a number one per
 * digit ("five-oh-four"). Same word and sentence counts as the library; not rounded until the end.
 */
export function englishGradeAsRead(text: string): number {
  const words = readability.lexiconCount(text)
  const sentences = readability.sentenceCount(text)
  if (words === 0) return 0
  let syllables = readability.syllableCount(text)
  for (const token of text.split(/\s+/)) {
    const bare = token.replace(/[^A-Za-z0-9]/g, '')
    const spoken = /^[A-Z]{2,}s?$/.test(bare)
      ? bare.replace(/s$/, '').length
      : /^[0-9]+$/.test(bare)
        ? bare.length
        : undefined
    if (spoken !== undefined) syllables += spoken - readability.syllableCount(bare)
  }
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
  return Math.round(grade * 10) / 10
}

export interface PageReadability {
  readonly page: string
  readonly en: {
    readonly words: number
    readonly fleschKincaid: number
    readonly fleschKincaidAsRead: number
  }
  readonly es: { readonly words: number; readonly fernandezHuerta: number; readonly szigrisztPazos: number }
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((token) => /[0-9A-Za-zÁÉÍÓÚÜÑáéíóúüñ]/.test(token)).length
}

function measure(english: PageText, spanish: PageText): PageReadability {
  const enText = runningText(english.body)
  const esText = runningText(spanish.body)
  return {
    page: english.page,
    en: {
      words: wordCount(enText),
      fleschKincaid: englishGrade(enText),
      fleschKincaidAsRead: englishGradeAsRead(enText),
    },
    es: {
      words: wordCount(esText),
      fernandezHuerta: fernandezHuerta(esText),
      szigrisztPazos: szigrisztPazos(esText),
    },
  }
}

/** The pages measured, English and Spanish twins side by side. */
export function measuredPages(): readonly { readonly en: PageText; readonly es: PageText }[] {
  const english = [...guidePageTexts('en'), noticeText('en'), eventHintsText('en')]
  const spanish = [...guidePageTexts('es'), noticeText('es'), eventHintsText('es')]
  return english.map((page, index) => {
    const twin = spanish[index]
    if (!twin || twin.page !== page.page) throw new Error(`No Spanish twin for page ${page.page}`)
    return { en: page, es: twin }
  })
}

/**
 * The figures per page: the guides hub, the three guide pages, the notice shown on each of them, and
 * the event-type hints taken together. Headings are left out (see guide-page-text.ts).
 */
export function readabilityReport(): readonly PageReadability[] {
  return measuredPages().map(({ en, es }) => measure(en, es))
}

/** The report as the Markdown table docs/content.md carries (a test keeps the two in step). */
export function readabilityTable(report: readonly PageReadability[] = readabilityReport()): string {
  const header = [
    '| page | words (en) | Flesch-Kincaid grade (en) | FK grade, short forms read aloud (en) | words (es) | Fernández-Huerta (es) | Szigriszt-Pazos (es) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  const rows = report.map(
    (row) =>
      `| ${row.page} | ${row.en.words} | ${row.en.fleschKincaid.toFixed(1)} | ${row.en.fleschKincaidAsRead.toFixed(1)} | ${row.es.words} | ${row.es.fernandezHuerta.toFixed(1)} | ${row.es.szigrisztPazos.toFixed(1)} |`,
  )
  return [...header, ...rows].join('\n')
}
