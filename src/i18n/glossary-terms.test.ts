import { describe, expect, test } from 'vitest'
import { en, es } from './catalog.ts'
import { firstUse, GLOSSARY_TERM_PAIRS, glossaryTerm } from './glossary-terms.ts'

// The namespaces this content work owns; other namespaces are checked by their own authors.
const NAMESPACES = ['eventTypes', 'guides', 'glossary'] as const

/** Every string in a catalog subtree, with its dotted key. */
function leaves(node: unknown, prefix: string): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]]
  if (typeof node !== 'object' || node === null) return []
  return Object.entries(node).flatMap(([key, child]) => leaves(child, `${prefix}.${key}`))
}

const englishLeaves = new Map(NAMESPACES.flatMap((ns) => leaves(en[ns], ns)))
const spanishLeaves = new Map(NAMESPACES.flatMap((ns) => leaves(es[ns], ns)))

describe('the term pairs', () => {
  // The table in CONTENT.md ("Spanish"), copied as the specification the pairs must keep.
  test.each([
    ['iep', 'Individualized Education Program', 'Programa de Educación Individualizado'],
    ['plan-504', '504 plan', 'plan 504'],
    [
      'idea',
      'Individuals with Disabilities Education Act',
      'Ley de Educación para Personas con Discapacidades',
    ],
    ['section-504', 'Section 504 of the Rehabilitation Act', 'Sección 504 de la Ley de Rehabilitación'],
    ['fape', 'free appropriate public education', 'educación pública gratuita y apropiada'],
    ['lre', 'least restrictive environment', 'ambiente menos restrictivo'],
    ['sdi', 'specially designed instruction', 'instrucción especialmente diseñada'],
    ['related-services', 'related services', 'servicios relacionados'],
    ['accommodations', 'accommodations', 'adaptaciones'],
    ['modifications', 'modifications', 'modificaciones'],
    [
      'present-levels',
      'present levels of academic achievement and functional performance',
      'niveles actuales de rendimiento académico y funcional',
    ],
    ['measurable-annual-goal', 'measurable annual goal', 'meta anual medible'],
    ['progress-report', 'progress report', 'informe de progreso'],
    ['evaluation', 'evaluation', 'evaluación'],
    ['reevaluation', 'reevaluation', 'reevaluación'],
    ['iee', 'independent educational evaluation', 'evaluación educativa independiente'],
    ['consent', 'consent', 'consentimiento'],
    ['prior-written-notice', 'prior written notice', 'aviso previo por escrito'],
    ['procedural-safeguards', 'procedural safeguards', 'garantías procesales'],
    ['mediation', 'mediation', 'mediación'],
    ['state-complaint', 'state complaint', 'queja estatal'],
    ['due-process-hearing', 'due process hearing', 'audiencia de debido proceso'],
    ['resolution-meeting', 'resolution meeting', 'reunión de resolución'],
    ['manifestation-determination', 'manifestation determination', 'determinación de manifestación'],
    ['stay-put', 'stay-put', 'permanencia en la ubicación actual'],
    ['esy', 'extended school year', 'año escolar extendido'],
    ['transition-services', 'transition services', 'servicios de transición'],
    ['ocr', 'Office for Civil Rights', 'Oficina de Derechos Civiles'],
    [
      'parent-center',
      'Parent Training and Information Center',
      'Centro de Capacitación e Información para Padres',
    ],
    ['school-day', 'school day', 'día escolar'],
    ['calendar-day', 'calendar day', 'día calendario'],
    ['business-day', 'business day', 'día hábil'],
    ['deadline', 'deadline', 'fecha límite'],
  ])('CONTENT.md pairs %s: "%s" with "%s"', (id, english, spanish) => {
    const term = glossaryTerm(id)
    expect(term.en).toBe(english)
    expect(term.es).toBe(spanish)
  })

  test('CONTENT.md first-use forms keep the English letters', () => {
    expect(firstUse(glossaryTerm('iep'), 'es')).toBe(
      'Programa de Educación Individualizado (IEP, por sus siglas en inglés)',
    )
    expect(firstUse(glossaryTerm('stay-put'), 'es')).toBe('permanencia en la ubicación actual ("stay-put")')
    expect(firstUse(glossaryTerm('fape'), 'en')).toBe('free appropriate public education (FAPE)')
  })

  test('ids are unique', () => {
    const ids = GLOSSARY_TERM_PAIRS.map((term) => term.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  test.each(GLOSSARY_TERM_PAIRS.map((term) => [term.id, term] as const))(
    '%s is recognized by its own patterns, and no avoided variant is the chosen term',
    (_, term) => {
      expect(term.en).toMatch(term.enMatch)
      expect(term.es).toMatch(term.esMatch)
      if (term.acronym) {
        expect(term.acronym).toMatch(term.enMatch)
        expect(term.acronym).toMatch(term.esMatch)
      }
      for (const avoided of term.esAvoid) expect(term.es.includes(avoided)).toBe(false)
    },
  )
})

describe('the Spanish catalogs use the glossary terms', () => {
  test('every English string has a Spanish twin and the other way round', () => {
    expect([...spanishLeaves.keys()].sort()).toEqual([...englishLeaves.keys()].sort())
  })

  test.each(GLOSSARY_TERM_PAIRS.map((term) => [term.id, term] as const))(
    '%s: wherever the English text uses the term, the Spanish text uses the Spanish term',
    (_, term) => {
      const missing = [...englishLeaves]
        .filter(([key, text]) => term.enMatch.test(text) && !term.esMatch.test(spanishLeaves.get(key) ?? ''))
        .map(([key]) => key)
      expect(missing).toEqual([])
    },
  )

  test.each(
    GLOSSARY_TERM_PAIRS.filter((term) => term.esAvoid.length > 0).map((term) => [term.id, term] as const),
  )('%s: no Spanish string uses another translation of the term', (_, term) => {
    const offending = [...spanishLeaves]
      .filter(([, text]) => term.esAvoid.some((avoided) => text.includes(avoided)))
      .map(([key]) => key)
    expect(offending).toEqual([])
  })

  test('Spanish text about an IEP names it "Programa de Educación Individualizado" on each guide page', () => {
    const pages = ['guides.pages.comparison.intro', 'guides.pages.questions.intro', 'glossary.terms.iep.term']
    for (const key of pages) expect(spanishLeaves.get(key)).toContain(firstUse(glossaryTerm('iep'), 'es'))
  })
})
