import { type Message, type MessageParam, message } from '../messages.ts'
import {
  type IdeaCategory,
  MAJOR_LIFE_ACTIVITIES,
  type MajorLifeActivity,
  ORDINARY_EYEGLASSES,
  type ScreenerAnswers,
  type SUSPECTED_CATEGORIES,
} from './answers.ts'
import { activityCitation, CITE, type CiteId, categoryCitation } from './citations.ts'
import {
  assess504,
  assessIdea,
  type IdeaFinding,
  ignoredMeasures,
  type Section504Finding,
} from './findings.ts'
import { effectivePlan, isIdeaAge, isUnderThree } from './relevance.ts'

/**
 * The screener engine: answers in, a recommendation with reasons (each with a citation) and next
 * steps out. It applies the law to the facts a family gives; the school's response never changes
 * the recommendation, only the steps. Decision table and sources: docs/screener.md.
 */

export const RECOMMENDATIONS = ['iep', '504', 'evaluate', 'neither'] as const
export type Recommendation = (typeof RECOMMENDATIONS)[number]

/** Which evaluation the next steps ask for. */
export type EvaluationFocus = 'early-intervention' | 'idea' | 'section-504'

export const REASON_IDS = [
  'partCEarlyIntervention',
  'partCNoConcern',
  'ideaOverAge',
  'existingIep',
  'iepAlsoCoveredBy504',
  'leavingIepNeedsReevaluation',
  'existing504',
  'plan504DoesNotReplaceIep',
  'ideaCategory',
  'ideaTwoPartTest',
  'ideaCategoryUnknown',
  'ideaInstructionUnknown',
  'ideaNoInstructionNeed',
  'ideaNoCategory',
  'ideaNoAdverseEffect',
  'developmentalDelayStateOption',
  'developmentalDelayAge',
  'disabilityDefinition',
  'limitsActivity',
  'oneActivityEnough',
  'needsServices',
  'limitationUnknown',
  'notDemanding',
  'needUnknown',
  'notLimited',
  'noNeedStillProtected',
  'noImpairment',
  'recordOfProtection',
  'recordButActive',
  'regardedAsProtection',
  'transitoryAndMinor',
  'mitigatingMeasuresIgnored',
  'ordinaryGlassesCount',
  'episodicWhenActive',
  'remissionWhenActive',
  'temporaryCanQualify',
  'noDiagnosisNeeded',
  'childFind',
  'charterIsPublic',
  'privateSchoolIdea',
  'privateSchool504',
  'homeSchoolIdea',
  'homeSchool504',
  'refusalMustBeInWriting',
  'interventionsCannotDelay',
  'gradesAreNotTheTest',
  'evaluationUnderway',
  'notEligibleCanDisagree',
  'notEligibleMayStillGet504',
] as const
export type ReasonId = (typeof REASON_IDS)[number]

export const NEXT_STEP_IDS = [
  'contactEarlyIntervention',
  'planTransitionAtThree',
  'watchDevelopment',
  'keep504WhileEvaluating',
  'requestEvaluation',
  'request504Evaluation',
  'askToEvaluateNow',
  'trackEvaluationTimeline',
  'track504Evaluation',
  'shareRecords',
  'askForEvaluationReport',
  'requestIee',
  'askForWrittenNotice',
  'askFor504Notice',
  'mediation',
  'stateComplaint',
  'dueProcess',
  'grievance504',
  'ocrComplaint',
  'addAccommodationsToIep',
  'talkAboutReevaluation',
  'check504Plan',
  'privateSchoolDistrict',
  'privateSchoolAdjustments',
  'homeSchoolDistrict',
  'homeSchool504',
  'collegeDisabilityOffice',
  'watchAndAskAgain',
  'reportDiscrimination',
  'keepRecords',
  'parentCenter',
] as const
export type NextStepId = (typeof NEXT_STEP_IDS)[number]

/** Why the screener says what it says: a sentence (catalog key) and the law behind it. */
export interface ScreenReason {
  readonly id: ReasonId
  readonly message: Message
  readonly citation: string
}

export interface NextStep {
  readonly id: NextStepId
  readonly message: Message
  readonly citation: string | null
}

export interface ScreenResult {
  readonly recommendation: Recommendation
  /** Set when the next steps ask for an evaluation. */
  readonly evaluationFocus: EvaluationFocus | null
  readonly reasons: readonly ScreenReason[]
  readonly nextSteps: readonly NextStep[]
}

/** Screens one child: the recommendation, every reason with its citation, and what to do next. */
export function screen(answers: ScreenerAnswers): ScreenResult {
  if (isUnderThree(answers.age)) return screenUnderThree(answers)
  const idea = assessIdea(answers)
  const s504 = assess504(answers)
  const recommendation = decide(idea, s504)
  const focus = evaluationFocus(answers, recommendation, idea)
  return {
    recommendation,
    evaluationFocus: focus,
    reasons: explain(answers, recommendation, idea, s504),
    nextSteps: planSteps(answers, recommendation, focus, s504),
  }
}

