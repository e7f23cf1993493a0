import { describe, expect, test } from 'vitest'
import {
  buildAccommodation,
  buildGoal,
  buildIep,
  buildSection504,
  buildService,
  buildTransition,
} from '../../test/support/plan-factories.ts'
import { localDate } from '../domain/dates/local-date.ts'
import type { Message } from '../domain/messages.ts'
import { checkPlan } from '../domain/plans/check-plan.ts'
import { checkPlanInput } from '../domain/plans/check-plan-input.ts'
import { diffPlans } from '../domain/plans/diff-plans.ts'
import { FINDING_SEVERITIES, type Finding } from '../domain/plans/finding.ts'
import {
  LIBRARY,
  LIBRARY_ENTRY_TYPES,
  LIBRARY_NEEDS,
  libraryKeys,
  libraryNeedKey,
} from '../domain/plans/library.ts'
import { EXIT_REASONS, PROGRAMS, requirementsForMove } from '../domain/plans/moves.ts'
import {
  ACCOMMODATION_SETTINGS,
  ASSESSMENT_PARTICIPATION,
  CONSENT_KINDS,
  ESY_DECISIONS,
  GOAL_AREAS,
  IDEA_CATEGORIES,
  MAJOR_LIFE_ACTIVITIES,
  PLAN_KINDS,
  PLAN_STATUSES,
  REVISION_REASONS,
  SERVICE_KINDS,
  SERVICE_SETTINGS,
  TEAM_ROLES,
} from '../domain/plans/plan.ts'
import { PLAN_ACTIONS } from '../domain/plans/transitions.ts'
import { parsePlan } from '../services/plans/plan-schema.ts'
import { en } from './catalog.ts'
import { hasKey, renderMessage, translator } from './i18n.ts'

const es = translator('es')

function expectInBothLanguages(key: string): void {
  expect(hasKey(key), `${key} in English`).toBe(true)
  expect(es(key), `${key} in Spanish`).not.toBe(key)
}

/** A message's key and the keys of any `{ key }` values inside it. */
function keysOf(message: Message): string[] {
  const nested = Object.values(message.params ?? {}).flatMap((value) =>
    typeof value === 'object' && 'key' in value ? [value.key] : [],
  )
  return [message.key, ...nested]
}

const teen = buildIep({ team: [] })
const findings: Finding[] = [
  ...checkPlan({
    kind: 'iep',
    status: 'draft',
    dates: {},
    goals: [],
    services: [],
    accommodations: [],
    team: [],
  }),
  ...checkPlan(
    buildIep({
      revision: { reason: 'initial' },
      consents: [],
      dates: {
        ...buildIep().dates,
        nextAnnualReview: localDate('2027-12-01'),
        nextReevaluation: localDate('2029-01-01'),
      },
      progressReporting: undefined,
      goals: [
        buildGoal({
          baseline: undefined,
          baselineValue: undefined,
          target: undefined,
          targetValue: undefined,
          criterion: undefined,
          measurementMethod: undefined,
          progressReporting: undefined,
        }),
      ],
      services: [{ id: 's', name: 'Speech', kind: 'related-service' }],
      accommodations: [buildAccommodation({ settings: ['classroom'] })],
      assessments: {
        state: { participation: 'alternate' },
        district: { participation: 'regular-with-accommodations' },
      },
      generalEducationTime: { percent: 60 },
      team: [{ role: 'student', attended: false }],
    }),
    { childDateOfBirth: localDate('2016-01-01') },
  ),
  ...checkPlan(
    {
      ...teen,
      transition: buildTransition({
        postsecondaryGoals: {},
        services: [],
        courseOfStudy: undefined,
        assessments: undefined,
      }),
    },
    { childDateOfBirth: localDate('2009-01-01') },
  ),
  ...checkPlan(teen, { childDateOfBirth: localDate('2010-01-01') }),
  ...checkPlan(buildIep({ dates: {}, services: [{ id: 's', name: 'Reading', kind: 'special-education' }] })),
  ...checkPlan(teen, { childDateOfBirth: localDate('2012-01-01') }),
  ...checkPlan(teen, { childDateOfBirth: localDate('2012-01-01'), stateCode: 'NC' }),
  ...checkPlan({
    kind: '504',
    status: 'draft',
    dates: {},
    impairments: [],
    majorLifeActivities: [],
    accommodations: [],
    services: [],
    participants: [],
  }),
  ...checkPlan(
    buildSection504({
      accommodations: [buildAccommodation({ settings: [], responsible: undefined })],
      services: [{ id: 's', name: 'Nurse', kind: 'health-service' }],
    }),
  ),
]

