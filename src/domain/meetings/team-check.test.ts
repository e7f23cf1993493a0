import { describe, expect, test } from 'vitest'
import type { Participant } from './meeting.ts'
import { checkIepTeam } from './team-check.ts'

const everyone: Participant[] = [
  { name: 'Maria Lopez', role: 'parent', excused: false },
  { name: 'Mr. Green', role: 'general-education-teacher', excused: false },
  { name: 'Ms. Blue', role: 'special-education-teacher', excused: false },
  { name: 'Dr. Gray', role: 'district-representative', excused: false },
  { name: 'Ms. Pink', role: 'evaluation-interpreter', excused: false },
]

describe('the IEP team check (34 CFR 300.321)', () => {
  test('a full team gives no findings', () => {
    expect(checkIepTeam({ kind: 'annual-review', participants: everyone })).toEqual([])
  })

  test.each([
    ['general-education-teacher', '34 CFR 300.321(a)(2)'],
    ['special-education-teacher', '34 CFR 300.321(a)(3)'],
    ['district-representative', '34 CFR 300.321(a)(4)'],
    ['evaluation-interpreter', '34 CFR 300.321(a)(5)'],
  ] as const)('a team without the %s is pointed out, citing %s', (role, citation) => {
    const participants = everyone.filter((p) => p.role !== role)
    expect(checkIepTeam({ kind: 'initial-iep', participants })).toEqual([
      { role, status: 'missing', citation },
    ])
  })

  test('a member who is excused is pointed out with the excusal rule (300.321(e))', () => {
    const participants = everyone.map((p) =>
      p.role === 'general-education-teacher' ? { ...p, excused: true } : p,
    )
    expect(checkIepTeam({ kind: 'amendment', participants })).toEqual([
      { role: 'general-education-teacher', status: 'excused', citation: '34 CFR 300.321(e)' },
    ])
  })

  test('one excused teacher is fine when another in the same role attends', () => {
    const participants = [
      ...everyone.map((p) => (p.role === 'special-education-teacher' ? { ...p, excused: true } : p)),
      { name: 'Mr. Teal', role: 'special-education-teacher' as const, excused: false },
    ]
    expect(checkIepTeam({ kind: 'reevaluation', participants })).toEqual([])
  })

  test('an empty list names all four members', () => {
    expect(checkIepTeam({ kind: 'annual-review', participants: [] }).map((f) => f.role)).toEqual([
      'general-education-teacher',
      'special-education-teacher',
      'district-representative',
      'evaluation-interpreter',
    ])
  })

  test.each(['504-meeting', 'mediation-session', 'manifestation-determination', 'other'] as const)(
    'a %s is not checked against the IEP team rule',
    (kind) => {
      expect(checkIepTeam({ kind, participants: [] })).toEqual([])
    },
  )
})
