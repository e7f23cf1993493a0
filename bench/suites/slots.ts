import type {
  Availability,
  AvailabilityException,
  WeeklyHours,
} from '../../src/domain/consultations/availability.ts'
import { epochMillisecondsOf, parseInstant } from '../../src/domain/consultations/iso-instant.ts'
import {
  type Booking,
  isSlotBookable,
  listOpenSlots,
  nearestOpenSlots,
  type SlotRequest,
} from '../../src/domain/consultations/slots.ts'
import { addDays, type Instant, localDate } from '../../src/domain/dates/local-date.ts'
import { computeSlots } from '../../src/services/consultations/compute-slots.ts'
import { type BenchResult, type BenchSuite, measurePeakMemory } from '../bench-types.ts'

/**
 * Slot computation for one advocate, 90 days ahead, the way a booking page asks for it: a realistic
 * week (split days, two evenings, Saturday mornings), holidays and changed days, 30- and 60-minute
 * calls with 15-minute buffers, about 200 bookings, a family in another zone, and a clock change
 * (8 March 2026) inside the 90 days.
 */

const TODAY = localDate('2026-02-20')
const NOW = instant('2026-02-20T14:00:00Z')

function instant(text: string): Instant {
  const parsed = parseInstant(text)
  if (parsed === undefined) throw new RangeError(text)
  return parsed
}

function workweek(): WeeklyHours[] {
  const weekly: WeeklyHours[] = []
  for (const day of ['monday', 'tuesday', 'wednesday', 'thursday'] as const) {
    weekly.push({ day, start: '09:00', end: '12:00' }, { day, start: '13:00', end: '17:00' })
  }
  weekly.push(
    { day: 'friday', start: '09:00', end: '13:00' },
    { day: 'tuesday', start: '18:00', end: '20:30' },
    { day: 'thursday', start: '18:00', end: '20:30' },
    { day: 'saturday', start: '10:00', end: '12:00' },
  )
  return weekly
}

function exceptions(): AvailabilityException[] {
  const daysOff = [4, 17, 31, 45, 52, 66, 80, 94].map((offset) => ({
    date: addDays(TODAY, offset),
    available: false as const,
  }))
  const changed = [10, 38, 59, 73].map((offset) => ({
    date: addDays(TODAY, offset),
    start: '12:00',
    end: '19:00',
  }))
  return [...daysOff, ...changed]
}

export const BENCH_AVAILABILITY: Availability = {
  timeZone: 'America/New_York',
  weekly: workweek(),
  exceptions: exceptions(),
  lengths: [30, 60],
  bufferMinutes: 15,
  minimumNoticeMinutes: 24 * 60,
  horizonDays: 90,
  maxPerDay: 8,
}

