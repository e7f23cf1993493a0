/**
 * Counts the syllables of a Spanish word from its spelling, for the Spanish readability formulas
 * (spanish-readability.ts). Spanish spelling is close to sound, so counting vowel nuclei works:
 *
 * - a run of vowels is one syllable (a diphthong or triphthong: "ciudad", "buey") unless two
 *   strong vowels meet (a, e, o, or an accented í / ú), which split it (hiatus: "leer", "país", "día");
 * - "y" at the end of a word after a vowel closes a diphthong ("hoy", "muy"); alone it is a word;
 * - "h" between vowels does not join them ("pro-hi-bir"), so it is treated as a consonant;
 * - the silent "u" of "que", "qui", "gue", "gui" is part of a run and adds nothing, as it should.
 *
 * Short forms in capitals (IEP, FAPE) are read letter by letter, one syllable per letter; numbers
 * count about one and a half syllables per digit ("sesenta", "diez"). Both are approximations and
 * move a whole page's score by well under a point.
 */
const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú'])
const WEAK = new Set(['i', 'u', 'ü'])

function isVowel(letter: string): boolean {
  return STRONG.has(letter) || WEAK.has(letter)
}

/** Syllables in one token as written in running Spanish text (punctuation is ignored). */
export function countSpanishSyllables(token: string): number {
  const letters = token.replace(/[^0-9A-Za-zÁÉÍÓÚÜÑáéíóúüñ]/g, '')
  if (letters === '') return 0
  if (/^[0-9]+$/.test(letters)) return Math.ceil(letters.length * 1.5)
  if (letters.length >= 2 && /^[A-ZÁÉÍÓÚÜÑ0-9]+$/.test(letters)) return letters.replace(/[0-9]/g, '').length
  const word = letters.toLowerCase()
  if (word === 'y') return 1
  let syllables = 0
  let previous = ''
  for (const letter of word) {
    if (isVowel(letter)) {
      const startsNucleus = !isVowel(previous) || (STRONG.has(previous) && STRONG.has(letter))
      if (startsNucleus) syllables += 1
    }
    previous = letter
  }
  return Math.max(1, syllables)
}
