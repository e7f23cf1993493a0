import { expect, test } from 'vitest'
import { countSpanishSyllables } from './spanish-syllables.ts'

// Syllable divisions as the Real Academia Española's spelling rules give them.
test.each([
  ['educación', 4, 'e-du-ca-ción: "ió" is one diphthong'],
  ['ciudad', 2, 'ciu-dad: two weak vowels form a diphthong'],
  ['país', 2, 'pa-ís: an accented weak vowel breaks the diphthong'],
  ['día', 2, 'dí-a'],
  ['guía', 2, 'guí-a: the silent u adds nothing'],
  ['leer', 2, 'le-er: two strong vowels never share a syllable'],
  ['aéreo', 4, 'a-é-re-o'],
  ['poeta', 3, 'po-e-ta'],
  ['reevaluación', 5, 're-e-va-lua-ción'],
  ['individualizado', 7, 'in-di-vi-dua-li-za-do'],
  ['actual', 2, 'ac-tual'],
  ['reunión', 2, 'reu-nión'],
  ['averiguáis', 4, 'a-ve-ri-guáis: a triphthong'],
  ['buey', 1, 'buey: final y closes the triphthong'],
  ['hoy', 1, 'hoy'],
  ['muy', 1, 'muy'],
  ['ayuda', 3, 'a-yu-da: y before a vowel is a consonant'],
  ['prohibir', 3, 'pro-hi-bir: h keeps the vowels apart'],
  ['que', 1, 'que: the u of "que" is silent'],
  ['bilingüe', 3, 'bi-lin-güe'],
  ['y', 1, 'the word "y"'],
  ['Programa,', 3, 'punctuation is ignored'],
  ['IEP', 3, 'a short form is read letter by letter: i-e-pe'],
  ['60', 3, 'a number counts about one and a half syllables per digit'],
  ['¿', 0, 'a lone mark is not a word'],
])('%s has %i syllables (%s)', (word, syllables) => {
  expect(countSpanishSyllables(word)).toBe(syllables)
})
