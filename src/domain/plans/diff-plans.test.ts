import { describe, expect, test } from 'vitest'
import {
  buildAccommodation,
  buildGoal,
  buildIep,
  buildSection504,
  buildService,
} from '../../../test/support/plan-factories.ts'
import { diffPlans, type PlanDiff } from './diff-plans.ts'
import type { IepPlan } from './plan.ts'

const lastYear = buildIep({ status: 'superseded' })
const changedTo = (overrides: Partial<IepPlan>) => diffPlans(lastYear, buildIep(overrides))

const serviceLine = (diff: PlanDiff) =>
  diff.services.map((s) => {
    const m = s.minutesPerWeek
    return `${s.change} by ${s.matchedBy ?? '-'}: ${m.before ?? '?'} → ${m.after ?? '?'} (${m.change ?? '?'})`
  })

describe('services', () => {
  test.each<[string, Partial<IepPlan>, string[], boolean]>([
    [
      'a service renamed with the same minutes is the same service, renamed',
      { services: [buildService({ id: 'svc-new-id', name: 'Resource room: literacy' })] },
      ['changed by same-amount: 150 → 150 (0)'],
      false,
    ],
    [
      'minutes cut from 30 to 20 a session',
      { services: [buildService({ minutes: 20 })] },
      ['reduced by id: 150 → 100 (-50)'],
      true,
    ],
    [
      'frequency changed from 4 times a week to 4 times a month: a cut (a month is 52/12 weeks)',
      { services: [buildService({ frequency: { times: 1, per: 'month' }, minutes: 150 * 4 })] },
      ['reduced by id: 150 → 138.5 (-11.5)'],
      true,
    ],
    [
      '30 minutes once a day instead of 5 times a week: the same minutes, a new schedule',
      { services: [buildService({ frequency: { times: 1, per: 'day' } })] },
      ['changed by id: 150 → 150 (0)'],
      false,
    ],
    [
      'minutes raised from 30 to 45 a session',
      { services: [buildService({ minutes: 45 })] },
      ['increased by id: 150 → 225 (75)'],
      false,
    ],
    ['a service removed', { services: [] }, ['removed by -: 150 → ? (-150)'], true],
    [
      'a service added beside the old one',
      {
        services: [
          buildService(),
          buildService({
            id: 'svc-ot',
            name: 'Occupational therapy',
            kind: 'related-service',
            minutes: 30,
            frequency: { times: 2, per: 'month' },
          }),
        ],
      },
      ['unchanged by id: 150 → 150 (0)', 'added by -: ? → 13.8 (13.8)'],
      false,
    ],
    [
      'a service whose minutes disappeared from the plan',
      { services: [buildService({ minutes: undefined })] },
      ['changed by id: 150 → ? (?)'],
      false,
    ],
  ])('%s', (_, overrides, expected, reductions) => {
    const diff = changedTo(overrides)
    expect(serviceLine(diff)).toEqual(expected)
    expect(diff.hasReductions).toBe(reductions)
  })

  test('a new schedule with the same minutes a week is said to be rescheduled, not cut', () => {
    const sameWeek = changedTo({
      services: [buildService({ minutes: 75, frequency: { times: 2, per: 'week' } })],
    })
    expect(sameWeek.services[0]?.message.key).toBe('plans.diff.service.rescheduled')
    expect(sameWeek.services[0]?.fields).toEqual(['minutes', 'frequency'])
  })

  test('a renamed service says so in its message and lists only the name as changed', () => {
    const diff = changedTo({ services: [buildService({ name: 'Literacy block' })] })
    const [change] = diff.services
    expect(change?.renamed).toBe(true)
    expect(change?.fields).toEqual(['name'])
    expect(change?.message).toEqual({
      key: 'plans.diff.service.renamed',
      params: { before: 'Specialized reading instruction', after: 'Literacy block' },
    })
  })

  test('two renamed services with the same amount are not guessed at: removed and added', () => {
    const before = buildIep({
      services: [buildService({ id: 'a', name: 'Reading' }), buildService({ id: 'b', name: 'Writing' })],
    })
    const after = buildIep({
      services: [buildService({ id: 'c', name: 'Literacy' }), buildService({ id: 'd', name: 'Composition' })],
    })
    expect(diffPlans(before, after).services.map((s) => s.change)).toEqual([
      'added',
      'added',
      'removed',
      'removed',
    ])
  })

  test('a service with a new id but a similar name is matched by its words', () => {
    const diff = changedTo({
      services: [
        buildService({ id: 'x', name: 'Specialized reading instruction (small group)', minutes: 20 }),
      ],
    })
    expect(diff.services.map((s) => [s.change, s.matchedBy])).toEqual([['reduced', 'similar-text']])
  })

  test('a service with a new id from the same library entry is matched by the entry', () => {
    const before = buildIep({
      services: [
        buildService({ id: 'a', name: 'OT', libraryId: 'occupational-therapy', kind: 'related-service' }),
      ],
    })
    const after = buildIep({
      services: [
        buildService({
          id: 'b',
          name: 'Fine motor therapy',
          libraryId: 'occupational-therapy',
          kind: 'related-service',
          minutes: 60,
        }),
      ],
    })
    expect(diffPlans(before, after).services.map((s) => [s.change, s.matchedBy])).toEqual([
      ['increased', 'library'],
    ])
  })

  test('a cut says by how much in its message', () => {
    const diff = changedTo({ services: [buildService({ minutes: 20 })] })
    expect(diff.services[0]?.message).toEqual({
      key: 'plans.diff.service.reduced',
      params: { name: 'Specialized reading instruction', before: 150, after: 100, change: 50 },
    })
    expect(diff.services[0]?.attention).toBe(true)
  })

  test('moving a service out of the general education class is flagged', () => {
    const before = buildIep({ services: [buildService({ setting: 'general-education-class' })] })
    const after = buildIep({ services: [buildService({ setting: 'outside-general-education-class' })] })
    const [change] = diffPlans(before, after).services
    expect(change?.movedOutOfGeneralEducation).toBe(true)
    expect(change?.attention).toBe(true)
    expect(change?.fields).toEqual(['setting'])
  })

  test('the summary totals minutes per week on each side', () => {
    const diff = changedTo({ services: [buildService({ minutes: 20 })] })
    expect(diff.summary.totalMinutesPerWeek).toEqual({ before: 150, after: 100, change: -50 })
    expect(diff.summary.servicesReduced).toBe(1)
  })
})