/**
 * The decision table. IDEA first: a child who meets its two-part test gets an IEP, which also
 * meets Section 504 (34 CFR 104.33(b)(2)). A 504 plan fits where IDEA does not. Anything the facts
 * leave open calls for an evaluation.
 */
export function decide(idea: IdeaFinding, s504: Section504Finding): Recommendation {
  if (idea.status === 'yes') return 'iep'
  if (idea.status === 'unsure') return 'evaluate'
  if (s504.status === 'yes') return '504'
  if (s504.status === 'unsure') return 'evaluate'
  return 'neither'
}

function screenUnderThree(answers: ScreenerAnswers): ScreenResult {
  // Only the list of worries is asked under 3: an IFSP, not an IEP or a 504 plan, is the road.
  const concern = answers.conditions.length > 0
  const steps = concern
    ? [step('contactEarlyIntervention', 'partCTimeline'), step('planTransitionAtThree', 'partCTransition')]
    : [step('watchDevelopment', 'partC')]
  return {
    recommendation: concern ? 'evaluate' : 'neither',
    evaluationFocus: concern ? 'early-intervention' : null,
    reasons: [reason(concern ? 'partCEarlyIntervention' : 'partCNoConcern', 'partC')],
    nextSteps: [...steps, step('parentCenter', 'parentCenter')],
  }
}

function evaluationFocus(
  answers: ScreenerAnswers,
  recommendation: Recommendation,
  idea: IdeaFinding,
): EvaluationFocus | null {
  const plan = effectivePlan(answers.age, answers.currentPlan)
  if (recommendation === 'iep') return plan === 'iep' ? null : 'idea'
  if (recommendation === 'evaluate') return idea.status === 'unsure' ? 'idea' : 'section-504'
  if (recommendation === '504') return plan === '504' ? null : 'section-504'
  return null
}

function explain(
  answers: ScreenerAnswers,
  recommendation: Recommendation,
  idea: IdeaFinding,
  s504: Section504Finding,
): ScreenReason[] {
  const reasons: ScreenReason[] = []
  const plan = effectivePlan(answers.age, answers.currentPlan)
  const add = (id: ReasonId, cite: CiteId | string, params?: Record<string, MessageParam>) => {
    reasons.push(reason(id, cite, params))
  }

  if (!isIdeaAge(answers.age)) add('ideaOverAge', 'ideaAges')

  if (plan === 'iep') {
    add('existingIep', 'existingIep')
    add('iepAlsoCoveredBy504', 'iepAlso504')
    if (answers.needsSpecializedInstruction === 'no') add('leavingIepNeedsReevaluation', 'leavingIep')
    if (answers.school === 'private' || answers.school === 'home') addSetting(answers, 'iep', add)
    return reasons
  }
  if (plan === '504') {
    add('existing504', 'existing504')
    if (idea.status !== 'no') add('plan504DoesNotReplaceIep', 'plan504NotInsteadOfIep')
  }

  // Lead with the law behind the recommendation; the other law's answer follows.
  if (recommendation === '504' || recommendation === 'neither') {
    explain504(s504, answers, add)
    explainIdea(idea, answers, add)
  } else {
    explainIdea(idea, answers, add)
    explain504(s504, answers, add)
  }

  const seeking = recommendation !== 'neither'
  if (seeking && plan === 'none' && answers.conditions.some((c) => !c.diagnosed))
    add('noDiagnosisNeeded', 'noDiagnosisNeeded')
  if (recommendation === 'evaluate' || recommendation === 'iep') add('childFind', 'childFind')
  if (seeking || answers.school === 'charter') addSetting(answers, recommendation, add)
  explainResponse(answers, recommendation, add)
  return reasons
}

type AddReason = (id: ReasonId, cite: CiteId | string, params?: Record<string, MessageParam>) => void

