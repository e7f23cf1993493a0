import { describe, expect, test } from 'vitest'
import { layoutLines } from './layout.ts'
import { documentPassages, valueFromPassage } from './passages.ts'

describe('the document’s numbered passages', () => {
  test('are its non-blank lines, each with the page and line a proposal’s source names', () => {
    const passages = documentPassages(layoutLines(['IEP\n\n  Meeting Date:   03/14/2026  \n', 'Goals\n']))
    expect(passages).toEqual([
      { page: 1, line: 1, text: 'IEP' },
      { page: 1, line: 3, text: 'Meeting Date:   03/14/2026' },
      { page: 2, line: 1, text: 'Goals' },
    ])
  })
})

describe('the value a passage gives a field', () => {
  test('a date field takes the date the line holds, as YYYY-MM-DD', () => {
    expect(valueFromPassage('dates.meeting', 'The team met together on 09/10/2025 to review the plan.')).toBe(
      '2025-09-10',
    )
    expect(valueFromPassage('notice.date', 'Date sent: March 3, 2026')).toBe('2026-03-03')
  })

  test('a line without a date gives its words, for the parent to correct', () => {
    expect(valueFromPassage('dates.end', 'End: at the end of the year')).toBe('at the end of the year')
  })

  test('a choice takes the option the line names, or nothing when it names none', () => {
    expect(valueFromPassage('eligibility.category', 'Primary Disability: Autism')).toBe('autism')
    expect(valueFromPassage('services.setting', 'Where: resource room')).toBe(
      'outside-general-education-class',
    )
    expect(valueFromPassage('eligibility.category', 'Student Name: Ana Ruiz')).toBe('')
  })

  test('minutes and frequency come from a service amount', () => {
    expect(valueFromPassage('services[0].minutes', 'Reading   30 min 2x weekly')).toBe('30')
    expect(valueFromPassage('services[0].frequency', 'Reading   30 min 2x weekly')).toBe('2/week')
  })

  test('text fields drop a short label before a colon', () => {
    expect(valueFromPassage('child.school', 'School:   Lincoln Elementary')).toBe('Lincoln Elementary')
    expect(valueFromPassage('goals[0].text', 'Ana will read 90 words per minute by May.')).toBe(
      'Ana will read 90 words per minute by May.',
    )
  })
})
