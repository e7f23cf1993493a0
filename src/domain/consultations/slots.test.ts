import { describe, expect, test } from 'vitest'
import { type Instant, localDate } from '../dates/local-date.ts'
import type { Availability, AvailabilityException, Weekday, WeeklyHours } from './availability.ts'
import { parseInstant } from './iso-instant.ts'
import {
  type Booking,
  checkSlotRequest,
  isSlotBookable,
  listOpenSlots,
  nearestOpenSlots,
  type SlotRequest,
  slotUnavailableReason,
} from './slots.ts'

const NEW_YORK = 'America/New_York'

function at(text: string): Instant {
  const instant = parseInstant(text)
  if (instant === undefined) throw new RangeError(`Not an instant: ${text}`)
  return instant
}

function hours(day: Weekday, start: string, end: string): WeeklyHours {
  return { day, start, end }
}

const WORKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday']

function workdays(start: string, end: string): WeeklyHours[] {
  return WORKDAYS.map((day) => hours(day, start, end))
}

function availability(overrides: Partial<Availability> = {}): Availability {
  return {
    timeZone: NEW_YORK,
    weekly: workdays('09:00', '17:00'),
    exceptions: [],
    lengths: [30, 60],
    bufferMinutes: 0,
    minimumNoticeMinutes: 0,
    horizonDays: 365,
    maxPerDay: 20,
    ...overrides,
  }
}

function booking(start: string, end: string): Booking {
  return { start: at(start), end: at(end) }
}

interface Ask {
  readonly availability?: Partial<Availability>
  readonly bookings?: readonly Booking[]
  readonly length?: number
  readonly now?: string
  readonly from: string
  readonly to?: string
  readonly viewer?: string
}

function request(ask: Ask): SlotRequest {
  return {
    availability: availability(ask.availability),
    bookings: ask.bookings ?? [],
    length: ask.length ?? 60,
    now: at(ask.now ?? '2026-01-01T00:00:00Z'),
    from: localDate(ask.from),
    to: localDate(ask.to ?? ask.from),
    viewerTimeZone: ask.viewer ?? ask.availability?.timeZone ?? NEW_YORK,
  }
}

/** The start of each open slot, on the viewer's clock. */
function starts(ask: Ask): string[] {
  return listOpenSlots(request(ask)).map((slot) => slot.start)
}

/** The clock time (HH:MM and offset) of each open slot's start: short enough for tables. */
function times(ask: Ask): string[] {
  return starts(ask).map((start) => start.slice(11, 16) + start.slice(19))
}

describe('the days the clocks change, with hours from 00:00 to 04:00 on Sunday', () => {
  // US clocks spring forward on Sunday 8 March 2026 and fall back on Sunday 1 November 2026, at 02:00.
  const zones: readonly [string, string, string | undefined][] = [
    ['America/New_York', '-05:00', '-04:00'],
    ['America/Chicago', '-06:00', '-05:00'],
    ['America/Denver', '-07:00', '-06:00'],
    ['America/Los_Angeles', '-08:00', '-07:00'],
    ['America/Anchorage', '-09:00', '-08:00'],
    ['America/Phoenix', '-07:00', undefined],
    ['Pacific/Honolulu', '-10:00', undefined],
  ]
  const night = { weekly: [hours('sunday', '00:00', '04:00')] }

  test.each(zones)(
    'in %s, spring forward skips 02:00–03:00: hourly calls at 00:00, 01:00, 03:00',
    (zone, standard, daylight) => {
      const expected = daylight
        ? [`00:00${standard}`, `01:00${standard}`, `03:00${daylight}`]
        : [`00:00${standard}`, `01:00${standard}`, `02:00${standard}`, `03:00${standard}`]
      expect(times({ availability: { ...night, timeZone: zone }, from: '2026-03-08' })).toEqual(expected)
    },
  )

  test.each(zones)(
    'in %s, fall back repeats 01:00–02:00: five hourly calls, the 01:00 call twice',
    (zone, standard, daylight) => {
      const expected = daylight
        ? [`00:00${daylight}`, `01:00${daylight}`, `01:00${standard}`, `02:00${standard}`, `03:00${standard}`]
        : [`00:00${standard}`, `01:00${standard}`, `02:00${standard}`, `03:00${standard}`]
      expect(times({ availability: { ...night, timeZone: zone }, from: '2026-11-01' })).toEqual(expected)
    },
  )

  test('hours that start inside the skipped hour open when the clock jumps to 03:00', () => {
    const ask = {
      availability: { weekly: [hours('sunday', '02:30', '04:00')] },
      length: 30,
      from: '2026-03-08',
    }
    expect(times(ask)).toEqual(['03:00-04:00', '03:30-04:00'])
  })

  test('hours that end inside the skipped hour close when the clock jumps', () => {
    const ask = {
      availability: { weekly: [hours('sunday', '01:00', '02:30')] },
      length: 30,
      from: '2026-03-08',
    }
    expect(times(ask)).toEqual(['01:00-05:00', '01:30-05:00'])
  })

  test('hours from 01:30 to 03:00 on the night clocks fall back are open whenever the wall clock shows those times', () => {
    const ask = {
      availability: { weekly: [hours('sunday', '01:30', '03:00')] },
      length: 30,
      from: '2026-11-01',
    }
    // The first 01:30–02:00 (daylight time), then the clock goes back to 01:00 and 01:30 comes again.
    expect(times(ask)).toEqual(['01:30-04:00', '01:30-05:00', '02:00-05:00', '02:30-05:00'])
  })

  test('an ordinary working day is the same length before and after the change', () => {
    const before = starts({ length: 60, from: '2026-03-06' })
    const after = starts({ length: 60, from: '2026-03-09' })
    expect(before).toHaveLength(8)
    expect(after).toHaveLength(8)
    expect(before[0]).toBe('2026-03-06T09:00:00-05:00')
    expect(after[0]).toBe('2026-03-09T09:00:00-04:00')
  })
})

