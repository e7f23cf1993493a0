import { performance } from 'node:perf_hooks'
import { addDays, type LocalDate, localDate } from '../../src/domain/dates/local-date.ts'
import { isSchoolDay, type SchoolCalendar, schoolCalendar } from '../../src/domain/dates/school-calendar.ts'
import { findDeliveryAlerts } from '../../src/domain/services-delivered/delivery-alert.ts'
import type { PlannedService, ServiceSession } from '../../src/domain/services-delivered/planned-service.ts'
import { computePlanDelivery } from '../../src/domain/services-delivered/service-delivery.ts'
import type { SessionStatus } from '../../src/domain/services-delivered/session-status.ts'
import { type BenchResult, type BenchSuite, measurePeakMemory } from '../bench-types.ts'

/**
 * Service compliance for a district: every child has three services (speech 30 minutes a week,
 * reading 20 minutes a school day, occupational therapy 60 minutes a month) and a full school
 * year of logged sessions (about 230 a child), with misses for every reason and some family
 * reports. Data is built first (as if read from the database); only the computation is timed.
 */
const FULL_CHILDREN = 10_000
const QUICK_CHILDREN = 1_000
const BUDGET_CHILDREN_PER_SECOND = 2_000

interface Child {
  readonly services: readonly PlannedService[]
  readonly sessions: readonly ServiceSession[]
}

function random(seed: number): () => number {
  // mulberry32: small, fast and repeatable, so every run measures the same data.
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function districtCalendar(): SchoolCalendar {
  const closed: LocalDate[] = ['2026-11-26', '2026-11-27', '2027-01-18', '2027-02-15', '2027-05-31'].map(
    localDate,
  )
  for (let d = localDate('2026-12-21'); d <= '2027-01-01'; d = addDays(d, 1)) closed.push(d)
  for (let d = localDate('2027-03-22'); d <= '2027-03-26'; d = addDays(d, 1)) closed.push(d)
  return schoolCalendar({
    firstDay: localDate('2026-09-08'),
    lastDay: localDate('2027-06-18'),
    closedDays: closed,
  })
}

const MISSED: readonly SessionStatus[] = [
  'missed-provider-absent',
  'missed-school-event',
  'cancelled-by-school',
  'student-absent',
  'cancelled-by-family',
  'missed-reason-unknown',
]

function buildChildren(count: number, calendar: SchoolCalendar): Child[] {
  const next = random(20260908)
  const schoolDays: LocalDate[] = []
  for (let d = calendar.firstDay; d <= calendar.lastDay; d = addDays(d, 1)) {
    if (isSchoolDay(calendar, d)) schoolDays.push(d)
  }
  const children: Child[] = []
  for (let c = 0; c < count; c += 1) {
    // Some plans start after the first day of school.
    const startIndex = next() < 0.2 ? Math.floor(next() * 60) : 0
    const start = schoolDays[startIndex] as LocalDate
    const services: PlannedService[] = [
      { id: 'speech', name: 'Speech therapy', minutes: 30, per: 'week', start, end: calendar.lastDay },
      { id: 'reading', name: 'Reading support', minutes: 20, per: 'day', start, end: calendar.lastDay },
      { id: 'ot', name: 'Occupational therapy', minutes: 60, per: 'month', start, end: calendar.lastDay },
    ]
    const sessions: ServiceSession[] = []
    const log = (service: string, date: LocalDate, minutes: number) => {
      const roll = next()
      const status = roll < 0.85 ? 'delivered' : (MISSED[Math.floor(next() * MISSED.length)] as SessionStatus)
      sessions.push({ service, date, minutes, status, confirmed: next() > 0.03 })
    }
    for (let i = startIndex; i < schoolDays.length; i += 1) {
      const day = schoolDays[i] as LocalDate
      log('reading', day, 20)
      if (i % 5 === 2) log('speech', day, 30)
      if (i % 20 === 7) log('ot', day, 60)
    }
    children.push({ services, sessions })
  }
  return children
}

export const suite: BenchSuite = {
  name: 'services-delivered',
  async run({ quick }): Promise<readonly BenchResult[]> {
    const calendar = districtCalendar()
    const count = quick ? QUICK_CHILDREN : FULL_CHILDREN
    const children = buildChildren(count, calendar)
    const sessions = children.reduce((sum, child) => sum + child.sessions.length, 0)
    const period = { from: calendar.firstDay, to: calendar.lastDay }

    // Warm up the JIT on a few children so quick and full runs measure the same steady state.
    for (const child of children.slice(0, 200)) {
      computePlanDelivery({ ...child, calendar, period })
      findDeliveryAlerts({ ...child, calendar, today: localDate('2027-03-10') })
    }

    let owed = 0
    const compliance = await measurePeakMemory(() => {
      const started = performance.now()
      for (const child of children) {
        for (const result of computePlanDelivery({ ...child, calendar, period })) owed += result.owedMinutes
      }
      return performance.now() - started
    })
    const alerts = await measurePeakMemory(() => {
      const started = performance.now()
      let raised = 0
      for (const child of children) {
        raised += findDeliveryAlerts({ ...child, calendar, today: localDate('2027-03-10') }).length
      }
      return { ms: performance.now() - started, raised }
    })

    const perSecond = Math.round(count / (compliance.result / 1000))
    const alertsPerSecond = Math.round(count / (alerts.result.ms / 1000))
    const notes = `${count} children × 3 services, ${sessions} sessions, whole school year`
    return [
      {
        suite: 'services-delivered',
        name: 'compliance (required, delivered, missed, owed)',
        value: perSecond,
        unit: 'children/s',
        budget: `≥ ${BUDGET_CHILDREN_PER_SECOND} children/s`,
        meetsBudget: perSecond >= BUDGET_CHILDREN_PER_SECOND,
        notes: `${notes}; ${Math.round(compliance.result)} ms; ${owed} minutes owed in all`,
      },
      {
        suite: 'services-delivered',
        name: '90% alerts (last four school weeks)',
        value: alertsPerSecond,
        unit: 'children/s',
        notes: `${notes}; ${Math.round(alerts.result.ms)} ms; ${alerts.result.raised} alerts`,
      },
      {
        suite: 'services-delivered',
        name: 'peak memory',
        value: Math.max(compliance.peakMb, alerts.peakMb),
        unit: 'MB',
        notes: 'resident set, data included',
      },
    ]
  },
}
