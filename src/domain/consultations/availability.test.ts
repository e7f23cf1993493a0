import { describe, expect, test } from 'vitest'
import { localDate } from '../dates/local-date.ts'
import { type Availability, checkAvailability, parseEndTime, parseStartTime } from './availability.ts'

function availability(overrides: Partial<Availability> = {}): Availability {
  return {
    timeZone: 'America/New_York',
    weekly: [
      { day: 'monday', start: '09:00', end: '12:00' },
      { day: 'monday', start: '13:00', end: '17:00' },
      { day: 'friday', start: '22:00', end: '24:00' },
      { day: 'saturday', start: '00:00', end: '02:00' },
    ],
    exceptions: [
      { date: localDate('2026-12-25'), available: false },
      { date: localDate('2026-12-26'), start: '10:00', end: '12:00' },
      { date: localDate('2026-12-26'), start: '12:00', end: '13:00' },
    ],
    lengths: [30, 60],
    bufferMinutes: 10,
    minimumNoticeMinutes: 120,
    horizonDays: 60,
    maxPerDay: 4,
    ...overrides,
  }
}

describe('wall-clock times', () => {
  test.each([
    ['00:00', 0, 0],
    ['09:30', 570, 570],
    ['23:59', 1439, 1439],
    ['24:00', undefined, 1440],
    ['9:30', undefined, undefined],
    ['24:01', undefined, undefined],
    ['12:60', undefined, undefined],
    ['noon', undefined, undefined],
  ])('%s is %s minutes as a start and %s as an end', (text, asStart, asEnd) => {
    expect(parseStartTime(text)).toBe(asStart)
    expect(parseEndTime(text)).toBe(asEnd)
  })
})

describe('checkAvailability', () => {
  test('a sound availability, with touching hours and hours across midnight, has no problems', () => {
    expect(checkAvailability(availability())).toEqual([])
  })

  test.each<[string, Partial<Availability>, { field: string; message: string; params?: object }[]]>([
    [
      'an unknown time zone',
      { timeZone: 'America/Atlantis' },
      [{ field: 'availability.timeZone', message: 'booking.problems.timeZone' }],
    ],
    [
      'an end before the start',
      { weekly: [{ day: 'monday', start: '17:00', end: '09:00' }] },
      [{ field: 'availability.weekly[0].end', message: 'booking.problems.endNotAfterStart' }],
    ],
    [
      'an end equal to the start',
      { weekly: [{ day: 'monday', start: '09:00', end: '09:00' }] },
      [{ field: 'availability.weekly[0].end', message: 'booking.problems.endNotAfterStart' }],
    ],
    [
      'times that are not HH:MM',
      { weekly: [{ day: 'monday', start: '9am', end: '25:00' }] },
      [
        { field: 'availability.weekly[0].start', message: 'booking.problems.startTime' },
        { field: 'availability.weekly[0].end', message: 'booking.problems.endTime' },
      ],
    ],
    [
      'overlapping weekly hours on the same day, naming the earlier hours',
      {
        weekly: [
          { day: 'monday', start: '09:00', end: '12:00' },
          { day: 'tuesday', start: '11:00', end: '14:00' },
          { day: 'monday', start: '11:30', end: '14:00' },
        ],
      },
      [
        {
          field: 'availability.weekly[2].start',
          message: 'booking.problems.weeklyOverlap',
          params: { start: '09:00', end: '12:00' },
        },
      ],
    ],
    [
      'overlapping hours on one exception date',
      {
        exceptions: [
          { date: localDate('2026-12-26'), start: '10:00', end: '12:00' },
          { date: localDate('2026-12-26'), start: '11:00', end: '13:00' },
        ],
      },
      [
        {
          field: 'availability.exceptions[1].start',
          message: 'booking.problems.exceptionOverlap',
          params: { start: '10:00', end: '12:00' },
        },
      ],
    ],
    [
      'a day off that also has hours',
      {
        exceptions: [
          { date: localDate('2026-12-26'), available: false },
          { date: localDate('2026-12-26'), start: '10:00', end: '12:00' },
        ],
      },
      [{ field: 'availability.exceptions[1].date', message: 'booking.problems.dayOffWithHours' }],
    ],
    [
      'no lengths',
      { lengths: [] },
      [{ field: 'availability.lengths', message: 'booking.problems.lengthsEmpty' }],
    ],
    [
      'a length listed twice and a length too short',
      { lengths: [30, 2, 30] },
      [
        {
          field: 'availability.lengths[1]',
          message: 'booking.problems.wholeNumber',
          params: { minimum: 5, maximum: 480 },
        },
        { field: 'availability.lengths[2]', message: 'booking.problems.lengthTwice' },
      ],
    ],
    [
      'numbers out of range or not whole',
      { bufferMinutes: -5, minimumNoticeMinutes: 1.5, horizonDays: 0, maxPerDay: 1000 },
      [
        {
          field: 'availability.bufferMinutes',
          message: 'booking.problems.wholeNumber',
          params: { minimum: 0, maximum: 240 },
        },
        {
          field: 'availability.minimumNoticeMinutes',
          message: 'booking.problems.wholeNumber',
          params: { minimum: 0, maximum: 43200 },
        },
        {
          field: 'availability.horizonDays',
          message: 'booking.problems.wholeNumber',
          params: { minimum: 1, maximum: 365 },
        },
        {
          field: 'availability.maxPerDay',
          message: 'booking.problems.wholeNumber',
          params: { minimum: 1, maximum: 100 },
        },
      ],
    ],
  ])('%s is reported on its field', (_, overrides, expected) => {
    expect(checkAvailability(availability(overrides))).toEqual(expected)
  })

  test('the field prefix can be changed for a form that names fields differently', () => {
    expect(checkAvailability(availability({ timeZone: 'Nowhere/Land' }), 'published')).toEqual([
      { field: 'published.timeZone', message: 'booking.problems.timeZone' },
    ])
  })
})
