import fc from 'fast-check'
import { Temporal } from 'temporal-polyfill'
import { describe, expect, test } from 'vitest'
import { addDays, daysBetween, type Instant, type LocalDate, localDate } from '../dates/local-date.ts'
import { type Availability, type AvailabilityException, WEEKDAYS, type WeeklyHours } from './availability.ts'
import { instantFromEpochMilliseconds } from './iso-instant.ts'
import { type Booking, isSlotBookable, listOpenSlots, nearestOpenSlots, type SlotRequest } from './slots.ts'

/**
 * Properties of the slot engine, checked against an oracle written independently with Temporal:
 * the oracle walks every quarter hour, asks Temporal what the advocate's wall clock shows, and applies
 * the conventions of docs/consultations.md one by one. Every time in the generated calendars is on a
 * quarter hour and every offset used is a whole number of quarter hours, so checking each quarter
 * hour checks every moment.
 */

const ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Anchorage',
  'America/Phoenix',
  'Pacific/Honolulu',
  // Half-hour daylight saving time: the grid must survive a 30-minute jump too.
  'Australia/Lord_Howe',
] as const

// Days just before a clock change somewhere in ZONES (US: 8 March and 1 November 2026; Lord Howe:
// 5 April and 4 October 2026), and an ordinary day.
const ANCHORS = ['2026-03-05', '2026-10-29', '2026-04-02', '2026-10-01', '2026-06-10'] as const

const QUARTER_MS = 15 * 60_000
const MINUTE_MS = 60_000

function clockTime(quarters: number): string {
  return `${String(Math.floor(quarters / 4)).padStart(2, '0')}:${String((quarters % 4) * 15).padStart(2, '0')}`
}

/**
 * Up to two separate stretches of hours in a day, on quarter hours. Midnight (00:00 and 24:00) is drawn
 * often, so hours that join across midnight are common.
 */
const quarterOfDay = fc.oneof(
  { arbitrary: fc.constantFrom(0, 96), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 96 }), weight: 3 },
)
const dayHours = fc.uniqueArray(quarterOfDay, { maxLength: 4 }).map((points) => {
  const sorted = [...points].sort((a, b) => a - b)
  const pairs: [string, string][] = []
  for (let i = 0; i + 1 < sorted.length; i += 2) {
    pairs.push([clockTime(sorted[i] as number), clockTime(sorted[i + 1] as number)])
  }
  return pairs
})

const weekly = fc
  .array(dayHours, { minLength: 7, maxLength: 7 })
  .map((days) =>
    days.flatMap((pairs, index): WeeklyHours[] =>
      pairs.map(([start, end]) => ({ day: WEEKDAYS[index] as WeeklyHours['day'], start, end })),
    ),
  )

const scenario = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    viewerZone: fc.constantFrom(...ZONES),
    anchor: fc.constantFrom(...ANCHORS),
    nowMinutes: fc.integer({ min: 0, max: 4 * 288 }).map((fives) => fives * 5),
    weekly,
    exceptions: fc.uniqueArray(
      fc.record({
        dayOffset: fc.integer({ min: -1, max: 16 }),
        hours: fc.option(dayHours.filter((pairs) => pairs.length > 0)),
      }),
      { maxLength: 3, selector: (exception) => exception.dayOffset },
    ),
    lengths: fc.subarray([15, 30, 45, 60, 90], { minLength: 1 }),
    lengthPick: fc.nat(),
    bufferMinutes: fc.integer({ min: 0, max: 12 }).map((fives) => fives * 5),
    minimumNoticeMinutes: fc.integer({ min: 0, max: 576 }).map((fives) => fives * 5),
    horizonDays: fc.integer({ min: 1, max: 14 }),
    maxPerDay: fc.integer({ min: 1, max: 5 }),
    bookings: fc.array(
      fc.record({
        startMinutes: fc.integer({ min: -288, max: 16 * 288 }).map((fives) => fives * 5),
        minutes: fc.integer({ min: 3, max: 36 }).map((fives) => fives * 5),
      }),
      { maxLength: 12 },
    ),
    fromOffset: fc.integer({ min: -1, max: 4 }),
    span: fc.integer({ min: 0, max: 8 }),
  })
  .map((s) => {
    const anchor = localDate(s.anchor)
    const nowMs = Temporal.Instant.from(`${s.anchor}T00:00:00Z`).epochMilliseconds + s.nowMinutes * MINUTE_MS
    const exceptions = s.exceptions.flatMap((exception): AvailabilityException[] => {
      const date = addDays(anchor, exception.dayOffset)
      if (exception.hours === null) return [{ date, available: false as const }]
      return exception.hours.map(([start, end]) => ({ date, start, end }))
    })
    const availability: Availability = {
      timeZone: s.zone,
      weekly: s.weekly,
      exceptions,
      lengths: s.lengths,
      bufferMinutes: s.bufferMinutes,
      minimumNoticeMinutes: s.minimumNoticeMinutes,
      horizonDays: s.horizonDays,
      maxPerDay: s.maxPerDay,
    }
    const bookings: Booking[] = s.bookings.map((booking) => ({
      start: instantFromEpochMilliseconds(nowMs + booking.startMinutes * MINUTE_MS),
      end: instantFromEpochMilliseconds(nowMs + (booking.startMinutes + booking.minutes) * MINUTE_MS),
    }))
    const from = addDays(wallDate(s.viewerZone, nowMs), s.fromOffset)
    const request: SlotRequest = {
      availability,
      bookings,
      length: s.lengths[s.lengthPick % s.lengths.length] as number,
      now: instantFromEpochMilliseconds(nowMs),
      from,
      to: addDays(from, s.span),
      viewerTimeZone: s.viewerZone,
    }
    return request
  })