describe('an advocate in New York seen from a zone without daylight saving time', () => {
  test.each([
    [
      'Phoenix, the Friday before spring forward',
      'America/Phoenix',
      '2026-03-06',
      '2026-03-06T07:00:00-07:00',
    ],
    [
      'Phoenix, the Monday after spring forward',
      'America/Phoenix',
      '2026-03-09',
      '2026-03-09T06:00:00-07:00',
    ],
    ['Phoenix, the Friday before fall back', 'America/Phoenix', '2026-10-30', '2026-10-30T06:00:00-07:00'],
    ['Phoenix, the Monday after fall back', 'America/Phoenix', '2026-11-02', '2026-11-02T07:00:00-07:00'],
    [
      'Honolulu, the Friday before spring forward',
      'Pacific/Honolulu',
      '2026-03-06',
      '2026-03-06T04:00:00-10:00',
    ],
    [
      'Honolulu, the Monday after spring forward',
      'Pacific/Honolulu',
      '2026-03-09',
      '2026-03-09T03:00:00-10:00',
    ],
    ['Honolulu, the Monday after fall back', 'Pacific/Honolulu', '2026-11-02', '2026-11-02T04:00:00-10:00'],
  ])('%s: the 09:00 New York call shows as %s %s', (_, viewer, date, first) => {
    const shown = starts({ from: date, viewer })
    expect(shown[0]).toBe(first)
    expect(shown).toHaveLength(8)
  })

  test('an advocate in Phoenix seen from New York moves an hour later when New York springs forward', () => {
    const ask = { availability: { timeZone: 'America/Phoenix' }, viewer: NEW_YORK }
    expect(starts({ ...ask, from: '2026-03-06' })[0]).toBe('2026-03-06T11:00:00-05:00')
    expect(starts({ ...ask, from: '2026-03-09' })[0]).toBe('2026-03-09T12:00:00-04:00')
  })
})

