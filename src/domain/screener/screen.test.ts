import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { answersArb } from './answers.arbitrary.ts'
import { SCHOOL_RESPONSES, type ScreenerAnswers } from './answers.ts'
import { sampleAnswers, sampleCondition } from './sample-answers.ts'
import {
  type EvaluationFocus,
  type NextStepId,
  type ReasonId,
  type Recommendation,
  screen,
} from './screen.ts'

interface Scenario {
  readonly title: string
  readonly given: Partial<ScreenerAnswers>
  readonly expected: Recommendation
  readonly reasons?: readonly ReasonId[]
  readonly absent?: readonly ReasonId[]
  readonly steps?: readonly NextStepId[]
  readonly focus?: EvaluationFocus | null
}

const noIdea = {
  ideaCategories: [],
  adverseEffectOnEducation: 'unsure',
  needsSpecializedInstruction: 'unsure',
} as const
const dyslexia = sampleCondition({ name: 'dyslexia' })

// Each title names the legal source of the expected answer. Shared answers come from sampleAnswers:
// a 9-year-old at a public school with ADHD who meets both laws' tests.
const SCENARIOS: readonly Scenario[] = [
  // IEP: a suspected category and a need for specially designed instruction.
  {
    title:
      'dyslexia with a need for a reading program meets both parts of IDEA’s test (34 CFR 300.8(a)(1), (c)(10))',
    given: {
      conditions: [dyslexia],
      ideaCategories: ['specific-learning-disability'],
      majorLifeActivities: ['reading'],
    },
    expected: 'iep',
    reasons: ['ideaCategory', 'ideaTwoPartTest', 'childFind'],
    steps: ['requestEvaluation', 'shareRecords'],
    focus: 'idea',
  },
  {
    title:
      'autism with a need for taught social and communication skills is an IEP case (34 CFR 300.8(c)(1); 300.39(b)(3))',
    given: {
      conditions: [sampleCondition({ name: 'autism' })],
      ideaCategories: ['autism'],
      majorLifeActivities: ['communicating', 'interacting-with-others', 'brain'],
    },
    expected: 'iep',
    reasons: ['ideaCategory', 'ideaTwoPartTest'],
  },
  {
    title: 'a speech impairment needing speech instruction is an IEP case (34 CFR 300.8(c)(11))',
    given: {
      conditions: [sampleCondition({ name: 'stuttering', diagnosed: false })],
      ideaCategories: ['speech-or-language-impairment'],
      majorLifeActivities: ['speaking'],
    },
    expected: 'iep',
    reasons: ['ideaTwoPartTest', 'noDiagnosisNeeded'],
  },
  {
    title:
      'good grades do not rule out an IEP: “grades too good” leaves the answer at IEP (34 CFR 300.101(c); 300.111(c)(1))',
    given: {
      conditions: [dyslexia],
      ideaCategories: ['specific-learning-disability'],
      schoolResponse: 'told-grades-too-good',
    },
    expected: 'iep',
    reasons: ['ideaTwoPartTest', 'gradesAreNotTheTest'],
    steps: ['requestEvaluation', 'shareRecords', 'askForWrittenNotice'],
  },
  {
    title:
      'a refused evaluation does not change an IEP case; the steps are prior written notice and the dispute roads (34 CFR 300.503; 300.506; 300.153; 300.507)',
    given: { schoolResponse: 'evaluation-refused' },
    expected: 'iep',
    reasons: ['refusalMustBeInWriting'],
    steps: [
      'requestEvaluation',
      'askForWrittenNotice',
      'mediation',
      'stateComplaint',
      'dueProcess',
      'ocrComplaint',
    ],
  },
  {
    title: 'a school may not make an IEP case wait for RTI (OSEP Memo 11-07)',
    given: { schoolResponse: 'evaluation-delayed-for-interventions' },
    expected: 'iep',
    reasons: ['interventionsCannotDelay'],
    steps: ['requestEvaluation', 'askToEvaluateNow', 'askForWrittenNotice'],
  },
  {
    title:
      'found not eligible while the facts still meet IDEA’s test: ask for the report and an IEE (34 CFR 300.306(a)(2); 300.502(b))',
    given: { schoolResponse: 'found-not-eligible' },
    expected: 'iep',
    reasons: ['notEligibleCanDisagree'],
    steps: ['askForEvaluationReport', 'requestIee', 'askForWrittenNotice', 'dueProcess'],
  },
  {
    title:
      'a child with an IEP is also protected by Section 504 and needs no separate 504 plan (34 CFR 104.33(b)(2))',
    given: { currentPlan: 'iep', schoolResponse: 'evaluation-refused' },
    expected: 'iep',
    reasons: ['existingIep', 'iepAlsoCoveredBy504'],
    absent: ['refusalMustBeInWriting'],
    steps: ['addAccommodationsToIep'],
    focus: null,
  },
  {
    title:
      'a home-schooled child with an IEP is pointed to the local district for services (34 CFR 300.111; 300.130)',
    given: { currentPlan: 'iep', school: 'home' },
    expected: 'iep',
    reasons: ['homeSchoolIdea'],
    steps: ['homeSchoolDistrict'],
  },
  {
    title:
      'an IEP ends only after a reevaluation, even when the parent thinks teaching is no longer needed (34 CFR 300.305(e)(1))',
    given: { currentPlan: 'iep', needsSpecializedInstruction: 'no' },
    expected: 'iep',
    reasons: ['existingIep', 'leavingIepNeedsReevaluation'],
    steps: ['talkAboutReevaluation'],
  },
  {
    title:
      'a 504 plan is no reason to skip an IDEA evaluation when teaching is needed (34 CFR 300.111(a); 300.301(b))',
    given: { currentPlan: '504' },
    expected: 'iep',
    reasons: ['existing504', 'plan504DoesNotReplaceIep', 'ideaTwoPartTest'],
    steps: ['keep504WhileEvaluating', 'requestEvaluation'],
  },
  {
    title: 'charter school students keep every IDEA right (34 CFR 300.209(a))',
    given: { school: 'charter' },
    expected: 'iep',
    reasons: ['charterIsPublic'],
  },
  {
    title:
      'a 5-year-old with a developmental delay can qualify where the state uses that group (34 CFR 300.8(b))',
    given: {
      age: 5,
      conditions: [sampleCondition({ name: 'slow speech and motor skills', diagnosed: false })],
      ideaCategories: ['developmental-delay'],
    },
    expected: 'iep',
    reasons: ['developmentalDelayStateOption', 'ideaTwoPartTest'],
  },
  {
    title:
      'a parent-placed private school child is found and evaluated by the district where the school is (34 CFR 300.131; 300.137(a))',
    given: { school: 'private' },
    expected: 'iep',
    reasons: ['privateSchoolIdea'],
    steps: ['requestEvaluation', 'privateSchoolDistrict'],
  },
  {
    title: 'a 21-year-old is still within IDEA’s age range (34 CFR 300.101(a))',
    given: { age: 21 },
    expected: 'iep',
    absent: ['ideaOverAge'],
  },

  // 504: a substantially limiting impairment and a need for services, where IDEA does not fit.
  {
    title: 'ADHD controlled by medication — mitigating measures ignored (42 U.S.C. 12102(4)(E))',
    given: { needsSpecializedInstruction: 'no', mitigatingMeasures: ['medication'] },
    expected: '504',
    reasons: ['disabilityDefinition', 'limitsActivity', 'mitigatingMeasuresIgnored', 'ideaNoInstructionNeed'],
    steps: ['request504Evaluation'],
    focus: 'section-504',
  },
  {
    title:
      'diabetes managed with insulin limits the endocrine function, judged without the insulin (42 U.S.C. 12102(2)(B), (4)(E)(i))',
    given: {
      conditions: [sampleCondition({ name: 'type 1 diabetes' })],
      ...noIdea,
      majorLifeActivities: ['endocrine', 'eating'],
      mitigatingMeasures: ['medication'],
    },
    expected: '504',
    reasons: ['limitsActivity', 'mitigatingMeasuresIgnored', 'needsServices', 'ideaNoCategory'],
  },
  {
    title: 'hearing loss is judged without the hearing aids (42 U.S.C. 12102(4)(E)(i))',
    given: {
      conditions: [sampleCondition({ name: 'hearing loss' })],
      ideaCategories: ['hearing-impairment'],
      needsSpecializedInstruction: 'no',
      majorLifeActivities: ['hearing'],
      mitigatingMeasures: ['hearing-aids', 'learned-behavioral-adaptations'],
    },
    expected: '504',
    reasons: ['mitigatingMeasuresIgnored', 'ideaNoInstructionNeed'],
    absent: ['ordinaryGlassesCount'],
  },
  {
    title: 'asthma that comes and goes is judged as it is during a flare-up (42 U.S.C. 12102(4)(D))',
    given: {
      conditions: [sampleCondition({ name: 'asthma', episodic: true })],
      ...noIdea,
      majorLifeActivities: ['breathing', 'respiratory'],
      mitigatingMeasures: ['medication'],
    },
    expected: '504',
    reasons: ['episodicWhenActive', 'mitigatingMeasuresIgnored'],
  },
  {
    title:
      'cancer in remission is more than a “record of”: it is judged as when active (42 U.S.C. 12102(4)(D))',
    given: {
      basis: 'record-of',
      conditions: [sampleCondition({ name: 'leukemia', inRemission: true })],
      ...noIdea,
      majorLifeActivities: ['normal-cell-growth', 'immune-system'],
    },
    expected: '504',
    reasons: ['recordButActive', 'remissionWhenActive', 'disabilityDefinition'],
    absent: ['recordOfProtection'],
  },
  {
    title: 'a food allergy limiting one activity is enough (42 U.S.C. 12102(4)(C))',
    given: {
      conditions: [sampleCondition({ name: 'peanut allergy', episodic: true })],
      ...noIdea,
      majorLifeActivities: ['eating'],
      mitigatingMeasures: ['medication'],
    },
    expected: '504',
    reasons: ['oneActivityEnough', 'limitsActivity'],
  },
  {
    title:
      'a broken leg for 3 months that makes walking much harder can qualify: the 6-month rule is for “regarded as” only (28 CFR 35.108(d)(1)(ix); 42 U.S.C. 12102(3)(B))',
    given: {
      conditions: [sampleCondition({ name: 'broken leg', temporary: true, expectedDurationMonths: 3 })],
      ...noIdea,
      majorLifeActivities: ['walking'],
      mitigatingMeasures: ['mobility-devices'],
    },
    expected: '504',
    reasons: ['temporaryCanQualify', 'mitigatingMeasuresIgnored'],
    absent: ['transitoryAndMinor'],
  },
  {
    title:
      'anxiety with good grades earned through great effort still fits a 504 plan (OCR ADA Amendments Act Q&A, 2012)',
    given: {
      conditions: [sampleCondition({ name: 'anxiety', episodic: true })],
      ideaCategories: ['emotional-disturbance'],
      needsSpecializedInstruction: 'no',
      majorLifeActivities: ['concentrating', 'interacting-with-others'],
      mitigatingMeasures: ['learned-behavioral-adaptations'],
      schoolResponse: 'told-grades-too-good',
    },
    expected: '504',
    reasons: ['gradesAreNotTheTest', 'mitigatingMeasuresIgnored'],
    steps: ['request504Evaluation', 'shareRecords', 'askFor504Notice'],
  },
  {
    title:
      'not eligible for an IEP is not the end: a 504 plan is a separate decision (34 CFR 300.8(a)(2); 104.35)',
    given: { needsSpecializedInstruction: 'no', schoolResponse: 'found-not-eligible' },
    expected: '504',
    reasons: ['notEligibleMayStillGet504'],
    steps: ['request504Evaluation', 'askFor504Notice', 'grievance504', 'ocrComplaint'],
  },
  {
    title:
      'a refused 504 evaluation is challenged through the 504 coordinator, a hearing or OCR (34 CFR 104.36; 104.61)',
    given: { ...noIdea, schoolResponse: 'evaluation-refused' },
    expected: '504',
    reasons: ['refusalMustBeInWriting'],
    steps: ['request504Evaluation', 'askFor504Notice', 'grievance504', 'ocrComplaint'],
  },
  {
    title: 'a child with a 504 plan and no IDEA category keeps the 504 plan (34 CFR 104.35(a), (d))',
    given: { currentPlan: '504', ideaCategories: [] },
    expected: '504',
    reasons: ['existing504'],
    absent: ['plan504DoesNotReplaceIep'],
    steps: ['check504Plan'],
    focus: null,
  },
  {
    title: 'a 22-year-old is past IDEA’s age range but Section 504 still applies (34 CFR 300.101(a); 104.44)',
    given: { age: 22 },
    expected: '504',
    reasons: ['ideaOverAge', 'disabilityDefinition'],
    steps: ['collegeDisabilityOffice'],
  },
  {
    title:
      'an IEP ends with IDEA’s age range, so a 23-year-old with an IEP is screened under Section 504 (34 CFR 300.101(a))',
    given: { age: 23, currentPlan: 'iep' },
    expected: '504',
    reasons: ['ideaOverAge'],
    absent: ['existingIep'],
  },
  {
    title:
      'a private school owes only minor adjustments, not a public school’s 504 plan (34 CFR 104.39; 104.33(c)(4))',
    given: { school: 'private', ...noIdea },
    expected: '504',
    reasons: ['privateSchool504'],
    steps: ['privateSchoolAdjustments'],
  },

  // Evaluate: the facts that decide eligibility are not known yet.
  {
    title:
      'a suspected category with an unknown need for teaching calls for an evaluation (34 CFR 300.301(b); 300.8(a)(1))',
    given: { needsSpecializedInstruction: 'unsure' },
    expected: 'evaluate',
    reasons: ['ideaCategory', 'ideaInstructionUnknown', 'childFind'],
    steps: ['requestEvaluation'],
    focus: 'idea',
  },
  {
    title:
      'a parent unsure which category fits: the evaluation covers every area of suspected disability (34 CFR 300.304(c)(4))',
    given: { ideaCategories: [], ideaCategoriesUnsure: true },
    expected: 'evaluate',
    reasons: ['ideaCategoryUnknown'],
    focus: 'idea',
  },
  {
    title: 'an unknown limitation with no IDEA category calls for a 504 evaluation (34 CFR 104.35(a))',
    given: { ...noIdea, substantialLimitation: 'unsure' },
    expected: 'evaluate',
    reasons: ['limitationUnknown', 'notDemanding'],
    steps: ['request504Evaluation'],
    focus: 'section-504',
  },
  {
    title: 'no diagnosis is needed before an evaluation (34 CFR 300.304(b); OCR Resource Guide, 2016)',
    given: {
      conditions: [sampleCondition({ name: 'trouble reading', diagnosed: false })],
      ideaCategories: ['specific-learning-disability'],
      needsSpecializedInstruction: 'unsure',
    },
    expected: 'evaluate',
    reasons: ['noDiagnosisNeeded'],
  },
  {
    title:
      'a school may not use MTSS to delay an evaluation when the facts are open (OSEP Memo 11-07; OSEP Memo 16-07)',
    given: { needsSpecializedInstruction: 'unsure', schoolResponse: 'evaluation-delayed-for-interventions' },
    expected: 'evaluate',
    reasons: ['interventionsCannotDelay'],
    steps: ['requestEvaluation', 'askToEvaluateNow', 'askForWrittenNotice'],
  },
  {
    title:
      'a 2-year-old with a speech delay goes to early intervention, not an IEP (20 U.S.C. 1432(5); 34 CFR 303.310)',
    given: { age: 2, conditions: [sampleCondition({ name: 'not talking yet', diagnosed: false })] },
    expected: 'evaluate',
    reasons: ['partCEarlyIntervention'],
    absent: ['ideaTwoPartTest', 'disabilityDefinition'],
    steps: ['contactEarlyIntervention', 'planTransitionAtThree'],
    focus: 'early-intervention',
  },
  {
    title: 'an evaluation under way has 60 days from consent or the state’s timeline (34 CFR 300.301(c)(1))',
    given: { needsSpecializedInstruction: 'unsure', schoolResponse: 'evaluating' },
    expected: 'evaluate',
    reasons: ['evaluationUnderway'],
    steps: ['trackEvaluationTimeline'],
    absent: [],
  },
  {
    title: 'child find covers home-schooled children (34 CFR 300.111; 300.130)',
    given: {
      school: 'home',
      conditions: [sampleCondition({ name: 'trouble reading', diagnosed: false })],
      ideaCategories: ['specific-learning-disability'],
      needsSpecializedInstruction: 'unsure',
    },
    expected: 'evaluate',
    reasons: ['homeSchoolIdea', 'homeSchool504'],
    steps: ['requestEvaluation', 'homeSchoolDistrict'],
  },
  {
    title:
      'a substantial limitation with an unknown need for services calls for a 504 evaluation (34 CFR 104.33(b)(1); 104.35(a))',
    given: { ...noIdea, needsAccommodations: 'unsure' },
    expected: 'evaluate',
    reasons: ['disabilityDefinition', 'needUnknown'],
    focus: 'section-504',
  },

  // Neither: no substantially limiting impairment, or protection without a plan.
  {
    title:
      'nearsightedness fully corrected by ordinary glasses is judged with the glasses (42 U.S.C. 12102(4)(E)(ii))',
    given: {
      conditions: [sampleCondition({ name: 'nearsightedness' })],
      ...noIdea,
      majorLifeActivities: ['seeing'],
      mitigatingMeasures: ['ordinary-eyeglasses-or-contacts'],
      substantialLimitation: 'no',
    },
    expected: 'neither',
    reasons: ['notLimited', 'ordinaryGlassesCount'],
    absent: ['mitigatingMeasuresIgnored'],
    steps: ['watchAndAskAgain'],
    focus: null,
  },
  {
    title:
      'regarded as having a disability protects against discrimination but brings no plan (42 U.S.C. 12102(1)(C); 12201(h))',
    given: { basis: 'regarded-as', conditions: [sampleCondition({ name: 'HIV', diagnosed: false })] },
    expected: 'neither',
    reasons: ['regardedAsProtection'],
    absent: ['transitoryAndMinor', 'disabilityDefinition'],
    steps: ['reportDiscrimination'],
  },
  {
    title:
      'regarded as for a sprain expected to last 2 months falls under the transitory and minor exception (42 U.S.C. 12102(3)(B))',
    given: {
      basis: 'regarded-as',
      conditions: [sampleCondition({ name: 'sprained ankle', temporary: true, expectedDurationMonths: 2 })],
    },
    expected: 'neither',
    reasons: ['regardedAsProtection', 'transitoryAndMinor'],
  },
  {
    title:
      'a record of a past disability that is gone protects against discrimination but brings no plan (42 U.S.C. 12102(1)(B))',
    given: { basis: 'record-of', conditions: [sampleCondition({ name: 'heart defect repaired as a baby' })] },
    expected: 'neither',
    reasons: ['recordOfProtection'],
    absent: ['recordButActive'],
    steps: ['reportDiscrimination'],
  },
  {
    title:
      'a disability with no need for services is protected but needs no plan (34 CFR 104.4; 104.33(b)(1))',
    given: { ...noIdea, needsAccommodations: 'no' },
    expected: 'neither',
    reasons: ['noNeedStillProtected'],
    steps: ['watchAndAskAgain', 'reportDiscrimination'],
  },
  {
    title: 'a 1-year-old with no worry listed needs nothing now (34 CFR 303.21)',
    given: { age: 1, conditions: [] },
    expected: 'neither',
    reasons: ['partCNoConcern'],
    steps: ['watchDevelopment'],
  },
  {
    title:
      'no IDEA category and no substantial limitation fits neither plan (34 CFR 300.8(c); 42 U.S.C. 12102(1)(A))',
    given: { ...noIdea, substantialLimitation: 'no' },
    expected: 'neither',
    reasons: ['notLimited', 'ideaNoCategory'],
  },
  {
    title: '“developmental delay” does not apply at 12 (34 CFR 300.8(b))',
    given: { age: 12, ideaCategories: ['developmental-delay'], substantialLimitation: 'no' },
    expected: 'neither',
    reasons: ['developmentalDelayAge', 'notLimited'],
    absent: ['developmentalDelayStateOption'],
  },
  {
    title:
      'no effect on school at all rules out an IEP, and no limitation rules out a 504 plan (34 CFR 300.8(c); 42 U.S.C. 12102(1)(A))',
    given: {
      adverseEffectOnEducation: 'no',
      needsSpecializedInstruction: 'unsure',
      substantialLimitation: 'no',
    },
    expected: 'neither',
    reasons: ['ideaNoAdverseEffect', 'notLimited'],
  },
]

