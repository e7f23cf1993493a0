import { describe, expect, test } from 'vitest'
import { DomainError } from '../../domain/problems.ts'
import { ComputeDeadlinesOutputSchema, computeDeadlines } from './compute-deadlines.ts'

const scenario = {
  jurisdiction: 'US',
  today: '2026-11-29',
  child: { dateOfBirth: '2012-05-01' },
  schoolCalendar: { firstDay: '2026-08-17', lastDay: '2027-05-28', closedDays: ['2026-11-26'] },
  holidays: ['2026-11-26'],
  events: [{ id: 'e1', type: 'consent-to-evaluate-signed', date: '2026-09-02' }],
}

function problemsOf(run: () => unknown) {
  try {
    run()
  } catch (error) {
    if (error instanceof DomainError) return error.problems
    throw error
  }
  return []
}

describe('computeDeadlines', () => {
  test('answers in the JSON shape of issue 4, which the output schema describes', () => {
    const result = computeDeadlines(scenario)
    expect(ComputeDeadlinesOutputSchema.parse(result)).toEqual(result)
    expect(result.deadlines.find((d) => d.rule === 'idea-initial-evaluation')).toMatchObject({
      rule: 'idea-initial-evaluation',
      kind: 'deadline',
      title: 'Initial evaluation',
      due: '2026-11-01',
      trigger: 'e1',
      status: 'overdue',
      metBy: null,
      citation: '34 CFR 300.301(c)(1)',
      confidence: 'high',
      summary: 'The school must finish the first evaluation of your child.',
    })
  })

  test('accepts several school years and a child with no known date of birth', () => {
    const result = computeDeadlines({
      jurisdiction: 'TX',
      today: '2027-05-01',
      child: { dateOfBirth: null },
      schoolCalendars: [
        { firstDay: '2026-08-17', lastDay: '2027-05-28' },
        { firstDay: '2027-08-16', lastDay: '2028-05-26' },
      ],
      events: [{ id: 'c1', type: 'consent-to-evaluate-signed', date: '2027-04-12' }],
    })
    expect(result.deadlines.map((d) => [d.rule, d.due])).toEqual([['idea-initial-evaluation', '2027-08-30']])
  })

  test.each([
    [
      'both schoolCalendar and schoolCalendars',
      { schoolCalendars: [] },
      'schoolCalendars',
      'deadlines.problems.bothCalendars',
    ],
    [
      'an unknown detail',
      { events: [{ id: 'e1', type: 'student-absent', date: '2026-10-01', details: { days: 2 } }] },
      'events[0].details',
      'errors.input.unknownKeys',
    ],
    ['a misspelt top-level field', { holiday: [] }, '(input)', 'errors.input.unknownKeys'],
    [
      'a last day before the first day',
      { schoolCalendar: { firstDay: '2026-08-17', lastDay: '2026-08-01' } },
      'schoolCalendar.lastDay',
      'deadlines.problems.lastDayBeforeFirstDay',
    ],
    ['a missing today', { today: undefined }, 'today', 'errors.input.required'],
  ])('rejects %s, naming the field', (_, change, field, message) => {
    expect(problemsOf(() => computeDeadlines({ ...scenario, ...change }))).toContainEqual(
      expect.objectContaining({ field, message }),
    )
  })
})
