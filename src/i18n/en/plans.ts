/** English text for plans. Keep keys in step with ../es/plans.ts. */
import { planPages } from './plan-pages.ts'

export const plans = {
  ...planPages,
  kinds: {
    iep: 'IEP',
    '504': '504 plan',
  },
  statuses: {
    draft: 'Draft',
    proposed: 'Proposed by the school',
    'in-effect': 'Agreed and in effect',
    superseded: 'Replaced by a newer plan',
  },
  actions: {
    propose: 'Mark as proposed by the school',
    reopen: 'Go back to draft',
    agree: 'Mark as agreed',
    'record-agreed': 'Record as already agreed',
    supersede: 'Mark as replaced',
  },
  revisionReasons: {
    initial: 'First plan',
    'annual-review': 'Yearly review',
    reevaluation: 'After a reevaluation',
    amendment: 'Amendment',
    transfer: 'After a move to a new school',
    other: 'Other',
  },
  categories: {
    autism: 'Autism',
    'deaf-blindness': 'Deaf-blindness',
    deafness: 'Deafness',
    'emotional-disturbance': 'Emotional disturbance',
    'hearing-impairment': 'Hearing impairment',
    'intellectual-disability': 'Intellectual disability',
    'multiple-disabilities': 'Multiple disabilities',
    'orthopedic-impairment': 'Orthopedic impairment',
    'other-health-impairment': 'Other health impairment',
    'specific-learning-disability': 'Specific learning disability',
    'speech-or-language-impairment': 'Speech or language impairment',
    'traumatic-brain-injury': 'Traumatic brain injury',
    'visual-impairment': 'Visual impairment, including blindness',
    'developmental-delay': 'Developmental delay',
  },
  goalAreas: {
    reading: 'Reading',
    writing: 'Writing',
    math: 'Math',
    communication: 'Communication',
    behavior: 'Behavior',
    'social-emotional': 'Social and emotional skills',
    organization: 'Organization and planning',
    motor: 'Motor skills',
    'daily-living': 'Daily living skills',
    vocational: 'Work skills',
    other: 'Other',
  },
  serviceKinds: {
    'special-education': 'Special education (specially designed instruction)',
    'related-service': 'Related service',
    'supplementary-aid': 'Supplementary aid or service',
    'health-service': 'Health service',
    other: 'Other',
  },
  serviceSettings: {
    'general-education-class': 'In the general education class',
    'outside-general-education-class': 'Outside the general education class',
    'separate-school': 'At a separate school',
    'home-or-hospital': 'At home or in the hospital',
    community: 'In the community',
    other: 'Somewhere else',
  },
  accommodationSettings: {
    classroom: 'Class',
    testing: 'Tests',
    homework: 'Homework',
    cafeteria: 'Lunch',
    transportation: 'Bus',
    'field-trips': 'Field trips',
    extracurricular: 'After-school activities',
  },
  assessmentParticipation: {
    regular: 'Regular test',
    'regular-with-accommodations': 'Regular test with accommodations',
    alternate: 'Alternate test',
  },
  esyDecisions: {
    eligible: 'Needs extended school year services',
    'not-eligible': 'Does not need extended school year services',
    'not-yet-decided': 'Not decided yet',
  },
  teamRoles: {
    parent: 'Parent or guardian',
    student: 'Student',
    'general-education-teacher': 'General education teacher',
    'special-education-teacher': 'Special education teacher or provider',
    'district-representative': 'School district representative',
    'evaluation-specialist': 'Person who explains the evaluation results',
    'related-service-provider': 'Related service provider',
    'section-504-coordinator': '504 coordinator',
    'school-nurse': 'School nurse',
    counselor: 'School counselor',
    principal: 'Principal',
    'language-interpreter': 'Interpreter',
    advocate: 'Advocate',
    'agency-representative': 'Agency representative',
    other: 'Other',
  },
  consentKinds: {
    'initial-evaluation': 'Consent to the first evaluation',
    'initial-services': 'Consent to start services',
    reevaluation: 'Consent to a reevaluation',
    plan: 'Consent to this plan',
    'team-member-excusal': 'Consent to excuse a team member',
    other: 'Other consent',
  },
  majorLifeActivities: {
    learning: 'Learning',
    reading: 'Reading',
    concentrating: 'Concentrating',
    thinking: 'Thinking',
    communicating: 'Communicating',
    speaking: 'Speaking',
    seeing: 'Seeing',
    hearing: 'Hearing',
    eating: 'Eating',
    sleeping: 'Sleeping',
    walking: 'Walking',
    standing: 'Standing',
    lifting: 'Lifting',
    bending: 'Bending',
    breathing: 'Breathing',
    'caring-for-oneself': 'Caring for oneself',
    'performing-manual-tasks': 'Using the hands for tasks',
    working: 'Working',
    sitting: 'Sitting',
    reaching: 'Reaching',
    'interacting-with-others': 'Getting along with others',
    'major-bodily-function': 'A body function (for example, breathing, digestion, the immune system)',
    other: 'Other',
  },
  programs: {
    iep: 'IEP',
    '504': '504 plan',
    none: 'No plan',
  },
  exitReasons: {
    'no-longer-eligible': 'The school thinks your child no longer needs special education',
    'regular-diploma': 'Graduating with a regular diploma',
    'aged-out': 'Reaching the age when special education ends',
    'parent-revoked-consent': 'You withdraw consent for services',
  },
  severities: {
    required: 'The law asks for this',
    recommended: 'Recommended',
    review: 'Worth checking',
  },
  lists: {
    accommodations: 'Accommodations',
    programModifications: 'Changes to what is taught or expected (modifications)',
    staffSupports: 'Support for school staff',
  },
  fields: {
    name: 'Name',
    kind: 'Type',
    minutes: 'Minutes',
    frequency: 'How often',
    start: 'Start',
    end: 'End',
    setting: 'Setting',
    location: 'Place',
    providerRole: 'Who gives it',
    grouping: 'Alone or in a group',
    area: 'Area',
    text: 'Words of the goal',
    baseline: 'Starting point',
    baselineValue: 'Starting number',
    target: 'Target',
    targetValue: 'Target number',
    unit: 'Unit',
    direction: 'Direction',
    measurementMethod: 'How progress is measured',
    criterion: 'What counts as meeting it',
    progressReporting: 'Progress reports',
    objectives: 'Short-term steps',
    libraryId: 'Library entry',
    settings: 'Where it applies',
    details: 'Details',
    responsible: 'Who is responsible',
  },
  amount: {
    day_one: '{{minutes}} minutes once a day',
    day_other: '{{minutes}} minutes, {{count}} times a day',
    week_one: '{{minutes}} minutes once a week',
    week_other: '{{minutes}} minutes, {{count}} times a week',
    month_one: '{{minutes}} minutes once a month',
    month_other: '{{minutes}} minutes, {{count}} times a month',
  },
  problems: {
    endBeforeStart: 'The end date must be after the start date.',
    startBeforeMeeting: 'The start date cannot be before the meeting date.',
    reviewBeforeMeeting: 'The review date must be after the meeting date.',
    reevaluationBeforeEvaluation: 'The next reevaluation must be after the last evaluation.',
    minutesNotPositive: 'Enter the minutes as a number greater than 0.',
    minutesNegative: 'Enter the minutes as 0 or more.',
    timesNotPositive: 'Enter how many times as a whole number, 1 or more.',
    percentOutOfRange: 'Enter a percent from 0 to 100.',
    moreThanSchoolWeek:
      'The minutes in general education cannot be more than the minutes in the school week.',
    idRepeated: 'Each item needs its own id. "{{id}}" is used more than once.',
    libraryEntryUnknown:
      'There is no library entry called "{{id}}". Choose one from the library or write it in your own words.',
    libraryEntryWrongList:
      'The library entry "{{id}}" does not belong in this list. Choose one of the right type.',
    accommodationEmpty: 'Describe the accommodation, or choose one from the library.',
    settingRepeated: 'Name each setting only once.',
    kind: 'Say which kind of plan this is: "iep" or "504".',
    stateCode: 'Enter the two-letter code of the state, for example OR.',
  },
  findings: {
    'meeting-date-missing':
      'Add the date of the meeting where this IEP was written. The yearly review is counted from it.',
    'start-date-missing': 'Add the date this IEP starts. The IEP must say when services begin.',
    'end-date-missing': 'Add the date this IEP ends, so you know how long the services last.',
    'annual-review-date-missing':
      'Add the date of the next yearly review. The team must review the IEP at least once a year.',
    'annual-review-late':
      'The next review is more than a year after this meeting. The team must review the IEP at least once a year, so the review is due by {{latest}}.',
    'reevaluation-date-missing':
      'Add the date of the next reevaluation. Your child must be reevaluated at least every 3 years.',
    'reevaluation-late':
      'The next reevaluation is more than 3 years after the last evaluation. It is due by {{latest}}, unless you and the school agreed in writing that it is not needed.',
    'eligibility-category-missing':
      'Add the disability category your child qualified under (for example, specific learning disability).',
    'present-levels-missing':
      'The plan does not describe how your child is doing now in school work and daily skills (present levels). The rest of the IEP builds on this.',
    'present-levels-effect-missing':
      "The plan does not say how your child's disability affects learning in the general education class. The IEP must say this.",
    'goals-missing': 'The plan has no measurable yearly goals. An IEP must have them.',
    'goal-baseline-missing':
      'Goal {{number}} does not say where your child starts (the baseline). Without it, you cannot tell whether your child is making progress.',
    'goal-target-missing':
      'Goal {{number}} does not say where your child should be by the end of the plan (the target).',
    'goal-criterion-missing':
      'Goal {{number}} does not say what counts as meeting it (for example, "4 out of 5 tries"). A goal must be measurable.',
    'goal-measurement-missing':
      'Goal {{number}} does not say how progress will be measured (for example, a short reading check every week).',
    'goal-objectives-missing':
      'Goal {{number}} has no short-term steps (objectives). Your child takes an alternate test, so each goal needs them.',
    'progress-schedule-missing':
      'The plan does not say when you will get progress reports (for example, every quarter with report cards). The IEP must say when.',
    'services-missing':
      'The plan lists no services. An IEP must say what special education and other services your child gets.',
    'special-education-missing':
      'No service is marked as special education (specially designed instruction). Check that the plan says who teaches your child in a special way, and for how long.',
    'service-minutes-missing': '{{name}}: the plan does not say how many minutes each session lasts.',
    'service-frequency-missing':
      '{{name}}: the plan does not say how often it happens (a day, a week or a month).',
    'service-start-missing': '{{name}}: the plan does not say when it starts.',
    'service-end-missing': '{{name}}: the plan does not say when it ends.',
    'service-location-missing':
      '{{name}}: the plan does not say where it happens (for example, in the general education class or in a separate room).',
    'service-provider-missing':
      '{{name}}: the plan does not say who gives it (for example, a speech-language pathologist). Each person who works with your child must know their part.',
    'general-education-time-missing':
      'The plan does not say how much of the school week your child spends in general education classes.',
    'time-outside-explanation-missing':
      'Your child spends some time outside the general education class, but the plan does not explain why. The IEP must explain any time away from classmates without disabilities.',
    'assessment-participation-missing':
      'The plan does not say how your child takes state tests: the regular test, the regular test with accommodations, or an alternate test.',
    'alternate-assessment-why-not-regular-missing':
      'The plan chooses an alternate test but does not say why the regular test does not fit your child.',
    'alternate-assessment-why-alternate-missing':
      'The plan chooses an alternate test but does not say why that test is right for your child.',
    'testing-accommodations-missing':
      'The plan says your child takes tests with accommodations, but no accommodation is marked for tests. Check which ones apply to tests.',
    'esy-decision-missing':
      'The plan does not record a decision about services beyond the school year (extended school year, ESY). Ask the team whether your child needs them.',
    'date-of-birth-missing':
      "Add your child's date of birth so Pathway can check the parts of the IEP that depend on age (transition planning and the transfer of rights).",
    'transition-missing':
      'Your child turns {{age}} during this plan, so the IEP must include a transition plan: goals for life after high school and the services to reach them.',
    'transition-education-goal-missing':
      'The transition plan has no goal for education or training after high school.',
    'transition-employment-goal-missing': 'The transition plan has no goal for work after high school.',
    'transition-independent-living-review':
      'The transition plan has no goal for living on their own. It is needed where it fits your child; ask the team whether it does.',
    'transition-assessments-missing':
      'The transition plan does not say which assessments its goals come from. Goals for after high school should rest on transition assessments that fit your child’s age.',
    'transition-services-missing':
      'The transition plan lists no transition services to help your child reach the goals.',
    'transition-course-of-study-missing':
      'The transition plan does not describe the classes your child will take (course of study).',
    'transition-student-not-listed':
      'Your child is not listed at the meeting. When goals for after high school are discussed, the school must invite your child.',
    'transition-consider-early':
      'Your child is 14 or older during this plan. Federal law asks for a transition plan by 16, but the team may start sooner. You can ask to start now.',
    'transition-state-may-start-earlier':
      'Some sources say {{state}} starts transition planning at age {{age}}. We could not confirm this. Ask your school what your state requires.',
    'transfer-of-rights-missing':
      'Your child will be less than a year from age {{age}} during this plan. The IEP must say that your child was told which rights pass from you to them at that age (the age of majority). Most states use 18; check yours.',
    'team-missing': 'The plan does not list who was at the meeting.',
    'team-parent-missing':
      'No parent is listed as present. The school must try to include you, and may meet without you only if it can show it tried.',
    'team-general-education-teacher-missing':
      'No general education teacher is listed as present. If your child is (or may be) in general education classes, one should be at the meeting.',
    'team-special-education-teacher-missing':
      'No special education teacher or provider is listed as present. One should be at the meeting.',
    'team-district-representative-missing':
      "No school district representative is listed as present. Someone who can commit the school's resources should be at the meeting.",
    'team-member-absent-not-excused':
      'Team member {{number}} did not attend, and the plan does not show that you agreed in writing to excuse them.',
    'initial-services-consent-missing':
      'This is the first IEP, but the plan shows no date for your written consent to start services. Services cannot begin without it.',
    '504-impairment-missing':
      "The plan does not name your child's impairment (the condition behind the plan).",
    '504-major-life-activity-missing':
      'The plan does not say which major life activities are limited (for example, learning, concentrating or breathing).',
    '504-supports-missing': 'The plan lists no accommodations or services.',
    '504-accommodation-settings-missing':
      'Accommodation {{number}} does not say where it applies (class, tests, homework, lunch, bus, field trips or after-school activities).',
    '504-accommodation-responsible-missing':
      'Accommodation {{number}} does not say who is responsible for it.',
    '504-service-responsible-missing': '{{name}}: the plan does not say who is responsible for it.',
    '504-service-amount-missing': '{{name}}: the plan does not say how often or for how long it is given.',
    '504-meeting-date-missing': 'Add the date of the meeting where the plan was decided.',
    '504-participants-missing':
      'The plan does not list who took part. The decision must be made by a group of people who know your child and the evaluation.',
    '504-evaluation-sources-missing':
      'The plan does not list the information the group used (tests, teacher reports, medical information, your input). Ask what it was based on.',
    '504-review-date-missing':
      'Add the date the plan will be reviewed. Section 504 asks for a new evaluation from time to time.',
  },
  diff: {
    service: {
      added: '{{name}} was added: {{after}} minutes a week.',
      addedNoAmount: '{{name}} was added. The plan does not say how much.',
      removed: '{{name}} was removed. It gave {{before}} minutes a week.',
      removedNoAmount: '{{name}} was removed.',
      reduced: '{{name}} was cut from {{before}} to {{after}} minutes a week ({{change}} minutes less).',
      increased: '{{name}} went up from {{before}} to {{after}} minutes a week ({{change}} minutes more).',
      amountDropped: '{{name}} no longer says how much. It was {{before}} minutes a week.',
      renamed: '"{{before}}" is now called "{{after}}". The amount is the same.',
      rescheduled: '{{name}} has a new schedule. The minutes a week are the same.',
      changed: '{{name}} changed. See the details.',
      unchanged: '{{name}} did not change.',
    },
    goal: {
      added: 'New goal: {{area}}.',
      removed: 'Goal removed: {{area}}.',
      rewritten: 'Goal rewritten: {{area}}. Compare the old and new words.',
      changed: 'Goal changed: {{area}}. See the details.',
      targetLowered: 'Goal target lowered: {{area}}. Ask the team why.',
      unchanged: 'Goal unchanged: {{area}}.',
    },
    item: {
      added: 'Added: {{name}}.',
      removed: 'Removed: {{name}}.',
      changed: 'Changed: {{name}}.',
      narrowed: 'Now used in fewer places: {{name}}.',
      unchanged: 'Unchanged: {{name}}.',
    },
    setting: {
      'kind-iep-to-504': 'The IEP was replaced by a 504 plan.',
      'kind-504-to-iep': 'The 504 plan was replaced by an IEP.',
      lessGeneralEducation: 'Time in general education went down from {{before}}% to {{after}}% of the week.',
      moreGeneralEducation: 'Time in general education went up from {{before}}% to {{after}}% of the week.',
      extendedSchoolYear: 'Extended school year changed from "{{before}}" to "{{after}}".',
      stateAssessment: 'State tests changed from "{{before}}" to "{{after}}".',
      districtAssessment: 'District tests changed from "{{before}}" to "{{after}}".',
    },
    notes: {
      reductionsNeedNotice:
        'Something was cut. Before the school reduces or ends a service or changes where your child learns, it must give you a written explanation of its decision (prior written notice).',
      changesNeedNotice:
        'Services or placement changed. The school must give you a written explanation before it makes a change (prior written notice).',
      section504Reductions:
        'Something was cut. Before a significant change in placement, Section 504 asks for an evaluation, and the school must tell you about your rights, including a hearing.',
      section504Changes:
        'The plan changed. The school must tell you about your rights under Section 504, including a hearing if you disagree.',
      programMove: 'Your child moved between an IEP and a 504 plan. See what the law asks for first.',
      amendmentNotAnnualReview: 'This is an amendment. It does not replace the yearly IEP review.',
    },
  },
  moves: {
    'evaluate-before-ending-eligibility':
      'The school must evaluate your child before it decides your child no longer needs special education.',
    'consent-for-reevaluation':
      'The school must ask for your written consent before any new testing for that evaluation.',
    'prior-written-notice':
      'Before the change, the school must explain its decision to you in writing (prior written notice). It must do this a reasonable time ahead.',
    'stay-put-if-you-disagree':
      'If you disagree, you can ask for a due process hearing. While the case goes on, your child usually keeps the services they have now (stay-put).',
    'summary-of-performance':
      'The school must give your child a summary of their school work and skills, with advice for reaching goals after high school (summary of performance).',
    'no-evaluation-needed-at-graduation':
      'If your child graduates with a regular diploma or reaches the age limit, the school does not have to evaluate first.',
    'alternative-certificate-keeps-eligibility':
      'A certificate or another diploma that is not the regular diploma does not end special education. Check which diploma your child will get.',
    'revocation-in-writing': 'To stop all special education services, tell the school in writing.',
    'notice-before-services-stop':
      'The school must send you prior written notice a reasonable time before it stops the services.',
    'school-cannot-override-revocation':
      'The school cannot use mediation or a hearing to keep the services going after you withdraw consent.',
    'later-request-is-new-evaluation':
      'If you want services again later, the school will usually treat it as a new first evaluation.',
    'section-504-is-a-separate-decision':
      'Whether your child qualifies for a 504 plan is a separate decision. The school may use the same evaluation information.',
    'section-504-after-revocation-unsettled':
      "It is not clear whether the school must offer a 504 plan after you withdraw consent for IEP services. Ask your district, or get advice from your state's Parent Training and Information Center.",
    'section-504-notice-and-hearing':
      'The school must tell you your rights under Section 504. These include seeing the records and asking for a fair hearing.',
    'consent-for-initial-evaluation':
      'The school must have your written consent before the first evaluation for special education.',
    'evaluation-timeline':
      "The evaluation must be finished within 60 days of your consent, or within your state's own timeline.",
    'iep-meeting-within-30-days':
      'If your child qualifies, a meeting to write the IEP must be held within 30 days.',
    'consent-for-initial-services':
      'Special education cannot start until you give written consent for services.',
    'accommodations-move-into-iep':
      'A child with an IEP is still protected by Section 504. The accommodations from the 504 plan usually move into the IEP, and no separate 504 plan is written.',
    'section-504-evaluation-before-placement':
      'The school must evaluate your child before deciding on a 504 plan.',
    'section-504-consent-for-evaluation':
      'The school should ask for your consent before the first 504 evaluation.',
    'section-504-evaluation-before-significant-change':
      'Ending or greatly changing a 504 plan can be a significant change in placement. Section 504 asks for an evaluation before such a change.',
  },
  library: {
    needs: {
      'across-subjects': 'Help across subjects',
      reading: 'Reading',
      writing: 'Writing',
      math: 'Math',
      attention: 'Attention and focus',
      organization: 'Organization and planning',
      behavior: 'Behavior',
      'social-emotional': 'Feelings and friendships',
      sensory: 'Sights, sounds and touch',
      communication: 'Communication',
      hearing: 'Hearing',
      vision: 'Vision',
      motor: 'Moving and using the hands',
      health: 'Health',
      testing: 'Tests',
      transition: 'Life after high school',
    },
    types: {
      accommodation: 'Accommodation',
      modification: 'Modification',
      service: 'Service',
      'staff-support': 'Support for staff',
    },
    items: {
      'audio-books': {
        name: 'Audio books',
        explain: 'Your child can listen to books and class texts instead of only reading them.',
      },
      'text-to-speech': {
        name: 'Text read aloud by a computer',
        explain: 'Software reads digital text aloud so your child can follow along.',
      },
      'read-aloud-directions': {
        name: 'Directions read aloud',
        explain:
          'An adult reads the directions to your child, so reading does not get in the way of the task.',
      },
      'pre-taught-vocabulary': {
        name: 'New words taught ahead of time',
        explain: 'Key words for a lesson are taught before the lesson, so your child can follow it.',
      },
      'highlighted-text': {
        name: 'Highlighted key points',
        explain: 'Important words and ideas are marked in the text so your child can find them.',
      },
      'leveled-texts': {
        name: 'Texts at your child’s reading level',
        explain: 'Your child reads texts about the same topic written at an easier level.',
      },
      'specialized-reading-instruction': {
        name: 'Specialized reading instruction',
        explain: 'A trained teacher teaches reading skills in a way planned for your child’s needs.',
      },
      'speech-to-text': {
        name: 'Speech-to-text',
        explain: 'Your child speaks and software types the words.',
      },
      scribe: {
        name: 'Scribe',
        explain: 'An adult writes down what your child says, word for word.',
      },
      'word-processor': {
        name: 'Computer for writing',
        explain: 'Your child can type instead of writing by hand.',
      },
      'graphic-organizers': {
        name: 'Graphic organizers',
        explain: 'Charts or outlines help your child plan and organize ideas before writing.',
      },
      'copy-of-notes': {
        name: 'Copy of class notes',
        explain: 'Your child gets a copy of the teacher’s or a classmate’s notes.',
      },
      'spelling-not-graded': {
        name: 'No grade lowered for spelling',
        explain: 'Spelling mistakes do not lower the grade, except on spelling tests.',
      },
      'reduced-written-work': {
        name: 'Less writing required',
        explain: 'Your child is expected to write less than classmates. This changes what is expected.',
      },
      'specialized-writing-instruction': {
        name: 'Specialized writing instruction',
        explain: 'A trained teacher teaches writing skills in a way planned for your child’s needs.',
      },
      calculator: {
        name: 'Calculator',
        explain: 'Your child may use a calculator when the skill being taught is not the math facts.',
      },
      'math-reference-sheet': {
        name: 'Math facts chart or formula sheet',
        explain: 'Your child may look at a chart of math facts or formulas.',
      },
      manipulatives: {
        name: 'Hands-on math objects',
        explain: 'Blocks, counters or other objects help your child see and solve problems.',
      },
      'graph-paper': {
        name: 'Graph paper',
        explain: 'Grid paper helps your child line up numbers.',
      },
      'worked-examples': {
        name: 'Step-by-step examples',
        explain: 'Your child gets solved examples that show each step.',
      },
      'alternate-math-standards': {
        name: 'Different math goals from the class',
        explain: 'Your child works on different math skills than classmates. This changes what is expected.',
      },
      'specialized-math-instruction': {
        name: 'Specialized math instruction',
        explain: 'A trained teacher teaches math skills in a way planned for your child’s needs.',
      },
      'preferential-seating': {
        name: 'Seat chosen for your child',
        explain:
          'Your child sits where it is easiest to pay attention, such as near the teacher and away from doors.',
      },
      'frequent-breaks': {
        name: 'Short breaks',
        explain: 'Your child can take short breaks to move or reset, then return to work.',
      },
      'directions-repeated': {
        name: 'Directions repeated and written down',
        explain:
          'Directions are given again, and in writing, so your child does not have to remember them all.',
      },
      'check-for-understanding': {
        name: 'Teacher checks in',
        explain: 'The teacher checks that your child understood before your child starts working.',
      },
      'chunked-assignments': {
        name: 'Work broken into parts',
        explain: 'Long tasks are split into smaller parts, each with its own due time.',
      },
      'shortened-assignments': {
        name: 'Shorter assignments',
        explain: 'Your child does fewer problems that still show the same skill.',
      },
      'quiet-work-area': {
        name: 'Quiet place to work',
        explain: 'Your child can work in a spot with fewer distractions.',
      },
      'planner-check': {
        name: 'Planner checked each day',
        explain: 'An adult checks that your child wrote down the homework and has what is needed.',
      },
      'extra-set-of-books': {
        name: 'Extra set of books at home',
        explain: 'Your child keeps a second set of textbooks at home.',
      },
      'extended-time-assignments': {
        name: 'More time for assignments',
        explain: 'Your child gets more time to finish class work and homework.',
      },
      'visual-schedule': {
        name: 'Picture or written schedule',
        explain: 'Your child can see what comes next in the day.',
      },
      'home-school-log': {
        name: 'Home-school notebook or log',
        explain: 'The teacher and you share notes regularly about how things are going.',
      },
      'warning-before-changes': {
        name: 'Warning before changes',
        explain: 'Your child is told ahead of time about changes in the schedule or activity.',
      },
      'behavior-intervention-plan': {
        name: 'Positive behavior plan',
        explain: 'A written plan teaches and rewards helpful behavior and says how adults respond.',
      },
      'check-in-check-out': {
        name: 'Check-in and check-out',
        explain:
          'Your child meets a chosen adult at the start and end of the day to set goals and review the day.',
      },
      'positive-reinforcement': {
        name: 'Praise and rewards',
        explain: 'Adults notice and reward the behavior the plan aims for.',
      },
      'break-pass': {
        name: 'Calm-down pass',
        explain: 'Your child can go to a set place to calm down, then come back.',
      },
      'posted-expectations': {
        name: 'Rules shown clearly',
        explain: 'Classroom rules and routines are posted and reviewed.',
      },
      'behavior-consultation': {
        name: 'Behavior expert advises staff',
        explain: 'A behavior specialist helps teachers plan how to support your child.',
      },
      counseling: {
        name: 'Counseling',
        explain: 'A counselor meets with your child to work on feelings, coping or relationships.',
      },
      'social-skills-group': {
        name: 'Social skills group',
        explain: 'Your child practices skills like taking turns and joining in, with a small group.',
      },
      'school-psychology': {
        name: 'School psychology services',
        explain: 'A school psychologist works with your child or the team on learning and behavior.',
      },
      'school-social-work': {
        name: 'School social work',
        explain: 'A social worker helps with needs at school, at home and in the community.',
      },
      'trusted-adult': {
        name: 'Trusted adult to go to',
        explain: 'Your child knows which adult to go to when upset or worried.',
      },
      'supervised-unstructured-time': {
        name: 'Support at lunch and recess',
        explain: 'An adult helps your child during less structured times, like lunch and recess.',
      },
      'noise-reducing-headphones': {
        name: 'Headphones that reduce noise',
        explain: 'Your child can wear headphones to block out loud or distracting sounds.',
      },
      'fidget-tools': {
        name: 'Fidget tools',
        explain: 'Your child can hold a small object that helps them focus.',
      },
      'sensory-breaks': {
        name: 'Sensory breaks',
        explain: 'Your child has planned breaks for movement or calm to stay ready to learn.',
      },
      'alternative-seating': {
        name: 'Different seating',
        explain: 'A wobble seat, a standing desk or a cushion helps your child stay settled.',
      },
      'quiet-lunch-space': {
        name: 'Quieter place to eat',
        explain: 'Your child can eat lunch in a calmer space.',
      },
      'speech-language-therapy': {
        name: 'Speech and language therapy',
        explain: 'A speech-language pathologist works on speech, language or social communication.',
      },
      'augmentative-communication': {
        name: 'Communication device',
        explain: 'A device or picture system helps your child communicate, with training in how to use it.',
      },
      'extra-response-time': {
        name: 'Extra time to answer',
        explain: 'Adults wait longer for your child to answer a question.',
      },
      'visual-supports': {
        name: 'Pictures and visual cues',
        explain: 'Pictures and written cues back up what is said.',
      },
      'hearing-assistance-technology': {
        name: 'Hearing assistance system',
        explain: 'A microphone worn by the teacher sends the voice straight to your child’s ear.',
      },
      'sign-language-interpreter': {
        name: 'Sign language interpreter',
        explain: 'An interpreter signs what is said and voices what your child signs.',
      },
      audiology: {
        name: 'Audiology services',
        explain: 'A hearing specialist checks your child’s hearing and helps with hearing equipment.',
      },
      captions: {
        name: 'Captions',
        explain: 'Videos and recordings used in class show captions.',
      },
      'speaker-faces-student': {
        name: 'Speaker faces your child',
        explain: 'Adults face your child when they talk so your child can see their face and lips.',
      },
      'large-print': {
        name: 'Large print',
        explain: 'Papers and tests are printed in bigger type.',
      },
      'braille-instruction': {
        name: 'Braille instruction',
        explain: 'Your child is taught to read and write in Braille.',
      },
      'orientation-and-mobility': {
        name: 'Orientation and mobility',
        explain: 'A specialist teaches your child to move safely around school and the community.',
      },
      magnification: {
        name: 'Magnifier',
        explain: 'Your child uses a magnifier or screen zoom to see print and pictures.',
      },
      'occupational-therapy': {
        name: 'Occupational therapy',
        explain: 'A therapist works on hand skills, self-care and handling sensations.',
      },
      'physical-therapy': {
        name: 'Physical therapy',
        explain: 'A therapist works on strength, balance and moving around school.',
      },
      'adapted-physical-education': {
        name: 'Adapted physical education',
        explain: 'Gym class planned around your child’s physical needs.',
      },
      'adapted-writing-tools': {
        name: 'Pencil grips and adapted tools',
        explain: 'Tools that are easier to hold help your child write and draw.',
      },
      'extra-passing-time': {
        name: 'Extra time between classes',
        explain: 'Your child can leave class early to get to the next one safely.',
      },
      'special-transportation': {
        name: 'Special transportation',
        explain:
          'Transportation to and from school that meets your child’s needs, such as a bus with a lift.',
      },
      'elevator-access': {
        name: 'Elevator use',
        explain: 'Your child may use the elevator.',
      },
      'school-nurse-services': {
        name: 'School nurse services',
        explain:
          'A nurse gives medicine, checks health needs and responds to problems during the school day.',
      },
      'health-plan': {
        name: 'Health and emergency plan',
        explain:
          'A written plan says what to do for your child’s health condition, including in an emergency.',
      },
      'water-snacks-restroom': {
        name: 'Water, snacks and restroom when needed',
        explain: 'Your child may drink, eat a snack or use the restroom whenever needed.',
      },
      'make-up-work-for-absences': {
        name: 'Make-up work after health absences',
        explain: 'Your child gets extra time and help to catch up after missing school for health reasons.',
      },
      'allergy-safe-eating': {
        name: 'Allergy-safe eating',
        explain: 'Steps are taken so your child is not exposed to foods they are allergic to.',
      },
      'trained-adult-on-trips': {
        name: 'Trained adult on trips and activities',
        explain: 'An adult who knows your child’s health plan and carries any medicine goes along.',
      },
      'staff-health-training': {
        name: 'Staff trained on your child’s condition',
        explain: 'Staff learn what to watch for and what to do, for example for seizures or diabetes.',
      },
      'extended-time-tests': {
        name: 'More time on tests',
        explain: 'Your child gets extra time to finish tests, such as time and a half.',
      },
      'separate-setting-tests': {
        name: 'Tests in a small group or separate room',
        explain: 'Your child takes tests in a quieter place.',
      },
      'read-aloud-tests': {
        name: 'Test read aloud',
        explain: 'Test questions are read to your child, except when the test measures reading.',
      },
      'breaks-during-tests': {
        name: 'Breaks during tests',
        explain: 'Your child can take short breaks during a test.',
      },
      'answers-in-any-format': {
        name: 'Answers given another way',
        explain:
          'Your child may answer out loud, point, or write in the test booklet instead of on an answer sheet.',
      },
      'best-time-of-day-tests': {
        name: 'Tests at the best time of day',
        explain: 'Tests are given when your child is most alert, or over several days.',
      },
      'fewer-items-per-page': {
        name: 'Fewer questions on each page',
        explain: 'Test pages are less crowded, so your child can focus on one question at a time.',
      },
      'paraprofessional-support': {
        name: 'Classroom aide',
        explain: 'An aide helps your child during the school day, alone or with a small group.',
      },
      'co-taught-class': {
        name: 'Co-taught class',
        explain: 'A special education teacher teaches alongside the general education teacher in the class.',
      },
      'resource-room': {
        name: 'Small-group instruction outside the class',
        explain:
          'Your child leaves the class for part of the day to learn in a small group with a special education teacher.',
      },
      'assistive-technology-services': {
        name: 'Assistive technology',
        explain:
          'Devices or software that help your child learn, with help to choose them and learn to use them.',
      },
      'teacher-consultation': {
        name: 'Specialist advises teachers',
        explain: 'A specialist meets with your child’s teachers to plan how to support your child.',
      },
      'modified-grading': {
        name: 'Grades based on your child’s goals',
        explain:
          'Your child is graded on the goals set for them, not on the class standard. Ask how this affects the diploma.',
      },
      'travel-training': {
        name: 'Travel training',
        explain:
          'Your child learns to get around the community safely, for example on public transportation.',
      },
      'job-exploration': {
        name: 'Job exploration',
        explain: 'Your child learns about jobs through visits, job shadowing or work experience.',
      },
      'self-advocacy-instruction': {
        name: 'Speaking up for oneself',
        explain: 'Your child learns to explain their needs and ask for the help they are entitled to.',
      },
      'agency-linkage': {
        name: 'Connection with adult service agencies',
        explain:
          'With your consent, the school invites agencies that may help after high school, such as vocational rehabilitation.',
      },
    },
  },
} as const
