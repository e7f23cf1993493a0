import type { Actor } from '../../domain/access/actor.ts'
import { addDays, type LocalDate } from '../../domain/dates/local-date.ts'
import type { Accommodation, Goal, IepPlan, Service } from '../../domain/plans/plan.ts'
import { type Deps, today } from '../deps.ts'
import { changePlanStatus, startNextPlan } from '../plans/plan-lifecycle.ts'
import { createPlan, savePlan } from '../plans/save-plan.ts'

const speechGoal: Goal = {
  id: 'demo-goal-speech',
  area: 'communication',
  text: 'In class conversation, Mateo will say the /r/ sound correctly in 8 of 10 tries.',
  baseline: '4 of 10 tries in conversation',
  baselineValue: 4,
  target: '8 of 10 tries in conversation',
  targetValue: 8,
  unit: 'correct tries out of 10',
  direction: 'increase',
  measurementMethod: 'Speech-language pathologist’s tally during 2 class visits a month',
  criterion: '8 of 10 tries on 3 visits in a row',
}

const planningGoal: Goal = {
  id: 'demo-goal-planner',
  area: 'organization',
  text: 'Mateo will write each assignment in his planner and have it checked by a teacher on 4 of 5 school days.',
  baseline: 'Planner checked on 1 of 5 days',
  target: 'Planner checked on 4 of 5 days',
  measurementMethod: 'Weekly planner check by the case manager',
  criterion: '4 of 5 days for 4 weeks in a row',
}

const readingGoal: Goal = {
  id: 'demo-goal-reading',
  area: 'reading',
  text: 'Given a grade-level passage, Mateo will answer comprehension questions with 80% accuracy.',
  baseline: '55% accuracy on grade-level passages',
  baselineValue: 55,
  target: '80% accuracy',
  targetValue: 80,
  unit: '%',
  direction: 'increase',
  measurementMethod: 'Monthly reading checks with 10 questions',
  criterion: '80% or more on 3 checks in a row',
}

function speech(timesPerWeek: number): Service {
  return {
    id: 'demo-svc-speech',
    name: 'Speech and language therapy',
    kind: 'related-service',
    libraryId: 'speech-language-therapy',
    minutes: 30,
    frequency: { times: timesPerWeek, per: 'week' },
    setting: 'outside-general-education-class',
    location: 'Speech room',
    providerRole: 'Speech-language pathologist',
    grouping: 'individual',
  }
}

const resourceRoom: Service = {
  id: 'demo-svc-reading',
  name: 'Reading support in the resource room',
  kind: 'special-education',
  libraryId: 'resource-room',
  minutes: 45,
  frequency: { times: 3, per: 'week' },
  setting: 'outside-general-education-class',
  location: 'Resource room',
  providerRole: 'Special education teacher',
  grouping: 'group',
}

const accommodations: Accommodation[] = [
  {
    id: 'demo-acc-seating',
    libraryId: 'preferential-seating',
    settings: ['classroom', 'testing'],
    responsible: 'Each teacher',
  },
  {
    id: 'demo-acc-time',
    libraryId: 'extended-time-tests',
    settings: ['testing'],
    details: 'Time and a half',
    responsible: 'Each teacher',
  },
  {
    id: 'demo-acc-breaks',
    libraryId: 'frequent-breaks',
    settings: ['classroom'],
    details: 'A 2-minute break every 20 minutes',
  },
  { id: 'demo-acc-notes', libraryId: 'copy-of-notes', settings: ['classroom'], responsible: 'Each teacher' },
]