describe('midnight', () => {
  test('hours that end at 24:00 and start again at 00:00 let a call run across midnight', () => {
    const ask = {
      availability: {
        weekly: [hours('friday', '22:00', '24:00'), hours('saturday', '00:00', '02:00')],
        lengths: [90],
      },
      length: 90,
      from: '2026-01-09',
      to: '2026-01-10',
    }
    expect(starts(ask)).toEqual([
      '2026-01-09T22:00:00-05:00',
      '2026-01-09T23:30:00-05:00',
      '2026-01-10T00:00:00-05:00',
    ])
  })

  test('hours that end at 24:00 with nothing after them do not let a call run past midnight', () => {
    const ask = {
      availability: { weekly: [hours('friday', '22:00', '24:00')], lengths: [90] },
      length: 90,
      from: '2026-01-09',
      to: '2026-01-10',
    }
    expect(starts(ask)).toEqual(['2026-01-09T22:00:00-05:00'])
  })

  test("hours that cross midnight on the viewer's clock are shown on the viewer's dates", () => {
    // 17:00–21:00 in Honolulu is 22:00–02:00 in New York in winter.
    const ask = {
      availability: { timeZone: 'Pacific/Honolulu', weekly: workdays('17:00', '21:00') },
      viewer: NEW_YORK,
    }
    // Monday's hours in Honolulu run from Monday 22:00 to Tuesday 02:00 in New York.
    expect(starts({ ...ask, from: '2026-01-12' })).toEqual([
      '2026-01-12T22:00:00-05:00',
      '2026-01-12T23:00:00-05:00',
    ])
    expect(starts({ ...ask, from: '2026-01-13' })).toEqual([
      '2026-01-13T00:00:00-05:00',
      '2026-01-13T01:00:00-05:00',
      '2026-01-13T22:00:00-05:00',
      '2026-01-13T23:00:00-05:00',
    ])
  })

  test('a booking that spans midnight blocks both dates and counts toward the date it starts on', () => {
    const ask = {
      availability: {
        weekly: [hours('friday', '22:00', '24:00'), hours('saturday', '00:00', '02:00')],
        maxPerDay: 1,
      },
      bookings: [booking('2026-01-09T23:00:00-05:00', '2026-01-10T01:00:00-05:00')],
      length: 30,
      from: '2026-01-09',
      to: '2026-01-10',
    }
    // Friday already has its one booking; Saturday is open after the booking ends.
    expect(times(ask)).toEqual(['01:00-05:00', '01:30-05:00'])
    expect(times({ ...ask, availability: { ...ask.availability, maxPerDay: 2 } })).toEqual([
      '22:00-05:00',
      '22:30-05:00',
      '01:00-05:00',
      '01:30-05:00',
    ])
  })
})

describe('alignment', () => {
  test('starts lie on a grid of the call length counted from the start of the hours', () => {
    expect(
      times({
        availability: { weekly: [hours('monday', '09:15', '11:00')] },
        length: 30,
        from: '2026-01-05',
      }),
    ).toEqual(['09:15-05:00', '09:45-05:00', '10:15-05:00'])
  })

  test('hours listed in two touching pieces behave as one stretch', () => {
    const weekly = [hours('monday', '09:00', '10:15'), hours('monday', '10:15', '12:00')]
    expect(times({ availability: { weekly, lengths: [45] }, length: 45, from: '2026-01-05' })).toEqual([
      '09:00-05:00',
      '09:45-05:00',
      '10:30-05:00',
      '11:15-05:00',
    ])
  })

  test('a grid start is not moved by a booking: the next start after a booking is the next grid time that is clear', () => {
    const ask = {
      availability: { weekly: [hours('monday', '09:00', '12:00')] },
      bookings: [booking('2026-01-05T09:10:00-05:00', '2026-01-05T09:40:00-05:00')],
      length: 30,
      from: '2026-01-05',
    }
    expect(times(ask)).toEqual(['10:00-05:00', '10:30-05:00', '11:00-05:00', '11:30-05:00'])
  })
})

describe('buffers', () => {
  const morning = { weekly: [hours('monday', '09:00', '12:00')] }

  test.each([
    ['no buffer', 0, ['09:00', '09:30', '10:30', '11:00', '11:30']],
    ['a 15-minute buffer keeps the half hours on both sides free', 15, ['09:00', '11:00', '11:30']],
    ['a 30-minute buffer still allows a call that ends 30 minutes before', 30, ['09:00', '11:00', '11:30']],
    ['a 45-minute buffer', 45, ['11:30']],
  ])('%s (%i minutes)', (_, bufferMinutes, expected) => {
    const ask = {
      availability: { ...morning, bufferMinutes },
      bookings: [booking('2026-01-05T10:00:00-05:00', '2026-01-05T10:30:00-05:00')],
      length: 30,
      from: '2026-01-05',
    }
    expect(times(ask).map((time) => time.slice(0, 5))).toEqual(expected)
  })

  test('the buffer need not fit inside the hours: a call may start as the hours open', () => {
    expect(
      times({ availability: { ...morning, bufferMinutes: 30 }, length: 30, from: '2026-01-05' })[0],
    ).toBe('09:00-05:00')
  })

  test('a booking outside the hours still keeps its buffer free', () => {
    const ask = {
      availability: { ...morning, bufferMinutes: 15 },
      bookings: [booking('2026-01-05T12:00:00-05:00', '2026-01-05T12:30:00-05:00')],
      length: 30,
      from: '2026-01-05',
    }
    expect(times(ask).at(-1)).toBe('11:00-05:00')
  })
})

