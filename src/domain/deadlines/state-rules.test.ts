import { describe, expect, test } from 'vitest'
import { deadlineOf, deadlinesOf, type Scenario } from './test-scenario.ts'

/**
 * State figures from state-timelines.json, and the state rules written only in prose there, each
 * encoded as data and tested here. Calendar and holidays: test-scenario.ts.
 */

const keys = (deadline: { explanation: readonly { key: string }[] }) =>
  deadline.explanation.map((step) => step.key.replace('deadlines.explain.', ''))

const consent = (jurisdiction: string, date: string, more: Scenario = {}): Scenario => ({
  jurisdiction,
  ...more,
  events: [['c1', 'consent-to-evaluate-signed', date], ...(more.events ?? [])],
})

describe('state timelines for the initial evaluation (override: any)', () => {
  test.each([
    ['Texas: 45 school days, Labor Day skipped', 'TX', '2026-09-02', '2026-11-05'],
    ['Texas: 45 school days across Thanksgiving and the winter break', 'TX', '2026-11-02', '2027-01-22'],
    ['Illinois: 60 school days', 'IL', '2026-09-01', '2026-11-30'],
    ['Louisiana: 60 business days, skipping Thanksgiving', 'LA', '2026-09-01', '2026-11-24'],
  ])('%s', (_, state, date, due) => {
    const deadline = deadlineOf(consent(state, date), 'idea-initial-evaluation')
    expect(deadline).toMatchObject({ due, jurisdiction: state, confidence: 'high' })
  })

  test('New York: its own 60 calendar days, from official guidance (medium confidence)', () => {
    const deadline = deadlineOf(consent('NY', '2026-09-02'), 'idea-initial-evaluation')
    expect(deadline).toMatchObject({ due: '2026-11-01', jurisdiction: 'NY', confidence: 'medium' })
  })

  test('Texas explains the count in school days and the closed weekday it skipped', () => {
    const deadline = deadlineOf(consent('TX', '2026-09-02'), 'idea-initial-evaluation')
    expect(keys(deadline)).toEqual([
      'event',
      'stateReplaces',
      'countSchool',
      'skippedClosedOne',
      'absencesNone',
      'due',
      'overdue',
    ])
  })

  test('Virginia counts 65 business days from the referral, not from consent', () => {
    const scenario: Scenario = {
      jurisdiction: 'VA',
      events: [['r1', 'referral-received-by-special-education-administrator', '2026-09-01']],
    }
    expect(deadlineOf(scenario, 'idea-initial-evaluation').due).toBe('2026-12-02')
  })

  test('North Carolina counts from the written referral; with consent alone the date waits for it', () => {
    const deadline = deadlineOf(consent('NC', '2026-09-02'), 'idea-initial-evaluation')
    expect(deadline).toMatchObject({ due: null, status: 'upcoming', jurisdiction: 'NC' })
    expect(keys(deadline)).toContain('needsEvent')
  })

  test('North Carolina reads a written request for evaluation as the referral', () => {
    const scenario: Scenario = { jurisdiction: 'NC', events: [['r1', 'evaluation-requested', '2026-09-01']] }
    expect(deadlineOf(scenario, 'idea-initial-evaluation').due).toBe('2026-11-30')
  })

  test('an unknown state figure (Alaska) falls back to the federal rule and says so', () => {
    const deadline = deadlineOf(consent('AK', '2026-09-02'), 'idea-initial-evaluation')
    expect(deadline).toMatchObject({ due: '2026-11-01', jurisdiction: 'US', confidence: 'medium' })
    expect(keys(deadline)).toContain('stateUnknown')
  })

  test('a low-confidence state figure (South Dakota) is shown beside the federal date, never used silently', () => {
    const deadline = deadlineOf(consent('SD', '2026-09-02'), 'idea-initial-evaluation')
    expect(deadline).toMatchObject({ due: '2026-11-01', jurisdiction: 'US', confidence: 'low' })
    expect(keys(deadline)).toContain('candidateDate')
  })
})

