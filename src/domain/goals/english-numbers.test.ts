import { expect, test } from 'vitest'
import { parseEnglishNumber } from './english-numbers.ts'

test.each([
  ['95', 95],
  ['5.00', 5],
  ['1,000', 1000],
  ['four', 4],
  ['Twelve', 12],
  ['twenty', 20],
  ['twenty-five', 25],
  ['one hundred', 100],
  ['zero', 0],
])('“%s” is %d', (text, value) => {
  expect(parseEnglishNumber(text)).toBe(value)
})

test.each(['', 'many', 'twenty-ten', 'ten-five', '1,00'])('“%s” is not a number', (text) => {
  expect(parseEnglishNumber(text)).toBeUndefined()
})