describe('bookings that overlap the hours', () => {
  test.each([
    ['a booking across the opening time', '08:30', '09:30', ['09:30', '10:00', '10:30', '11:00', '11:30']],
    ['a booking across the closing time', '11:45', '13:00', ['09:00', '09:30', '10:00', '10:30', '11:00']],
    ['a booking over all the hours', '08:00', '13:00', []],
    ['a booking in the middle', '10:15', '10:45', ['09:00', '09:30', '11:00', '11:30']],
  ])('%s (%s–%s)', (_, start, end, expected) => {
    const ask = {
      availability: { weekly: [hours('monday', '09:00', '12:00')] },
      bookings: [booking(`2026-01-05T${start}:00-05:00`, `2026-01-05T${end}:00-05:00`)],
      length: 30,
      from: '2026-01-05',
    }
    expect(times(ask).map((time) => time.slice(0, 5))).toEqual(expected)
  })
})

describe('minimum notice', () => {
  test.each([
    ['no notice: the call starting now is open', 0, '09:00'],
    ['90 minutes: the first call is at 10:30', 90, '10:30'],
    ['100 minutes: 10:40 is off the grid, so the first call is at 11:00', 100, '11:00'],
  ])('%s', (_, minimumNoticeMinutes, first) => {
    const ask = {
      availability: { minimumNoticeMinutes },
      now: '2026-01-05T09:00:00-05:00',
      length: 30,
      from: '2026-01-05',
    }
    expect(times(ask)[0]?.slice(0, 5)).toBe(first)
  })

  test('a call that has already started is not offered', () => {
    const ask = { now: '2026-01-05T09:10:00-05:00', length: 30, from: '2026-01-05' }
    expect(times(ask)[0]).toBe('09:30-05:00')
  })
})

describe('horizon', () => {
  test("counts calendar days on the advocate's calendar, today included", () => {
    // 23:30 on Monday in New York is already Tuesday in UTC; the horizon still starts on Monday.
    const ask = {
      availability: {
        horizonDays: 2,
        weekly: [...workdays('09:00', '10:00'), hours('monday', '23:00', '24:00')],
      },
      now: '2026-01-05T23:00:00-05:00',
      length: 60,
      from: '2026-01-05',
      to: '2026-01-09',
    }
    expect(starts(ask)).toEqual(['2026-01-05T23:00:00-05:00', '2026-01-06T09:00:00-05:00'])
  })

  test('a horizon of one day opens today only', () => {
    const ask = {
      availability: { horizonDays: 1 },
      now: '2026-01-05T08:00:00-05:00',
      from: '2026-01-05',
      to: '2026-01-09',
    }
    expect(new Set(starts(ask).map((start) => start.slice(0, 10)))).toEqual(new Set(['2026-01-05']))
  })
})

describe('exceptions', () => {
  function withExceptions(exceptions: AvailabilityException[]) {
    return { availability: { exceptions }, from: '2026-01-05', to: '2026-01-10' }
  }
  const monday = localDate('2026-01-05')
  const saturday = localDate('2026-01-10')

  test('a day off closes a working day', () => {
    const shown = starts(withExceptions([{ date: monday, available: false }]))
    expect(shown.some((start) => start.startsWith('2026-01-05'))).toBe(false)
    expect(shown.some((start) => start.startsWith('2026-01-06'))).toBe(true)
  })

  test('hours on a date replace that date’s weekly hours', () => {
    const shown = starts(withExceptions([{ date: monday, start: '13:00', end: '15:00' }]))
    expect(shown.filter((start) => start.startsWith('2026-01-05'))).toEqual([
      '2026-01-05T13:00:00-05:00',
      '2026-01-05T14:00:00-05:00',
    ])
  })

  test('hours on a date that has no weekly hours add that date', () => {
    const shown = starts(
      withExceptions([
        { date: saturday, start: '10:00', end: '11:00' },
        { date: saturday, start: '15:00', end: '16:00' },
      ]),
    )
    expect(shown.filter((start) => start.startsWith('2026-01-10'))).toEqual([
      '2026-01-10T10:00:00-05:00',
      '2026-01-10T15:00:00-05:00',
    ])
  })

  test("an exception's date is a date on the advocate's calendar, not the viewer's", () => {
    const ask: Ask = {
      availability: { timeZone: 'Pacific/Honolulu', exceptions: [{ date: monday, available: false }] },
      viewer: NEW_YORK,
      from: '2026-01-05',
      to: '2026-01-06',
    }
    // Monday in Honolulu (14:00–22:00 in New York) is closed; Tuesday in Honolulu is open.
    const shown = starts(ask)
    expect(shown).toHaveLength(8)
    expect(shown[0]).toBe('2026-01-06T14:00:00-05:00')
  })
})