const problemKeys = [
  ...checkPlanInput(
    buildIep({
      dates: {
        meeting: localDate('2026-09-10'),
        start: localDate('2026-09-01'),
        end: localDate('2026-08-01'),
        nextAnnualReview: localDate('2026-01-01'),
        nextReevaluation: localDate('2020-01-01'),
      },
      services: [
        buildService({ minutes: 0, frequency: { times: 0, per: 'week' }, libraryId: 'nope' }),
        buildService({ libraryId: 'calculator' }),
      ],
      accommodations: [
        buildAccommodation({ libraryId: undefined, text: undefined, settings: ['testing', 'testing'] }),
      ],
      generalEducationTime: { percent: 101, minutesPerWeek: -1, schoolMinutesPerWeek: 0 },
    }),
  ),
  ...checkPlanInput(buildIep({ generalEducationTime: { minutesPerWeek: 10, schoolMinutesPerWeek: 5 } })),
].map((p) => p.message)

const schemaProblemKeys = [
  ...(() => {
    const parsed = parsePlan({ kind: 'iep', school: { stateCode: 'Oregon' } })
    return parsed.ok ? [] : parsed.problems.map((p) => p.message)
  })(),
  ...(() => {
    const parsed = parsePlan({ kind: 'plan' })
    return parsed.ok ? [] : parsed.problems.map((p) => p.message)
  })(),
]

const lastYear = buildIep()
const diffs = [
  diffPlans(
    lastYear,
    buildIep({
      services: [buildService({ minutes: 20 })],
      goals: [buildGoal({ targetValue: 10 })],
      accommodations: [],
    }),
  ),
  diffPlans(
    lastYear,
    buildIep({
      services: [buildService({ minutes: 60 })],
      goals: [],
      accommodations: [buildAccommodation({ settings: [] })],
    }),
  ),
  diffPlans(
    lastYear,
    buildIep({
      services: [buildService({ name: 'Literacy' })],
      goals: [
        buildGoal({ text: 'Maya will read 90 words correct per minute on grade-level passages aloud' }),
      ],
    }),
  ),
  diffPlans(
    lastYear,
    buildIep({
      services: [buildService({ minutes: undefined })],
      goals: [buildGoal({ criterion: 'x' })],
      accommodations: [buildAccommodation({ details: 'x' })],
    }),
  ),
  diffPlans(
    lastYear,
    buildIep({ services: [buildService({ minutes: 75, frequency: { times: 2, per: 'week' } })] }),
  ),
  diffPlans(lastYear, buildIep({ services: [buildService({ location: 'Library' })] })),
  diffPlans(buildIep({ services: [], goals: [], accommodations: [] }), lastYear),
  diffPlans(
    lastYear,
    buildIep({ services: [buildService({ id: 'x', name: 'Other', kind: 'other', minutes: undefined })] }),
  ),
  diffPlans(
    lastYear,
    buildIep({
      revision: { reason: 'amendment' },
      generalEducationTime: { percent: 50 },
      extendedSchoolYear: { decision: 'eligible' },
      assessments: { state: { participation: 'alternate' }, district: { participation: 'regular' } },
    }),
  ),
  diffPlans(
    buildIep({
      generalEducationTime: { percent: 50 },
      assessments: { district: { participation: 'alternate' } },
    }),
    buildIep({ assessments: { district: { participation: 'regular' } } }),
  ),
  diffPlans(buildIep({ services: [buildService({ minutes: undefined })] }), buildIep({ services: [] })),
  diffPlans(lastYear, buildSection504()),
  diffPlans(buildSection504(), lastYear),
  diffPlans(buildSection504(), buildSection504({ services: [] })),
  diffPlans(
    buildSection504(),
    buildSection504({ services: [...buildSection504().services, buildService({ id: 'n' })] }),
  ),
]

const diffKeys = diffs.flatMap((diff) => [
  ...diff.services.flatMap((c) => keysOf(c.message)),
  ...diff.goals.flatMap((c) => keysOf(c.message)),
  ...diff.accommodations.flatMap((c) => keysOf(c.message)),
  ...diff.settings.flatMap((c) => keysOf(c.message)),
  ...diff.notes.flatMap((n) => keysOf(n.message)),
])

