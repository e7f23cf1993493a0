import { describe, expect, test } from 'vitest'
import { en } from '../../i18n/catalog.ts'
import { renderMessage } from '../../i18n/i18n.ts'
import { computeSlots } from './compute-slots.ts'

/** The example of issue 11: an advocate in New York, a family in Phoenix, the Monday after spring forward. */
function issueExample(): Record<string, unknown> {
  return {
    availability: {
      timeZone: 'America/New_York',
      weekly: [{ day: 'monday', start: '09:00', end: '17:00' }],
      exceptions: [
        { date: '2026-03-16', available: false },
        { date: '2026-03-21', start: '10:00', end: '12:00' },
      ],
      lengths: [30, 60],
      bufferMinutes: 15,
      minimumNoticeMinutes: 120,
      horizonDays: 30,
      maxPerDay: 6,
    },
    bookings: [{ start: '2026-03-09T14:00:00Z', end: '2026-03-09T15:00:00Z' }],
    length: 60,
    now: '2026-03-06T15:00:00Z',
    from: '2026-03-09',
    to: '2026-03-09',
    viewerTimeZone: 'America/Phoenix',
  }
}

function withAvailability(changes: Record<string, unknown>): Record<string, unknown> {
  const input = issueExample()
  return { ...input, availability: { ...(input.availability as object), ...changes } }
}

describe('computeSlots', () => {
  test("lists the open slots with the viewer's offsets", () => {
    const result = computeSlots(issueExample())
    expect(result).toEqual({
      ok: true,
      value: {
        slots: [
          // 09:00–17:00 in New York (daylight time) is 06:00–14:00 in Phoenix. The booking from 10:00 to
          // 11:00 New York time, with its 15-minute buffers, takes 09:45–11:15: the 09:00, 10:00 and
          // 11:00 calls are gone, and the first open call is at 12:00 in New York, 09:00 in Phoenix.
          { start: '2026-03-09T09:00:00-07:00', end: '2026-03-09T10:00:00-07:00' },
          { start: '2026-03-09T10:00:00-07:00', end: '2026-03-09T11:00:00-07:00' },
          { start: '2026-03-09T11:00:00-07:00', end: '2026-03-09T12:00:00-07:00' },
          { start: '2026-03-09T12:00:00-07:00', end: '2026-03-09T13:00:00-07:00' },
          { start: '2026-03-09T13:00:00-07:00', end: '2026-03-09T14:00:00-07:00' },
        ],
      },
    })
  })

  test('exceptions and bookings may be left out', () => {
    const input = issueExample()
    delete input.bookings
    delete (input.availability as Record<string, unknown>).exceptions
    const result = computeSlots(input)
    expect(result.ok && result.value.slots).toHaveLength(8)
  })

  test.each<[string, Record<string, unknown>, { field: string; message: string }[]]>([
    [
      'a missing time zone',
      withAvailability({ timeZone: undefined }),
      [{ field: 'availability.timeZone', message: 'errors.input.required' }],
    ],
    [
      'an unknown time zone',
      withAvailability({ timeZone: 'Mars/Olympus_Mons' }),
      [{ field: 'availability.timeZone', message: 'booking.problems.timeZone' }],
    ],
    [
      'a time that is not HH:MM',
      withAvailability({ weekly: [{ day: 'monday', start: '9am', end: '17:00' }] }),
      [{ field: 'availability.weekly[0].start', message: 'booking.problems.startTime' }],
    ],
    [
      'an unknown day',
      withAvailability({ weekly: [{ day: 'funday', start: '09:00', end: '17:00' }] }),
      [{ field: 'availability.weekly[0].day', message: 'errors.input.oneOf' }],
    ],
    [
      'an exception with neither hours nor a day off',
      withAvailability({ exceptions: [{ date: '2026-03-16', start: '10:00' }] }),
      [{ field: 'availability.exceptions[0].end', message: 'booking.problems.exceptionShape' }],
    ],
    [
      'an exception that is a day off and has hours',
      withAvailability({
        exceptions: [{ date: '2026-03-16', available: false, start: '10:00', end: '11:00' }],
      }),
      [{ field: 'availability.exceptions[0].available', message: 'booking.problems.dayOffWithHours' }],
    ],
    [
      'an exception on a date that does not exist',
      withAvailability({ exceptions: [{ date: '2026-02-30', available: false }] }),
      [{ field: 'availability.exceptions[0].date', message: 'errors.input.date' }],
    ],
    [
      'a field the contract does not have',
      withAvailability({ buffer: 10 }),
      [{ field: 'availability', message: 'errors.input.unknownKeys' }],
    ],
    [
      'a moment without an offset',
      { ...issueExample(), now: '2026-03-06T15:00:00' },
      [{ field: 'now', message: 'booking.problems.instant' }],
    ],
    [
      'a booking that is not a moment',
      { ...issueExample(), bookings: [{ start: 'tomorrow', end: '2026-03-09T15:00:00Z' }] },
      [{ field: 'bookings[0].start', message: 'booking.problems.instant' }],
    ],
    [
      'a viewer time zone that does not exist',
      { ...issueExample(), viewerTimeZone: 'America/Springfield' },
      [{ field: 'viewerTimeZone', message: 'booking.problems.timeZone' }],
    ],
    [
      'hours that end before they start',
      withAvailability({ weekly: [{ day: 'monday', start: '17:00', end: '09:00' }] }),
      [{ field: 'availability.weekly[0].end', message: 'booking.problems.endNotAfterStart' }],
    ],
    [
      'overlapping weekly hours',
      withAvailability({
        weekly: [
          { day: 'monday', start: '09:00', end: '12:00' },
          { day: 'monday', start: '11:00', end: '13:00' },
        ],
      }),
      [{ field: 'availability.weekly[1].start', message: 'booking.problems.weeklyOverlap' }],
    ],
    [
      'a length that is not offered',
      { ...issueExample(), length: 45 },
      [{ field: 'length', message: 'booking.problems.lengthNotOffered' }],
    ],
    [
      'a buffer out of range',
      withAvailability({ bufferMinutes: 500 }),
      [{ field: 'availability.bufferMinutes', message: 'booking.problems.wholeNumber' }],
    ],
    [
      'dates in the wrong order',
      { ...issueExample(), to: '2026-03-01' },
      [{ field: 'to', message: 'booking.problems.toBeforeFrom' }],
    ],
  ])('%s is reported on its field', (_, input, expected) => {
    const result = computeSlots(input)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map(({ field, message }) => ({ field, message }))).toEqual(expected)
  })
})

describe('the booking catalog', () => {
  const keys = [
    ...Object.keys(en.booking.problems).map((key) => `booking.problems.${key}`),
    ...Object.keys(en.booking.slotTaken).map((key) => `booking.slotTaken.${key}`),
  ]
  const params = { start: '09:00', end: '12:00', minimum: 0, maximum: 240, lengths: '30, 60', length: 30 }

  test.each(keys)('%s is written in English and Spanish, with every value filled in', (key) => {
    for (const lang of ['en', 'es'] as const) {
      const text = renderMessage(lang, { key, params })
      expect(text).not.toBe(key)
      expect(text).not.toContain('{{')
    }
    expect(renderMessage('es', { key, params })).not.toBe(renderMessage('en', { key, params }))
  })
})
