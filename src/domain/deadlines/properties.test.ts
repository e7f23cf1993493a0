import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { addDays, localDate, toEpochDay } from '../dates/local-date.ts'
import { isSchoolDay, schoolCalendar } from '../dates/school-calendar.ts'
import type { Recipe } from './compile-law.ts'
import { BIRTH_TRIGGER } from './evaluate.ts'
import {
  deadlinesOf,
  evaluate,
  explanationDates,
  type Scenario,
  testLaw,
  year2026,
  year2027,
} from './test-scenario.ts'

const start = localDate('2026-06-01')
const dateIn = (days: number) => fc.integer({ min: 0, max: days }).map((n) => addDays(start, n))
const jurisdictions = [...testLaw.jurisdictions.keys()]

/** Every (jurisdiction, rule) whose date comes from a fixed count, with the event that starts it there. */
const counted = jurisdictions.flatMap((code) =>
  (testLaw.jurisdictions.get(code)?.variants ?? []).flatMap((variant) => {
    const recipe: Recipe = variant.mode === 'replace' && variant.state ? variant.state : variant.federal
    if (recipe.amount === null || variant.isThreshold || variant.fromBirth) return []
    const trigger = recipe.triggerTypes[0]
    return trigger ? [{ code, rule: variant.id, trigger, recipe }] : []
  }),
)

const scenarioFor = (code: string, trigger: string, date: string): Scenario => ({
  jurisdiction: code,
  today: '2026-06-01',
  events: [['t1', trigger, date]],
})

describe('properties of every counted rule in every jurisdiction', () => {
  test('a later trigger never gives an earlier due date', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...counted),
        dateIn(560),
        fc.integer({ min: 0, max: 60 }),
        (row, first, gap) => {
          const later = addDays(first, gap)
          const a = deadlinesOf(scenarioFor(row.code, row.trigger, first), row.rule)[0]?.due ?? null
          const b = deadlinesOf(scenarioFor(row.code, row.trigger, later), row.rule)[0]?.due ?? null
          if (a !== null && b !== null)
            expect(b >= a, `${row.code} ${row.rule}: ${first}→${a}, ${later}→${b}`).toBe(true)
        },
      ),
      { numRuns: 2000 },
    )
  })

  test('a date counted in school days is always a school day', () => {
    const calendars = [year2026, year2027].map((c) =>
      schoolCalendar({
        firstDay: localDate(c.firstDay),
        lastDay: localDate(c.lastDay),
        closedDays: c.closedDays.map(localDate),
      }),
    )
    const schoolDayRows = counted.filter(
      (row) => row.recipe.unit === 'school-days' && !row.recipe.endOfSchoolYear && !row.recipe.alternative,
    )
    expect(schoolDayRows.length).toBeGreaterThan(20)
    fc.assert(
      fc.property(fc.constantFrom(...schoolDayRows), dateIn(560), (row, date) => {
        for (const deadline of deadlinesOf(scenarioFor(row.code, row.trigger, date), row.rule)) {
          if (deadline.due === null) continue
          const due = localDate(deadline.due)
          expect(
            calendars.some((c) => isSchoolDay(c, due)),
            `${row.code} ${row.rule} from ${date}: ${due}`,
          ).toBe(true)
        }
      }),
      { numRuns: 1000 },
    )
  })
})

describe('properties of explanations, for any record', () => {
  const types = testLaw.eventTypes.filter((type) => type !== 'other')
  const record = fc.record({
    jurisdiction: fc.constantFrom(...jurisdictions),
    dateOfBirth: fc.option(
      dateIn(365).map((d) => addDays(d, -15 * 365)),
      { nil: null },
    ),
    events: fc.array(fc.tuple(fc.constantFrom(...types), dateIn(540), fc.integer({ min: 1, max: 6 })), {
      minLength: 1,
      maxLength: 10,
    }),
    today: dateIn(700),
  })
  type RecordInput = typeof record extends fc.Arbitrary<infer T> ? T : never
  const scenarioOf = (r: RecordInput): Scenario => ({
    jurisdiction: r.jurisdiction,
    dateOfBirth: r.dateOfBirth,
    today: r.today,
    events: r.events.map(([type, date, schoolDays], i) => [`e${i}`, type, date, { schoolDays }] as const),
  })

  test("the explanation's due date is the deadline's due date, and it starts from the trigger", () => {
    fc.assert(
      fc.property(record, (r) => {
        const scenario = scenarioOf(r)
        for (const deadline of evaluate(scenario).deadlines) {
          const dueSteps = deadline.explanation.filter(
            (s) => s.key === 'deadlines.explain.due' || s.key === 'deadlines.explain.earliest',
          )
          if (deadline.due === null) expect(dueSteps).toEqual([])
          else {
            expect(dueSteps, deadline.rule).toHaveLength(1)
            expect(dueSteps[0]?.params?.date).toEqual({ date: deadline.due })
          }
          const trigger = scenario.events?.find(([id]) => id === deadline.trigger)
          const dates = explanationDates(deadline)
          if (trigger && deadline.kind !== 'threshold') expect(dates[0], deadline.rule).toBe(trigger[2])
          if (
            deadline.trigger === BIRTH_TRIGGER &&
            r.dateOfBirth &&
            deadline.rule !== 'idea-transfer-of-rights-statement'
          ) {
            expect(dates[0]).toBe(r.dateOfBirth)
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  test('a met deadline names the event that met it, dated no earlier than the trigger allows', () => {
    fc.assert(
      fc.property(record, (r) => {
        const scenario = scenarioOf(r)
        for (const deadline of evaluate(scenario).deadlines) {
          if (deadline.metBy === null) continue
          const met = scenario.events?.find(([id]) => id === deadline.metBy)
          expect(met?.[2]).toBe(deadline.metOn)
          if (deadline.due !== null && deadline.daysLate !== null && met) {
            const late = Math.max(0, toEpochDay(localDate(met[2])) - toEpochDay(localDate(deadline.due)))
            expect(deadline.daysLate).toBe(late)
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})