/** A fixed pseudo-random sequence (a linear congruential generator), so every run books the same times. */
function sequence(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

/** About `count` bookings that never overlap, taken from the open 30- and 60-minute slots. */
export function benchBookings(count: number): Booking[] {
  const random = sequence(11)
  const bookings: Booking[] = []
  for (let attempt = 0; bookings.length < count && attempt < count * 20; attempt += 1) {
    const length = random() < 0.6 ? 30 : 60
    const request = requestFor(bookings, length, 'America/New_York')
    const open = listOpenSlots(request)
    const pick = open[Math.floor(random() * open.length)]
    if (!pick) break
    bookings.push({ start: instant(pick.start), end: instant(pick.end) })
  }
  return bookings
}

function requestFor(bookings: readonly Booking[], length: number, viewerTimeZone: string): SlotRequest {
  return {
    availability: BENCH_AVAILABILITY,
    bookings,
    length,
    now: NOW,
    from: TODAY,
    to: addDays(TODAY, 90),
    viewerTimeZone,
  }
}

/**
 * Runs `work` repeatedly for about `seconds` and gives runs per second of CPU time (one core), as the
 * deadlines suite does, so the figure holds on a shared machine; the wall-clock rate goes in the notes.
 */
function perSecond(seconds: number, work: () => unknown): { rate: number; wallRate: number; runs: number } {
  for (let i = 0; i < 3; i += 1) work()
  const cpu = process.cpuUsage()
  const started = performance.now()
  let runs = 0
  while (performance.now() - started < seconds * 1000) {
    work()
    runs += 1
  }
  const wallMs = performance.now() - started
  const used = process.cpuUsage(cpu)
  const cpuMs = (used.user + used.system) / 1000
  return { rate: Math.round((runs / cpuMs) * 1000), wallRate: Math.round((runs / wallMs) * 1000), runs }
}

export const suite: BenchSuite = {
  name: 'slots',
  async run({ quick }) {
    const seconds = quick ? 0.5 : 3
    const bookings = benchBookings(quick ? 60 : 200)
    const request = requestFor(bookings, 30, 'America/Phoenix')
    const slotCount = listOpenSlots(request).length
    const setting = `${bookings.length} bookings, ${slotCount} open 30-minute slots`
    const results: BenchResult[] = []

    const { result: compute, peakMb } = await measurePeakMemory(() =>
      perSecond(seconds, () => listOpenSlots(request)),
    )
    results.push({
      suite: 'slots',
      name: '90-day slot computation (domain)',
      value: compute.rate,
      unit: 'computations/s (CPU time, one core)',
      budget: '≥ 100 computations/s',
      meetsBudget: compute.rate >= 100,
      notes: `${setting}; ${compute.runs} runs; ${compute.wallRate} computations/s by the wall clock`,
    })
    results.push({
      suite: 'slots',
      name: '90-day slot computation: peak memory',
      value: peakMb,
      unit: 'MB (RSS)',
    })

    const json = JSON.parse(
      JSON.stringify({ ...request, now: NOW, bookings, availability: BENCH_AVAILABILITY }),
    ) as unknown
    const contract = perSecond(seconds, () => computeSlots(json))
    results.push({
      suite: 'slots',
      name: '90-day slot computation (JSON contract: parse, check, compute)',
      value: contract.rate,
      unit: 'computations/s (CPU time, one core)',
      notes: `${contract.runs} runs; ${contract.wallRate}/s by the wall clock`,
    })

    const probes = bookings.map((booking) => booking.start)
    let probe = 0
    const recheck = perSecond(seconds, () => {
      probe = (probe + 1) % probes.length
      return isSlotBookable(BENCH_AVAILABILITY, bookings, probes[probe] as Instant, 30, NOW)
    })
    results.push({
      suite: 'slots',
      name: 'isSlotBookable re-check (the booking transaction)',
      value: recheck.rate,
      unit: 'checks/s (CPU time, one core)',
      notes: `${bookings.length} bookings; ${recheck.wallRate}/s by the wall clock`,
    })

    const nearest = perSecond(seconds, () => {
      probe = (probe + 1) % probes.length
      return nearestOpenSlots(
        BENCH_AVAILABILITY,
        bookings,
        probes[probe] as Instant,
        30,
        NOW,
        'America/Phoenix',
        3,
      )
    })
    results.push({
      suite: 'slots',
      name: 'nearestOpenSlots, 3 times (the "just taken" answer)',
      value: nearest.rate,
      unit: 'answers/s (CPU time, one core)',
      notes: `${nearest.wallRate}/s by the wall clock`,
    })

    // A figure that would reveal a change in the calendar used: the span of the bookings in days.
    const first = Math.min(...bookings.map((booking) => epochMillisecondsOf(booking.start)))
    const last = Math.max(...bookings.map((booking) => epochMillisecondsOf(booking.start)))
    results.push({
      suite: 'slots',
      name: 'bookings spread',
      value: Math.round((last - first) / 86_400_000),
      unit: 'days',
    })
    return results
  },
}
