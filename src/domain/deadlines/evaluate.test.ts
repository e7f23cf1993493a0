import { describe, expect, test } from 'vitest'
import type { Deadline } from './deadline.ts'
import { deadlineOf, deadlinesOf, evaluate, type Scenario } from './test-scenario.ts'

const keys = (deadline: Deadline) =>
  deadline.explanation.map((step) => step.key.replace('deadlines.explain.', ''))

describe('statuses on today (docs/deadlines.md)', () => {
  const review = (today: string): Scenario => ({ today, events: [['m1', 'iep-meeting-held', '2025-12-01']] })

  test.each([
    ['more than 14 days before the due date', '2026-11-16', 'upcoming'],
    ['14 days before the due date', '2026-11-17', 'due-soon'],
    ['on the due date', '2026-12-01', 'due-soon'],
    ['the day after the due date', '2026-12-02', 'overdue'],
  ])('%s it is %s', (_, today, status) => {
    expect(deadlineOf(review(today), 'idea-annual-iep-review').status).toBe(status)
  })

  test('an event on or before the due date meets it on time', () => {
    const scenario: Scenario = {
      events: [
        ['c1', 'consent-to-evaluate-signed', '2026-09-02'],
        ['e1', 'evaluation-completed', '2026-11-01'],
      ],
    }
    expect(deadlineOf(scenario, 'idea-initial-evaluation')).toMatchObject({
      status: 'met',
      metBy: 'e1',
      metOn: '2026-11-01',
      daysLate: 0,
    })
  })

  test('an event after the due date meets it late by that many days', () => {
    const scenario: Scenario = {
      events: [
        ['c1', 'consent-to-evaluate-signed', '2026-09-02'],
        ['e1', 'evaluation-completed', '2026-11-04'],
      ],
    }
    const deadline = deadlineOf(scenario, 'idea-initial-evaluation')
    expect(deadline).toMatchObject({ status: 'met', metBy: 'e1', daysLate: 3 })
    expect(keys(deadline)).toContain('metLate')
  })

  test('a rule with no fixed period is never overdue', () => {
    const deadline = deadlineOf({ events: [['i1', 'iee-requested', '2025-01-10']] }, 'idea-iee-response')
    expect(deadline).toMatchObject({ kind: 'no-fixed-period', due: null, status: 'upcoming' })
  })

  test('an earliest date is met once it arrives', () => {
    const scenario: Scenario = { events: [['e1', 'evaluation-completed', '2025-11-29']] }
    expect(deadlineOf(scenario, 'idea-reevaluation-min-interval')).toMatchObject({
      kind: 'earliest',
      status: 'met',
    })
    expect(deadlineOf({ ...scenario, today: '2026-11-28' }, 'idea-reevaluation-min-interval').status).toBe(
      'due-soon',
    )
  })

  test('a period that ends by itself is met when it has passed, not overdue', () => {
    const scenario: Scenario = { events: [['c1', 'parent-due-process-complaint-received', '2026-09-01']] }
    expect(deadlineOf(scenario, 'idea-resolution-period').status).toBe('met')
  })

  test('a chance nobody took (voiding a resolution agreement) does not apply once it has passed', () => {
    const scenario: Scenario = { events: [['a1', 'resolution-agreement-signed', '2026-10-01']] }
    expect(deadlineOf(scenario, 'idea-resolution-agreement-void-window').status).toBe('not-applicable')
  })

  test('a calendar-day due date on a weekend is not moved, and the explanation says so', () => {
    const deadline = deadlineOf(
      { events: [['c1', 'parent-due-process-complaint-received', '2026-10-01']] },
      'idea-due-process-lea-response',
    )
    expect(deadline.due).toBe('2026-10-11')
    expect(keys(deadline)).toContain('weekend')
  })
})