function explainIdea(idea: IdeaFinding, answers: ScreenerAnswers, add: AddReason): void {
  const named = idea.categories.filter(isIdeaCategory)
  const showCategories = () => {
    for (const category of named)
      add('ideaCategory', categoryCitation(category), {
        category: { key: `screener.categoryNames.${category}` },
      })
    if (idea.categories.length > named.length) add('developmentalDelayStateOption', 'developmentalDelay')
  }
  if (idea.developmentalDelayOutOfRange) add('developmentalDelayAge', 'developmentalDelay')
  switch (idea.why) {
    case 'meets-test':
      showCategories()
      add('ideaTwoPartTest', 'ideaTwoPartTest')
      return
    case 'instruction-need-unknown':
      showCategories()
      if (idea.categories.length === 0) add('ideaCategoryUnknown', 'ideaAllAreas')
      add('ideaInstructionUnknown', 'ideaTwoPartTest')
      return
    case 'category-unknown':
      add('ideaCategoryUnknown', 'ideaAllAreas')
      return
    case 'no-instruction-need':
      add('ideaNoInstructionNeed', 'ideaRelatedServiceOnly')
      return
    case 'no-adverse-effect':
      add('ideaNoAdverseEffect', 'ideaCategories')
      return
    case 'no-category':
      if (answers.ideaCategories.length === 0) add('ideaNoCategory', 'ideaCategories')
      return
    default:
      return
  }
}

function isIdeaCategory(category: (typeof SUSPECTED_CATEGORIES)[number]): category is IdeaCategory {
  return category !== 'developmental-delay'
}

function explain504(s504: Section504Finding, answers: ScreenerAnswers, add: AddReason): void {
  const activities = () => {
    const ordered = [...answers.majorLifeActivities].sort(
      (a, b) => MAJOR_LIFE_ACTIVITIES.indexOf(a) - MAJOR_LIFE_ACTIVITIES.indexOf(b),
    )
    for (const activity of ordered)
      add('limitsActivity', activityCitation(activity), { activity: activityName(activity) })
    if (answers.majorLifeActivities.length > 0) add('oneActivityEnough', 'oneActivityEnough')
  }
  switch (s504.why) {
    case 'meets-test':
      add('disabilityDefinition', 'disability')
      activities()
      add('needsServices', 'needForServices')
      break
    case 'need-unknown':
      add('disabilityDefinition', 'disability')
      activities()
      add('needUnknown', 'needForServices')
      break
    case 'limitation-unknown':
      add('limitationUnknown', 'section504Evaluation')
      add('notDemanding', 'notDemanding')
      break
    case 'not-limited':
      add('notLimited', 'disability')
      break
    case 'no-need':
      add('noNeedStillProtected', 'protectedWithoutPlan')
      break
    case 'no-impairment':
      add('noImpairment', 'impairment')
      break
    case 'record-of':
      add('recordOfProtection', 'recordOf')
      break
    case 'regarded-as':
      add('regardedAsProtection', 'regardedAs')
      if (s504.possiblyTransitory) add('transitoryAndMinor', 'transitoryAndMinor')
      break
    default:
      break
  }
  if (!s504.limitationJudged) return
  if (s504.recordButActive) add('recordButActive', 'episodic')
  if (ignoredMeasures(answers).length > 0) add('mitigatingMeasuresIgnored', 'mitigatingMeasures')
  if (answers.mitigatingMeasures.includes(ORDINARY_EYEGLASSES)) add('ordinaryGlassesCount', 'ordinaryGlasses')
  if (answers.conditions.some((c) => c.episodic)) add('episodicWhenActive', 'episodic')
  if (answers.conditions.some((c) => c.inRemission)) add('remissionWhenActive', 'episodic')
  if (answers.conditions.some((c) => c.temporary)) add('temporaryCanQualify', 'temporary')
}

function activityName(activity: MajorLifeActivity): MessageParam {
  return { key: `screener.activityNames.${activity}` }
}

function addSetting(answers: ScreenerAnswers, recommendation: Recommendation, add: AddReason): void {
  const idea = recommendation === 'iep' || recommendation === 'evaluate'
  const s504 = recommendation === '504' || recommendation === 'evaluate'
  switch (answers.school) {
    case 'charter':
      add('charterIsPublic', 'charter')
      return
    case 'private':
      if (idea) add('privateSchoolIdea', 'privateIdea')
      if (s504) add('privateSchool504', 'private504')
      return
    case 'home':
      if (idea) add('homeSchoolIdea', 'homeIdea')
      if (s504) add('homeSchool504', 'home504')
      return
    default:
      return
  }
}

function explainResponse(answers: ScreenerAnswers, recommendation: Recommendation, add: AddReason): void {
  switch (answers.schoolResponse) {
    case 'evaluation-refused':
      add('refusalMustBeInWriting', 'refusalInWriting')
      return
    case 'evaluation-delayed-for-interventions':
      add('interventionsCannotDelay', 'rti')
      return
    case 'told-grades-too-good':
      add('gradesAreNotTheTest', 'grades')
      return
    case 'evaluating':
      add('evaluationUnderway', 'evaluationUnderway')
      return
    case 'found-not-eligible':
      if (recommendation === 'iep' || recommendation === 'evaluate')
        add('notEligibleCanDisagree', 'notEligibleCanDisagree')
      if (recommendation === '504') add('notEligibleMayStillGet504', 'notEligibleConsider504')
      return
    default:
      return
  }
}

