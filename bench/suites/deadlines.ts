import { addDays, type LocalDate, localDate } from '../../src/domain/dates/local-date.ts'
import { type CompiledCalendar, compileSchoolCalendars } from '../../src/domain/deadlines/calendar-index.ts'
import type { DeadlineEvent } from '../../src/domain/deadlines/deadline.ts'
import {
  compileHolidays,
  type DeadlineInput,
  evaluateDeadlines,
} from '../../src/domain/deadlines/evaluate.ts'
import { law } from '../../src/services/deadlines/law.ts'
import { type BenchResult, type BenchSuite, measurePeakMemory } from '../bench-types.ts'

/**
 * The deadline engine over synthetic children: about ten events each, spread over two school
 * years, in a mix of jurisdictions that count calendar, school and business days (and pause or
 * extend clocks). Districts share compiled calendars, as they would in production (one calendar
 * per district, compiled once). Measures children per second on one core and peak memory.
 */

const JURISDICTIONS = [
  'US',
  'TX',
  'CA',
  'IL',
  'NY',
  'FL',
  'GA',
  'PA',
  'MA',
  'KY',
  'LA',
  'VA',
  'DE',
  'MD',
  'WA',
  'OH',
  'AL',
  'SD',
]

const EVENT_MIX: readonly (readonly [string, number])[] = [
  ['consent-to-evaluate-signed', 3],
  ['evaluation-requested', 2],
  ['eligibility-determined', 2],
  ['iep-meeting-held', 3],
  ['annual-iep-review-held', 2],
  ['evaluation-completed', 2],
  ['reevaluation-completed', 1],
  ['records-request-received', 2],
  ['disciplinary-removal-day-recorded', 2],
  ['disciplinary-change-of-placement-decided', 1],
  ['student-absent', 2],
  ['parent-due-process-complaint-received', 1],
  ['resolution-meeting-held', 1],
  ['school-proposes-or-refuses-action', 1],
  ['iep-meeting-scheduled', 1],
  ['state-complaint-filed', 1],
  ['resolution-agreement-signed', 1],
]

// A small deterministic generator (mulberry32), so every run measures the same children.
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function districtCalendar(next: () => number): CompiledCalendar {
  const years = [2025, 2026].map((year) => {
    const firstDay = addDays(localDate(`${year}-08-11`), Math.floor(next() * 14))
    const lastDay = addDays(localDate(`${year + 1}-05-20`), Math.floor(next() * 14))
    const closedDays: LocalDate[] = [localDate(`${year}-09-07`), localDate(`${year}-11-11`)]
    for (let d = 0; d < 5; d += 1) closedDays.push(addDays(localDate(`${year}-11-23`), d))
    for (let d = 0; d < 12; d += 1) closedDays.push(addDays(localDate(`${year}-12-21`), d))
    for (let d = 0; d < 5; d += 1) closedDays.push(addDays(localDate(`${year + 1}-03-16`), d))
    return { firstDay, lastDay, closedDays: new Set(closedDays) }
  })
  const calendar = compileSchoolCalendars(years)
  if (!calendar) throw new Error('no calendar')
  return calendar
}

export function syntheticChildren(count: number, seed = 42): DeadlineInput[] {
  const next = random(seed)
  const calendars = Array.from({ length: 20 }, () => districtCalendar(next))
  const holidays = compileHolidays(
    ['2025-11-27', '2025-12-25', '2026-01-01', '2026-11-26', '2026-12-25'].map(localDate),
  )
  const weights = EVENT_MIX.reduce((sum, [, w]) => sum + w, 0)
  const pick = (): string => {
    let r = next() * weights
    for (const [type, w] of EVENT_MIX) {
      r -= w
      if (r < 0) return type
    }
    return 'iep-meeting-held'
  }
  const start = localDate('2025-09-01')
  const children: DeadlineInput[] = []
  for (let i = 0; i < count; i += 1) {
    const events: DeadlineEvent[] = []
    const n = 8 + Math.floor(next() * 5)
    for (let e = 0; e < n; e += 1) {
      const type = pick()
      const date = addDays(start, Math.floor(next() * 420))
      const details =
        type === 'disciplinary-removal-day-recorded' || type === 'student-absent'
          ? { schoolDays: 1 + Math.floor(next() * 4) }
          : undefined
      events.push(details ? { id: `e${e}`, type, date, details } : { id: `e${e}`, type, date })
    }
    children.push({
      jurisdiction: JURISDICTIONS[i % JURISDICTIONS.length] ?? 'US',
      today: localDate('2026-11-29'),
      dateOfBirth: addDays(localDate('2010-01-01'), Math.floor(next() * 4000)),
      events,
      calendar: calendars[i % calendars.length] ?? null,
      holidays,
    })
  }
  return children
}

/** Evaluates every child once; returns CPU and wall seconds, deadlines and overdue counts. */
function evaluateAll(children: readonly DeadlineInput[], explain: boolean) {
  const compiled = law()
  const cpu = process.cpuUsage()
  const started = process.hrtime.bigint()
  let deadlines = 0
  let overdue = 0
  let steps = 0
  for (const child of children) {
    const evaluation = evaluateDeadlines(compiled, child)
    deadlines += evaluation.deadlines.length
    // What a dashboard reads: each deadline's date and status.
    for (const deadline of evaluation.deadlines) {
      if (deadline.status === 'overdue' && deadline.due !== null) overdue += 1
      if (explain) steps += deadline.explanation.length
    }
  }
  const wall = Number(process.hrtime.bigint() - started) / 1e9
  const used = process.cpuUsage(cpu)
  return { cpu: (used.user + used.system) / 1e6, wall, deadlines, overdue, steps }
}

export const suite: BenchSuite = {
  name: 'deadlines',
  async run({ quick }) {
    const count = quick ? 10_000 : 100_000
    const children = syntheticChildren(count)
    // Warm up the JIT on a slice, then time one pass over every child.
    evaluateAll(children.slice(0, 5_000), true)
    const { result, peakMb } = await measurePeakMemory(() => evaluateAll(children, false))
    const explained = evaluateAll(children, true)
    const perCpuSecond = Math.round(count / result.cpu)
    const size = `${count.toLocaleString('en-US')} children, ~10 events each`
    const results: BenchResult[] = [
      {
        suite: 'deadlines',
        name: `children evaluated, dates and statuses (${size})`,
        value: perCpuSecond,
        unit: 'children/s (CPU time, one core)',
        budget: '≥ 200000 children/s',
        meetsBudget: perCpuSecond >= 200_000,
        notes: `${Math.round(count / result.wall)} children/s by the wall clock; ${(result.deadlines / count).toFixed(1)} deadlines and ${(result.overdue / count).toFixed(1)} overdue per child`,
      },
      {
        suite: 'deadlines',
        name: `children evaluated with every explanation built (${size})`,
        value: Math.round(count / explained.cpu),
        unit: 'children/s (CPU time, one core)',
        notes: `${(explained.steps / explained.deadlines).toFixed(1)} explanation steps per deadline (catalog Messages; words are written at the edge)`,
      },
      {
        suite: 'deadlines',
        name: 'peak memory while evaluating (input included)',
        value: peakMb,
        unit: 'MB',
      },
    ]
    return results
  },
}
