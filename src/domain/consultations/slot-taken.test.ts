import { describe, expect, test } from 'vitest'
import type { Instant } from '../dates/local-date.ts'
import type { Availability } from './availability.ts'
import { parseInstant } from './iso-instant.ts'
import { slotTakenAnswer } from './slot-taken.ts'

const now = parseInstant('2026-01-01T00:00:00Z') as Instant
const wanted = parseInstant('2026-01-05T10:00:00-05:00') as Instant
const taken = [{ start: wanted, end: parseInstant('2026-01-05T10:30:00-05:00') as Instant }]

function availability(weekly: Availability['weekly'], horizonDays = 30): Availability {
  return {
    timeZone: 'America/New_York',
    weekly,
    exceptions: [],
    lengths: [30],
    bufferMinutes: 0,
    minimumNoticeMinutes: 0,
    horizonDays,
    maxPerDay: 10,
  }
}

describe('slotTakenAnswer', () => {
  test('offers the three nearest open times, the earlier one on a tie, on the family’s clock', () => {
    const answer = slotTakenAnswer(
      availability([{ day: 'monday', start: '09:00', end: '12:00' }]),
      taken,
      wanted,
      30,
      now,
      'Pacific/Honolulu',
    )
    expect(answer.message).toEqual({ key: 'booking.slotTaken.nearest' })
    expect(answer.nearest.map((slot) => slot.start)).toEqual([
      '2026-01-05T04:00:00-10:00',
      '2026-01-05T04:30:00-10:00',
      '2026-01-05T05:30:00-10:00',
    ])
  })

  test('says so, naming the length, when no other time is open', () => {
    const answer = slotTakenAnswer(
      // Open only from 10:00 to 10:30 on Monday 5 January, and the horizon ends that day.
      availability([{ day: 'monday', start: '10:00', end: '10:30' }], 5),
      taken,
      wanted,
      30,
      now,
      'America/Phoenix',
    )
    expect(answer).toEqual({
      message: { key: 'booking.slotTaken.noneOpen', params: { length: 30 } },
      nearest: [],
    })
  })
})