describe('supersession: a later event of the same kind restarts the clock', () => {
  test('a new IEP meeting meets the old annual review and starts the next one', () => {
    const scenario: Scenario = {
      events: [
        ['m1', 'iep-meeting-held', '2025-03-10'],
        ['m2', 'annual-iep-review-held', '2026-03-01'],
      ],
    }
    const [first, second] = deadlinesOf(scenario, 'idea-annual-iep-review')
    expect(first).toMatchObject({ trigger: 'm1', due: '2026-03-10', status: 'met', metBy: 'm2', daysLate: 0 })
    expect(second).toMatchObject({ trigger: 'm2', due: '2027-03-01', status: 'upcoming', metBy: null })
  })

  test('a late review is met late and restarts the clock from its own date', () => {
    const scenario: Scenario = {
      events: [
        ['m1', 'iep-meeting-held', '2025-03-10'],
        ['m2', 'iep-meeting-held', '2026-03-20'],
      ],
    }
    const [first, second] = deadlinesOf(scenario, 'idea-annual-iep-review')
    expect(first).toMatchObject({ status: 'met', metBy: 'm2', daysLate: 10 })
    expect(second?.due).toBe('2027-03-20')
  })

  test('a new consent replaces the open evaluation clock', () => {
    const scenario: Scenario = {
      events: [
        ['c1', 'consent-to-evaluate-signed', '2026-09-02'],
        ['c2', 'consent-to-evaluate-signed', '2026-10-15'],
      ],
    }
    const [first, second] = deadlinesOf(scenario, 'idea-initial-evaluation')
    expect(first).toMatchObject({ status: 'not-applicable', supersededBy: 'c2' })
    expect(keys(first as Deadline)).toContain('superseded')
    expect(second).toMatchObject({ trigger: 'c2', due: '2026-12-14', status: 'upcoming' })
  })

  test('separate requests keep separate clocks', () => {
    const scenario: Scenario = {
      events: [
        ['r1', 'records-request-received', '2026-10-01'],
        ['r2', 'records-request-received', '2026-11-02'],
      ],
    }
    expect(deadlinesOf(scenario, 'ferpa-records-access').map((d) => [d.trigger, d.due])).toEqual([
      ['r1', '2026-11-15'],
      ['r2', '2026-12-17'],
    ])
  })

  test('an amended due process complaint restarts the resolution timelines', () => {
    const scenario: Scenario = {
      events: [
        ['c1', 'parent-due-process-complaint-received', '2026-10-01'],
        ['a1', 'due-process-complaint-amended', '2026-10-20'],
      ],
    }
    const periods = deadlinesOf(scenario, 'idea-resolution-period')
    expect(periods.map((d) => [d.trigger, d.due, d.status])).toEqual([
      ['c1', '2026-10-31', 'not-applicable'],
      ['a1', '2026-11-19', 'met'],
    ])
    expect(deadlineOf(scenario, 'idea-hearing-decision').due).toBe('2027-01-03')
  })
})

describe('chaining: the hearing decision counts from the end of the resolution period', () => {
  test('with no event for the end, it uses the computed end and says so', () => {
    const deadline = deadlineOf(
      { events: [['c1', 'parent-due-process-complaint-received', '2026-10-01']] },
      'idea-hearing-decision',
    )
    expect(deadline).toMatchObject({ due: '2026-12-15', trigger: 'c1' })
    expect(keys(deadline).slice(0, 2)).toEqual(['event', 'chainComputed'])
  })

  test('a waived resolution meeting ends the period that day', () => {
    const scenario: Scenario = {
      events: [
        ['c1', 'parent-due-process-complaint-received', '2026-10-01'],
        ['w1', 'resolution-meeting-waived', '2026-10-06'],
      ],
    }
    expect(deadlineOf(scenario, 'idea-resolution-period')).toMatchObject({ status: 'met', metBy: 'w1' })
    expect(deadlineOf(scenario, 'idea-hearing-decision')).toMatchObject({ due: '2026-11-20', trigger: 'w1' })
    expect(deadlineOf(scenario, 'idea-resolution-meeting').status).toBe('not-applicable')
  })

  test('a resolution meeting recorded with details { waived: true } counts as the waiver', () => {
    const scenario: Scenario = {
      events: [
        ['c1', 'parent-due-process-complaint-received', '2026-10-01'],
        ['m1', 'resolution-meeting-held', '2026-10-06', { waived: true }],
      ],
    }
    expect(deadlineOf(scenario, 'idea-hearing-decision')).toMatchObject({ due: '2026-11-20', trigger: 'm1' })
  })

  test('a recorded end of the resolution period is used as it is', () => {
    const scenario: Scenario = {
      events: [
        ['c1', 'parent-due-process-complaint-received', '2026-10-01'],
        ['p1', 'resolution-period-ends', '2026-11-10'],
      ],
    }
    expect(deadlineOf(scenario, 'idea-hearing-decision')).toMatchObject({ due: '2026-12-25', trigger: 'p1' })
  })
})

