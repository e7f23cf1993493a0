/**
 * Numbers as English goals write them: digits ("95", "5.00", "1,000") or words ("four", "twenty-five").
 */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
}

const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
}

const TENS_WORDS = Object.keys(TENS).join('|')
const UNIT_WORDS = Object.keys(UNITS)
  .filter((w) => UNITS[w] !== undefined && (UNITS[w] as number) >= 1 && (UNITS[w] as number) <= 9)
  .join('|')

/** A regular-expression source (no groups that capture) matching one number. */
export const NUMBER_SOURCE = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:${TENS_WORDS})(?:-(?:${UNIT_WORDS}))?|(?:a|one)\\s+hundred|${Object.keys(
  UNITS,
)
  .sort((a, b) => b.length - a.length)
  .join('|')})`

/** The value of a number written as digits or words; undefined when it is not one. */
export function parseEnglishNumber(text: string): number | undefined {
  const word = text.trim().toLowerCase()
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(word)) return Number(word.replace(/,/g, ''))
  if (/^\d+(?:\.\d+)?$/.test(word)) return Number(word)
  if (word === 'a hundred' || word === 'one hundred' || /^(?:a|one)\s+hundred$/.test(word)) return 100
  const unit = UNITS[word]
  if (unit !== undefined) return unit
  const [tens, ones] = word.split('-')
  const tensValue = tens === undefined ? undefined : TENS[tens]
  if (tensValue === undefined) return undefined
  if (ones === undefined) return tensValue
  const onesValue = UNITS[ones]
  return onesValue !== undefined && onesValue >= 1 && onesValue <= 9 ? tensValue + onesValue : undefined
}
