import { describe, expect, test } from 'vitest'
import rulesJson from '../../domain/deadlines/law/rules.json' with { type: 'json' }
import statesJson from '../../domain/deadlines/law/state-timelines.json' with { type: 'json' }
import { LawDataError, law, loadLaw } from './law.ts'

describe('the law data loaded at start-up', () => {
  test('compiles every rule for the federal jurisdiction and all 51 state entries', () => {
    const compiled = law()
    expect(compiled.data.rules).toHaveLength(62)
    expect([...compiled.jurisdictions.keys()]).toHaveLength(52)
    expect(compiled.jurisdictions.get('TX')?.variants).toHaveLength(62)
  })

  test('accepts every event type in the vocabulary and every name in the data', () => {
    const compiled = law()
    expect(compiled.typeIds.has('consent-to-evaluate-signed')).toBe(true)
    expect(compiled.typeIds.has('screener-completed')).toBe(true)
    expect(compiled.typeIds.has('due-process-hearing-held')).toBe(true)
  })

  test('a bad entry stops the start with a message that names it and says what to do', () => {
    const rules = structuredClone(rulesJson) as Record<string, unknown>[]
    const rule = rules[12]
    if (rule) rule.unit = 'weeks'
    let error: unknown
    try {
      loadLaw(rules, statesJson)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(LawDataError)
    expect((error as LawDataError).problems).toEqual([
      'rules[12].unit: Choose one of: calendar-days, school-days, business-days, months, years, school-years.',
    ])
    expect((error as Error).message).toContain('The deadline law data is not valid')
  })

  test('adding a rule is a data change: a new rule with new event names is loaded and counted', () => {
    const rules = structuredClone(rulesJson) as Record<string, unknown>[]
    rules.push({
      ...rules[1],
      id: 'example-new-rule',
      trigger: 'example-request-received',
      due: 'example-answer-sent',
      amount: 5,
      stateTimelineKey: undefined,
      exceptions: undefined,
    })
    const compiled = loadLaw(JSON.parse(JSON.stringify(rules)), statesJson)
    expect(compiled.typeIds.has('example-request-received')).toBe(true)
    expect(compiled.jurisdictions.get('US')?.variants.at(-1)?.id).toBe('example-new-rule')
  })
})
