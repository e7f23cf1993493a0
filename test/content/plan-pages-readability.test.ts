import { describe, expect, test } from 'vitest'
import { planPages as english } from '../../src/i18n/en/plan-pages.ts'
import { planPages as spanish } from '../../src/i18n/es/plan-pages.ts'
import { englishGrade, runningText } from '../support/content-readability.ts'
import { fernandezHuerta, szigrisztPazos } from '../support/spanish-readability.ts'

/**
 * The words of the plan pages, measured like the guides (CONTENT.md: grade 8 or lower). All the
 * strings together are read as one page; each sentence of 8 words or more is held to the looser
 * ceiling the guides use, with bracketed official terms, placeholders and dates set aside.
 */
function leaves(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (value && typeof value === 'object') for (const child of Object.values(value)) leaves(child, out)
  return out
}

function plain(text: string): string {
  return text
    .replace(/\{\{\w+\}\}:?/g, '')
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\d{4}-\d{2}-\d{2}/g, '')
}

const en = leaves(english).map(plain)
const es = leaves(spanish).map(plain)
const sentences = (texts: string[]) =>
  texts.filter((text) => text.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word)).length >= 8)

describe('the words of the plan pages', () => {
  test('read at grade 8 or lower in English, and easily in Spanish, taken together', () => {
    expect(englishGrade(runningText(en))).toBeLessThanOrEqual(8)
    expect(fernandezHuerta(runningText(es))).toBeGreaterThanOrEqual(60)
    expect(szigrisztPazos(runningText(es))).toBeGreaterThanOrEqual(55)
  })

  test('no sentence is much harder than the rest', () => {
    const hardEnglish = sentences(en).filter((text) => englishGrade(runningText([text])) > 12)
    expect(hardEnglish.filter((text) => !text.includes('Rehabilitation Act'))).toEqual([])
    const hardSpanish = sentences(es).filter((text) => fernandezHuerta(runningText([text])) < 45)
    expect(hardSpanish).toEqual([])
  })
})