describe('disciplinary removals add up to a threshold (34 CFR 300.530(b), (d))', () => {
  const removals = (...days: [string, number][]): Scenario => ({
    events: days.map(([date, schoolDays], i) => [
      `r${i}`,
      'disciplinary-removal-day-recorded',
      date,
      { schoolDays },
    ]),
  })

  test('seven school days are upcoming, with the days left', () => {
    const deadline = deadlineOf(
      removals(['2026-10-05', 5], ['2026-10-20', 2]),
      'idea-discipline-removal-threshold',
    )
    expect(deadline).toMatchObject({
      kind: 'threshold',
      due: null,
      status: 'upcoming',
      count: { value: 7, limit: 10 },
    })
    expect(keys(deadline)).toContain('removalLeft')
  })

  test('from day 8 the count is due soon', () => {
    expect(deadlineOf(removals(['2026-10-05', 8]), 'idea-discipline-removal-threshold').status).toBe(
      'due-soon',
    )
  })

  test('the 11th school day is the date services are owed, and without them it is overdue', () => {
    const scenario = removals(['2026-10-05', 5], ['2026-11-23', 7])
    // Days 6–7 are 23–24 Nov; Thanksgiving (25–27 Nov) is skipped; days 8–11 are 30 Nov to 3 Dec.
    expect(deadlineOf(scenario, 'idea-discipline-removal-threshold')).toMatchObject({
      due: '2026-12-03',
      status: 'due-soon',
      trigger: 'r1',
      count: { value: 12, limit: 10 },
    })
    expect(deadlineOf({ ...scenario, today: '2026-12-04' }, 'idea-discipline-removal-threshold').status).toBe(
      'overdue',
    )
  })

  test('services that start on the 11th day meet it', () => {
    const scenario = removals(['2026-10-05', 11])
    const withServices: Scenario = {
      events: [...(scenario.events ?? []), ['s1', 'services-required-during-removal', '2026-10-19']],
    }
    expect(deadlineOf(withServices, 'idea-discipline-removal-threshold')).toMatchObject({
      due: '2026-10-19',
      status: 'met',
      daysLate: 0,
    })
  })

  test('each school year keeps its own count', () => {
    const scenario = removals(['2027-05-03', 6], ['2027-09-01', 6])
    expect(deadlinesOf(scenario, 'idea-discipline-removal-threshold').map((d) => d.count?.value)).toEqual([
      6, 6,
    ])
  })
})

describe('exceptions, waivers and who a rule applies to', () => {
  test('a child not made available for the evaluation stops the clock (34 CFR 300.301(d)(1))', () => {
    const scenario: Scenario = {
      events: [
        ['c1', 'consent-to-evaluate-signed', '2026-09-02'],
        ['p1', 'parent-failed-to-produce-child', '2026-09-20'],
      ],
    }
    expect(deadlineOf(scenario, 'idea-initial-evaluation').status).toBe('not-applicable')
  })

  test('a completion date agreed with a new district replaces the due date', () => {
    const scenario: Scenario = {
      events: [
        ['c1', 'consent-to-evaluate-signed', '2026-09-02'],
        ['a1', 'evaluation-completion-date-agreed', '2026-10-01', { date: '2026-12-10' as never }],
      ],
    }
    expect(deadlineOf(scenario, 'idea-initial-evaluation')).toMatchObject({
      due: '2026-12-10',
      status: 'due-soon',
    })
  })

  test('the third-birthday rule applies only to a child referred before age 3', () => {
    expect(deadlineOf({ dateOfBirth: '2014-05-01' }, 'idea-part-c-to-b-by-third-birthday').status).toBe(
      'not-applicable',
    )
    const referred: Scenario = {
      dateOfBirth: '2024-05-01',
      events: [['r1', 'evaluation-requested', '2026-11-01']],
    }
    expect(deadlineOf(referred, 'idea-part-c-to-b-by-third-birthday')).toMatchObject({
      due: '2027-05-01',
      status: 'upcoming',
    })
  })

  test('the transition plan applies to a child with an IEP', () => {
    expect(deadlineOf({ dateOfBirth: '2012-05-01' }, 'idea-transition-services-by-16').status).toBe(
      'not-applicable',
    )
    const withIep: Scenario = {
      dateOfBirth: '2012-05-01',
      events: [['m1', 'iep-meeting-held', '2026-05-01']],
    }
    expect(deadlineOf(withIep, 'idea-transition-services-by-16').status).toBe('upcoming')
  })

  test('an IEP written in the year before school starts is in effect on the first day', () => {
    const scenario: Scenario = {
      events: [
        ['m1', 'iep-meeting-held', '2026-03-01'],
        ['y1', 'school-year-starts', '2026-08-17'],
      ],
    }
    expect(deadlineOf(scenario, 'idea-iep-in-effect-start-of-year')).toMatchObject({
      status: 'met',
      metBy: 'm1',
    })
  })

  test('records are due before a planned IEP meeting that comes sooner than 45 days', () => {
    const scenario: Scenario = {
      events: [
        ['r1', 'records-request-received', '2026-11-10'],
        ['m1', 'iep-meeting-scheduled', '2026-12-03'],
      ],
    }
    expect(deadlineOf(scenario, 'idea-records-access').due).toBe('2026-12-03')
    expect(deadlineOf(scenario, 'ferpa-records-access').due).toBe('2026-12-25')
  })
})

