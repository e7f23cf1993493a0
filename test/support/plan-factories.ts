import { localDate } from '../../src/domain/dates/local-date.ts'
import type {
  Accommodation,
  Goal,
  IepPlan,
  PlanItem,
  Section504Plan,
  Service,
  Transition,
} from '../../src/domain/plans/plan.ts'

/**
 * Plans with valid, complete defaults: a complete IEP and a complete 504 plan have no findings for
 * a child born on CHILD_BORN (10 years old during the plans). Override only what a test is about.
 */
export const CHILD_BORN = localDate('2016-05-10')

export function buildGoal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: 'goal-reading-fluency',
    area: 'reading',
    text: 'Given a grade-level passage, Maya will read aloud at 90 words correct per minute.',
    baseline: '52 words correct per minute',
    baselineValue: 52,
    target: '90 words correct per minute',
    targetValue: 90,
    unit: 'words correct per minute',
    direction: 'increase',
    measurementMethod: 'Weekly one-minute reading probes',
    criterion: '3 probes in a row at or above 90',
    progressReporting: { how: 'Written report with a graph', when: 'Every quarter, with report cards' },
    ...overrides,
  }
}

export function buildService(overrides: Partial<Service> = {}): Service {
  return {
    id: 'svc-reading',
    name: 'Specialized reading instruction',
    kind: 'special-education',
    minutes: 30,
    frequency: { times: 5, per: 'week' },
    start: localDate('2026-09-01'),
    end: localDate('2027-06-15'),
    setting: 'outside-general-education-class',
    location: 'Resource room',
    providerRole: 'Special education teacher',
    grouping: 'group',
    ...overrides,
  }
}

export function buildAccommodation(overrides: Partial<Accommodation> = {}): Accommodation {
  return {
    id: 'acc-extended-time',
    libraryId: 'extended-time-tests',
    settings: ['testing'],
    details: 'Time and a half',
    responsible: 'Classroom teacher',
    ...overrides,
  }
}

export function buildItem(overrides: Partial<PlanItem> = {}): PlanItem {
  return {
    id: 'item-1',
    text: 'Reading specialist consults with the classroom teacher monthly',
    ...overrides,
  }
}

export function buildTransition(overrides: Partial<Transition> = {}): Transition {
  return {
    postsecondaryGoals: {
      educationOrTraining: 'After high school, Maya will attend community college for graphic design.',
      employment: 'After training, Maya will work as a graphic designer.',
      independentLiving: 'Maya will manage her own schedule and budget.',
    },
    assessments: 'Interest inventory and a vocational interview (fall 2026)',
    services: [
      { id: 'ts-1', text: 'Job shadowing at a design studio', responsible: 'Transition coordinator' },
    ],
    courseOfStudy: 'College-preparatory diploma with art electives',
    ...overrides,
  }
}

export function buildIep(overrides: Partial<IepPlan> = {}): IepPlan {
  return {
    kind: 'iep',
    status: 'in-effect',
    revision: { reason: 'annual-review' },
    school: { name: 'Lincoln Elementary', district: 'Springfield', stateCode: 'OR' },
    summary: { strengths: 'Curious, kind, loves drawing', needs: 'Reading fluency and written expression' },
    dates: {
      meeting: localDate('2026-08-20'),
      start: localDate('2026-09-01'),
      end: localDate('2027-06-15'),
      nextAnnualReview: localDate('2027-08-19'),
      nextReevaluation: localDate('2028-05-01'),
    },
    eligibility: {
      category: 'specific-learning-disability',
      determinedOn: localDate('2025-05-20'),
      lastEvaluation: localDate('2025-05-01'),
    },
    presentLevels: {
      academic: 'Maya reads 52 words correct per minute on grade-level passages (class median 110).',
      functional: 'Maya follows classroom routines and works well with peers.',
      strengths: 'Strong listening comprehension and vocabulary.',
      parentConcerns: 'Homework takes her hours.',
      effectOnGeneralCurriculum:
        'Slow decoding keeps Maya from reading grade-level texts in science and social studies on her own.',
    },
    goals: [buildGoal()],
    progressReporting: { how: 'Written report', when: 'Every quarter, with report cards' },
    services: [buildService()],
    programModifications: [],
    staffSupports: [buildItem({ id: 'staff-1', libraryId: 'teacher-consultation' })],
    accommodations: [buildAccommodation()],
    assessments: { state: { participation: 'regular-with-accommodations' } },
    generalEducationTime: {
      percent: 90,
      explanationOfTimeOutside:
        'Maya leaves class 30 minutes a day for reading instruction in a small group.',
    },
    extendedSchoolYear: { decision: 'not-eligible', decidedOn: localDate('2026-08-20') },
    team: [
      { name: 'Ana Ruiz', role: 'parent' },
      { name: 'Mr. Lee', role: 'general-education-teacher' },
      { name: 'Ms. Park', role: 'special-education-teacher' },
      { name: 'Dr. Shah', role: 'district-representative' },
    ],
    consents: [{ kind: 'initial-services', date: localDate('2025-06-01') }],
    contacts: [{ name: 'Ms. Park', role: 'Case manager', email: 'park@example.org' }],
    ...overrides,
  }
}

export function buildSection504(overrides: Partial<Section504Plan> = {}): Section504Plan {
  return {
    kind: '504',
    status: 'in-effect',
    dates: {
      meeting: localDate('2026-09-10'),
      start: localDate('2026-09-14'),
      review: localDate('2027-09-10'),
      evaluation: localDate('2026-09-01'),
    },
    impairments: ['Type 1 diabetes'],
    majorLifeActivities: [{ activity: 'major-bodily-function', detail: 'Endocrine function' }],
    evaluationSources: ['Doctor’s letter', 'Nurse assessment', 'Parent input'],
    accommodations: [
      {
        id: 'acc-water',
        libraryId: 'water-snacks-restroom',
        settings: ['classroom', 'testing', 'transportation', 'field-trips'],
        responsible: 'Classroom teacher',
      },
      {
        id: 'acc-trips',
        libraryId: 'trained-adult-on-trips',
        settings: ['field-trips', 'extracurricular'],
        responsible: 'School nurse',
      },
    ],
    services: [
      {
        id: 'svc-nurse',
        name: 'Blood sugar checks by the school nurse',
        kind: 'health-service',
        libraryId: 'school-nurse-services',
        minutes: 10,
        frequency: { times: 2, per: 'day' },
        providerRole: 'School nurse',
      },
    ],
    participants: [
      { name: 'Ana Ruiz', role: 'parent' },
      { name: 'Ms. Cole', role: 'section-504-coordinator' },
      { name: 'Nurse Diaz', role: 'school-nurse' },
    ],
    ...overrides,
  }
}
