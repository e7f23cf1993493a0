import { describe, expect, test } from 'vitest'
import { buildIep, buildSection504 } from '../../../test/support/plan-factories.ts'
import { planAtAGlance } from './at-a-glance.ts'

describe('the plan at a glance', () => {
  test('an IEP gives two lines, the goals, the accommodations and the services with minutes', () => {
    const glance = planAtAGlance(buildIep())
    expect(glance.strengths).toBe('Curious, kind, loves drawing')
    expect(glance.needs).toBe('Reading fluency and written expression')
    expect(glance.goals.map((g) => g.area)).toEqual(['reading'])
    expect(glance.accommodations[0]).toEqual({
      id: 'acc-extended-time',
      label: { key: 'plans.library.items.extended-time-tests.name' },
      explanationKey: 'plans.library.items.extended-time-tests.explain',
      details: 'Time and a half',
      settings: ['testing'],
      responsible: 'Classroom teacher',
    })
    expect(glance.services[0]).toMatchObject({
      name: 'Specialized reading instruction',
      amount: { key: 'plans.amount.week', params: { minutes: 30, count: 5 } },
      minutesPerWeek: 150,
    })
    expect(glance.contacts).toEqual([{ name: 'Ms. Park', role: 'Case manager', email: 'park@example.org' }])
  })

  test('without a summary, the present levels fill the two lines', () => {
    const glance = planAtAGlance(buildIep({ summary: undefined }))
    expect(glance.strengths).toBe('Strong listening comprehension and vocabulary.')
    expect(glance.needs).toContain('Slow decoding')
  })

  test('a 504 plan has no goals, and its review date is the review', () => {
    const glance = planAtAGlance(buildSection504())
    expect(glance.goals).toEqual([])
    expect(glance.review).toBe('2027-09-10')
    expect(glance.services[0]?.minutesPerWeek).toBe(100)
  })
})
