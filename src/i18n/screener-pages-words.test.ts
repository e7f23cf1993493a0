import { describe, expect, test } from 'vitest'
import { en, es } from './catalog.ts'
import { GLOSSARY_TERM_PAIRS } from './glossary-terms.ts'

/**
 * The words of the screener's pages (`screenerPages.*`) follow CONTENT.md like the guides do:
 * Spanish speaks as "usted" and uses the project's Spanish term wherever the English uses a term.
 */

function leaves(node: unknown, prefix: string): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]]
  if (typeof node !== 'object' || node === null) return []
  return Object.entries(node).flatMap(([key, child]) => leaves(child, `${prefix}.${key}`))
}

const english = new Map(leaves(en.screenerPages, 'screenerPages'))
const spanish = new Map(leaves(es.screenerPages, 'screenerPages'))

// Forms that only the informal "tú" uses (the same list as the guides' check).
const INFORMAL =
  /\b(tú|tu|tus|ti|contigo|puedes|tienes|debes|necesitas|quieres|sabes|estás|eres|pídela|pídelo)\b/i

describe('the screener pages’ words', () => {
  test('Spanish never uses an informal form', () => {
    expect([...spanish].filter(([, text]) => INFORMAL.test(text)).map(([key]) => key)).toEqual([])
    expect(INFORMAL.test('Guarde el resultado de tu hijo.')).toBe(true)
  })

  test('English speaks to the parent about "your child"', () => {
    expect([...english].filter(([, text]) => /\bthe (parent|student)s?\b/i.test(text))).toEqual([])
  })

  test.each(GLOSSARY_TERM_PAIRS.map((term) => [term.id, term] as const))(
    '%s: where the English uses the term, the Spanish uses the Spanish term, never an avoided one',
    (_, term) => {
      const missing = [...english]
        .filter(([key, text]) => term.enMatch.test(text) && !term.esMatch.test(spanish.get(key) ?? ''))
        .map(([key]) => key)
      expect(missing).toEqual([])
      const avoided = [...spanish]
        .filter(([, text]) => term.esAvoid.some((variant) => text.includes(variant)))
        .map(([key]) => key)
      expect(avoided).toEqual([])
    },
  )
})