describe('Texas prose rules (Tex. Educ. Code 29.004)', () => {
  test.each([
    ['no absences', [], '2026-11-05'],
    ['two absences do not extend', [['a1', 'student-absent', '2026-10-05', { schoolDays: 2 }]], '2026-11-05'],
    [
      'three absences extend by three school days',
      [['a1', 'student-absent', '2026-10-05', { schoolDays: 3 }]],
      '2026-11-10',
    ],
    [
      'three one-day absences extend too',
      [
        ['a1', 'student-absent', '2026-10-05'],
        ['a2', 'student-absent', '2026-10-06'],
        ['a3', 'student-absent', '2026-10-20'],
      ],
      '2026-11-10',
    ],
    [
      'absences after the period do not count',
      [['a1', 'student-absent', '2026-11-20', { schoolDays: 5 }]],
      '2026-11-05',
    ],
  ] as const)('%s', (_, absences, due) => {
    const scenario = consent('TX', '2026-09-02', { events: absences as unknown as Scenario['events'] })
    expect(deadlineOf(scenario, 'idea-initial-evaluation').due).toBe(due)
  })

  test.each([
    ['45 school days before the last day: the normal count ends on the last day', '2027-03-26', '2027-05-28'],
    ['40 school days before the last day: due 30 June', '2027-04-02', '2027-06-30'],
    ['35 school days before the last day: due 30 June', '2027-04-09', '2027-06-30'],
    [
      '34 school days before the last day: the count runs into the next school year',
      '2027-04-12',
      '2027-08-30',
    ],
  ])('consent %s', (_, date, due) => {
    expect(deadlineOf(consent('TX', date), 'idea-initial-evaluation').due).toBe(due)
  })

  test('the June 30 rule says why', () => {
    const deadline = deadlineOf(consent('TX', '2027-04-02'), 'idea-initial-evaluation')
    expect(keys(deadline)).toEqual(expect.arrayContaining(['endOfYearSchoolDays', 'endOfYearRule']))
  })

  test('the ARD meeting is due 30 days after the evaluation report', () => {
    const scenario: Scenario = {
      jurisdiction: 'TX',
      events: [['r1', 'evaluation-report-completed', '2026-11-05']],
    }
    expect(deadlineOf(scenario, 'idea-iep-meeting-after-eligibility')).toMatchObject({
      due: '2026-12-05',
      jurisdiction: 'TX',
    })
  })

  test('prior written notice is due 5 school days before the action (19 TAC 89.1015)', () => {
    const scenario: Scenario = {
      jurisdiction: 'TX',
      events: [['p1', 'school-proposes-or-refuses-action', '2027-01-08']],
    }
    expect(deadlineOf(scenario, 'idea-prior-written-notice')).toMatchObject({
      due: '2026-12-18',
      jurisdiction: 'TX',
    })
    expect(deadlineOf({ ...scenario, jurisdiction: 'US' }, 'idea-prior-written-notice').due).toBe(
      '2027-01-08',
    )
  })

  test('the answer to a request for evaluation is due in 15 school days, where federal law sets none', () => {
    const scenario: Scenario = { jurisdiction: 'TX', events: [['r1', 'evaluation-requested', '2026-09-02']] }
    expect(deadlineOf(scenario, 'idea-evaluation-request-response')).toMatchObject({
      kind: 'deadline',
      due: '2026-09-24',
      jurisdiction: 'TX',
    })
    expect(deadlineOf({ ...scenario, jurisdiction: 'US' }, 'idea-evaluation-request-response')).toMatchObject(
      {
        kind: 'no-fixed-period',
        due: null,
      },
    )
  })
})

