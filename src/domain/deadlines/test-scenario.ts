import { addDays, type LocalDate, localDate } from '../dates/local-date.ts'
import { schoolCalendar } from '../dates/school-calendar.ts'
import { EVENT_TYPES } from '../events/event-types.ts'
import { compileSchoolCalendars } from './calendar-index.ts'
import { type CompiledLaw, compileLaw } from './compile-law.ts'
import type { Deadline, DeadlineEvent, EventDetails } from './deadline.ts'
import { compileHolidays, type DeadlineEvaluation, evaluateDeadlines } from './evaluate.ts'
import rulesJson from './law/rules.json' with { type: 'json' }
import statesJson from './law/state-timelines.json' with { type: 'json' }
import { validateLawData } from './validate-law-data.ts'

/**
 * Scenarios for the engine's tests: the project's law data, two school years with a winter break,
 * and a few US holidays. Only tests import this file.
 */

function loadTestLaw(): CompiledLaw {
  const checked = validateLawData(rulesJson, statesJson)
  if (!checked.ok) throw new Error(`law data: ${JSON.stringify(checked.problems)}`)
  return compileLaw(checked.value, EVENT_TYPES)
}

export const testLaw = loadTestLaw()

function days(from: string, to: string): string[] {
  const out: string[] = []
  for (let d = localDate(from); d <= to; d = addDays(d, 1)) out.push(d)
  return out
}

export interface CalendarInput {
  readonly firstDay: string
  readonly lastDay: string
  readonly closedDays: readonly string[]
}

/** 2026–27: Labor Day, Thanksgiving (Wed–Fri), winter break 21 Dec–1 Jan, MLK Day, spring break 15–19 Mar. */
export const year2026: CalendarInput = {
  firstDay: '2026-08-17',
  lastDay: '2027-05-28',
  closedDays: [
    '2026-09-07',
    ...days('2026-11-25', '2026-11-27'),
    ...days('2026-12-21', '2027-01-01'),
    '2027-01-18',
    ...days('2027-03-15', '2027-03-19'),
  ],
}

/** 2027–28: Labor Day, Thanksgiving (Wed–Fri), winter break 20–31 Dec. */
export const year2027: CalendarInput = {
  firstDay: '2027-08-16',
  lastDay: '2028-05-26',
  closedDays: ['2027-09-06', ...days('2027-11-24', '2027-11-26'), ...days('2027-12-20', '2027-12-31')],
}

export const usHolidays = ['2026-11-26', '2026-12-25', '2027-01-01', '2027-01-18']

export type ScenarioEvent = readonly [id: string, type: string, date: string, details?: EventDetails]

export interface Scenario {
  readonly jurisdiction?: string
  readonly today?: string
  readonly dateOfBirth?: string | null
  readonly events?: readonly ScenarioEvent[]
  /** Defaults to both school years; null for none. */
  readonly calendars?: readonly CalendarInput[] | null
  readonly holidays?: readonly string[]
}

export function evaluate(scenario: Scenario): DeadlineEvaluation {
  const calendars = scenario.calendars === undefined ? [year2026, year2027] : (scenario.calendars ?? [])
  const events: DeadlineEvent[] = (scenario.events ?? []).map(([id, type, date, details]) =>
    details ? { id, type, date: localDate(date), details } : { id, type, date: localDate(date) },
  )
  return evaluateDeadlines(testLaw, {
    jurisdiction: scenario.jurisdiction ?? 'US',
    today: localDate(scenario.today ?? '2026-11-29'),
    dateOfBirth: scenario.dateOfBirth ? localDate(scenario.dateOfBirth) : null,
    events,
    calendar: compileSchoolCalendars(
      calendars.map((c) =>
        schoolCalendar({
          firstDay: localDate(c.firstDay),
          lastDay: localDate(c.lastDay),
          closedDays: c.closedDays.map(localDate),
        }),
      ),
    ),
    holidays: compileHolidays((scenario.holidays ?? usHolidays).map(localDate)),
  })
}

/** Every deadline of one rule in a scenario. */
export function deadlinesOf(scenario: Scenario, rule: string): Deadline[] {
  return evaluate(scenario).deadlines.filter((d) => d.rule === rule)
}

/** The one deadline of a rule; fails the test when there is not exactly one. */
export function deadlineOf(scenario: Scenario, rule: string): Deadline {
  const found = deadlinesOf(scenario, rule)
  if (found.length !== 1) throw new Error(`expected one ${rule} deadline, found ${found.length}`)
  return found[0] as Deadline
}

/** The dates a deadline's explanation mentions, in order. */
export function explanationDates(deadline: Deadline): LocalDate[] {
  const dates: LocalDate[] = []
  for (const step of deadline.explanation) {
    for (const value of Object.values(step.params ?? {})) {
      if (typeof value === 'object' && 'date' in value) dates.push(value.date)
    }
  }
  return dates
}
