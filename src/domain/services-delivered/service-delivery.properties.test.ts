import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { addDays, type LocalDate, localDate } from '../dates/local-date.ts'
import { type SchoolCalendar, schoolCalendar } from '../dates/school-calendar.ts'
import { type PlannedService, SERVICE_FREQUENCIES, type ServiceSession } from './planned-service.ts'
import { computeServiceDelivery } from './service-delivery.ts'
import { SESSION_STATUSES } from './session-status.ts'
import { computeWeeklyDelivery } from './weekly-series.ts'

const base = localDate('2026-08-17')
const day = (offset: number): LocalDate => addDays(base, offset)

const calendarArb: fc.Arbitrary<SchoolCalendar> = fc
  .record({
    start: fc.integer({ min: 0, max: 30 }),
    length: fc.integer({ min: 100, max: 300 }),
    closed: fc.array(fc.integer({ min: 0, max: 330 }), { maxLength: 30 }),
  })
  .map(({ start, length, closed }) =>
    schoolCalendar({ firstDay: day(start), lastDay: day(start + length), closedDays: closed.map(day) }),
  )

const serviceArb: fc.Arbitrary<PlannedService> = fc
  .record({
    minutes: fc.integer({ min: 1, max: 600 }),
    per: fc.constantFrom(...SERVICE_FREQUENCIES),
    start: fc.integer({ min: -30, max: 300 }),
    length: fc.integer({ min: 0, max: 400 }),
  })
  .map(({ minutes, per, start, length }) => ({
    id: 'svc',
    name: 'Service',
    minutes,
    per,
    start: day(start),
    end: day(start + length),
  }))

const sessionArb: fc.Arbitrary<ServiceSession> = fc
  .record({
    offset: fc.integer({ min: -40, max: 420 }),
    minutes: fc.integer({ min: 0, max: 240 }),
    status: fc.constantFrom(...SESSION_STATUSES),
    confirmed: fc.boolean(),
    other: fc.boolean(),
  })
  .map(({ offset, minutes, status, confirmed, other }) => ({
    service: other ? 'another' : 'svc',
    date: day(offset),
    minutes,
    status,
    confirmed: confirmed || other,
  }))

const periodArb = fc
  .record({ from: fc.integer({ min: -30, max: 330 }), length: fc.integer({ min: 0, max: 400 }) })
  .map(({ from, length }) => ({ from: day(from), to: day(from + length) }))

const caseArb = fc.record({
  calendar: calendarArb,
  service: serviceArb,
  sessions: fc.array(sessionArb, { maxLength: 60 }),
  period: periodArb,
})

function loggedMinutes(sessions: readonly ServiceSession[]): number {
  return sessions.filter((s) => s.service === 'svc').reduce((sum, s) => sum + s.minutes, 0)
}

describe('properties of the delivery figures', () => {
  test('delivered and missed minutes, counted or unconfirmed, never exceed what was logged', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const r = computeServiceDelivery(input)
        const counted =
          r.deliveredMinutes + r.missedSchoolMinutes + r.missedStudentMinutes + r.missedUnknownMinutes
        expect(counted + r.unconfirmed.deliveredMinutes + r.unconfirmed.missedMinutes).toBeLessThanOrEqual(
          loggedMinutes(input.sessions),
        )
      }),
    )
  })

  test('owed minutes are never negative and never more than required', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const r = computeServiceDelivery(input)
        expect(r.owedMinutes).toBeGreaterThanOrEqual(0)
        expect(r.owedMinutes).toBeLessThanOrEqual(r.requiredMinutes)
        expect(r.unrecordedMinutes).toBeGreaterThanOrEqual(0)
      }),
    )
  })

  test('owed is at least the shortfall over the whole period not excused by the child’s absences', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const r = computeServiceDelivery(input)
        expect(r.owedMinutes).toBeGreaterThanOrEqual(
          r.requiredMinutes - r.deliveredMinutes - r.missedStudentMinutes,
        )
      }),
    )
  })

  test('required minutes never go down when the period ends later', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 200 }), (input, extra) => {
        const shorter = computeServiceDelivery(input)
        const longer = computeServiceDelivery({
          ...input,
          period: { from: input.period.from, to: addDays(input.period.to, extra) },
        })
        expect(longer.requiredMinutes).toBeGreaterThanOrEqual(shorter.requiredMinutes)
        expect(longer.schoolDays).toBeGreaterThanOrEqual(shorter.schoolDays)
      }),
    )
  })

  test('one more session given never raises what is owed', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.integer({ min: 0, max: 420 }),
        fc.integer({ min: 1, max: 240 }),
        (input, offset, minutes) => {
          const before = computeServiceDelivery(input)
          const extra: ServiceSession = {
            service: 'svc',
            date: day(offset),
            minutes,
            status: 'delivered',
            confirmed: true,
          }
          const after = computeServiceDelivery({ ...input, sessions: [...input.sessions, extra] })
          expect(after.owedMinutes).toBeLessThanOrEqual(before.owedMinutes)
        },
      ),
    )
  })

  test('the weekly series adds up to the totals, within the rounding of each week', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const total = computeServiceDelivery(input)
        const weeks = computeWeeklyDelivery(input)
        const required = weeks.reduce((sum, w) => sum + w.requiredMinutes, 0)
        expect(Math.abs(required - total.requiredMinutes)).toBeLessThanOrEqual(weeks.length / 2 + 0.5)
        expect(weeks.reduce((sum, w) => sum + w.deliveredMinutes, 0)).toBe(total.deliveredMinutes)
        expect(weeks.reduce((sum, w) => sum + w.schoolDays, 0)).toBe(total.schoolDays)
      }),
    )
  })
})
