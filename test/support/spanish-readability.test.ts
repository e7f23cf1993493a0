import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { fernandezHuerta, spanishTextStats, szigrisztPazos } from './spanish-readability.ts'

describe('spanishTextStats', () => {
  test('counts words, sentences and syllables; section numbers do not end a sentence', () => {
    // Pi-da la e-va-lua-ción por es-cri-to. ¿Tie-ne du-das? Le-a 300.301 hoy. (six digits: 9)
    const stats = spanishTextStats('Pida la evaluación por escrito. ¿Tiene dudas? Lea 300.301 hoy.')
    expect(stats).toEqual({ words: 10, sentences: 3, syllables: 2 + 1 + 4 + 1 + 3 + 2 + 2 + 2 + 9 + 1 })
  })
})

describe('the formulas', () => {
  const text = 'Pida la evaluación por escrito. La escuela debe responder.'
  // 9 words, 2 sentences; syllables: pi-da 2, la 1, e-va-lua-ción 4, por 1, es-cri-to 3,
  // la 1, es-cue-la 3, de-be 2, res-pon-der 3 = 20.
  test('Fernández-Huerta follows Law’s correction: 206.84 − 60 × syllables per word − 1.02 × words per sentence', () => {
    expect(fernandezHuerta(text)).toBeCloseTo(206.84 - 60 * (20 / 9) - 1.02 * (9 / 2), 1)
  })

  test('Szigriszt-Pazos: 206.835 − 62.3 × syllables per word − words per sentence', () => {
    expect(szigrisztPazos(text)).toBeCloseTo(206.835 - 62.3 * (20 / 9) - 9 / 2, 1)
  })

  test('splitting a sentence in two makes a text easier on both scales', () => {
    const word = fc.constantFrom(
      'la',
      'escuela',
      'debe',
      'dar',
      'su',
      'hijo',
      'ayuda',
      'pronto',
      'evaluación',
    )
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 4, maxLength: 30 }),
        fc.array(word, { minLength: 4, maxLength: 30 }),
        (a, b) => {
          const joined = `${[...a, ...b].join(' ')}.`
          const split = `${a.join(' ')}. ${b.join(' ')}.`
          expect(fernandezHuerta(split)).toBeGreaterThan(fernandezHuerta(joined))
          expect(szigrisztPazos(split)).toBeGreaterThan(szigrisztPazos(joined))
        },
      ),
    )
  })

  test('longer words make a text harder on both scales', () => {
    const short = 'Su hijo va a la clase con el niño.'
    const long = 'Su hijo participará en actividades educativas individualizadas.'
    expect(fernandezHuerta(long)).toBeLessThan(fernandezHuerta(short))
    expect(szigrisztPazos(long)).toBeLessThan(szigrisztPazos(short))
  })
})