function zoned(zone: string, epochMs: number): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone)
}

function wallDate(zone: string, epochMs: number): LocalDate {
  return localDate(zoned(zone, epochMs).toPlainDate().toString())
}

function ms(text: string): number {
  return Temporal.Instant.from(text).epochMilliseconds
}

function minutesOf(text: string): number {
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5))
}

/** The oracle's reading of availability: is the advocate open at this moment, and on which date? */
function wallReading(availability: Availability, epochMs: number): { date: LocalDate; open: boolean } {
  const wall = zoned(availability.timeZone, epochMs)
  const date = localDate(wall.toPlainDate().toString())
  const minute = wall.hour * 60 + wall.minute
  const exceptions = availability.exceptions.filter((exception) => exception.date === date)
  const hours =
    exceptions.length > 0
      ? exceptions.flatMap((exception) => ('available' in exception ? [] : [exception]))
      : availability.weekly.filter((hours) => hours.day === WEEKDAYS[wall.dayOfWeek - 1])
  return { date, open: hours.some((h) => minutesOf(h.start) <= minute && minute < minutesOf(h.end)) }
}

/** Every open start in the request's range, found by walking quarter hours (slow, plain, independent). */
function oracleStarts(request: SlotRequest): number[] {
  const { availability } = request
  const lengthMs = request.length * MINUTE_MS
  const bufferMs = availability.bufferMinutes * MINUTE_MS
  const nowMs = ms(request.now)
  const today = wallDate(availability.timeZone, nowMs)
  const lastDate = addDays(today, availability.horizonDays - 1)
  const low = Math.floor(ms(`${addDays(request.from, -2)}T00:00:00Z`) / QUARTER_MS) * QUARTER_MS
  const high = ms(`${addDays(request.to, 3)}T00:00:00Z`)
  const readings = new Map<number, { date: LocalDate; open: boolean }>()
  for (let t = low; t < high + lengthMs; t += QUARTER_MS) readings.set(t, wallReading(availability, t))
  const booked = request.bookings.map((booking) => ({ start: ms(booking.start), end: ms(booking.end) }))
  const perDate = new Map<string, number>()
  for (const booking of request.bookings) {
    const date = wallDate(availability.timeZone, ms(booking.start))
    perDate.set(date, (perDate.get(date) ?? 0) + 1)
  }
  const starts: number[] = []
  let anchor = low
  for (let t = low; t < high; t += QUARTER_MS) {
    const here = readings.get(t) as { date: LocalDate; open: boolean }
    const before = readings.get(t - QUARTER_MS)
    if (!here.open) continue
    // A stretch starts where the previous quarter hour was closed or belonged to another date.
    if (!before?.open || before.date !== here.date) anchor = t
    if ((t - anchor) % lengthMs !== 0) continue
    let inside = true
    for (let u = t; u < t + lengthMs; u += QUARTER_MS) inside = inside && (readings.get(u)?.open ?? false)
    const clear = booked.every(
      (booking) => !(t < booking.end + bufferMs && booking.start - bufferMs < t + lengthMs),
    )
    if (
      inside &&
      clear &&
      t >= nowMs + availability.minimumNoticeMinutes * MINUTE_MS &&
      here.date <= lastDate &&
      (perDate.get(here.date) ?? 0) < availability.maxPerDay
    ) {
      const viewerDate = wallDate(request.viewerTimeZone, t)
      if (viewerDate >= request.from && viewerDate <= request.to) starts.push(t)
    }
  }
  return starts
}