function planSteps(
  answers: ScreenerAnswers,
  recommendation: Recommendation,
  focus: EvaluationFocus | null,
  s504: Section504Finding,
): NextStep[] {
  const steps: NextStep[] = []
  const add = (id: NextStepId, cite: CiteId | null = null) => steps.push(step(id, cite))
  const plan = effectivePlan(answers.age, answers.currentPlan)

  if (recommendation === 'iep' && plan === 'iep') {
    add('addAccommodationsToIep', 'iepContents')
    if (answers.needsSpecializedInstruction === 'no') add('talkAboutReevaluation', 'leavingIep')
    if (answers.school === 'private') add('privateSchoolDistrict', 'privateIdea')
    if (answers.school === 'home') add('homeSchoolDistrict', 'homeIdea')
  } else if (recommendation === '504' && plan === '504') {
    add('check504Plan', 'existing504')
    if (isRefusal(answers)) add('askForWrittenNotice', 'priorWrittenNotice')
  } else if (recommendation === 'neither') {
    add('watchAndAskAgain', 'childFind')
    if (s504.why === 'record-of' || s504.why === 'regarded-as' || s504.why === 'no-need')
      add('reportDiscrimination', 'ocr')
    if (answers.schoolResponse === 'found-not-eligible')
      add('askForEvaluationReport', 'notEligibleCanDisagree')
    if (isRefusal(answers)) add('askForWrittenNotice', 'priorWrittenNotice')
  } else if (focus === 'idea' || focus === 'section-504') {
    if (plan === '504' && focus === 'idea') add('keep504WhileEvaluating', 'existing504')
    planEvaluationSteps(answers, focus, add)
  }

  if (recommendation === '504' && !isIdeaAge(answers.age))
    add('collegeDisabilityOffice', 'collegeAdjustments')
  if (recommendation !== 'neither') add('keepRecords')
  add('parentCenter', 'parentCenter')
  return steps
}

/** The school said no: to an evaluation, or to eligibility after one. */
function isRefusal(answers: ScreenerAnswers): boolean {
  return answers.schoolResponse === 'evaluation-refused' || answers.schoolResponse === 'found-not-eligible'
}

/** Steps toward an evaluation, shaped by what the school has said so far. */
function planEvaluationSteps(
  answers: ScreenerAnswers,
  focus: 'idea' | 'section-504',
  add: (id: NextStepId, cite?: CiteId | null) => void,
): void {
  const idea = focus === 'idea'
  const request = () =>
    idea ? add('requestEvaluation', 'evaluationRequest') : add('request504Evaluation', 'section504Request')
  const notice = () =>
    idea ? add('askForWrittenNotice', 'priorWrittenNotice') : add('askFor504Notice', 'notice504')
  const challenge = () => {
    if (idea) {
      add('mediation', 'mediation')
      add('stateComplaint', 'stateComplaint')
      add('dueProcess', 'dueProcess')
    } else {
      add('grievance504', 'grievance504')
    }
    add('ocrComplaint', 'ocr')
  }

  switch (answers.schoolResponse) {
    case 'evaluating':
      idea
        ? add('trackEvaluationTimeline', 'consentAndTimeline')
        : add('track504Evaluation', 'section504Evaluation')
      add('shareRecords', 'noDiagnosisNeeded')
      break
    case 'found-not-eligible':
      if (idea) {
        add('askForEvaluationReport', 'notEligibleCanDisagree')
        add('requestIee', 'iee')
      } else {
        request()
      }
      notice()
      challenge()
      break
    case 'evaluation-refused':
      request()
      notice()
      challenge()
      break
    case 'evaluation-delayed-for-interventions':
      request()
      add('askToEvaluateNow', 'rti')
      notice()
      break
    case 'told-grades-too-good':
      request()
      add('shareRecords', 'grades')
      notice()
      break
    default:
      request()
      add('shareRecords', 'noDiagnosisNeeded')
      break
  }

  if (answers.school === 'private')
    idea ? add('privateSchoolDistrict', 'privateIdea') : add('privateSchoolAdjustments', 'private504')
  if (answers.school === 'home')
    idea ? add('homeSchoolDistrict', 'homeIdea') : add('homeSchool504', 'home504')
}

function reason(id: ReasonId, cite: CiteId | string, params?: Record<string, MessageParam>): ScreenReason {
  const citation = isCiteId(cite) ? CITE[cite] : cite
  return { id, message: message(`screener.reasons.${id}`, params), citation }
}

function isCiteId(cite: string): cite is CiteId {
  return Object.hasOwn(CITE, cite)
}

function step(id: NextStepId, cite: CiteId | null = null): NextStep {
  return { id, message: message(`screener.nextSteps.${id}`), citation: cite === null ? null : CITE[cite] }
}
