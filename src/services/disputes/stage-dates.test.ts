import { describe, expect, test } from 'vitest'
import { localDate } from '../../domain/dates/local-date.ts'
import { FORMAL_ROADS, type FormalRoad, filingLimitEvents, findStage } from '../../domain/disputes/roads.ts'
import { childDeadlines, type EngineEvent } from '../meetings/record-deadlines.ts'

const child = { state: 'CA' as const, dateOfBirth: localDate('2015-04-01') }

/** The events a road's stages add, as the service records them. */
function stageEvents(road: FormalRoad, stages: Record<string, string>) {
  return Object.entries(stages).flatMap(([stageId, date]) => {
    const stage = findStage(road, stageId)
    if (!stage) throw new Error(`no stage ${stageId} on ${road}`)
    return stage.events.map((type, i) => ({ id: `${stageId}-${i}`, type, date: localDate(date) }))
  })
}

function dueDates(events: EngineEvent[], today: string, state: string = child.state) {
  const { deadlines } = childDeadlines({ ...child, state: state as 'CA' }, events, localDate(today))
  return Object.fromEntries(deadlines.filter((d) => d.supersededBy === null).map((d) => [d.rule, d.due]))
}

describe('filing limits counted from the day of the problem and the day the family knew', () => {
  test('a problem on a leap day: the state-complaint year and two years for due process end on 28 February', () => {
    const events = filingLimitEvents({ violationOn: localDate('2024-02-29'), knewOn: null }).map((e, i) => ({
      id: `limit-${i}`,
      ...e,
    }))
    const due = dueDates(events, '2024-03-01')
    expect(due['idea-state-complaint-filing-limit']).toBe('2025-02-28')
    expect(due['idea-due-process-filing-limit']).toBe('2026-02-28')
    // OCR: 180 calendar days, the next day being day 1.
    expect(due['s504-ocr-complaint']).toBe('2024-08-27')
  })

  test('the due-process limit counts from the day the family learned of the problem when given', () => {
    const events = filingLimitEvents({
      violationOn: localDate('2026-01-10'),
      knewOn: localDate('2026-03-05'),
    }).map((e, i) => ({ id: `limit-${i}`, ...e }))
    const due = dueDates(events, '2026-04-01')
    expect(due['idea-state-complaint-filing-limit']).toBe('2027-01-10')
    expect(due['idea-due-process-filing-limit']).toBe('2028-03-05')
  })

  test.each([
    ['NC', '2027-03-05'],
    ['LA', '2027-03-05'],
    ['CA', '2028-03-05'],
  ])('in %s the due-process limit is the state’s own: %s', (state, expected) => {
    const events: EngineEvent[] = [
      { id: 'knew', type: 'parent-knew-or-should-have-known', date: localDate('2026-03-05') },
    ]
    expect(dueDates(events, '2026-04-01', state)['idea-due-process-filing-limit']).toBe(expected)
  })
})

describe('due process, stage by stage (34 CFR 300.508-300.516)', () => {
  test('a complaint received on 14 February 2028: the resolution meeting by leap day, then the period and the decision', () => {
    const due = dueDates(
      stageEvents('due-process', { filed: '2028-02-11', received: '2028-02-14' }),
      '2028-02-15',
    )
    expect(due['idea-due-process-sufficiency-challenge']).toBe('2028-02-29')
    expect(due['idea-due-process-lea-response']).toBe('2028-02-24')
    expect(due['idea-resolution-meeting']).toBe('2028-02-29')
    expect(due['idea-resolution-period']).toBe('2028-03-15')
    expect(due['idea-hearing-decision']).toBe('2028-04-29')
  })

  test('the 45 days run from the end of the resolution period the family records', () => {
    const events = stageEvents('due-process', { received: '2026-09-01', 'resolution-period': '2026-09-20' })
    expect(dueDates(events, '2026-09-21')['idea-hearing-decision']).toBe('2026-11-04')
  })

  test('a hearing date sets the evidence disclosure (5 business days before) and the amendment cut-off', () => {
    const due = dueDates(stageEvents('due-process', { hearing: '2026-12-14' }), '2026-11-01')
    expect(due['idea-evidence-disclosure']).toBe('2026-12-07')
    expect(due['idea-due-process-amendment-cutoff']).toBe('2026-12-09')
  })

  test('a decision starts the 90 days to go to court', () => {
    expect(
      dueDates(stageEvents('due-process', { decision: '2026-06-01' }), '2026-06-02')['idea-civil-action'],
    ).toBe('2026-08-30')
  })
})

describe('the other roads', () => {
  test('state complaint: a decision within 60 days of filing', () => {
    expect(
      dueDates(stageEvents('state-complaint', { filed: '2026-12-31' }), '2027-01-01')[
        'idea-state-complaint-decision'
      ],
    ).toBe('2027-03-01')
  })

  test('OCR: 20 days to answer a request for information', () => {
    expect(
      dueDates(stageEvents('ocr-complaint', { 'information-request': '2026-02-20' }), '2026-02-21')[
        's504-ocr-information-request'
      ],
    ).toBe('2026-03-12')
  })

  test('504 grievance: OCR within 60 days after the grievance ends', () => {
    expect(
      dueDates(stageEvents('504-grievance', { decision: '2026-05-01' }), '2026-05-02')[
        's504-ocr-complaint-after-grievance'
      ],
    ).toBe('2026-06-30')
  })

  test('expedited due process: school-day rules need the school calendar, and say so instead of guessing', () => {
    const events = stageEvents('expedited-due-process', { received: '2026-10-05' })
    const { deadlines, needsSchoolCalendar } = childDeadlines(child, events, localDate('2026-10-06'))
    const byRule = Object.fromEntries(deadlines.map((d) => [d.rule, d.due]))
    expect(byRule['idea-expedited-resolution-meeting']).toBe('2026-10-12')
    expect(byRule['idea-expedited-resolution-period']).toBe('2026-10-20')
    expect(byRule['idea-expedited-hearing']).toBeNull()
    expect(needsSchoolCalendar).toBe(true)
  })

  test('expedited due process on the school’s calendar: 20 school days to the hearing, skipping the Thanksgiving break', () => {
    const events = stageEvents('expedited-due-process', { received: '2026-11-16' })
    const year = {
      id: 'year',
      calendarId: 'child',
      organizationId: 'org',
      firstDay: localDate('2026-08-24'),
      lastDay: localDate('2027-06-11'),
      closures: [
        { from: localDate('2026-11-23'), to: localDate('2026-11-27'), kind: 'break' as const, name: null },
      ],
      version: 1,
      createdAt: '2026-08-01T00:00:00.000Z',
      updatedAt: '2026-08-01T00:00:00.000Z',
    }
    const { deadlines, needsSchoolCalendar } = childDeadlines(child, events, localDate('2026-11-17'), [year])
    expect(needsSchoolCalendar).toBe(false)
    // School days from 17 November: 17-20 (4), then 30 November to 11 December (10), 14-18 (5), 21 December is day 20.
    expect(deadlines.find((d) => d.rule === 'idea-expedited-hearing')?.due).toBe('2026-12-21')
  })

  test('every stage of every road records at least one event, except a mediation agreement', () => {
    for (const [road, stages] of Object.entries(FORMAL_ROADS))
      for (const stage of stages)
        if (!(road === 'mediation' && stage.id === 'agreement'))
          expect(stage.events.length, `${road} ${stage.id}`).toBeGreaterThan(0)
  })
})
