import { describe, expect, test } from 'vitest'
import { buildIep, buildSection504 } from '../../../test/support/plan-factories.ts'
import { DomainError } from '../problems.ts'
import { PLAN_STATUSES, type PlanStatus } from './plan.ts'
import {
  allowedPlanActions,
  amendPlan,
  assertPlanSavable,
  nextPlanStatus,
  PLAN_ACTIONS,
  type PlanAction,
  putPlanIntoEffect,
  startNextPlan,
} from './transitions.ts'
import { assertLatestVersion, nextVersionNumber } from './versions.ts'

const LEGAL: readonly [PlanStatus, PlanAction, PlanStatus][] = [
  ['draft', 'propose', 'proposed'],
  ['draft', 'record-agreed', 'in-effect'],
  ['proposed', 'agree', 'in-effect'],
  ['proposed', 'reopen', 'draft'],
  ['in-effect', 'supersede', 'superseded'],
]

function thrownCode(run: () => unknown): string | undefined {
  try {
    run()
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a DomainError'
  }
  return undefined
}

describe('plan lifecycle', () => {
  test.each(LEGAL)('%s --%s--> %s', (from, action, to) => {
    expect(nextPlanStatus(from, action)).toBe(to)
  })

  const illegal = PLAN_STATUSES.flatMap((from) =>
    PLAN_ACTIONS.filter((action) => !LEGAL.some(([f, a]) => f === from && a === action)).map(
      (action) => [from, action] as const,
    ),
  )

  test.each(illegal)('%s cannot %s: PLAN_TRANSITION_NOT_ALLOWED', (from, action) => {
    expect(thrownCode(() => nextPlanStatus(from, action))).toBe('PLAN_TRANSITION_NOT_ALLOWED')
  })

  test('the refusal names the status and the action, for the page to explain', () => {
    try {
      nextPlanStatus('superseded', 'agree')
    } catch (error) {
      expect((error as DomainError).details).toEqual({ from: 'superseded', action: 'agree' })
      expect((error as DomainError).status).toBe(409)
    }
    expect.assertions(2)
  })

  test('the allowed actions are exactly the legal ones', () => {
    for (const status of PLAN_STATUSES) {
      const expected = LEGAL.filter(([from]) => from === status).map(([, action]) => action)
      expect([...allowedPlanActions(status)].sort()).toEqual([...expected].sort())
    }
  })

  test('a superseded plan can take no step', () => {
    expect(allowedPlanActions('superseded')).toEqual([])
  })
})

describe('saving a version', () => {
  test.each<[PlanStatus, 'edit' | 'correction', boolean]>([
    ['draft', 'edit', true],
    ['proposed', 'edit', true],
    ['in-effect', 'edit', false],
    ['superseded', 'edit', false],
    ['in-effect', 'correction', true],
    ['superseded', 'correction', true],
  ])('a %s plan, saved as an %s: allowed %s', (status, purpose, allowed) => {
    const code = thrownCode(() => assertPlanSavable(status, purpose))
    expect(code).toBe(allowed ? undefined : 'PLAN_NOT_EDITABLE')
  })

  test('a save based on an older version is refused with VERSION_CONFLICT', () => {
    expect(thrownCode(() => assertLatestVersion(4, 3))).toBe('VERSION_CONFLICT')
    expect(thrownCode(() => assertLatestVersion(4, 4))).toBeUndefined()
  })

  test('versions count from 1', () => {
    expect(nextVersionNumber(undefined)).toBe(1)
    expect(nextVersionNumber(7)).toBe(8)
  })
})

describe('amendments and the next plan', () => {
  test('an amendment is a draft linked to the plan it amends, keeping item ids for the diff', () => {
    const current = buildIep()
    const amendment = amendPlan(current, {
      previousPlanId: 'plan-1',
      previousVersion: 3,
      withoutMeeting: true,
    })
    expect(amendment.status).toBe('draft')
    expect(amendment.revision).toEqual({
      reason: 'amendment',
      previousPlanId: 'plan-1',
      previousVersion: 3,
      withoutMeeting: true,
    })
    expect(amendment.goals.map((g) => g.id)).toEqual(current.goals.map((g) => g.id))
    expect(current.status).toBe('in-effect')
  })

  test.each<PlanStatus>(['draft', 'proposed', 'superseded'])('a %s plan cannot be amended', (status) => {
    const code = thrownCode(() =>
      amendPlan(buildIep({ status }), { previousPlanId: 'p', previousVersion: 1 }),
    )
    expect(code).toBe('PLAN_TRANSITION_NOT_ALLOWED')
  })

  test('the next plan starts as a draft with the same items and none of the old dates', () => {
    const next = startNextPlan(buildIep(), 'annual-review', { previousPlanId: 'plan-1', previousVersion: 2 })
    expect(next.status).toBe('draft')
    expect(next.dates).toEqual({})
    expect(next.revision).toEqual({ reason: 'annual-review', previousPlanId: 'plan-1', previousVersion: 2 })
    expect(next.services).toEqual(buildIep().services)
  })

  test('putting a proposal into effect supersedes the plan in effect, even across IEP and 504', () => {
    const proposal = buildIep({ status: 'proposed' })
    const { inEffect, superseded } = putPlanIntoEffect(proposal, buildSection504())
    expect(inEffect.status).toBe('in-effect')
    expect(superseded?.status).toBe('superseded')
    expect(superseded?.kind).toBe('504')
  })

  test('a draft copied from paper is recorded as agreed; with nothing in effect, nothing is superseded', () => {
    const result = putPlanIntoEffect(buildIep({ status: 'draft' }))
    expect(result.inEffect.status).toBe('in-effect')
    expect(result.superseded).toBeUndefined()
  })

  test('a plan already superseded cannot be put back into effect', () => {
    expect(thrownCode(() => putPlanIntoEffect(buildIep({ status: 'superseded' })))).toBe(
      'PLAN_TRANSITION_NOT_ALLOWED',
    )
  })

  test('the plan said to be in effect must be in effect to be superseded', () => {
    const code = thrownCode(() =>
      putPlanIntoEffect(buildIep({ status: 'proposed' }), buildIep({ status: 'draft' })),
    )
    expect(code).toBe('PLAN_TRANSITION_NOT_ALLOWED')
  })
})