describe('goals', () => {
  const rewritten = buildGoal({
    id: 'goal-2027-1',
    text: 'By June, when reading a 4th grade passage aloud, Maya will read 100 words per minute with 95% accuracy.',
    targetValue: 100,
    target: '100 words correct per minute',
  })

  test.each<[string, Partial<IepPlan>, [string, string | null, boolean][]]>([
    [
      'a goal rewritten under a new id is matched by its words',
      { goals: [rewritten] },
      [['changed', 'similar-text', true]],
    ],
    ['a goal kept with the same id is unchanged', { goals: [buildGoal()] }, [['unchanged', 'id', false]]],
    [
      'a goal replaced by one in another area is removed and added',
      {
        goals: [
          buildGoal({ id: 'g-math', area: 'math', text: 'Sam will add two-digit numbers with regrouping.' }),
        ],
      },
      [
        ['added', null, false],
        ['removed', null, false],
      ],
    ],
    [
      'a goal rewritten from scratch in the same area is matched as the only candidate',
      {
        goals: [
          buildGoal({
            id: 'g-new',
            text: 'Maya will decode multisyllabic words correctly in 8 of 10 trials.',
          }),
        ],
      },
      [['changed', 'same-area', true]],
    ],
    ['a goal dropped', { goals: [] }, [['removed', null, false]]],
  ])('%s', (_, overrides, expected) => {
    const diff = changedTo(overrides)
    expect(diff.goals.map((g) => [g.change, g.matchedBy, g.rewritten])).toEqual(expected)
  })

  test('a rewritten goal lists what changed and how alike the words are', () => {
    const [change] = changedTo({ goals: [rewritten] }).goals
    expect(change?.fields).toEqual(['text', 'target', 'targetValue'])
    expect(change?.similarity).toBeGreaterThan(0.5)
    expect(change?.message.key).toBe('plans.diff.goal.rewritten')
  })

  test('a target lowered against the goal direction is flagged', () => {
    const [change] = changedTo({ goals: [buildGoal({ targetValue: 70 })] }).goals
    expect(change?.targetLowered).toBe(true)
    expect(change?.attention).toBe(true)
  })

  test('a lower number on a goal that aims to decrease is a higher bar, not a lower one', () => {
    const before = buildIep({ goals: [buildGoal({ direction: 'decrease', targetValue: 3 })] })
    const after = buildIep({ goals: [buildGoal({ direction: 'decrease', targetValue: 1 })] })
    expect(diffPlans(before, after).goals[0]?.targetLowered).toBe(false)
  })

  test('a removed goal is flagged for attention', () => {
    expect(changedTo({ goals: [] }).goals[0]?.attention).toBe(true)
  })
})

