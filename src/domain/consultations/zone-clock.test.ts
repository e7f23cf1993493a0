import fc from 'fast-check'
import { Temporal } from 'temporal-polyfill'
import { describe, expect, test } from 'vitest'
import { localDate, toEpochDay } from '../dates/local-date.ts'
import { parseEpochMilliseconds } from './iso-instant.ts'
import {
  formatWithOffset,
  isTimeZone,
  localEpochDayAt,
  momentsWithLocalTime,
  startOfLocalDay,
  zoneClock,
} from './zone-clock.ts'

const ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Europe/London',
  'UTC',
] as const

// 2024 to 2030: several spring-forward and fall-back days in every zone above.
const instants = fc.integer({
  min: Temporal.Instant.from('2024-01-01T00:00:00Z').epochMilliseconds,
  max: Temporal.Instant.from('2030-01-01T00:00:00Z').epochMilliseconds,
})

function local(text: string): number {
  return Temporal.PlainDateTime.from(text).toZonedDateTime('UTC').epochMilliseconds
}

describe('isTimeZone', () => {
  test.each([
    ['America/New_York', true],
    ['Pacific/Honolulu', true],
    ['UTC', true],
    ['america/phoenix', true],
    ['America/Atlantis', false],
    ['', false],
    ['-05:00', false],
    ['2026-01-01T00:00Z', false],
    ['EST5EDT; rm -rf', false],
  ])('%s is a time zone: %s', (text, known) => {
    expect(isTimeZone(text)).toBe(known)
  })
})

describe('formatWithOffset', () => {
  test('writes the offset in force at the moment, as Temporal does', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), (epochMs, zone) => {
        const expected = Temporal.Instant.fromEpochMilliseconds(Math.floor(epochMs / 1000) * 1000)
          .toZonedDateTimeISO(zone)
          .toString({ timeZoneName: 'never', smallestUnit: 'second' })
        expect(formatWithOffset(zoneClock(zone), Math.floor(epochMs / 1000) * 1000)).toBe(expected)
      }),
    )
  })

  test('one clock reused across many moments gives the same answers as fresh clocks', () => {
    const clock = zoneClock('America/New_York')
    fc.assert(
      fc.property(instants, (epochMs) => {
        expect(formatWithOffset(clock, epochMs)).toBe(
          formatWithOffset(zoneClock('America/New_York'), epochMs),
        )
        expect(localEpochDayAt(clock, epochMs)).toBe(
          Temporal.PlainDate.from(
            Temporal.Instant.fromEpochMilliseconds(epochMs)
              .toZonedDateTimeISO('America/New_York')
              .toPlainDate(),
          ).since('1970-01-01').days,
        )
      }),
    )
  })
})

