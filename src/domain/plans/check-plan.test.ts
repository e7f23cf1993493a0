import { describe, expect, test } from 'vitest'
import {
  buildAccommodation,
  buildGoal,
  buildIep,
  buildSection504,
  buildService,
  buildTransition,
  CHILD_BORN,
} from '../../../test/support/plan-factories.ts'
import { localDate } from '../dates/local-date.ts'
import { checkPlan } from './check-plan.ts'
import type { IepPlan, Section504Plan } from './plan.ts'

const codesOf = (plan: IepPlan | Section504Plan, options = { childDateOfBirth: CHILD_BORN }) =>
  checkPlan(plan, options).map((f) => `${f.code} @ ${f.path}`)

describe('a complete plan', () => {
  test('a complete IEP for a 10-year-old has no findings', () => {
    expect(checkPlan(buildIep(), { childDateOfBirth: CHILD_BORN })).toEqual([])
  })

  test('a complete 504 plan has no findings', () => {
    expect(checkPlan(buildSection504())).toEqual([])
  })
})

describe('IEP completeness (34 CFR 300.320)', () => {
  test.each<[string, Partial<IepPlan>, string]>([
    [
      'a goal without a baseline',
      { goals: [buildGoal({ baseline: undefined, baselineValue: undefined })] },
      'goal-baseline-missing @ goals[0].baseline',
    ],
    [
      'a goal whose baseline is only blank words',
      { goals: [buildGoal({ baseline: '  ', baselineValue: undefined })] },
      'goal-baseline-missing @ goals[0].baseline',
    ],
    [
      'a goal without a criterion',
      { goals: [buildGoal({ criterion: undefined })] },
      'goal-criterion-missing @ goals[0].criterion',
    ],
    [
      'a goal without a measurement method',
      { goals: [buildGoal({ measurementMethod: '' })] },
      'goal-measurement-missing @ goals[0].measurementMethod',
    ],
    [
      'a goal without a target',
      { goals: [buildGoal({ target: undefined, targetValue: undefined })] },
      'goal-target-missing @ goals[0].target',
    ],
    ['no goals at all', { goals: [] }, 'goals-missing @ goals'],
    [
      'a service without minutes',
      { services: [buildService({ minutes: undefined })] },
      'service-minutes-missing @ services[0].minutes',
    ],
    [
      'a service without a frequency',
      { services: [buildService({ frequency: undefined })] },
      'service-frequency-missing @ services[0].frequency',
    ],
    [
      'a service without a place or setting',
      { services: [buildService({ location: undefined, setting: undefined })] },
      'service-location-missing @ services[0].location',
    ],
    [
      'a service without a provider',
      { services: [buildService({ providerRole: undefined })] },
      'service-provider-missing @ services[0].providerRole',
    ],
    ['no services at all', { services: [] }, 'services-missing @ services'],
    [
      'no special education among the services',
      { services: [buildService({ kind: 'related-service' })] },
      'special-education-missing @ services',
    ],
    ['present levels missing', { presentLevels: undefined }, 'present-levels-missing @ presentLevels'],
    [
      'no effect on the general curriculum',
      { presentLevels: { academic: 'Reads at a 2nd grade level' } },
      'present-levels-effect-missing @ presentLevels.effectOnGeneralCurriculum',
    ],
    [
      'no state assessment decision',
      { assessments: undefined },
      'assessment-participation-missing @ assessments.state',
    ],
    ['no ESY decision', { extendedSchoolYear: undefined }, 'esy-decision-missing @ extendedSchoolYear'],
    [
      'no eligibility category',
      { eligibility: undefined },
      'eligibility-category-missing @ eligibility.category',
    ],
    [
      'no start date',
      { dates: { ...buildIep().dates, start: undefined } },
      'start-date-missing @ dates.start',
    ],
    ['no team listed', { team: [] }, 'team-missing @ team'],
  ])('%s is reported', (_, overrides, expected) => {
    expect(codesOf(buildIep(overrides))).toContain(expected)
  })

  test('the progress-report schedule is missing when neither the plan nor a goal names one', () => {
    const plan = buildIep({
      progressReporting: undefined,
      goals: [buildGoal({ progressReporting: { how: 'A graph' } })],
    })
    expect(codesOf(plan)).toContain('progress-schedule-missing @ progressReporting.when')
  })

  test('a goal may carry its own schedule when the plan has none', () => {
    expect(codesOf(buildIep({ progressReporting: undefined }))).toEqual([])
  })

  test('time outside general education without an explanation is reported (34 CFR 300.320(a)(5))', () => {
    const plan = buildIep({ generalEducationTime: { percent: 80 } })
    expect(codesOf(plan)).toEqual([
      'time-outside-explanation-missing @ generalEducationTime.explanationOfTimeOutside',
    ])
  })

  test('a pull-out service needs the explanation even when no percent is given', () => {
    const plan = buildIep({ generalEducationTime: undefined })
    expect(codesOf(plan)).toEqual([
      'general-education-time-missing @ generalEducationTime',
      'time-outside-explanation-missing @ generalEducationTime.explanationOfTimeOutside',
    ])
  })

  test('a child fully in general education needs no explanation', () => {
    const plan = buildIep({
      generalEducationTime: { percent: 100 },
      services: [buildService({ setting: 'general-education-class' })],
    })
    expect(codesOf(plan)).toEqual([])
  })

  test('a service inherits the plan dates, so only a gap in both is reported', () => {
    const withoutServiceDates = buildService({ start: undefined, end: undefined })
    expect(codesOf(buildIep({ services: [withoutServiceDates] }))).toEqual([])
    const noDatesAnywhere = buildIep({
      services: [withoutServiceDates],
      dates: { meeting: localDate('2026-08-20'), nextAnnualReview: localDate('2027-08-19') },
    })
    expect(codesOf(noDatesAnywhere)).toEqual([
      'start-date-missing @ dates.start',
      'end-date-missing @ dates.end',
      'reevaluation-date-missing @ dates.nextReevaluation',
      'service-start-missing @ services[0].start',
      'service-end-missing @ services[0].end',
    ])
  })

  test('an annual review more than a year after the meeting is late, with the latest date', () => {
    const plan = buildIep({ dates: { ...buildIep().dates, nextAnnualReview: localDate('2027-09-01') } })
    const late = checkPlan(plan, { childDateOfBirth: CHILD_BORN }).find(
      (f) => f.code === 'annual-review-late',
    )
    expect(late?.message.params).toEqual({ latest: { date: '2027-08-20' } })
    expect(late?.citation).toBe('34 CFR 300.324(b)(1)(i)')
  })

  test('a reevaluation more than three years after the last evaluation is late', () => {
    const plan = buildIep({ dates: { ...buildIep().dates, nextReevaluation: localDate('2028-05-02') } })
    expect(codesOf(plan)).toEqual(['reevaluation-late @ dates.nextReevaluation'])
  })

  test('an alternate assessment needs both reasons and short-term objectives for every goal', () => {
    const plan = buildIep({ assessments: { state: { participation: 'alternate' } } })
    expect(codesOf(plan)).toEqual([
      'goal-objectives-missing @ goals[0].objectives',
      'alternate-assessment-why-not-regular-missing @ assessments.state.whyNotRegular',
      'alternate-assessment-why-alternate-missing @ assessments.state.whyAlternate',
    ])
  })

  test('testing with accommodations but none marked for tests is worth checking', () => {
    const plan = buildIep({ accommodations: [buildAccommodation({ settings: ['classroom'] })] })
    expect(codesOf(plan)).toEqual(['testing-accommodations-missing @ accommodations'])
  })

  test('a required member who was absent without a written excusal is reported', () => {
    const plan = buildIep({
      team: [
        ...buildIep().team.slice(0, 1),
        { role: 'general-education-teacher', attended: false },
        ...buildIep().team.slice(2),
      ],
    })
    expect(codesOf(plan)).toEqual([
      'team-general-education-teacher-missing @ team',
      'team-member-absent-not-excused @ team[1].excusedInWriting',
    ])
  })

  test('a member excused in writing is not reported (34 CFR 300.321(e))', () => {
    const team = buildIep().team.map((m) =>
      m.role === 'general-education-teacher' ? { ...m, attended: false, excusedInWriting: true } : m,
    )
    expect(codesOf(buildIep({ team }))).toEqual([])
  })

  test('a first IEP without consent to start services is reported (34 CFR 300.300(b))', () => {
    const plan = buildIep({ revision: { reason: 'initial' }, consents: [] })
    expect(codesOf(plan)).toEqual(['initial-services-consent-missing @ consents'])
  })

  test('a refused consent does not count as consent', () => {
    const plan = buildIep({
      revision: { reason: 'initial' },
      consents: [{ kind: 'initial-services', date: localDate('2026-08-20'), given: false }],
    })
    expect(codesOf(plan)).toEqual(['initial-services-consent-missing @ consents'])
  })

  test('every finding carries a citation and a catalog key under plans.findings', () => {
    const bare: IepPlan = {
      kind: 'iep',
      status: 'draft',
      dates: {},
      goals: [],
      services: [],
      accommodations: [],
      team: [],
    }
    const findings = checkPlan(bare)
    expect(findings.length).toBeGreaterThan(5)
    for (const f of findings) {
      expect(f.citation).not.toBe('')
      expect(f.message.key).toBe(`plans.findings.${f.code}`)
    }
  })
})

