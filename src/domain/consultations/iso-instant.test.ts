import fc from 'fast-check'
import { Temporal } from 'temporal-polyfill'
import { describe, expect, test } from 'vitest'
import { instantFromEpochMilliseconds, parseEpochMilliseconds, parseInstant } from './iso-instant.ts'

function epochMs(text: string): number {
  return Temporal.Instant.from(text).epochMilliseconds
}

describe('parseInstant', () => {
  test.each([
    ['2026-03-09T14:00:00Z', '2026-03-09T14:00:00.000Z'],
    ['2026-03-09T10:00:00-04:00', '2026-03-09T14:00:00.000Z'],
    ['2026-03-09T10:00-04:00', '2026-03-09T14:00:00.000Z'],
    ['2026-03-09T23:30:00.250+05:30', '2026-03-09T18:00:00.250Z'],
    ['2026-03-01T00:30:00+01:00', '2026-02-28T23:30:00.000Z'],
    ['2028-02-29T12:00:00Z', '2028-02-29T12:00:00.000Z'],
  ])('%s is the moment %s', (text, expected) => {
    expect(parseInstant(text)).toBe(expected)
  })

  test.each([
    ['no offset', '2026-03-09T14:00:00'],
    ['a date only', '2026-03-09'],
    ['a day that does not exist', '2026-02-30T10:00:00Z'],
    ['hour 24', '2026-03-09T24:00:00Z'],
    ['minute 60', '2026-03-09T10:60:00Z'],
    ['a zone name instead of an offset', '2026-03-09T10:00:00[America/New_York]'],
    ['words', 'next Monday at ten'],
  ])('%s is refused (%s)', (_, text) => {
    expect(parseInstant(text)).toBeUndefined()
  })

  test('agrees with Temporal on any moment written with any offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: epochMs('1990-01-01T00:00:00Z'), max: epochMs('2100-01-01T00:00:00Z') }),
        fc.integer({ min: -12 * 4, max: 14 * 4 }),
        (epochMs, quarterHours) => {
          const offset = `${quarterHours < 0 ? '-' : '+'}${String(Math.floor(Math.abs(quarterHours) / 4)).padStart(2, '0')}:${String((Math.abs(quarterHours) % 4) * 15).padStart(2, '0')}`
          const text = Temporal.Instant.fromEpochMilliseconds(epochMs).toString({ timeZone: offset })
          expect(parseEpochMilliseconds(text)).toBe(epochMs)
          expect(instantFromEpochMilliseconds(epochMs)).toBe(
            Temporal.Instant.fromEpochMilliseconds(epochMs).toString({ fractionalSecondDigits: 3 }),
          )
        },
      ),
    )
  })
})
