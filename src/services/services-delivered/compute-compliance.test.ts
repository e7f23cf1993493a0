import { describe, expect, test } from 'vitest'
import { parseInput } from '../validation.ts'
import { ComplianceReportSchema, ComputeComplianceSchema, computeCompliance } from './compute-compliance.ts'

function parse(data: unknown) {
  const parsed = parseInput(ComputeComplianceSchema, data)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.value
}

// Two services across Thanksgiving week 2026 (Thursday 26 and Friday 27 November closed).
const input = {
  period: { from: '2026-11-16', to: '2026-11-27' },
  schoolCalendar: { firstDay: '2026-09-08', lastDay: '2027-06-18', closedDays: ['2026-11-26', '2026-11-27'] },
  services: [
    {
      id: 'speech',
      name: 'Speech therapy',
      minutes: 30,
      per: 'week',
      start: '2026-09-08',
      end: '2027-06-18',
    },
    {
      id: 'reading',
      name: 'Reading support',
      minutes: 20,
      per: 'day',
      start: '2026-11-18',
      end: '2027-06-18',
    },
  ],
  sessions: [
    { service: 'speech', date: '2026-11-17', minutes: 30, status: 'delivered' },
    { service: 'speech', date: '2026-11-24', minutes: 30, status: 'student-absent' },
    { service: 'reading', date: '2026-11-17', minutes: 20, status: 'delivered' },
    { service: 'reading', date: '2026-11-20', minutes: 60, status: 'delivered' },
    { service: 'reading', date: '2026-11-25', minutes: 20, status: 'cancelled-by-school' },
  ],
}

describe('computeCompliance', () => {
  test('gives each service its own figures, in the order of the input', () => {
    const report = computeCompliance(parse(input))
    // Speech: 30 + 30 × 3/5 = 48 required; 30 given; 30 excused → nothing owed.
    // Reading starts Wednesday 18: 3 + 3 school days × 20 = 120 required; the session on the 17th
    // is before the start; 60 given; week 2 is owed 60 (the school cancelled Wednesday's 20).
    expect(
      report.services.map((s) => [
        s.service,
        s.requiredMinutes,
        s.deliveredMinutes,
        s.missedSchoolMinutes,
        s.missedStudentMinutes,
        s.percentDelivered,
        s.owedMinutes,
        s.sessionsOutsideService,
      ]),
    ).toEqual([
      ['speech', 48, 30, 0, 30, 62.5, 0, 0],
      ['reading', 120, 60, 20, 0, 50, 60, 1],
    ])
    expect(report.alerts).toBeUndefined()
    expect(report.services[0]?.weeks).toBeUndefined()
  })

  test('its output always fits the published response schema', () => {
    const report = computeCompliance(parse({ ...input, today: '2026-12-02' }), { weekly: true })
    expect(ComplianceReportSchema.safeParse(report).success).toBe(true)
    // The last four school weeks before 2 December run from 2 to 29 November. Speech has no record
    // for the first two of them (30 of 78 expected minutes given); reading gave 60 of 120.
    expect(report.alerts?.map((a) => [a.service, a.from, a.to, a.percentDelivered])).toEqual([
      ['speech', '2026-11-02', '2026-11-29', 38.4],
      ['reading', '2026-11-02', '2026-11-29', 50],
    ])
    expect(report.services[1]?.weeks?.map((w) => w.requiredMinutes)).toEqual([60, 60])
  })

  test('closed days may be left out, and a session is confirmed unless it says otherwise', () => {
    const report = computeCompliance(
      parse({
        ...input,
        schoolCalendar: { firstDay: '2026-09-08', lastDay: '2027-06-18' },
        sessions: [
          { service: 'speech', date: '2026-11-17', minutes: 30, status: 'delivered' },
          { service: 'speech', date: '2026-11-24', minutes: 30, status: 'delivered', confirmed: false },
        ],
      }),
    )
    expect(report.services[0]).toMatchObject({
      requiredMinutes: 60,
      deliveredMinutes: 30,
      owedMinutes: 30,
      unconfirmed: { sessions: 1, deliveredMinutes: 30, missedMinutes: 0 },
    })
  })

  test('a service outside the period has null dates and a null percentage, not zero', () => {
    const report = computeCompliance(
      parse({ ...input, period: { from: '2026-09-08', to: '2026-09-30' }, sessions: [] }),
    )
    expect(report.services[1]).toMatchObject({
      from: null,
      to: null,
      requiredMinutes: 0,
      percentDelivered: null,
    })
  })
})
