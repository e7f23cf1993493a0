import { describe, expect, test } from 'vitest'
import { localDate } from '../dates/local-date.ts'
import { readProgressCsv } from './progress-csv.ts'
import { checkProgressPointDraft, parseMeasuredOn, parseScore } from './progress-point.ts'

const today = localDate('2026-11-29')
const options = { today, defaultSource: 'teacher', defaultUnit: 'wcpm' }

describe('reading a score and a date as people type them', () => {
  test.each([
    ['42', 42],
    ['42.5', 42.5],
    [' 85% ', 85],
    ['42,5', 42.5],
    ['-3', -3],
    ['.5', 0.5],
    ['abc', undefined],
    ['1,000', 1],
    ['4 2', undefined],
    ['', undefined],
  ])('%j → %s', (text, expected) => {
    // "1,000" reads as a decimal comma (1.000): a thousands separator is not something scores carry.
    expect(parseScore(text)).toBe(expected)
  })

  test.each([
    ['2026-10-08', '2026-10-08'],
    ['10/8/2026', '2026-10-08'],
    ['2/30/2026', undefined],
    ['2026-13-01', undefined],
    ['8 Oct 2026', undefined],
  ])('%s → %s', (text, expected) => {
    expect(parseMeasuredOn(text)).toBe(expected)
  })
})

describe('checking one point', () => {
  test('every problem is named by its field', () => {
    const { value, problems } = checkProgressPointDraft(
      { measuredOn: '2026-12-01', value: 'lots', unit: '', source: 'neighbour', note: 'x'.repeat(1001) },
      today,
    )
    expect(value).toBeUndefined()
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['measuredOn', 'progress.points.problems.dateInFuture'],
      ['value', 'progress.points.problems.valueInvalid'],
      ['source', 'progress.points.problems.sourceMissing'],
      ['note', 'progress.points.problems.noteTooLong'],
    ])
  })

  test('a good point is trimmed and typed', () => {
    expect(
      checkProgressPointDraft(
        { measuredOn: ' 2026-11-29 ', value: '61', unit: ' ', source: 'parent', note: ' ok ' },
        today,
      ).value,
    ).toEqual({ measuredOn: '2026-11-29', value: 61, unit: null, source: 'parent', note: 'ok' })
  })
})

describe('reading pasted or uploaded CSV', () => {
  test('without a header: date, value, source, note, in that order; the goal unit fills in', () => {
    const { points, problems } = readProgressCsv(
      '2026-09-08,52\n2026-09-15,55,parent,"at home, tired"\n',
      options,
    )
    expect(problems).toEqual([])
    expect(points).toEqual([
      { line: 1, measuredOn: '2026-09-08', value: 52, unit: 'wcpm', source: 'teacher', note: null },
      {
        line: 2,
        measuredOn: '2026-09-15',
        value: 55,
        unit: 'wcpm',
        source: 'parent',
        note: 'at home, tired',
      },
    ])
  })

  test('a header in any order, in Spanish, with semicolons and decimal commas', () => {
    const { points, problems } = readProgressCsv('Valor;Fecha;Fuente\n61,5;10/8/2026;maestra\n', options)
    expect(problems).toEqual([])
    expect(points).toEqual([
      { line: 2, measuredOn: '2026-10-08', value: 61.5, unit: 'wcpm', source: 'teacher', note: null },
    ])
  })

  test('a paste from a spreadsheet (tabs, Windows line ends, blank lines) keeps line numbers', () => {
    const { points } = readProgressCsv('date\tvalue\r\n\r\n2026-09-08\t52\r\n2026-09-15\t55\r\n', options)
    expect(points.map((p) => [p.line, p.value])).toEqual([
      [3, 52],
      [4, 55],
    ])
  })

  test('every bad line is named with its line and reason, and nothing is kept (all or nothing)', () => {
    const text = [
      'date,value,source',
      '2026-09-08,52,teacher',
      '2026-02-30,55,teacher',
      '2026-09-22,,',
      '2026-09-29,60,coach,extra',
    ].join('\n')
    const { points, problems } = readProgressCsv(text, options)
    expect(points).toEqual([])
    expect(problems).toEqual([
      { field: 'csv', message: 'progress.import.problems.dateInvalid', params: { line: 3 } },
      { field: 'csv', message: 'progress.import.problems.valueMissing', params: { line: 4 } },
      { field: 'csv', message: 'progress.import.problems.tooManyColumns', params: { line: 5, max: 3 } },
    ])
  })

  test('a quoted note may hold a line break; the next line number still counts it', () => {
    const { points, problems } = readProgressCsv(
      '2026-09-08,52,teacher,"two\nlines"\n2026-09-15,x\n',
      options,
    )
    expect(points).toEqual([])
    expect(problems).toEqual([
      { field: 'csv', message: 'progress.import.problems.valueInvalid', params: { line: 3 } },
    ])
  })

  test('empty text, and a header without a value column, are refused', () => {
    expect(readProgressCsv('  \n', options).problems.map((p) => p.message)).toEqual([
      'progress.import.problems.empty',
    ])
    expect(readProgressCsv('date,note\n2026-09-08,x', options).problems).toEqual([
      { field: 'csv', message: 'progress.import.problems.noValueColumn', params: { line: 1 } },
    ])
  })
})