/** Mateo's IEP for a year that starts with the meeting `meeting` days ago. */
function iep(
  day: LocalDate,
  meetingDaysAgo: number,
  parts: Pick<IepPlan, 'goals' | 'services' | 'accommodations'>,
) {
  const meeting = addDays(day, -meetingDaysAgo)
  return {
    dates: {
      meeting,
      start: addDays(meeting, 10),
      end: addDays(meeting, 364),
      nextAnnualReview: addDays(meeting, 364),
      nextReevaluation: addDays(day, 295),
    },
    eligibility: {
      category: 'other-health-impairment' as const,
      otherCategories: ['speech-or-language-impairment' as const],
      lastEvaluation: addDays(day, -800),
    },
    school: {
      name: 'Washington Middle School',
      district: 'Riverside Unified School District',
      stateCode: 'TX',
    },
    summary: {
      strengths: 'Friendly, loves science and building things, works hard one-on-one.',
      needs: 'Staying organized, reading comprehension, and the /r/ sound.',
    },
    presentLevels: {
      academic:
        'Mateo reads at about a 5th-grade level. He answers 55% of comprehension questions correctly.',
      functional: 'Mateo loses track of assignments and needs reminders to start work.',
      strengths: 'Strong in math and science labs.',
      parentConcerns: 'Homework takes hours, and he is embarrassed about his speech.',
      effectOnGeneralCurriculum:
        'ADHD and a speech sound disorder make it hard for Mateo to follow long readings and to speak up in class.',
    },
    progressReporting: { how: 'Written report', when: 'Every 9 weeks, with report cards' },
    assessments: { state: { participation: 'regular-with-accommodations' as const } },
    generalEducationTime: {
      percent: 88,
      explanationOfTimeOutside:
        'Mateo leaves class for speech therapy and for reading support in the resource room.',
    },
    extendedSchoolYear: { decision: 'not-eligible' as const, decidedOn: meeting },
    team: [
      { name: 'Maria Lopez', role: 'parent' as const },
      { name: 'Mr. Grant', role: 'general-education-teacher' as const },
      { name: 'Ms. Alvarez', role: 'special-education-teacher' as const },
      { name: 'Dr. Chen', role: 'district-representative' as const },
      {
        name: 'Ms. Patel',
        role: 'related-service-provider' as const,
        roleDetail: 'Speech-language pathologist',
      },
    ],
    contacts: [
      {
        name: 'Ms. Alvarez',
        role: 'Case manager',
        phone: '555-0142',
        email: 'alvarez@riverside.example.org',
      },
      { name: 'Ms. Patel', role: 'Speech-language pathologist', email: 'patel@riverside.example.org' },
    ],
    ...parts,
  }
}

/**
 * Mateo's IEPs: last year's (in effect then, superseded now) and this year's, started from it and
 * changed at the annual review: speech therapy cut from 2 to 1 session a week (60 → 30 minutes),
 * the planner goal dropped, frequent breaks removed. The diff shows these as reductions, and the
 * completeness check finds what this year's copy left out (the progress report schedule).
 */
export async function seedDemoPlans(deps: Deps, actor: Actor, childId: string): Promise<void> {
  const day = today(deps)
  const lastYear = await createPlan(
    deps,
    actor,
    childId,
    {
      kind: 'iep',
      status: 'in-effect',
      revision: { reason: 'annual-review' },
      ...iep(day, 695, {
        goals: [speechGoal, planningGoal, readingGoal],
        services: [speech(2), resourceRoom],
        accommodations,
      }),
    },
    'import',
  )
  const next = await startNextPlan(deps, actor, childId, lastYear.record.id, 'annual-review')
  const thisYear = iep(day, 330, {
    goals: [speechGoal, readingGoal],
    services: [speech(1), resourceRoom],
    accommodations: accommodations.filter((a) => a.id !== 'demo-acc-breaks'),
  })
  // As often happens, this year's copy leaves out when progress reports come, and who spoke for the district.
  const saved = await savePlan(deps, actor, childId, next.record.id, {
    expectedVersion: next.record.latestVersion,
    purpose: 'edit',
    part: null,
    change: (current) => ({
      ...current,
      ...thisYear,
      progressReporting: undefined,
      team: thisYear.team.filter((member) => member.role !== 'district-representative'),
    }),
  })
  await changePlanStatus(deps, actor, childId, saved.record.id, saved.record.latestVersion, 'record-agreed')
}
