import { describe, expect, test } from 'vitest'
import { EVENT_GROUPS, EVENT_TYPES } from '../domain/events/event-types.ts'
import { eventTypes as enEventTypes } from './en/event-types.ts'
import { eventTypes as esEventTypes } from './es/event-types.ts'
import { LANGS, translator } from './i18n.ts'

const CATALOGS = { en: enEventTypes, es: esEventTypes } as const

function entries(lang: (typeof LANGS)[number]): Record<string, unknown> {
  return CATALOGS[lang] as unknown as Record<string, unknown>
}

describe.each(LANGS)('event type text in %s', (lang) => {
  const t = translator(lang)

  test.each(EVENT_TYPES)('%s has a label and a hint', (type) => {
    const label = t(`eventTypes.${type}.label`)
    const hint = t(`eventTypes.${type}.hint`)
    // A missing key comes back as the key itself.
    expect(label).not.toContain('eventTypes.')
    expect(hint).not.toContain('eventTypes.')
    expect(label.trim().length).toBeGreaterThan(2)
    expect(hint.trim().length).toBeGreaterThan(20)
  })

  test.each(EVENT_GROUPS)('the group %s has a label', (group) => {
    const label = t(`eventTypes.groups.${group}`)
    expect(label).not.toContain('eventTypes.')
    expect(label.trim()).not.toBe('')
  })

  test('the catalog holds only event types and the group labels', () => {
    const known = new Set<string>([...EVENT_TYPES, 'groups'])
    expect(Object.keys(entries(lang)).filter((key) => !known.has(key))).toEqual([])
    const groups = Object.keys(entries(lang).groups as Record<string, string>)
    expect(groups.sort()).toEqual([...EVENT_GROUPS].sort())
  })

  test('a label is a short phrase without a full stop', () => {
    const long = EVENT_TYPES.filter((type) => {
      const label = t(`eventTypes.${type}.label`)
      return label.endsWith('.') || label.split(/\s+/).length > 9
    })
    expect(long).toEqual([])
  })

  test('a hint is one sentence that ends with a full stop', () => {
    const notOneSentence = EVENT_TYPES.filter((type) => {
      const hint = t(`eventTypes.${type}.hint`)
      return !hint.endsWith('.') || /[.?!]\s/.test(hint)
    })
    expect(notOneSentence).toEqual([])
  })

  test('no two event types share a label, so a parent can tell them apart in a list', () => {
    const labels = EVENT_TYPES.map((type) => t(`eventTypes.${type}.label`).toLowerCase())
    const repeated = labels.filter((label, index) => labels.indexOf(label) !== index)
    expect(repeated).toEqual([])
  })
})

test('a type name that starts with a digit or holds dashes is read as one key', () => {
  expect(translator('es')('eventTypes.504-grievance-filed.label')).toBe('Queja formal 504 presentada')
  expect(translator('en')('eventTypes.consent-to-evaluate-signed.label')).toBe('Consent to evaluate signed')
})
