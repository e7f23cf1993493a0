import { describe, expect, test } from 'vitest'
import { foldText, highlightSnippet, MAX_QUERY_TERMS, queryTerms } from './search-text.ts'

describe('search words', () => {
  test('are folded: lower case, no accents, punctuation as spaces', () => {
    expect(foldText('Evaluación—INICIAL: Niño’s 34 CFR 300.613')).toBe(
      'evaluacion inicial nino s 34 cfr 300 613',
    )
  })

  test('a query keeps distinct words, at most eight', () => {
    expect(queryTerms('  Speech, speech; THERAPY! ')).toEqual(['speech', 'therapy'])
    expect(queryTerms('a b c d e f g h i j')).toHaveLength(MAX_QUERY_TERMS)
    expect(queryTerms('"); drop table --')).toEqual(['drop', 'table'])
  })
})

describe('snippets', () => {
  test('mark every word that starts with a term, whatever its accents or case', () => {
    const parts = highlightSnippet('La evaluación del HABLA y la Evaluacion escrita', ['evalu', 'habla'])
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['evaluación', 'HABLA', 'Evaluacion'])
    expect(parts.map((p) => p.text).join('')).toBe('La evaluación del HABLA y la Evaluacion escrita')
  })

  test('start a few words before the first match in a long text, and mark cuts with an ellipsis', () => {
    const text = `${'word '.repeat(200)}the speech goal is here ${'more '.repeat(200)}`
    const parts = highlightSnippet(text, ['speech'], 120)
    const joined = parts.map((p) => p.text).join('')
    expect(joined.startsWith('… ')).toBe(true)
    expect(joined.endsWith(' …')).toBe(true)
    expect(joined.length).toBeLessThan(130)
    expect(parts.some((p) => p.match && p.text === 'speech')).toBe(true)
  })

  test('show the start of the text when the match was in the title', () => {
    expect(
      highlightSnippet('Nothing matches here', ['zebra'])
        .map((p) => p.text)
        .join(''),
    ).toBe('Nothing matches here')
    expect(highlightSnippet('   ', ['x'])).toEqual([])
  })
})
