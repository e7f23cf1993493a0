import { describe, expect, test } from 'vitest'
import { formatClosedDays, parseClosedDays } from './closed-days.ts'

describe('closed days as typed', () => {
  test.each([
    ['nothing', '', []],
    [
      'single days, commas and lines',
      '2026-11-26, 2026-11-27\n2026-09-07',
      ['2026-09-07', '2026-11-26', '2026-11-27'],
    ],
    [
      'a range with "to"',
      '2026-12-30 to 2027-01-02',
      ['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'],
    ],
    [
      'a range in Spanish and with ..',
      '2026-12-31 a 2027-01-01, 2027-03-01..2027-03-02',
      ['2026-12-31', '2027-01-01', '2027-03-01', '2027-03-02'],
    ],
    ['repeats once', '2026-11-26 2026-11-26', ['2026-11-26']],
  ])('%s', (_, text, days) => {
    expect(parseClosedDays(text)).toEqual({ days, problems: [] })
  })

  test.each([
    ['a word', 'thanksgiving', 'services.calendar.problems.closedInvalid'],
    ['a backwards range', '2027-01-02 to 2026-12-30', 'services.calendar.problems.closedBackwards'],
    ['a range over a year', '2026-01-01 to 2027-06-01', 'services.calendar.problems.closedTooLong'],
  ])('%s is named', (_, text, key) => {
    const { days, problems } = parseClosedDays(text)
    expect(days).toEqual([])
    expect(problems.map((p) => p.message)).toEqual([key])
  })

  test('written back with runs as ranges, and read again the same', () => {
    const { days } = parseClosedDays('2026-11-26, 2026-11-27, 2026-12-21 to 2026-12-23, 2027-01-04')
    const text = formatClosedDays(days)
    expect(text).toBe('2026-11-26..2026-11-27, 2026-12-21..2026-12-23, 2027-01-04')
    expect(parseClosedDays(text).days).toEqual(days)
  })
})