describe('momentsWithLocalTime', () => {
  test.each([
    ['an ordinary night in New York', 'America/New_York', '2026-01-04T00:00', '2026-01-04T04:00', 4],
    [
      'spring forward in New York: 02:00–03:00 never happens',
      'America/New_York',
      '2026-03-08T00:00',
      '2026-03-08T04:00',
      3,
    ],
    [
      'fall back in New York: 01:00–02:00 happens twice',
      'America/New_York',
      '2026-11-01T00:00',
      '2026-11-01T04:00',
      5,
    ],
    [
      'the same night in Phoenix, which keeps one offset',
      'America/Phoenix',
      '2026-03-08T00:00',
      '2026-03-08T04:00',
      4,
    ],
    [
      'spring forward on Lord Howe Island moves the clock by half an hour',
      'Australia/Lord_Howe',
      '2026-10-04T00:00',
      '2026-10-04T04:00',
      3.5,
    ],
  ])('%s: %s from %s to %s lasts %f hours', (_, zone, from, to, hours) => {
    const moments = momentsWithLocalTime(zoneClock(zone), local(from), local(to))
    const total = moments.reduce((sum, interval) => sum + interval.end - interval.start, 0)
    expect(total / 3_600_000).toBe(hours)
  })

  test('the hour that is skipped has no moments at all', () => {
    expect(
      momentsWithLocalTime(
        zoneClock('America/New_York'),
        local('2026-03-08T02:00'),
        local('2026-03-08T03:00'),
      ),
    ).toEqual([])
  })

  test('a time inside the repeated hour has two moments, an hour apart', () => {
    const moments = momentsWithLocalTime(
      zoneClock('America/New_York'),
      local('2026-11-01T01:30'),
      local('2026-11-01T01:31'),
    )
    expect(
      moments.map((interval) => Temporal.Instant.fromEpochMilliseconds(interval.start).toString()),
    ).toEqual(['2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z'])
  })

  test('a moment is included exactly when the wall clock then shows a time in the range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        instants,
        fc.integer({ min: 1, max: 6 * 60 }),
        fc.integer({ min: -8 * 60, max: 8 * 60 }),
        (zone, base, lengthMinutes, probeMinutes) => {
          const fromLocal = Math.floor(base / 900_000) * 900_000
          const toLocal = fromLocal + lengthMinutes * 60_000
          const moments = momentsWithLocalTime(zoneClock(zone), fromLocal, toLocal)
          const probe = fromLocal + probeMinutes * 60_000
          const wall = Temporal.Instant.fromEpochMilliseconds(probe)
            .toZonedDateTimeISO(zone)
            .toPlainDateTime()
          const wallMs = wall.toZonedDateTime('UTC').epochMilliseconds
          const inside = moments.some((interval) => probe >= interval.start && probe < interval.end)
          expect(inside).toBe(wallMs >= fromLocal && wallMs < toLocal)
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('startOfLocalDay', () => {
  test('is midnight on the wall, also on the days the clocks change', () => {
    const clock = zoneClock('America/New_York')
    const start = (date: string) =>
      Temporal.Instant.fromEpochMilliseconds(startOfLocalDay(clock, toEpochDay(localDate(date)))).toString()
    expect(start('2026-03-08')).toBe('2026-03-08T05:00:00Z')
    expect(start('2026-03-09')).toBe('2026-03-09T04:00:00Z')
  })

  test('a date a zone skipped starts when the next date starts', () => {
    // Samoa moved across the date line and skipped Friday 30 December 2011.
    const clock = zoneClock('Pacific/Apia')
    const skipped = toEpochDay(localDate('2011-12-30'))
    expect(startOfLocalDay(clock, skipped)).toBe(startOfLocalDay(clock, skipped + 1))
  })
})

describe('one clock per zone, shared between searches', () => {
  test('a zone gives the same clock every time, and what it learned earlier gives the same answers', () => {
    expect(zoneClock('America/Denver')).toBe(zoneClock('America/Denver'))
    // Ask about far-apart moments in a scrambled order; every answer must still match Temporal.
    const clock = zoneClock('Europe/London')
    const moments = [2026, 1990, 2040, 2026.5, 1975, 2012.2].map((year) =>
      Math.round((year - 1970) * 365.2425 * 86_400_000),
    )
    for (const epochMs of [...moments, ...moments.reverse()]) {
      const expected = Temporal.Instant.fromEpochMilliseconds(epochMs)
        .toZonedDateTimeISO('Europe/London')
        .toString({ timeZoneName: 'never', smallestUnit: 'second' })
      expect(formatWithOffset(clock, epochMs)).toBe(expected)
    }
  })

  test('writes times that are not whole minutes with their seconds', () => {
    const at = (text: string) => parseEpochMilliseconds(text) ?? Number.NaN
    const clock = zoneClock('America/Chicago')
    expect(formatWithOffset(clock, at('2026-07-01T14:30:00Z'))).toBe('2026-07-01T09:30:00-05:00')
    expect(formatWithOffset(clock, at('2026-07-01T14:30:45Z'))).toBe('2026-07-01T09:30:45-05:00')
    expect(formatWithOffset(clock, at('2026-01-01T05:59:59Z'))).toBe('2025-12-31T23:59:59-06:00')
  })
})