describe('states that pause the clock (excludedPeriods)', () => {
  test('California skips breaks longer than 5 school days (winter) but not Thanksgiving', () => {
    const deadline = deadlineOf(consent('CA', '2026-12-01'), 'idea-initial-evaluation')
    expect(deadline.due).toBe('2027-02-11')
    expect(deadline.explanation).toContainEqual(
      expect.objectContaining({
        key: 'deadlines.explain.pauses',
        params: expect.objectContaining({ count: 12 }),
      }),
    )
  })

  test('Georgia skips breaks of 5 or more school days with the weekends around them', () => {
    expect(deadlineOf(consent('GA', '2026-12-01'), 'idea-initial-evaluation').due).toBe('2027-02-15')
    expect(deadlineOf(consent('GA', '2027-02-20'), 'idea-initial-evaluation').due).toBe('2027-04-30')
  })

  test('Florida skips every closed day and summer, and adds absences only past 8', () => {
    expect(deadlineOf(consent('FL', '2026-12-01'), 'idea-initial-evaluation').due).toBe('2027-02-12')
    const eight = consent('FL', '2026-12-01', {
      events: [['a1', 'student-absent', '2027-01-05', { schoolDays: 8 }]],
    })
    expect(deadlineOf(eight, 'idea-initial-evaluation').due).toBe('2027-02-12')
    const nine = consent('FL', '2026-12-01', {
      events: [['a1', 'student-absent', '2027-01-05', { schoolDays: 9 }]],
    })
    expect(deadlineOf(nine, 'idea-initial-evaluation').due).toBe('2027-02-21')
  })

  test('Pennsylvania pauses over the summer and resumes on the first day of school', () => {
    expect(deadlineOf(consent('PA', '2027-04-15'), 'idea-initial-evaluation').due).toBe('2027-09-01')
  })

  test('without a school calendar a pausing state gives the earliest possible date and says so', () => {
    const deadline = deadlineOf(consent('CA', '2026-12-01', { calendars: null }), 'idea-initial-evaluation')
    expect(deadline.due).toBe('2027-01-30')
    expect(keys(deadline)).toContain('pausesNoCalendar')
  })
})