describe('listOpenSlots, checked against a quarter-hour oracle', () => {
  test('lists exactly the starts the oracle finds, in time order', () => {
    fc.assert(
      fc.property(scenario, (request) => {
        const listed = listOpenSlots(request).map((slot) => ms(slot.start))
        expect(listed).toEqual(oracleStarts(request))
      }),
      { numRuns: 60 },
    )
  })

  test('no slot overlaps a booking widened by the buffer on both sides', () => {
    fc.assert(
      fc.property(scenario, (request) => {
        const bufferMs = request.availability.bufferMinutes * MINUTE_MS
        for (const slot of listOpenSlots(request)) {
          for (const booking of request.bookings) {
            const overlaps =
              ms(slot.start) < ms(booking.end) + bufferMs && ms(booking.start) - bufferMs < ms(slot.end)
            expect(overlaps).toBe(false)
          }
        }
      }),
      { numRuns: 60 },
    )
  })

  test("every moment of every slot lies inside the advocate's hours on the advocate's clock", () => {
    fc.assert(
      fc.property(scenario, (request) => {
        for (const slot of listOpenSlots(request)) {
          for (let t = ms(slot.start); t < ms(slot.end); t += QUARTER_MS) {
            expect(wallReading(request.availability, t).open).toBe(true)
          }
        }
      }),
      { numRuns: 60 },
    )
  })

  test('every slot starts at least the minimum notice after now, and lasts the length asked for', () => {
    fc.assert(
      fc.property(scenario, (request) => {
        const earliest = ms(request.now) + request.availability.minimumNoticeMinutes * MINUTE_MS
        for (const slot of listOpenSlots(request)) {
          expect(ms(slot.start)).toBeGreaterThanOrEqual(earliest)
          expect(ms(slot.end) - ms(slot.start)).toBe(request.length * MINUTE_MS)
        }
      }),
      { numRuns: 60 },
    )
  })

  test("every slot is written with the viewer's offset, on a date from `from` to `to`", () => {
    fc.assert(
      fc.property(scenario, (request) => {
        for (const slot of listOpenSlots(request)) {
          for (const text of [slot.start, slot.end]) {
            const shown = zoned(request.viewerTimeZone, ms(text))
            expect(text).toBe(shown.toString({ timeZoneName: 'never', smallestUnit: 'second' }))
          }
          const date = wallDate(request.viewerTimeZone, ms(slot.start))
          expect(date >= request.from && date <= request.to).toBe(true)
        }
      }),
      { numRuns: 60 },
    )
  })
})

describe('isSlotBookable', () => {
  test('accepts a start exactly when listOpenSlots lists it', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), (request, pick) => {
        const listed = new Set(listOpenSlots(request).map((slot) => ms(slot.start)))
        const { availability, bookings, length, now } = request
        for (const start of listed) {
          expect(
            isSlotBookable(availability, bookings, instantFromEpochMilliseconds(start), length, now),
          ).toBe(true)
        }
        // Quarter hours in the range that are not listed (and are on the viewer's dates) are refused.
        const low = ms(`${request.from}T00:00:00Z`) - 14 * 3_600_000
        const quarters = 96 * (daysBetween(request.from, request.to) + 2)
        for (let i = 0; i < 64; i += 1) {
          const start = low + ((pick + i * 37) % quarters) * QUARTER_MS
          const date = wallDate(request.viewerTimeZone, start)
          if (date < request.from || date > request.to) continue
          const bookable = isSlotBookable(
            availability,
            bookings,
            instantFromEpochMilliseconds(start),
            length,
            now,
          )
          expect(bookable).toBe(listed.has(start))
        }
      }),
      { numRuns: 40 },
    )
  })
})

describe('nearestOpenSlots', () => {
  test('gives the n open starts nearest the wanted one (the earlier on a tie), as a full search would', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.integer({ min: -2 * 96, max: 18 * 96 }),
        fc.integer({ min: 1, max: 6 }),
        (request, wantedQuarters, n) => {
          const { availability, bookings, length, now, viewerTimeZone } = request
          const today = wallDate(viewerTimeZone, ms(now))
          const everything = listOpenSlots({
            ...request,
            from: addDays(today, -1),
            to: addDays(today, availability.horizonDays + 1),
          }).map((slot) => ms(slot.start))
          const wanted = Math.floor(ms(now) / QUARTER_MS) * QUARTER_MS + wantedQuarters * QUARTER_MS
          const expected = [...everything]
            .sort((a, b) => Math.abs(a - wanted) - Math.abs(b - wanted) || a - b)
            .slice(0, n)
            .sort((a, b) => a - b)
          const nearest = nearestOpenSlots(
            availability,
            bookings,
            instantFromEpochMilliseconds(wanted) as Instant,
            length,
            now,
            viewerTimeZone,
            n,
          )
          expect(nearest.map((slot) => ms(slot.start))).toEqual(expected)
        },
      ),
      { numRuns: 60 },
    )
  })
})