describe('daily maximum', () => {
  const twoOnMonday = [
    booking('2026-01-05T09:00:00-05:00', '2026-01-05T09:30:00-05:00'),
    booking('2026-01-05T11:00:00-05:00', '2026-01-05T11:30:00-05:00'),
  ]

  test.each([
    [1, false],
    [2, false],
    [3, true],
  ])('with %i allowed per day and two booked on Monday, Monday is open: %s', (maxPerDay, open) => {
    const shown = starts({
      availability: { maxPerDay },
      bookings: twoOnMonday,
      from: '2026-01-05',
      to: '2026-01-06',
    })
    expect(shown.some((start) => start.startsWith('2026-01-05'))).toBe(open)
    expect(shown.some((start) => start.startsWith('2026-01-06'))).toBe(true)
  })

  test("counts bookings by the date they start on the advocate's calendar", () => {
    // 22:00 on Monday in New York is 03:00 on Tuesday in UTC: it counts for Monday.
    const ask = {
      availability: { maxPerDay: 1 },
      bookings: [booking('2026-01-05T22:00:00-05:00', '2026-01-05T22:30:00-05:00')],
      from: '2026-01-05',
      to: '2026-01-06',
    }
    const shown = starts(ask)
    expect(shown.some((start) => start.startsWith('2026-01-05'))).toBe(false)
    expect(shown.some((start) => start.startsWith('2026-01-06'))).toBe(true)
  })
})

describe("from and to are dates on the viewer's calendar", () => {
  test('a range ending before it starts has no slots and is reported on `to`', () => {
    const ask = request({ from: '2026-01-06', to: '2026-01-05' })
    expect(listOpenSlots(ask)).toEqual([])
    expect(checkSlotRequest(ask)).toEqual([{ field: 'to', message: 'booking.problems.toBeforeFrom' }])
  })

  test('dates in the past have no slots', () => {
    expect(starts({ now: '2026-02-01T00:00:00Z', from: '2026-01-05', to: '2026-01-09' })).toEqual([])
  })

  test('each slot ends one length after it starts, written with the offset in force at its end', () => {
    const [slot] = listOpenSlots(
      request({ availability: { weekly: [hours('sunday', '01:00', '04:00')] }, from: '2026-03-08' }),
    )
    expect(slot).toEqual({ start: '2026-03-08T01:00:00-05:00', end: '2026-03-08T03:00:00-04:00' })
  })
})

describe('checkSlotRequest', () => {
  test('a length that is not offered is reported on `length`, naming the lengths offered', () => {
    expect(checkSlotRequest(request({ length: 45, from: '2026-01-05' }))).toEqual([
      { field: 'length', message: 'booking.problems.lengthNotOffered', params: { lengths: '30, 60' } },
    ])
  })

  test('an unknown viewer time zone and a booking that ends before it starts are reported', () => {
    const ask = {
      ...request({ from: '2026-01-05', viewer: 'America/Atlantis' }),
      bookings: [booking('2026-01-05T10:00:00Z', '2026-01-05T09:00:00Z')],
    }
    expect(checkSlotRequest(ask)).toEqual([
      { field: 'viewerTimeZone', message: 'booking.problems.timeZone' },
      { field: 'bookings[0].end', message: 'booking.problems.bookingEndNotAfterStart' },
    ])
  })
})