describe('ages: transition and transfer of rights', () => {
  // The plan runs 2026-09-01 to 2027-06-15.
  const bornTurning16DuringPlan = localDate('2011-03-01')
  const bornTurning16AfterPlan = localDate('2011-07-01')
  const teen = (overrides: Partial<IepPlan> = {}) =>
    buildIep({ team: [...buildIep().team, { role: 'student' }], ...overrides })

  test.each([
    ['a child who turns 16 during the plan needs a transition plan', bornTurning16DuringPlan, true],
    ['a child already 16 when the plan starts needs one', localDate('2010-01-01'), true],
    ['a child who turns 16 the day after the plan ends does not yet', localDate('2011-06-16'), false],
    ['a child who turns 16 on the last day of the plan does', localDate('2011-06-15'), true],
  ])('%s', (_, born, required) => {
    const codes = checkPlan(teen(), { childDateOfBirth: born }).map((f) => f.code)
    expect(codes.includes('transition-missing')).toBe(required)
  })

  test('the federal age is used when the caller passes a later one: a state may only start earlier', () => {
    const codes = checkPlan(teen(), { childDateOfBirth: bornTurning16DuringPlan, transitionAge: 18 }).map(
      (f) => f.code,
    )
    expect(codes).toContain('transition-missing')
  })

  test('a state that starts at 14 makes the transition plan required at 14', () => {
    const codes = checkPlan(teen(), { childDateOfBirth: localDate('2013-01-01'), transitionAge: 14 }).map(
      (f) => f.code,
    )
    expect(codes).toContain('transition-missing')
  })

  test('at 14 or 15 without a state rule, starting early is only suggested', () => {
    const findings = checkPlan(teen(), { childDateOfBirth: localDate('2012-01-01') })
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['transition-consider-early', 'review']])
  })

  test('an unverified state note is shown as something to ask about, never as required', () => {
    const findings = checkPlan(teen(), { childDateOfBirth: localDate('2012-01-01'), stateCode: 'nc' })
    expect(findings.map((f) => [f.code, f.severity, f.message.params])).toEqual([
      ['transition-state-may-start-earlier', 'review', { age: 14, state: 'NC' }],
    ])
  })

  test('each missing part of a transition plan is reported with its path', () => {
    const plan = teen({
      transition: buildTransition({
        postsecondaryGoals: {},
        services: [],
        courseOfStudy: undefined,
        assessments: undefined,
      }),
    })
    expect(codesOf(plan, { childDateOfBirth: bornTurning16AfterPlan })).toEqual([])
    expect(codesOf(plan, { childDateOfBirth: bornTurning16DuringPlan })).toEqual([
      'transition-education-goal-missing @ transition.postsecondaryGoals.educationOrTraining',
      'transition-employment-goal-missing @ transition.postsecondaryGoals.employment',
      'transition-independent-living-review @ transition.postsecondaryGoals.independentLiving',
      'transition-assessments-missing @ transition.assessments',
      'transition-services-missing @ transition.services',
      'transition-course-of-study-missing @ transition.courseOfStudy',
    ])
  })

  test('the student must be invited when postsecondary goals are discussed', () => {
    const plan = buildIep({ transition: buildTransition() })
    expect(codesOf(plan, { childDateOfBirth: bornTurning16DuringPlan })).toEqual([
      'transition-student-not-listed @ team',
    ])
  })

  test.each([
    ['turns 17 during the plan: the statement is due', localDate('2010-01-01'), 18, true],
    ['turns 17 after the plan: not yet', localDate('2010-07-01'), 18, false],
    [
      'in a state where the age of majority is 19, turning 17 is not enough',
      localDate('2010-01-01'),
      19,
      false,
    ],
  ])('transfer of rights: a child who %s', (_, born, ageOfMajority, required) => {
    const plan = teen({ transition: buildTransition() })
    const findings = checkPlan(plan, { childDateOfBirth: born, ageOfMajority })
    const missing = findings.find((f) => f.code === 'transfer-of-rights-missing')
    expect(missing !== undefined).toBe(required)
    if (missing) expect(missing.message.params).toEqual({ age: ageOfMajority })
  })

  test('a transfer-of-rights statement with a date satisfies the check', () => {
    const plan = teen({
      transition: buildTransition(),
      transferOfRights: { informedOn: localDate('2026-08-20') },
    })
    expect(codesOf(plan, { childDateOfBirth: localDate('2009-10-01') })).toEqual([])
  })

  test('without a date of birth the age checks are skipped and the finding says so', () => {
    expect(checkPlan(buildIep()).map((f) => f.code)).toEqual(['date-of-birth-missing'])
  })
})