describe('other prose and structured state rules', () => {
  test('California: consent 30 days or less before the end of the year moves the IEP to 30 days into the next', () => {
    expect(deadlineOf(consent('CA', '2027-05-10'), 'idea-initial-evaluation').due).toBe('2027-09-15')
  })

  test('Massachusetts: consent 30 to 44 school days before the end makes the proposed IEP due 14 days after it', () => {
    expect(deadlineOf(consent('MA', '2027-04-16'), 'idea-initial-evaluation').due).toBe('2027-06-11')
  })

  test('Connecticut: a referral in the summer counts from the first school day', () => {
    const scenario: Scenario = { jurisdiction: 'CT', events: [['r1', 'referral-received', '2027-07-01']] }
    const deadline = deadlineOf(scenario, 'idea-initial-evaluation')
    expect(deadline.due).toBe('2027-10-19')
    expect(keys(deadline)).toContain('summerMoved')
  })

  test('Delaware: 45 school days or 90 calendar days, whichever comes first', () => {
    expect(deadlineOf(consent('DE', '2026-09-01'), 'idea-initial-evaluation').due).toBe('2026-11-04')
    expect(deadlineOf(consent('DE', '2026-12-01'), 'idea-initial-evaluation').due).toBe('2027-02-17')
    // Near the end of the year the school days run into the next year, so the 90 days come first.
    expect(deadlineOf(consent('DE', '2027-04-20'), 'idea-initial-evaluation').due).toBe('2027-07-19')
  })

  test('Maryland: 60 days from consent or 90 from the referral, whichever comes first', () => {
    const withReferral = consent('MD', '2026-10-15', {
      events: [['r1', 'written-referral-received', '2026-08-20']],
    })
    expect(deadlineOf(withReferral, 'idea-initial-evaluation').due).toBe('2026-11-18')
    const consentOnly = deadlineOf(consent('MD', '2026-10-15'), 'idea-initial-evaluation')
    expect(consentOnly.due).toBe('2026-12-14')
    expect(keys(consentOnly)).toContain('alternativeMissing')
  })

  test('Maine: a child under 5 has 60 calendar days instead of 45 school days', () => {
    expect(
      deadlineOf(consent('ME', '2026-09-02', { dateOfBirth: '2022-06-01' }), 'idea-initial-evaluation').due,
    ).toBe('2026-11-01')
    expect(
      deadlineOf(consent('ME', '2026-09-02', { dateOfBirth: '2016-06-01' }), 'idea-initial-evaluation').due,
    ).toBe('2026-11-05')
  })

  test('Rhode Island: the first IEP meeting within 15 school days when that is sooner than 30 days', () => {
    const sooner: Scenario = { jurisdiction: 'RI', events: [['e1', 'eligibility-determined', '2026-10-01']] }
    expect(deadlineOf(sooner, 'idea-iep-meeting-after-eligibility')).toMatchObject({
      due: '2026-10-22',
      jurisdiction: 'RI',
    })
    const later: Scenario = { jurisdiction: 'RI', events: [['e1', 'eligibility-determined', '2026-12-10']] }
    expect(deadlineOf(later, 'idea-iep-meeting-after-eligibility')).toMatchObject({
      due: '2027-01-09',
      jurisdiction: 'US',
    })
  })

  test('California: records within 5 business days, sooner than the federal 45 days', () => {
    const scenario: Scenario = {
      jurisdiction: 'CA',
      events: [['r1', 'records-request-received', '2026-11-20']],
    }
    expect(deadlineOf(scenario, 'idea-records-access')).toMatchObject({
      due: '2026-11-30',
      jurisdiction: 'CA',
    })
  })

  test('Pennsylvania: children with an intellectual disability are reevaluated every 2 years', () => {
    const withDisability: Scenario = {
      jurisdiction: 'PA',
      events: [['e1', 'evaluation-completed', '2026-05-01', { intellectualDisability: true }]],
    }
    expect(deadlineOf(withDisability, 'idea-reevaluation-max-interval')).toMatchObject({
      due: '2028-05-01',
      jurisdiction: 'PA',
    })
    const without: Scenario = { jurisdiction: 'PA', events: [['e1', 'evaluation-completed', '2026-05-01']] }
    expect(deadlineOf(without, 'idea-reevaluation-max-interval')).toMatchObject({
      due: '2029-05-01',
      jurisdiction: 'US',
    })
  })

  test('the due process filing limit follows the state: Louisiana 1 year, Alaska 12 months from the notice', () => {
    const knew = (state: string): Scenario => ({
      jurisdiction: state,
      events: [['k1', 'parent-knew-or-should-have-known', '2026-09-30']],
    })
    expect(deadlineOf(knew('LA'), 'idea-due-process-filing-limit')).toMatchObject({
      due: '2027-09-30',
      jurisdiction: 'LA',
    })
    expect(deadlineOf(knew('NC'), 'idea-due-process-filing-limit')).toMatchObject({
      due: '2027-09-30',
      jurisdiction: 'NC',
    })
    expect(deadlineOf(knew('AK'), 'idea-due-process-filing-limit')).toMatchObject({
      due: null,
      jurisdiction: 'AK',
    })
    const notice: Scenario = {
      jurisdiction: 'AK',
      events: [['n1', 'district-written-notice-of-decision', '2026-09-30']],
    }
    expect(deadlineOf(notice, 'idea-due-process-filing-limit').due).toBe('2027-09-30')
    expect(deadlineOf(knew('OH'), 'idea-due-process-filing-limit')).toMatchObject({
      due: '2028-09-30',
      confidence: 'medium',
    })
  })

  test('a state may not lengthen a stricter-only rule: the federal date stays when the state has no figure', () => {
    const scenario: Scenario = {
      jurisdiction: 'OH',
      events: [['e1', 'eligibility-determined', '2026-10-01']],
    }
    expect(deadlinesOf(scenario, 'idea-iep-meeting-after-eligibility').map((d) => d.due)).toEqual([
      '2026-10-31',
    ])
  })
})