describe('screen: scenarios from the law and federal guidance', () => {
  test.each(SCENARIOS)('$title', (scenario) => {
    const result = screen(sampleAnswers(scenario.given))
    const reasonIds = result.reasons.map((r) => r.id)
    const stepIds = result.nextSteps.map((s) => s.id)
    expect(result.recommendation).toBe(scenario.expected)
    for (const id of scenario.reasons ?? []) expect(reasonIds).toContain(id)
    for (const id of scenario.absent ?? []) expect(reasonIds).not.toContain(id)
    for (const id of scenario.steps ?? []) expect(stepIds).toContain(id)
    if (scenario.focus !== undefined) expect(result.evaluationFocus).toBe(scenario.focus)
  })

  test('the scenario table covers all four recommendations', () => {
    expect(new Set(SCENARIOS.map((s) => s.expected))).toEqual(new Set(['iep', '504', 'evaluate', 'neither']))
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(30)
  })

  test('every scenario cites its source in brackets: a regulation, a statute or federal guidance', () => {
    const source = /\([^()]*(?:CFR|U\.S\.C\.|OSEP|OCR|OSERS|Memo|Q&A)[^()]*(?:\([^()]*\)[^()]*)*\)/
    const uncited = SCENARIOS.map((s) => s.title).filter((title) => !source.test(title))
    expect(uncited).toEqual([])
  })
})

