import type { IdeaCategory, MajorLifeActivity } from './answers.ts'
import { MAJOR_BODILY_FUNCTIONS } from './answers.ts'

/**
 * Short legal references shown beside each reason. They are names of sources, the same in every
 * language, so they live here rather than in the catalogs. Sources and confidence: docs/screener.md.
 */
export const CITE = {
  ideaTwoPartTest: '34 CFR 300.8(a)(1); 300.39(b)(3)',
  ideaCategories: '34 CFR 300.8(c)',
  ideaRelatedServiceOnly: '34 CFR 300.8(a)(2)',
  ideaAllAreas: '34 CFR 300.304(c)(4)',
  developmentalDelay: '34 CFR 300.8(b)',
  ideaAges: '34 CFR 300.101(a)',
  partC: '20 U.S.C. 1432(5); 34 CFR 303.21',
  partCTimeline: '34 CFR 303.310(a)',
  partCTransition: '34 CFR 303.209; 300.124(b)',
  existingIep: '34 CFR 300.305(e)(1)',
  iepAlso504: '34 CFR 104.33(b)(2)',
  leavingIep: '34 CFR 300.305(e)(1); 104.35(a)',
  existing504: '34 CFR 104.35(a), (d)',
  plan504NotInsteadOfIep: '34 CFR 300.111(a); 300.301(b)',
  disability: '42 U.S.C. 12102(1)(A); 29 U.S.C. 705(20)(B)',
  oneActivityEnough: '42 U.S.C. 12102(4)(C)',
  notDemanding: '42 U.S.C. 12102(4)(A)-(B); 28 CFR 35.108(d)(1)(i)',
  needForServices: '34 CFR 104.33(b)(1)',
  protectedWithoutPlan: '34 CFR 104.4; OCR Parent and Educator Resource Guide to Section 504 (2016)',
  impairment: '42 U.S.C. 12102(1)(A); 34 CFR 104.3(j)(2)(i)',
  section504Evaluation: '34 CFR 104.35(a)',
  recordOf: '42 U.S.C. 12102(1)(B); 34 CFR 104.3(j)(2)(iii); OCR Resource Guide (2016)',
  regardedAs: '42 U.S.C. 12102(1)(C), (3)(A); 12201(h)',
  transitoryAndMinor: '42 U.S.C. 12102(3)(B); 34 CFR 104.3(j)(2)(iv)',
  mitigatingMeasures: '42 U.S.C. 12102(4)(E)(i); OCR ADA Amendments Act Q&A (2012)',
  ordinaryGlasses: '42 U.S.C. 12102(4)(E)(ii)',
  episodic: '42 U.S.C. 12102(4)(D)',
  temporary: '28 CFR 35.108(d)(1)(ix); 42 U.S.C. 12102(3)(B); OCR Section 504 FAQ',
  noDiagnosisNeeded: '34 CFR 300.304(b); 104.35(c); OCR Resource Guide (2016)',
  childFind: '34 CFR 300.111(a), (c); 104.32',
  charter: '34 CFR 300.209(a); OCR and OSERS charter school guidance (2016)',
  privateIdea: '34 CFR 300.131; 300.137(a); 300.138(b)',
  private504: '34 CFR 104.33(c)(4); 104.39',
  homeIdea: '34 CFR 300.111; 300.130; OSEP Q&A on private school children (2020)',
  home504: '34 CFR 104.33(c)(4)',
  refusalInWriting: '34 CFR 300.503(a)(2); 104.36',
  rti: 'OSEP Memo 11-07 (2011); OSEP Memo 16-07 (2016); 34 CFR 300.301(b)',
  grades: '34 CFR 300.101(c); 300.111(c)(1); OCR ADA Amendments Act Q&A (2012)',
  evaluationUnderway: '34 CFR 300.301(c)(1)',
  notEligibleCanDisagree: '34 CFR 300.306(a)(2); 300.502(b); 300.503',
  notEligibleConsider504: '34 CFR 300.8(a)(2); 104.35',
  evaluationRequest: '34 CFR 300.301(b); 300.503',
  section504Request: '34 CFR 104.35(a)',
  consentAndTimeline: '34 CFR 300.300(a); 300.301(c)(1)',
  priorWrittenNotice: '34 CFR 300.503',
  notice504: '34 CFR 104.36',
  iee: '34 CFR 300.502(b)',
  mediation: '34 CFR 300.506',
  stateComplaint: '34 CFR 300.151-300.153',
  dueProcess: '34 CFR 300.507; 300.511(e)',
  grievance504: '34 CFR 104.7(b); 104.36',
  ocr: '34 CFR 104.61; OCR complaint procedures',
  iepContents: '34 CFR 300.320(a)(4)',
  collegeAdjustments: '34 CFR 104.44',
  parentCenter: '20 U.S.C. 1471',
} as const

export type CiteId = keyof typeof CITE

const CATEGORY_PARAGRAPH: Record<IdeaCategory, number> = {
  autism: 1,
  'deaf-blindness': 2,
  deafness: 3,
  'emotional-disturbance': 4,
  'hearing-impairment': 5,
  'intellectual-disability': 6,
  'multiple-disabilities': 7,
  'orthopedic-impairment': 8,
  'other-health-impairment': 9,
  'specific-learning-disability': 10,
  'speech-or-language-impairment': 11,
  'traumatic-brain-injury': 12,
  'visual-impairment-including-blindness': 13,
}

/** The paragraph of 34 CFR 300.8(c) that defines a category, e.g. "34 CFR 300.8(c)(9)". */
export function categoryCitation(category: IdeaCategory): string {
  return `34 CFR 300.8(c)(${CATEGORY_PARAGRAPH[category]})`
}

const STATUTE_ACTIVITIES: ReadonlySet<string> = new Set([
  'learning',
  'reading',
  'concentrating',
  'thinking',
  'communicating',
  'eating',
  'breathing',
  'walking',
  'seeing',
  'hearing',
  'speaking',
  'caring-for-oneself',
  'sleeping',
  'performing-manual-tasks',
  'standing',
  'lifting',
  'bending',
  'working',
])
const BODILY_FUNCTIONS: ReadonlySet<string> = new Set(MAJOR_BODILY_FUNCTIONS)

/** Where the law names an activity: the statute's two lists, or the Title II regulation's longer one. */
export function activityCitation(activity: MajorLifeActivity): string {
  if (BODILY_FUNCTIONS.has(activity)) return '42 U.S.C. 12102(2)(B)'
  if (STATUTE_ACTIVITIES.has(activity)) return '42 U.S.C. 12102(2)(A)'
  return '28 CFR 35.108(c)(1)(i)'
}
