import { describe, expect, test } from 'vitest'
import { buildIep, buildService, CHILD_BORN } from '../../../test/support/plan-factories.ts'
import { checkPlanRequest, findingsToJson } from './check-plan.ts'
import { diffPlansRequest } from './diff-plans.ts'

const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown

describe('checkPlanRequest', () => {
  test('a well-formed plan gives its findings', () => {
    const result = checkPlanRequest(asJson({ plan: buildIep({ goals: [] }), childDateOfBirth: CHILD_BORN }))
    expect(result.ok && result.findings.map((f) => f.code)).toEqual(['goals-missing'])
  })

  test('the options reach the check: a state age of majority of 19 is used in the message', () => {
    const plan = buildIep({ team: [...buildIep().team, { role: 'student' }] })
    const result = checkPlanRequest(asJson({ plan, childDateOfBirth: '2009-01-01', ageOfMajority: 19 }))
    const finding = result.ok
      ? result.findings.find((f) => f.code === 'transfer-of-rights-missing')
      : undefined
    expect(finding?.message.params).toEqual({ age: 19 })
  })

  test('a malformed plan gives problems with paths under "plan"', () => {
    const result = checkPlanRequest(
      asJson({ plan: buildIep({ services: [buildService({ frequency: { times: 0, per: 'week' } })] }) }),
    )
    expect(result).toEqual({
      ok: false,
      problems: [{ field: 'plan.services[0].frequency.times', message: 'plans.problems.timesNotPositive' }],
    })
  })

  test('an age of majority outside 18–21 is refused', () => {
    const result = checkPlanRequest(asJson({ plan: buildIep(), ageOfMajority: 16 }))
    expect(result.ok).toBe(false)
  })

  test('findings are written out in the chosen language', () => {
    const result = checkPlanRequest(asJson({ plan: buildIep({ goals: [] }), childDateOfBirth: CHILD_BORN }))
    const findings = result.ok ? result.findings : []
    expect(findingsToJson(findings, 'es')).toEqual([
      {
        code: 'goals-missing',
        message: 'El plan no tiene metas anuales medibles. Un IEP debe tenerlas.',
        citation: '34 CFR 300.320(a)(2)(i)',
        path: 'goals',
      },
    ])
  })
})

describe('diffPlansRequest', () => {
  test('compares two plans given as JSON', () => {
    const result = diffPlansRequest(asJson({ before: buildIep(), after: buildIep({ services: [] }) }))
    expect(result.ok && result.diff.summary.servicesRemoved).toBe(1)
  })

  test('a missing "after" plan is a problem named "after"', () => {
    const result = diffPlansRequest(asJson({ before: buildIep() }))
    expect(result).toEqual({ ok: false, problems: [{ field: 'after', message: 'errors.input.required' }] })
  })

  test('a plan without a kind is told to say which kind it is', () => {
    const result = diffPlansRequest(asJson({ before: buildIep(), after: {} }))
    expect(result).toEqual({ ok: false, problems: [{ field: 'after.kind', message: 'plans.problems.kind' }] })
  })
})