describe('screen: reasons and steps', () => {
  test('a reason per suspected category cites that category’s paragraph of 34 CFR 300.8(c)', () => {
    const result = screen(sampleAnswers({ ideaCategories: ['autism', 'other-health-impairment'] }))
    const cited = result.reasons.filter((r) => r.id === 'ideaCategory').map((r) => r.citation)
    expect(cited).toEqual(['34 CFR 300.8(c)(1)', '34 CFR 300.8(c)(9)'])
  })

  test('activities come in the law’s order, each cited to the list that names it: (2)(A), 28 CFR 35.108, (2)(B)', () => {
    const result = screen(
      sampleAnswers({ ...noIdea, majorLifeActivities: ['endocrine', 'reading', 'interacting-with-others'] }),
    )
    const cited = result.reasons.filter((r) => r.id === 'limitsActivity').map((r) => r.citation)
    expect(cited).toEqual(['42 U.S.C. 12102(2)(A)', '28 CFR 35.108(c)(1)(i)', '42 U.S.C. 12102(2)(B)'])
  })

  test('an IEP case leads with IDEA reasons; a 504 case leads with Section 504 reasons', () => {
    expect(screen(sampleAnswers()).reasons[0]?.id).toBe('ideaCategory')
    expect(screen(sampleAnswers({ needsSpecializedInstruction: 'no' })).reasons[0]?.id).toBe(
      'disabilityDefinition',
    )
  })

  test('every result ends with the Parent Training and Information Center', () => {
    for (const scenario of SCENARIOS) {
      expect(screen(sampleAnswers(scenario.given)).nextSteps.at(-1)?.id).toBe('parentCenter')
    }
  })
})

describe('screen: properties', () => {
  test('the school’s response never changes the recommendation, only the steps', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...SCHOOL_RESPONSES), (answers, response) => {
        expect(screen({ ...answers, schoolResponse: response }).recommendation).toBe(
          screen(answers).recommendation,
        )
      }),
    )
  })

  test('every reason carries a citation and every result has at least one reason and one step', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = screen(answers)
        expect(result.reasons.length).toBeGreaterThan(0)
        expect(result.nextSteps.length).toBeGreaterThan(0)
        for (const reason of result.reasons) expect(reason.citation).toMatch(/\S/)
      }),
    )
  })

  test('an IEP or a 504 plan is never recommended for a child under 3', () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 0, max: 2 }), (answers, age) => {
        expect(['evaluate', 'neither']).toContain(screen({ ...answers, age }).recommendation)
      }),
    )
  })

  test('ordinary glasses never count as a measure to ignore; any other measure does', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const ids = screen(answers).reasons.map((r) => r.id)
        const others = answers.mitigatingMeasures.filter((m) => m !== 'ordinary-eyeglasses-or-contacts')
        if (others.length === 0) expect(ids).not.toContain('mitigatingMeasuresIgnored')
      }),
    )
  })
})