describe('problems the family can fix', () => {
  test('a school-day rule with no school calendar names the field and keeps the other deadlines', () => {
    const result = evaluate({
      calendars: null,
      events: [
        ['d1', 'disciplinary-change-of-placement-decided', '2026-10-01'],
        ['c1', 'consent-to-evaluate-signed', '2026-09-02'],
      ],
    })
    expect(result.problems).toEqual([
      {
        field: 'schoolCalendar',
        message: 'deadlines.problems.calendarNeeded',
        params: { rule: 'idea-manifestation-determination' },
      },
    ])
    expect(result.deadlines.find((d) => d.rule === 'idea-manifestation-determination')?.due).toBeNull()
    expect(result.deadlines.find((d) => d.rule === 'idea-initial-evaluation')?.due).toBe('2026-11-01')
  })

  test('a count that runs past the last calendar asks for the next school year', () => {
    const result = evaluate({ calendars: [], events: [['h1', 'expedited-hearing-held', '2027-05-20']] })
    expect(result.problems.map((p) => p.field)).toEqual(['schoolCalendar'])
    const oneYear = evaluate({
      calendars: [{ firstDay: '2026-08-17', lastDay: '2027-05-28', closedDays: [] }],
      events: [['h1', 'expedited-hearing-held', '2027-05-20']],
    })
    expect(oneYear.problems).toEqual([
      {
        field: 'schoolCalendars',
        message: 'deadlines.problems.nextYearNeeded',
        params: { rule: 'idea-expedited-decision', date: '2027-05-28' },
      },
    ])
  })

  test('an unknown event type and an unknown jurisdiction are problems, not crashes', () => {
    expect(evaluate({ events: [['x1', 'consent-signed', '2026-09-02']] }).problems).toEqual([
      {
        field: 'events[0].type',
        message: 'deadlines.problems.eventType',
        params: { type: 'consent-signed' },
      },
    ])
    expect(evaluate({ jurisdiction: 'XX' }).problems.map((p) => p.field)).toEqual(['jurisdiction'])
  })
})

describe('the list', () => {
  test('comes in due-date order, with undated deadlines last', () => {
    const result = evaluate({
      dateOfBirth: '2012-05-01',
      events: [
        ['i1', 'iee-requested', '2026-10-01'],
        ['m1', 'iep-meeting-held', '2026-05-01'],
        ['c1', 'consent-to-evaluate-signed', '2026-09-02'],
      ],
    })
    const dues = result.deadlines.map((d) => d.due)
    const dated = dues.filter((d) => d !== null)
    expect(dated).toEqual([...dated].sort())
    expect(dues.slice(dated.length).every((d) => d === null)).toBe(true)
  })

  test('gives the same answer twice for the same input', () => {
    const scenario: Scenario = {
      jurisdiction: 'TX',
      dateOfBirth: '2012-05-01',
      events: [
        ['c1', 'consent-to-evaluate-signed', '2026-09-02'],
        ['m1', 'iep-meeting-held', '2026-05-01'],
      ],
    }
    const plain = (d: Deadline) => ({
      rule: d.rule,
      kind: d.kind,
      due: d.due,
      trigger: d.trigger,
      status: d.status,
      metBy: d.metBy,
      daysLate: d.daysLate,
      jurisdiction: d.jurisdiction,
      confidence: d.confidence,
      explanation: d.explanation,
    })
    const once = evaluate(scenario).deadlines.map(plain)
    expect(evaluate(scenario).deadlines.map(plain)).toEqual(once)
    expect(once.length).toBeGreaterThan(3)
  })
})
