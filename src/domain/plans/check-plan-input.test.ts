import { describe, expect, test } from 'vitest'
import {
  buildAccommodation,
  buildGoal,
  buildIep,
  buildSection504,
  buildService,
} from '../../../test/support/plan-factories.ts'
import { localDate } from '../dates/local-date.ts'
import { checkPlanInput } from './check-plan-input.ts'
import type { IepPlan, Plan } from './plan.ts'

const problemsOf = (plan: Plan) => checkPlanInput(plan).map((p) => `${p.field}: ${p.message}`)
const dates = buildIep().dates

describe('checkPlanInput', () => {
  test('the complete plans keep every rule', () => {
    expect(checkPlanInput(buildIep())).toEqual([])
    expect(checkPlanInput(buildSection504())).toEqual([])
  })

  test.each<[string, Partial<IepPlan>, string]>([
    [
      'the plan ends before it starts',
      { dates: { ...dates, end: localDate('2026-08-31') } },
      'dates.end: plans.problems.endBeforeStart',
    ],
    [
      'the plan starts before its meeting',
      { dates: { ...dates, start: localDate('2026-08-19') } },
      'dates.start: plans.problems.startBeforeMeeting',
    ],
    [
      'the annual review comes before the meeting',
      { dates: { ...dates, nextAnnualReview: localDate('2026-08-01') } },
      'dates.nextAnnualReview: plans.problems.reviewBeforeMeeting',
    ],
    [
      'the reevaluation comes before the last evaluation',
      { dates: { ...dates, nextReevaluation: localDate('2025-04-01') } },
      'dates.nextReevaluation: plans.problems.reevaluationBeforeEvaluation',
    ],
    [
      'a service has 0 minutes',
      { services: [buildService(), buildService({ id: 'svc-2', minutes: 0 })] },
      'services[1].minutes: plans.problems.minutesNotPositive',
    ],
    [
      'a service has negative minutes',
      { services: [buildService({ minutes: -30 })] },
      'services[0].minutes: plans.problems.minutesNotPositive',
    ],
    [
      'a service happens 0 times',
      { services: [buildService({ frequency: { times: 0, per: 'week' } })] },
      'services[0].frequency.times: plans.problems.timesNotPositive',
    ],
    [
      'a service happens 1.5 times',
      { services: [buildService({ frequency: { times: 1.5, per: 'week' } })] },
      'services[0].frequency.times: plans.problems.timesNotPositive',
    ],
    [
      'a service ends before it starts',
      { services: [buildService({ end: localDate('2026-08-01') })] },
      'services[0].end: plans.problems.endBeforeStart',
    ],
    [
      'two services share an id',
      { services: [buildService(), buildService({ name: 'Other' })] },
      'services[1].id: plans.problems.idRepeated',
    ],
    [
      'two goals share an id',
      { goals: [buildGoal(), buildGoal()] },
      'goals[1].id: plans.problems.idRepeated',
    ],
    [
      'two objectives share an id',
      {
        goals: [
          buildGoal({
            objectives: [
              { id: 'o', text: 'a' },
              { id: 'o', text: 'b' },
            ],
          }),
        ],
      },
      'goals[0].objectives[1].id: plans.problems.idRepeated',
    ],
    [
      'an unknown library entry',
      { services: [buildService({ libraryId: 'magic-service' })] },
      'services[0].libraryId: plans.problems.libraryEntryUnknown',
    ],
    [
      'a service from the accommodation shelf',
      { services: [buildService({ libraryId: 'calculator' })] },
      'services[0].libraryId: plans.problems.libraryEntryWrongList',
    ],
    [
      'an accommodation from the service shelf',
      { accommodations: [buildAccommodation({ libraryId: 'counseling' })] },
      'accommodations[0].libraryId: plans.problems.libraryEntryWrongList',
    ],
    [
      'an accommodation with no words and no library entry',
      { accommodations: [buildAccommodation({ libraryId: undefined, text: ' ' })] },
      'accommodations[0].text: plans.problems.accommodationEmpty',
    ],
    [
      'a setting named twice',
      { accommodations: [buildAccommodation({ settings: ['testing', 'testing'] })] },
      'accommodations[0].settings: plans.problems.settingRepeated',
    ],
    [
      'a percent above 100',
      { generalEducationTime: { percent: 120 } },
      'generalEducationTime.percent: plans.problems.percentOutOfRange',
    ],
    [
      'more minutes in general education than in the week',
      { generalEducationTime: { minutesPerWeek: 2000, schoolMinutesPerWeek: 1800 } },
      'generalEducationTime.minutesPerWeek: plans.problems.moreThanSchoolWeek',
    ],
    [
      'a transition service id used twice',
      {
        transition: {
          postsecondaryGoals: {},
          services: [
            { id: 't', text: 'a' },
            { id: 't', text: 'b' },
          ],
        },
      },
      'transition.services[1].id: plans.problems.idRepeated',
    ],
  ])('%s is a problem', (_, overrides, expected) => {
    expect(problemsOf(buildIep(overrides))).toEqual([expected])
  })

  test('a 504 review before the meeting is a problem', () => {
    const plan = buildSection504({
      dates: { meeting: localDate('2026-09-10'), review: localDate('2026-09-01') },
    })
    expect(problemsOf(plan)).toEqual(['dates.review: plans.problems.reviewBeforeMeeting'])
  })

  test('the repeated id is named in the message', () => {
    const [problem] = checkPlanInput(buildIep({ services: [buildService(), buildService()] }))
    expect(problem?.params).toEqual({ id: 'svc-reading' })
  })

  test('the same date for start and end is allowed (a one-day service)', () => {
    const oneDay = buildService({ start: localDate('2026-10-01'), end: localDate('2026-10-01') })
    expect(checkPlanInput(buildIep({ services: [oneDay] }))).toEqual([])
  })
})
