import { beforeAll, describe, expect, test } from 'vitest'
import { screener } from '../../i18n/en/screener.ts'

/**
 * CONTENT.md asks for a US grade 8 reading level or lower. Each question page (title, hints and
 * options; error messages appear only on error) and each part of the result is measured with the
 * Flesch-Kincaid grade. The figures are listed in docs/screener.md.
 */

const GRADE_LIMIT = 8

interface Readability {
  fleschKincaidGrade(text: string): number
}

// text-readability ships no types; a computed specifier keeps the compiler from asking for them.
const READABILITY = 'text-readability'
let readability: Readability

beforeAll(async () => {
  readability = ((await import(READABILITY)) as { default: Readability }).default
})

function strings(node: unknown, skip: readonly string[] = []): string[] {
  if (typeof node === 'string') return [node]
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    skip.includes(key) ? [] : strings(value, skip),
  )
}

/** Joins short labels into sentences so a label is not read as part of the next sentence. */
function asText(parts: readonly string[]): string {
  return parts
    .map((part) => part.replace(/\{\{\w+\}\}/g, 'it'))
    .map((part) => (/[.?!”:]$/.test(part) ? part : `${part}.`))
    .join(' ')
}

const pages: [string, string][] = [
  ...Object.entries(screener.questions).map(([id, question]): [string, string] => [
    `question “${id}”`,
    asText(strings(question, ['error'])),
  ]),
  ['result: recommendations', asText(strings(screener.recommendations))],
  ['result: reasons', asText(strings(screener.reasons))],
  ['result: next steps', asText(strings(screener.nextSteps))],
  ['result: notice', asText([screener.notice])],
]

describe('screener words read at grade 8 or lower (Flesch-Kincaid)', () => {
  test.each(pages)('%s', (_, text) => {
    expect(readability.fleschKincaidGrade(text)).toBeLessThanOrEqual(GRADE_LIMIT)
  })
})