describe('isSlotBookable and slotUnavailableReason', () => {
  const setting = availability({
    weekly: [hours('monday', '09:00', '12:00')],
    bufferMinutes: 15,
    minimumNoticeMinutes: 60,
    horizonDays: 14,
    maxPerDay: 2,
  })
  const booked = [booking('2026-01-05T10:00:00-05:00', '2026-01-05T10:30:00-05:00')]
  const now = at('2026-01-05T08:00:00-05:00')

  test.each([
    ['an open start', '2026-01-05T11:00:00-05:00', 30, undefined],
    ['the same moment written in UTC', '2026-01-05T16:00:00Z', 30, undefined],
    ['a length that is not offered', '2026-01-05T11:00:00-05:00', 45, 'length-not-offered'],
    ['a start inside the minimum notice', '2026-01-05T08:30:00-05:00', 30, 'too-soon'],
    ['a start in the past', '2026-01-04T11:00:00-05:00', 30, 'too-soon'],
    ['a start past the horizon', '2026-01-19T09:00:00-05:00', 30, 'beyond-horizon'],
    ['a start before the hours, written in UTC', '2026-01-12T13:30:00Z', 30, 'outside-hours'],
    ['a start off the grid', '2026-01-05T11:10:00-05:00', 30, 'outside-hours'],
    ['a call that would run past the hours', '2026-01-05T11:30:00-05:00', 60, 'outside-hours'],
    ['a start on a day with no hours', '2026-01-06T09:00:00-05:00', 30, 'outside-hours'],
    ['a start inside the buffer of a booking', '2026-01-05T10:30:00-05:00', 30, 'taken'],
    ['the booked start itself', '2026-01-05T10:00:00-05:00', 30, 'taken'],
  ])('%s (%s, %i minutes): %s', (_, start, length, reason) => {
    expect(slotUnavailableReason(setting, booked, at(start), length, now)).toBe(reason)
    expect(isSlotBookable(setting, booked, at(start), length, now)).toBe(reason === undefined)
  })

  test('a day that has reached its maximum is full', () => {
    const full = [...booked, booking('2026-01-05T09:00:00-05:00', '2026-01-05T09:30:00-05:00')]
    expect(slotUnavailableReason(setting, full, at('2026-01-05T11:00:00-05:00'), 30, now)).toBe('day-full')
  })

  test('the second 01:30 on the night clocks fall back is a different, bookable moment', () => {
    const night = availability({ weekly: [hours('sunday', '01:00', '03:00')] })
    const first = booking('2026-11-01T01:30:00-04:00', '2026-11-01T02:00:00-04:00')
    expect(isSlotBookable(night, [first], at('2026-11-01T01:30:00-05:00'), 30, now)).toBe(true)
    expect(isSlotBookable(night, [first], at('2026-11-01T01:30:00-04:00'), 30, now)).toBe(false)
  })
})

describe('nearestOpenSlots', () => {
  const setting = availability({
    weekly: [hours('monday', '09:00', '12:00'), hours('wednesday', '09:00', '10:00')],
  })
  const now = at('2026-01-01T00:00:00Z')

  test('gives the open times nearest the one wanted, before and after it, in time order', () => {
    const taken = [booking('2026-01-05T10:00:00-05:00', '2026-01-05T10:30:00-05:00')]
    const nearest = nearestOpenSlots(
      setting,
      taken,
      at('2026-01-05T10:00:00-05:00'),
      30,
      now,
      'America/Phoenix',
      3,
    )
    expect(nearest.map((slot) => slot.start)).toEqual([
      '2026-01-05T07:00:00-07:00',
      '2026-01-05T07:30:00-07:00',
      '2026-01-05T08:30:00-07:00',
    ])
  })

  test('looks at other dates when the wanted date is full', () => {
    const taken = [booking('2026-01-05T09:00:00-05:00', '2026-01-05T12:00:00-05:00')]
    const nearest = nearestOpenSlots(setting, taken, at('2026-01-05T10:00:00-05:00'), 30, now, NEW_YORK, 2)
    expect(nearest.map((slot) => slot.start)).toEqual([
      '2026-01-07T09:00:00-05:00',
      '2026-01-07T09:30:00-05:00',
    ])
  })

  test('is empty when nothing is open within the horizon', () => {
    const closed = availability({ weekly: [], horizonDays: 5 })
    expect(nearestOpenSlots(closed, [], at('2026-01-05T10:00:00-05:00'), 30, now, NEW_YORK, 3)).toEqual([])
  })
})
