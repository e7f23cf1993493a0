import i18next from 'i18next'
import { describe, expect, test } from 'vitest'
import { en, es } from './catalog.ts'
import { LANGS, translator } from './i18n.ts'

/** Every catalog text with its key, walking the nested catalog. */
function* entries(tree: object, prefix = ''): Generator<[string, string]> {
  for (const [name, value] of Object.entries(tree)) {
    const key = prefix === '' ? name : `${prefix}.${name}`
    if (typeof value === 'string') yield [key, value]
    else if (value && typeof value === 'object') yield* entries(value, key)
  }
}

const reference = i18next.createInstance()
void reference.init({
  resources: { en: { translation: en }, es: { translation: es } },
  lng: 'en',
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
})

describe('translating with values', () => {
  test.each(LANGS)('%s: every text with placeholders reads as i18next writes it', (lang) => {
    const t = translator(lang)
    const fixed = reference.getFixedT(lang)
    let checked = 0
    for (const [key, text] of entries(lang === 'en' ? en : es)) {
      const names = [...text.matchAll(/\{\{\s*-?\s*([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] ?? '')
      if (names.length === 0) continue
      // Words and numbers, including text that looks like a placeholder or a dollar sign.
      const values = Object.fromEntries(
        names.map((name, index) => [name, index % 2 === 0 ? `«${name} {{x}} $1»` : index + 2]),
      )
      expect(t(key, values), key).toBe(fixed(key, values))
      checked += 1
    }
    expect(checked).toBeGreaterThan(500)
  })

  test('a plural form is chosen from the count', () => {
    const t = translator('en')
    expect(t('screener.answers.years', { count: 1 })).toBe('1 year old')
    expect(t('screener.answers.years', { count: 7 })).toBe('7 years old')
  })
})
