import { describe, expect, test } from 'vitest'
import {
  catalogText,
  comparisonPageText,
  eventHintsText,
  glossaryPageText,
  guidePageTexts,
  noticeText,
  questionsPageText,
} from '../../../test/support/guide-page-text.ts'
import { firstUse, GLOSSARY_TERM_PAIRS, type GlossaryTerm } from '../../i18n/glossary-terms.ts'
import { LANGS, type Lang } from '../../i18n/i18n.ts'
import { GLOSSARY_TERMS, GUIDE_PAGES_WITH_HUB, guideKeys } from './guide-structure.ts'

// CONTENT.md voice rules, checked on the guide pages and the event hints.

const ACRONYM_TERMS = GLOSSARY_TERM_PAIRS.filter(
  (term): term is GlossaryTerm & { acronym: string } => term.acronym !== undefined,
)

/**
 * The short forms used in a text whose first use is not spelled out as CONTENT.md asks
 * ("Individualized Education Program (IEP)" / "Programa de Educación Individualizado (IEP, por sus
 * siglas en inglés)"). `known` lists short forms the reader has already met or can follow a link to.
 */
function unexplainedAcronyms(text: string, lang: Lang, known: ReadonlySet<string> = new Set()): string[] {
  return ACRONYM_TERMS.filter((term) => {
    if (known.has(term.acronym)) return false
    const first = text.search(new RegExp(`\\b${term.acronym}\\b`))
    if (first === -1) return false
    const spelledOut = firstUse(term, lang).toLowerCase()
    const openAt = spelledOut.lastIndexOf('(')
    const start = first - openAt - 1
    return start < 0 || text.slice(start, start + spelledOut.length).toLowerCase() !== spelledOut
  }).map((term) => term.acronym)
}

describe.each(LANGS)('in %s', (lang) => {
  test.each([
    ['comparison', comparisonPageText],
    ['questions', questionsPageText],
  ] as const)('the %s page spells out each short form the first time it uses it', (_, pageText) => {
    const body = pageText(lang).body.join(' ')
    expect(unexplainedAcronyms(body, lang)).toEqual([])
  })

  test('each glossary entry spells out a short form the glossary does not define itself', () => {
    const defined = new Set(
      GLOSSARY_TERMS.flatMap((entry) => {
        const heading = catalogText(lang, guideKeys.glossaryHeading(entry.id))
        return ACRONYM_TERMS.filter((term) => new RegExp(`\\b${term.acronym}\\b`).test(heading)).map(
          (term) => term.acronym,
        )
      }),
    )
    const page = glossaryPageText(lang)
    const problems = page.body.flatMap((definition) => unexplainedAcronyms(definition, lang, defined))
    expect(problems).toEqual([])
  })

  test('citations stay out of the words: pages show them from guide-structure.ts', () => {
    const texts = [...guidePageTexts(lang), noticeText(lang), eventHintsText(lang)].flatMap((page) => [
      ...page.headings,
      ...page.body,
    ])
    expect(texts.filter((text) => /\bCFR\b|U\.S\.C\.|§/.test(text))).toEqual([])
  })

  test('the notice says it is not legal advice and points to free help', () => {
    const body = catalogText(lang, guideKeys.noticeBody)
    expect(body).toMatch(lang === 'en' ? /not legal advice/ : /no es asesoría legal/i)
    expect(body).toMatch(
      lang === 'en'
        ? /Parent Training and Information Center/
        : /Centro de Capacitación e Información para Padres/,
    )
    expect(body).toMatch(lang === 'en' ? /free/ : /gratis/)
  })

  test.each(GUIDE_PAGES_WITH_HUB)(
    'the %s page has a short title and a meta description of at most 160 characters',
    (page) => {
      expect(catalogText(lang, guideKeys.pageTitle(page)).length).toBeLessThanOrEqual(60)
      const description = catalogText(lang, guideKeys.pageMetaDescription(page))
      expect(description.length).toBeGreaterThanOrEqual(70)
      expect(description.length).toBeLessThanOrEqual(160)
    },
  )
})

describe('English speaks to the parent', () => {
  test('guide text never talks about "the parent" or "the student" in the third person', () => {
    const texts = [...guidePageTexts('en'), eventHintsText('en')].flatMap((page) => page.body)
    expect(texts.filter((text) => /\bthe parents?\b|\bthe student'?s?\b|\bhe or she\b/i.test(text))).toEqual(
      [],
    )
  })

  test.each([
    ['comparison page', comparisonPageText],
    ['questions page', questionsPageText],
    ['glossary', glossaryPageText],
    ['event hints', eventHintsText],
  ] as const)('the %s speaks of "your child"', (_, pageText) => {
    expect(pageText('en').body.join(' ')).toMatch(/\byour child\b/)
  })
})

describe('Spanish uses the formal "usted"', () => {
  // Forms that only the informal "tú" uses; "usted" forms ("pida", "puede", "su hijo") are fine.
  const INFORMAL =
    /\b(tú|tu|tus|ti|contigo|puedes|tienes|debes|necesitas|quieres|sabes|estás|eres|pídela|pídelo)\b/i

  test('no guide text, notice or hint uses an informal form', () => {
    const texts = [...guidePageTexts('es'), noticeText('es'), eventHintsText('es')].flatMap((page) => [
      ...page.headings,
      ...page.body,
    ])
    expect(texts.filter((text) => INFORMAL.test(text))).toEqual([])
  })

  test('the check would catch an informal sentence', () => {
    expect(INFORMAL.test('Pide la evaluación para tu hijo.')).toBe(true)
    expect(INFORMAL.test('Pida la evaluación para su hijo.')).toBe(false)
  })
})
