import { describe, expect, test } from 'vitest'
import { buildIep, buildSection504 } from '../../../test/support/plan-factories.ts'
import { type Instant, localDate } from '../dates/local-date.ts'
import type { PlanStatus } from './plan.ts'
import { type PlanRecord, planHeaderFields, selectPlanInEffect, selectPreviousPlan } from './plan-record.ts'

function record(
  id: string,
  status: PlanStatus,
  effectiveFrom: string | null,
  overrides: Partial<PlanRecord> = {},
): PlanRecord {
  return {
    id,
    childId: 'child',
    organizationId: 'org',
    kind: 'iep',
    status,
    revisionReason: null,
    previousPlanId: null,
    previousVersion: null,
    meetingDate: null,
    effectiveFrom: effectiveFrom === null ? null : localDate(effectiveFrom),
    effectiveTo: null,
    latestVersion: 1,
    createdAt: '2026-01-01T00:00:00.000Z' as Instant,
    updatedAt: '2026-01-01T00:00:00.000Z' as Instant,
    ...overrides,
  }
}

const history = [
  record('iep-2024', 'superseded', '2024-09-01'),
  record('504-2025', 'superseded', '2025-02-01', { kind: '504' }),
  record('iep-2025', 'in-effect', '2025-09-01'),
  record('draft-2026', 'draft', '2026-09-01'),
  record('proposed', 'proposed', '2025-10-01'),
  record('undated', 'in-effect', null),
]

describe('the plan in effect on a date', () => {
  test.each([
    ['before any plan started', '2024-08-31', undefined],
    ['the first day of the first plan', '2024-09-01', 'iep-2024'],
    ['while a 504 plan replaced the IEP', '2025-03-15', '504-2025'],
    ['after this year’s IEP started', '2025-09-01', 'iep-2025'],
    ['a draft or a proposal never counts, even after its start', '2026-10-01', 'iep-2025'],
  ])('%s (%s) → %s', (_, on, expected) => {
    expect(selectPlanInEffect(history, localDate(on))?.id).toBe(expected)
  })

  test('on the same first day, the plan still in effect wins over the one it replaced', () => {
    const sameDay = [
      record('old', 'superseded', '2025-09-01'),
      record('amendment', 'in-effect', '2025-09-01'),
    ]
    expect(selectPlanInEffect(sameDay, localDate('2025-09-02'))?.id).toBe('amendment')
    expect(selectPlanInEffect([...sameDay].reverse(), localDate('2025-09-02'))?.id).toBe('amendment')
  })
})

describe('the plan before this one', () => {
  test('is the plan the revision names', () => {
    const amendment = record('amendment', 'draft', '2025-12-01', { previousPlanId: 'iep-2024' })
    expect(selectPreviousPlan(amendment, history)?.id).toBe('iep-2024')
  })

  test('or else the agreed plan of either kind that started last before it', () => {
    expect(selectPreviousPlan(record('iep-2025', 'in-effect', '2025-09-01'), history)?.id).toBe('504-2025')
    expect(selectPreviousPlan(record('iep-2024', 'superseded', '2024-09-01'), history)).toBeUndefined()
  })
})

describe('the header a version gives its plan', () => {
  test('an IEP runs from its start (or meeting) to its end (or next review)', () => {
    expect(
      planHeaderFields(
        buildIep({ dates: { meeting: localDate('2026-08-20'), nextAnnualReview: localDate('2027-08-19') } }),
      ),
    ).toEqual({
      kind: 'iep',
      status: 'in-effect',
      revisionReason: 'annual-review',
      previousPlanId: null,
      previousVersion: null,
      meetingDate: '2026-08-20',
      effectiveFrom: '2026-08-20',
      effectiveTo: '2027-08-19',
    })
  })

  test('a 504 plan runs to its review date; an amendment keeps its link', () => {
    const header = planHeaderFields(
      buildSection504({ revision: { reason: 'amendment', previousPlanId: 'p1', previousVersion: 3 } }),
    )
    expect(header).toMatchObject({
      kind: '504',
      effectiveFrom: '2026-09-14',
      effectiveTo: '2027-09-10',
      previousPlanId: 'p1',
      previousVersion: 3,
    })
  })
})