describe('504 plan completeness', () => {
  test.each<[string, Partial<Section504Plan>, string]>([
    ['no impairment', { impairments: [] }, '504-impairment-missing @ impairments'],
    [
      'no major life activity',
      { majorLifeActivities: [] },
      '504-major-life-activity-missing @ majorLifeActivities',
    ],
    [
      'no accommodations or services',
      { accommodations: [], services: [] },
      '504-supports-missing @ accommodations',
    ],
    [
      'no meeting date',
      { dates: { review: localDate('2027-09-10') } },
      '504-meeting-date-missing @ dates.meeting',
    ],
    ['no participants', { participants: [] }, '504-participants-missing @ participants'],
    [
      'no review date',
      { dates: { meeting: localDate('2026-09-10') } },
      '504-review-date-missing @ dates.review',
    ],
    [
      'no sources of information',
      { evaluationSources: [] },
      '504-evaluation-sources-missing @ evaluationSources',
    ],
  ])('%s is reported', (_, overrides, expected) => {
    expect(codesOf(buildSection504(overrides))).toContain(expected)
  })

  test('accommodations without a responsible person are reported one by one', () => {
    const plan = buildSection504({
      accommodations: buildSection504().accommodations.map((a) => ({ ...a, responsible: undefined })),
    })
    expect(codesOf(plan)).toEqual([
      '504-accommodation-responsible-missing @ accommodations[0].responsible',
      '504-accommodation-responsible-missing @ accommodations[1].responsible',
    ])
  })

  test('a service without a responsible person or an amount is reported', () => {
    const plan = buildSection504({
      services: [{ id: 's', name: 'Counseling check-ins', kind: 'related-service' }],
    })
    expect(codesOf(plan)).toEqual([
      '504-service-responsible-missing @ services[0].providerRole',
      '504-service-amount-missing @ services[0].frequency',
    ])
  })

  test('an accommodation with no setting is reported', () => {
    const plan = buildSection504({ accommodations: [buildAccommodation({ settings: [] })] })
    expect(codesOf(plan)).toEqual(['504-accommodation-settings-missing @ accommodations[0].settings'])
  })
})
