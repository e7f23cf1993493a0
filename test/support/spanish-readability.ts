import { countSpanishSyllables } from './spanish-syllables.ts'

/**
 * Readability of Spanish text, written out here because text-readability measures English only.
 *
 * Fernández-Huerta (1959), as corrected by Gwillim Law (2011), who showed that the usual form
 * subtracts sentences per 100 words where Flesch's original subtracts words per sentence:
 *   L = 206.84 − 60 × (syllables / words) − 1.02 × (words / sentences)
 * Read like Flesch Reading Ease: 90–100 very easy (grade 4), 80–90 easy (grade 5), 70–80 fairly easy
 * (grade 6), 60–70 standard (grades 7–8), 50–60 fairly difficult, below 50 difficult.
 *
 * Szigriszt-Pazos perspicuity (1993):
 *   P = 206.835 − 62.3 × (syllables / words) − (words / sentences)
 * Read on the INFLESZ scale (Barrio-Cantalejo et al., 2008): above 80 very easy, 65–80 fairly easy,
 * 55–65 standard, 40–55 somewhat difficult, below 40 very difficult.
 */
export interface SpanishTextStats {
  readonly words: number
  readonly sentences: number
  readonly syllables: number
}

/** Words are runs between spaces that hold a letter or a digit; "¿" and "¡" are not words. */
function words(text: string): string[] {
  return text.split(/\s+/).filter((token) => /[0-9A-Za-zÁÉÍÓÚÜÑáéíóúüñ]/.test(token))
}

/**
 * Sentences end at ".", "?" or "!" followed by a space or the end of the text, as in the English
 * counter; a semicolon does not end one. Section numbers such as "300.503" are not sentence ends
 * because no space follows the point.
 */
function sentenceCount(text: string): number {
  const ends = text.trim().match(/[.?!](?=["”»)]*(\s|$))/g)
  return Math.max(1, ends?.length ?? 0)
}

export function spanishTextStats(text: string): SpanishTextStats {
  const tokens = words(text)
  return {
    words: tokens.length,
    sentences: sentenceCount(text),
    syllables: tokens.reduce((sum, token) => sum + countSpanishSyllables(token), 0),
  }
}

function round1(value: number): number {
  return Math.round(value * 10) / 10
}

/** Fernández-Huerta readability (Law's correction): higher is easier; 60 or more ≈ grade 8 or below. */
export function fernandezHuerta(text: string): number {
  const { words, sentences, syllables } = spanishTextStats(text)
  if (words === 0) return 0
  return round1(206.84 - 60 * (syllables / words) - 1.02 * (words / sentences))
}

/** Szigriszt-Pazos perspicuity: higher is easier; 55 or more is "standard" on the INFLESZ scale. */
export function szigrisztPazos(text: string): number {
  const { words, sentences, syllables } = spanishTextStats(text)
  if (words === 0) return 0
  return round1(206.835 - 62.3 * (syllables / words) - words / sentences)
}
