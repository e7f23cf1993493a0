import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { buildIep, buildSection504, buildService } from '../../../test/support/plan-factories.ts'
import { parsePlan, planSchema } from './plan-schema.ts'

describe('the plan JSON schema', () => {
  test.each([
    ['a complete IEP', buildIep()],
    ['a complete 504 plan', buildSection504()],
  ])('%s reads back unchanged', (_, plan) => {
    const parsed = parsePlan(JSON.parse(JSON.stringify(plan)))
    expect(parsed).toEqual({ ok: true, value: plan })
  })

  test('a minimal IEP gets empty lists and the draft status', () => {
    const parsed = parsePlan({ kind: 'iep' })
    expect(parsed).toEqual({
      ok: true,
      value: {
        kind: 'iep',
        status: 'draft',
        dates: {},
        goals: [],
        services: [],
        accommodations: [],
        team: [],
      },
    })
  })

  test('text is trimmed and empty text counts as not given', () => {
    const parsed = parsePlan({ kind: '504', summary: { strengths: '  Kind  ', needs: '   ' } })
    expect(parsed.ok && parsed.value.summary).toEqual({ strengths: 'Kind', needs: undefined })
  })

  test('state codes are upper-cased; other shapes are refused with a plans catalog key', () => {
    expect(parsePlan({ kind: 'iep', school: { stateCode: 'or' } })).toMatchObject({
      ok: true,
      value: { school: { stateCode: 'OR' } },
    })
    expect(parsePlan({ kind: 'iep', school: { stateCode: 'Oregon' } })).toEqual({
      ok: false,
      problems: [{ field: 'school.stateCode', message: 'plans.problems.stateCode' }],
    })
  })

  test.each([
    ['a kind that is not a plan', { kind: 'ifsp' }, 'kind'],
    ['a goal without an id', { kind: 'iep', goals: [{ area: 'reading', text: 'x' }] }, 'goals[0].id'],
    [
      'a frequency period that is not day, week or month',
      { kind: 'iep', services: [{ ...buildService(), frequency: { times: 1, per: 'year' } }] },
      'services[0].frequency.per',
    ],
    [
      'an accommodation setting that does not exist',
      { kind: '504', accommodations: [{ id: 'a', text: 'x', settings: ['gym'] }] },
      'accommodations[0].settings[0]',
    ],
    ['a field the schema does not know', { kind: 'iep', colour: 'blue' }, '(input)'],
  ])('%s is refused at %s', (_, data, field) => {
    const parsed = parsePlan(data)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.problems.map((p) => p.field)).toContain(field)
  })

  test('the rules between fields run after the schema, with a prefix for nested plans', () => {
    const data = { ...buildIep(), services: [buildService({ minutes: 0 })] }
    expect(parsePlan(JSON.parse(JSON.stringify(data)), 'plan')).toEqual({
      ok: false,
      problems: [{ field: 'plan.services[0].minutes', message: 'plans.problems.minutesNotPositive' }],
    })
  })

  test('the schema converts to JSON Schema, for the OpenAPI document', () => {
    const schema = z.toJSONSchema(planSchema, { io: 'input' }) as { oneOf?: unknown[]; anyOf?: unknown[] }
    expect((schema.oneOf ?? schema.anyOf ?? []).length).toBe(2)
  })
})