describe('accommodations, modifications and supports for staff', () => {
  test.each<[string, Partial<IepPlan>, [string, string, boolean][]]>([
    ['an accommodation removed', { accommodations: [] }, [['accommodations', 'removed', true]]],
    [
      'an accommodation added',
      {
        accommodations: [
          buildAccommodation(),
          buildAccommodation({ id: 'acc-2', libraryId: 'calculator', settings: ['classroom'] }),
        ],
      },
      [
        ['accommodations', 'unchanged', false],
        ['accommodations', 'added', false],
      ],
    ],
    [
      'a staff support removed',
      { staffSupports: [] },
      [
        ['accommodations', 'unchanged', false],
        ['staffSupports', 'removed', true],
      ],
    ],
  ])('%s', (_, overrides, expected) => {
    const diff = changedTo(overrides)
    expect(
      diff.accommodations
        .filter((a) => a.change !== 'unchanged' || a.list === 'accommodations')
        .map((a) => [a.list, a.change, a.attention]),
    ).toEqual(expected)
  })

  test('an accommodation used in fewer settings is a reduction', () => {
    const before = buildIep({ accommodations: [buildAccommodation({ settings: ['classroom', 'testing'] })] })
    const after = buildIep({ accommodations: [buildAccommodation({ settings: ['testing'] })] })
    const diff = diffPlans(before, after)
    expect(diff.accommodations[0]).toMatchObject({
      change: 'changed',
      settingsRemoved: ['classroom'],
      attention: true,
    })
    expect(diff.accommodations[0]?.message.key).toBe('plans.diff.item.narrowed')
    expect(diff.hasReductions).toBe(true)
  })

  test('an accommodation from the library is named by its catalog key in messages', () => {
    const [removed] = changedTo({ accommodations: [] }).accommodations
    expect(removed?.message).toEqual({
      key: 'plans.diff.item.removed',
      params: { name: { key: 'plans.library.items.extended-time-tests.name' } },
    })
  })

  test('a free-text accommodation reworded slightly is matched by its words', () => {
    const before = buildIep({
      accommodations: [
        buildAccommodation({ id: 'a', libraryId: undefined, text: 'Preferential seating near the teacher' }),
      ],
    })
    const after = buildIep({
      accommodations: [
        buildAccommodation({
          id: 'b',
          libraryId: undefined,
          text: 'Preferential seating near the teacher and board',
        }),
      ],
    })
    const accommodations = diffPlans(before, after).accommodations.filter((a) => a.list === 'accommodations')
    expect(accommodations.map((a) => [a.change, a.matchedBy])).toEqual([['changed', 'similar-text']])
  })
})

describe('settings and notes', () => {
  test('less time in general education is a reduction and carries the prior written notice note', () => {
    const diff = changedTo({ generalEducationTime: { percent: 75, explanationOfTimeOutside: 'x' } })
    expect(diff.settings).toEqual([
      {
        aspect: 'general-education-time',
        before: 90,
        after: 75,
        attention: true,
        message: { key: 'plans.diff.setting.lessGeneralEducation', params: { before: 90, after: 75 } },
      },
    ])
    expect(diff.hasReductions).toBe(true)
    expect(diff.notes.map((n) => [n.code, n.citation])).toEqual([
      ['reductions-need-notice', '34 CFR 300.503'],
    ])
  })

  test('time in general education given in minutes is compared as a percent of the week', () => {
    const diff = changedTo({ generalEducationTime: { minutesPerWeek: 1620, schoolMinutesPerWeek: 1800 } })
    expect(diff.settings).toEqual([])
  })

  test('a change to the extended school year decision and to alternate testing is shown', () => {
    const diff = changedTo({
      extendedSchoolYear: { decision: 'eligible' },
      assessments: { state: { participation: 'alternate' } },
    })
    expect(diff.settings.map((s) => [s.aspect, s.before, s.after, s.attention])).toEqual([
      ['extended-school-year', 'not-eligible', 'eligible', false],
      ['state-assessment', 'regular-with-accommodations', 'alternate', true],
    ])
  })

  test('a change that cuts nothing still notes prior written notice', () => {
    const diff = changedTo({ services: [buildService({ minutes: 45 })] })
    expect(diff.hasReductions).toBe(false)
    expect(diff.notes.map((n) => n.code)).toEqual(['changes-need-notice'])
  })

  test('identical plans have no changes and no notes', () => {
    const diff = diffPlans(lastYear, lastYear)
    expect(diff.notes).toEqual([])
    expect(diff.hasReductions).toBe(false)
    expect(
      [...diff.services, ...diff.goals, ...diff.accommodations].every((c) => c.change === 'unchanged'),
    ).toBe(true)
  })

  test('an amendment is reminded that it does not replace the annual review', () => {
    const diff = changedTo({
      revision: { reason: 'amendment', withoutMeeting: true },
      services: [buildService({ minutes: 20 })],
    })
    expect(diff.notes.map((n) => n.code)).toEqual(['reductions-need-notice', 'amendment-not-annual-review'])
  })

  test('an IEP followed by a 504 plan: kind change, program move note, accommodations compared', () => {
    const diff = diffPlans(lastYear, buildSection504())
    expect(diff.settings[0]).toMatchObject({
      aspect: 'plan-kind',
      before: 'iep',
      after: '504',
      attention: true,
    })
    expect(diff.notes.map((n) => n.code)).toEqual(['reductions-need-notice', 'program-move'])
    expect(diff.goals.map((g) => g.change)).toEqual(['removed'])
  })

  test('two 504 plans use the Section 504 notes', () => {
    const diff = diffPlans(buildSection504(), buildSection504({ accommodations: [] }))
    expect(diff.notes.map((n) => [n.code, n.citation])).toEqual([
      ['section-504-reductions', '34 CFR 104.35(a); 104.36'],
    ])
  })

  test('the diff is plain JSON: it survives a round trip unchanged', () => {
    const diff = changedTo({ services: [buildService({ minutes: 20 })], goals: [], accommodations: [] })
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff)
  })
})
