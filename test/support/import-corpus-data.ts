import type { FrequencyPeriod, IdeaCategory, ServiceSetting } from '../../src/domain/plans/plan.ts'

/** The children behind the generated import corpus: every value a document may print. */
export interface CorpusGoal {
  readonly area: string
  readonly text: string
  readonly baseline: string
  readonly method: string
}

export interface CorpusService {
  readonly name: string
  readonly minutes: number
  readonly times: number
  readonly per: FrequencyPeriod
  readonly settingText: string
  readonly setting: ServiceSetting
  readonly provider: string
}

export interface CorpusChild {
  readonly name: string
  readonly dob: string
  readonly grade: string
  readonly school: string
  readonly district: string
  readonly category: IdeaCategory
  readonly categoryText: string
  readonly meeting: string
  readonly start: string
  readonly end: string
  readonly review: string
  readonly reeval: string
  readonly eligibilityDate: string
  readonly presentLevels: string
  readonly goals: readonly CorpusGoal[]
  readonly services: readonly CorpusService[]
  readonly accommodations: readonly string[]
  readonly impairment: string
}

export const CORPUS_CHILDREN: readonly CorpusChild[] = [
  {
    name: 'Ana Ruiz',
    dob: '2016-03-14',
    grade: '4',
    school: 'Lincoln Elementary',
    district: 'Cedar Valley School District',
    category: 'specific-learning-disability',
    categoryText: 'Specific Learning Disability',
    meeting: '2025-09-10',
    start: '2025-09-15',
    end: '2026-09-09',
    review: '2026-09-09',
    reeval: '2027-09-01',
    eligibilityDate: '2024-09-01',
    presentLevels:
      'Ana reads 62 words correct per minute on grade 4 passages. She answers literal questions well but struggles with inference. Her writing is short and has many spelling errors.',
    goals: [
      {
        area: 'Reading',
        text: 'By September 2026, when given a grade 4 passage, Ana will read 95 words correct per minute in 3 of 4 weekly probes.',
        baseline: '62 words correct per minute',
        method: 'curriculum-based measurement probes',
      },
      {
        area: 'Writing',
        text: 'By September 2026, Ana will write a paragraph of five sentences with correct capitalization and punctuation in 4 of 5 writing samples.',
        baseline: 'two sentences with errors',
        method: 'writing samples scored with a rubric',
      },
    ],
    services: [
      {
        name: 'Specialized academic instruction in reading',
        minutes: 30,
        times: 5,
        per: 'week',
        settingText: 'special education setting',
        setting: 'outside-general-education-class',
        provider: 'special education teacher',
      },
      {
        name: 'Written expression support',
        minutes: 45,
        times: 2,
        per: 'week',
        settingText: 'general education classroom',
        setting: 'general-education-class',
        provider: 'special education teacher',
      },
    ],
    accommodations: [
      'Extended time (time and a half) on tests and quizzes',
      'Text read aloud for tests other than reading',
      'Preferential seating near instruction',
    ],
    impairment: 'Dyslexia',
  },
  {
    name: 'Marcus Lee',
    dob: '2013-11-02',
    grade: '7',
    school: 'Jefferson Middle School',
    district: 'Riverside Unified',
    category: 'autism',
    categoryText: 'Autism',
    meeting: '2026-01-21',
    start: '2026-01-26',
    end: '2027-01-20',
    review: '2027-01-20',
    reeval: '2028-01-10',
    eligibilityDate: '2022-01-10',
    presentLevels:
      'Marcus is strong in math and science. He has trouble starting work without prompts and joins group work on 2 of 10 observed occasions. Loud noises in the cafeteria upset him.',
    goals: [
      {
        area: 'Social-emotional',
        text: 'By January 2027, Marcus will join a small group activity and take at least two turns in 8 of 10 observed occasions.',
        baseline: '2 of 10 observed occasions',
        method: 'teacher observation with a data sheet',
      },
      {
        area: 'Organization',
        text: 'By January 2027, Marcus will start an independent task within 2 minutes of the direction in 80% of opportunities.',
        baseline: '30% of opportunities',
        method: 'weekly observation by the case manager',
      },
      {
        area: 'Communication',
        text: 'By January 2027, Marcus will ask for a break using a break card in 4 of 5 opportunities.',
        baseline: '1 of 5 opportunities',
        method: 'speech-language pathologist data',
      },
    ],
    services: [
      {
        name: 'Social skills instruction',
        minutes: 30,
        times: 2,
        per: 'week',
        settingText: 'resource room',
        setting: 'outside-general-education-class',
        provider: 'special education teacher',
      },
      {
        name: 'Speech-language therapy',
        minutes: 30,
        times: 1,
        per: 'week',
        settingText: 'speech room',
        setting: 'outside-general-education-class',
        provider: 'speech-language pathologist',
      },
      {
        name: 'Occupational therapy consultation',
        minutes: 60,
        times: 1,
        per: 'month',
        settingText: 'general education classroom',
        setting: 'general-education-class',
        provider: 'occupational therapist',
      },
    ],
    accommodations: [
      'Noise-reducing headphones during independent work',
      'Visual schedule on the desk',
      'Breaks when asked, up to 5 minutes',
      'Advance notice of schedule changes',
    ],
    impairment: 'Autism spectrum disorder',
  },
  {
    name: 'Sofia Hernandez',
    dob: '2018-06-30',
    grade: '2',
    school: 'Oak Park Elementary',
    district: 'Oak Park School District 97',
    category: 'speech-or-language-impairment',
    categoryText: 'Speech or Language Impairment',
    meeting: '2025-11-04',
    start: '2025-11-10',
    end: '2026-11-03',
    review: '2026-11-03',
    reeval: '2028-10-15',
    eligibilityDate: '2023-10-15',
    presentLevels:
      'Sofia says the r sound correctly in 20% of words. She is understood by unfamiliar listeners about half of the time. She is kind and works hard.',
    goals: [
      {
        area: 'Communication',
        text: 'By November 2026, Sofia will say the r sound correctly at the start of words in 80% of trials across 3 sessions.',
        baseline: '20% of trials',
        method: 'speech-language pathologist probes',
      },
    ],
    services: [
      {
        name: 'Speech-language therapy',
        minutes: 20,
        times: 2,
        per: 'week',
        settingText: 'speech room',
        setting: 'outside-general-education-class',
        provider: 'speech-language pathologist',
      },
    ],
    accommodations: ['Extra wait time to answer out loud', 'Repeat directions one on one'],
    impairment: 'Speech sound disorder',
  },
  {
    name: 'Jayden Brooks',
    dob: '2011-02-17',
    grade: '9',
    school: 'Central High School',
    district: 'Metro Public Schools',
    category: 'other-health-impairment',
    categoryText: 'Other Health Impairment (ADHD)',
    meeting: '2026-03-05',
    start: '2026-03-09',
    end: '2027-03-04',
    review: '2027-03-04',
    reeval: '2029-02-20',
    eligibilityDate: '2020-02-20',
    presentLevels:
      'Jayden turns in 40% of homework assignments. He is on task for 50% of observed intervals in math. He enjoys building things and wants to work as an electrician.',
    goals: [
      {
        area: 'Organization',
        text: 'By March 2027, Jayden will record assignments in his planner and turn in 85% of homework assignments each quarter.',
        baseline: '40% of assignments',
        method: 'grade book review',
      },
      {
        area: 'Behavior',
        text: 'By March 2027, Jayden will stay on task during math work time in 80% of observed intervals over 4 consecutive weeks.',
        baseline: '50% of intervals',
        method: 'momentary time sampling observation',
      },
    ],
    services: [
      {
        name: 'Academic support class',
        minutes: 50,
        times: 5,
        per: 'week',
        settingText: 'special education classroom',
        setting: 'outside-general-education-class',
        provider: 'special education teacher',
      },
      {
        name: 'Counseling',
        minutes: 30,
        times: 2,
        per: 'month',
        settingText: "counselor's office",
        setting: 'outside-general-education-class',
        provider: 'school counselor',
      },
    ],
    accommodations: [
      'Extended time on tests and assignments',
      'Copy of class notes',
      'Check-in with the case manager each morning',
    ],
    impairment: 'Attention deficit hyperactivity disorder',
  },
]
