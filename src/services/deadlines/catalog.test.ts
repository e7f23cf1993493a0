import { describe, expect, test } from 'vitest'
import { DEADLINE_STATUSES } from '../../domain/deadlines/deadline.ts'
import { DEADLINE_KINDS, UNITS } from '../../domain/deadlines/law-data.ts'
import { en, es } from '../../i18n/catalog.ts'
import { GLOSSARY_TERM_PAIRS } from '../../i18n/glossary-terms.ts'
import { renderMessage } from '../../i18n/i18n.ts'
import { law } from './law.ts'

/** Every string in a catalog subtree, with its dotted key. */
function leaves(node: unknown, prefix: string): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]]
  if (typeof node !== 'object' || node === null) return []
  return Object.entries(node).flatMap(([key, child]) => leaves(child, `${prefix}.${key}`))
}

/** The deadline words exist in both languages for everything the law data can name. */
describe('deadline catalogs', () => {
  const compiled = law()

  test('every rule id has a title and a summary in English and in Spanish', () => {
    for (const rule of compiled.data.rules) {
      for (const catalog of [en, es]) {
        const words = (catalog.deadlines.rules as Record<string, { title?: string; what?: string }>)[rule.id]
        expect(words?.title, `${rule.id} title`).toBeTruthy()
        expect(words?.what, `${rule.id} summary`).toBeTruthy()
      }
      expect(renderMessage('es', { key: `deadlines.rules.${rule.id}.title` })).not.toBe(
        renderMessage('en', { key: `deadlines.rules.${rule.id}.title` }),
      )
    }
  })

  test('every event type the law reads has a name in both languages', () => {
    for (const type of compiled.eventTypes) {
      expect((en.deadlines.events as Record<string, string>)[type], type).toBeTruthy()
      expect((es.deadlines.events as Record<string, string>)[type], type).toBeTruthy()
    }
  })

  test('every jurisdiction, unit, kind, status and listed exception has words in both languages', () => {
    for (const catalog of [en, es]) {
      for (const state of compiled.data.states) {
        expect((catalog.deadlines.states as Record<string, string>)[state.code], state.code).toBeTruthy()
      }
      for (const unit of UNITS) expect(catalog.deadlines.units[unit].other).toBeTruthy()
      for (const kind of DEADLINE_KINDS) expect(catalog.deadlines.kinds[kind]).toBeTruthy()
      for (const status of DEADLINE_STATUSES) expect(catalog.deadlines.statuses[status]).toBeTruthy()
      for (const rule of compiled.data.rules) {
        for (const exception of rule.exceptions ?? []) {
          expect(
            (catalog.deadlines.exceptions as Record<string, string>)[exception.id],
            exception.id,
          ).toBeTruthy()
        }
      }
    }
  })

  const englishLeaves = new Map(leaves(en.deadlines, 'deadlines'))
  const spanishLeaves = new Map(leaves(es.deadlines, 'deadlines'))

  test.each(GLOSSARY_TERM_PAIRS.map((term) => [term.id, term] as const))(
    '%s: wherever the English text uses the glossary term, the Spanish text uses its Spanish term',
    (_, term) => {
      const missing = [...englishLeaves]
        .filter(([key, text]) => term.enMatch.test(text) && !term.esMatch.test(spanishLeaves.get(key) ?? ''))
        .map(([key]) => key)
      expect(missing).toEqual([])
      const avoided = [...spanishLeaves].filter(([, text]) => term.esAvoid.some((a) => text.includes(a)))
      expect(avoided.map(([key]) => key)).toEqual([])
    },
  )

  test('the Spanish speaks to the parent as "usted"', () => {
    expect(JSON.stringify(es.deadlines)).not.toMatch(/\b(tú|tienes|puedes|tu hijo)\b/)
  })
})