function leaves(tree: object, prefix: string): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}.${key}`] : leaves(value as object, `${prefix}.${key}`),
  )
}

describe('the plans catalog', () => {
  test('every finding the check emits exists in both languages, and every finding in the catalog can be emitted', () => {
    const emitted = new Set(findings.map((f) => f.message.key))
    for (const key of emitted) expectInBothLanguages(key)
    expect(leaves(en.plans.findings, 'plans.findings').filter((k) => !emitted.has(k))).toEqual([])
    expect([...emitted].sort()).toEqual(leaves(en.plans.findings, 'plans.findings').sort())
  })

  test('every input problem key exists in both languages, and every one can be emitted', () => {
    const emitted = new Set([...problemKeys, ...schemaProblemKeys])
    for (const key of emitted) expectInBothLanguages(key)
    expect([...emitted].sort()).toEqual(leaves(en.plans.problems, 'plans.problems').sort())
  })

  test('every diff message exists in both languages, and every diff message can be emitted', () => {
    const emitted = new Set(diffKeys.filter((key) => key.startsWith('plans.diff.')))
    for (const key of new Set(diffKeys)) expectInBothLanguages(key)
    expect(leaves(en.plans.diff, 'plans.diff').filter((k) => !emitted.has(k))).toEqual([])
    expect([...emitted].sort()).toEqual(leaves(en.plans.diff, 'plans.diff').sort())
  })

  test('every move requirement exists in both languages', () => {
    const keys = new Set<string>()
    for (const from of PROGRAMS)
      for (const to of PROGRAMS)
        for (const reason of EXIT_REASONS)
          for (const r of requirementsForMove({ from, to, reason })) keys.add(r.message.key)
    for (const key of keys) expectInBothLanguages(key)
    expect([...keys].sort()).toEqual(leaves(en.plans.moves, 'plans.moves').sort())
  })

  test('every library entry and need has a name and a plain explanation in both languages', () => {
    for (const entry of LIBRARY) {
      expectInBothLanguages(libraryKeys(entry.id).name)
      expectInBothLanguages(libraryKeys(entry.id).explain)
    }
    for (const need of LIBRARY_NEEDS) expectInBothLanguages(libraryNeedKey(need))
    for (const type of LIBRARY_ENTRY_TYPES) expectInBothLanguages(`plans.library.types.${type}`)
    expect(Object.keys(en.plans.library.items).sort()).toEqual(LIBRARY.map((e) => e.id).sort())
  })

  test.each<[string, readonly string[]]>([
    ['kinds', PLAN_KINDS],
    ['statuses', PLAN_STATUSES],
    ['actions', PLAN_ACTIONS],
    ['revisionReasons', REVISION_REASONS],
    ['categories', IDEA_CATEGORIES],
    ['goalAreas', GOAL_AREAS],
    ['serviceKinds', SERVICE_KINDS],
    ['serviceSettings', SERVICE_SETTINGS],
    ['accommodationSettings', ACCOMMODATION_SETTINGS],
    ['assessmentParticipation', ASSESSMENT_PARTICIPATION],
    ['esyDecisions', ESY_DECISIONS],
    ['teamRoles', TEAM_ROLES],
    ['consentKinds', CONSENT_KINDS],
    ['majorLifeActivities', MAJOR_LIFE_ACTIVITIES],
    ['programs', PROGRAMS],
    ['exitReasons', EXIT_REASONS],
    ['severities', FINDING_SEVERITIES],
  ])('every value of %s has a label in both languages', (group, values) => {
    for (const value of values) expectInBothLanguages(`plans.${group}.${value}`)
    expect(Object.keys((en.plans as Record<string, object>)[group] ?? {}).sort()).toEqual([...values].sort())
  })

  test('the new error codes have messages in both languages', () => {
    expectInBothLanguages('errors.PLAN_TRANSITION_NOT_ALLOWED')
    expectInBothLanguages('errors.PLAN_NOT_EDITABLE')
  })

  test('service amounts are written with the right plural in both languages', () => {
    const once = { key: 'plans.amount.week', params: { minutes: 30, count: 1 } }
    const twice = { key: 'plans.amount.month', params: { minutes: 45, count: 2 } }
    expect(renderMessage('en', once)).toBe('30 minutes once a week')
    expect(renderMessage('es', once)).toBe('30 minutos una vez por semana')
    expect(renderMessage('en', twice)).toBe('45 minutes, 2 times a month')
    expect(renderMessage('es', twice)).toBe('45 minutos, 2 veces al mes')
  })

  test('messages with placeholders are filled: no {{ }} is left in a rendered finding or diff', () => {
    const messages = [
      ...findings.map((f) => f.message),
      ...diffs.flatMap((d) => d.services.map((s) => s.message)),
    ]
    for (const message of messages) {
      expect(renderMessage('en', message)).not.toMatch(/{{|}}/)
      expect(renderMessage('es', message)).not.toMatch(/{{|}}/)
    }
  })
})
