import { describe, expect, test } from 'vitest'
import rulesJson from './law/rules.json' with { type: 'json' }
import statesJson from './law/state-timelines.json' with { type: 'json' }
import { validateLawData } from './validate-law-data.ts'

type Json = Record<string, unknown>

function copy(): { rules: Json[]; states: Json[] } {
  return structuredClone({ rules: rulesJson as Json[], states: statesJson as Json[] })
}

function problemsAfter(change: (data: { rules: Json[]; states: Json[] }) => void) {
  const data = copy()
  change(data)
  const result = validateLawData(data.rules, data.states)
  return result.ok ? [] : result.problems
}

function at<T>(list: T[], index: number): T {
  const item = list[index]
  if (item === undefined) throw new Error(`no item ${index}`)
  return item
}

describe('validateLawData', () => {
  test('accepts the project law data: 62 rules and 51 jurisdictions', () => {
    const result = validateLawData(rulesJson, statesJson)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.value.rules).toHaveLength(62)
      expect(result.value.states).toHaveLength(51)
    }
  })

  test.each([
    [
      'a unit that is not one of the units',
      (d: { rules: Json[] }) => {
        at(d.rules, 12).unit = 'weeks'
      },
      'rules[12].unit',
      'errors.input.oneOf',
    ],
    [
      'a misspelt field',
      (d: { rules: Json[] }) => {
        at(d.rules, 3).alsoTrigeredBy = ['x']
      },
      'rules[3]',
      'errors.input.unknownKeys',
    ],
    [
      'a counted rule without an amount',
      (d: { rules: Json[] }) => {
        at(d.rules, 1).amount = null
      },
      'rules[1].amount',
      'deadlines.lawData.amountNeeded',
    ],
    [
      'a negative amount',
      (d: { rules: Json[] }) => {
        at(d.rules, 1).amount = -60
      },
      'rules[1].amount',
      'errors.input.tooSmall',
    ],
    [
      'the same rule id twice',
      (d: { rules: Json[] }) => {
        at(d.rules, 5).id = 'idea-initial-evaluation'
      },
      'rules[5].id',
      'deadlines.lawData.duplicate',
    ],
    [
      'an event name that is not kebab-case',
      (d: { rules: Json[] }) => {
        at(d.rules, 2).trigger = 'Eligibility Determined'
      },
      'rules[2].trigger',
      'deadlines.lawData.name',
    ],
    [
      'a chain to a rule that does not exist',
      (d: { rules: Json[] }) => {
        at(d.rules, 46).chainedFrom = 'idea-resolution-periods'
      },
      'rules[46].chainedFrom',
      'deadlines.lawData.unknownRule',
    ],
    [
      'a state figure with an amount but no unit',
      (d: { states: Json[] }) => {
        ;(at(d.states, 43).initialEvaluation as Json).unit = null
      },
      'states[43].initialEvaluation.unit',
      'deadlines.lawData.figureIncomplete',
    ],
    [
      'a pause of an unknown type',
      (d: { states: Json[] }) => {
        ;(at(d.states, 4).initialEvaluation as Json).pausedDuring = [{ type: 'holidays' }]
      },
      'states[4].initialEvaluation.pausedDuring[0].type',
      'errors.input.oneOf',
    ],
    [
      'a state code used twice',
      (d: { states: Json[] }) => {
        at(d.states, 1).code = 'AL'
      },
      'states[1].code',
      'deadlines.lawData.duplicate',
    ],
    [
      'a figure marked unknown that gives an amount',
      (d: { states: Json[] }) => {
        ;(at(d.states, 0).initialEvaluation as Json).confidence = 'unknown'
      },
      'states[0].initialEvaluation.confidence',
      'deadlines.lawData.unknownWithFigure',
    ],
  ])('names the entry for %s', (_, change, field, message) => {
    expect(problemsAfter(change as (d: { rules: Json[]; states: Json[] }) => void)).toContainEqual(
      expect.objectContaining({ field, message }),
    )
  })

  test('reports every problem at once, not just the first', () => {
    const problems = problemsAfter((d) => {
      at(d.rules, 0).law = 'ADA'
      at(d.rules, 61).confidence = 'certain'
    })
    expect(problems.map((p) => p.field)).toEqual(['rules[0].law', 'rules[61].confidence'])
  })

  test('says so when a file is not a list', () => {
    const result = validateLawData({ rules: [] }, statesJson)
    expect(result.ok ? [] : result.problems).toEqual([
      { field: 'rules', message: 'errors.input.wrongType', params: { expected: 'array' } },
    ])
  })

  test('adding a state is a data change: a new entry is accepted as it is', () => {
    const data = copy()
    data.states.push({ ...at(data.states, 2), state: 'Puerto Rico', code: 'PR' })
    expect(validateLawData(data.rules, data.states).ok).toBe(true)
  })
})
