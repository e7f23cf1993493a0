/**
 * The screener's vocabulary: what a family tells us about a child, in the words of the law.
 * The names follow issue 5's answers schema; additions are marked "extension".
 */

export const SCHOOLS = ['public', 'charter', 'private', 'home'] as const
export type School = (typeof SCHOOLS)[number]

export const CURRENT_PLANS = ['none', 'iep', '504'] as const
export type CurrentPlan = (typeof CURRENT_PLANS)[number]

export const TRI_STATES = ['yes', 'no', 'unsure'] as const
/** A parent's answer where "not sure" is an honest answer. */
export type TriState = (typeof TRI_STATES)[number]

/** The 13 disability categories of 34 CFR 300.8(c)(1)-(13), in order, in kebab-case. */
export const IDEA_CATEGORIES = [
  'autism',
  'deaf-blindness',
  'deafness',
  'emotional-disturbance',
  'hearing-impairment',
  'intellectual-disability',
  'multiple-disabilities',
  'orthopedic-impairment',
  'other-health-impairment',
  'specific-learning-disability',
  'speech-or-language-impairment',
  'traumatic-brain-injury',
  'visual-impairment-including-blindness',
] as const
export type IdeaCategory = (typeof IDEA_CATEGORIES)[number]

/**
 * Extension: a state may use "developmental delay" for children aged 3 through 9 instead of a
 * specific category (34 CFR 300.8(b)).
 */
export const DEVELOPMENTAL_DELAY = 'developmental-delay'
export const SUSPECTED_CATEGORIES = [...IDEA_CATEGORIES, DEVELOPMENTAL_DELAY] as const
export type SuspectedCategory = (typeof SUSPECTED_CATEGORIES)[number]

/**
 * Major life activities. The first twelve are the list; the rest complete the statute's
 * list (42 U.S.C. 12102(2)(A)) and the Title II regulation's (28 CFR 35.108(c)(1)(i)).
 */
export const LIFE_ACTIVITIES = [
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
  'writing',
  'interacting-with-others',
  'sleeping',
  'performing-manual-tasks',
  'standing',
  'sitting',
  'reaching',
  'lifting',
  'bending',
  'working',
] as const

/** Major bodily functions, named as in 42 U.S.C. 12102(2)(B). */
export const MAJOR_BODILY_FUNCTIONS = [
  'immune-system',
  'normal-cell-growth',
  'digestive',
  'bowel',
  'bladder',
  'neurological',
  'brain',
  'respiratory',
  'circulatory',
  'endocrine',
  'reproductive',
] as const

export const MAJOR_LIFE_ACTIVITIES = [...LIFE_ACTIVITIES, ...MAJOR_BODILY_FUNCTIONS] as const
export type MajorLifeActivity = (typeof MAJOR_LIFE_ACTIVITIES)[number]

/** Mitigating measures as listed in 42 U.S.C. 12102(4)(E). */
export const MITIGATING_MEASURES = [
  'medication',
  'hearing-aids',
  'cochlear-implants',
  'low-vision-devices',
  'ordinary-eyeglasses-or-contacts',
  'mobility-devices',
  'prosthetics',
  'assistive-technology',
  'oxygen-therapy',
  'learned-behavioral-adaptations',
  'reasonable-accommodations',
  'auxiliary-aids',
] as const
export type MitigatingMeasure = (typeof MITIGATING_MEASURES)[number]

/** The one measure the law lets a school count when judging a limitation (42 U.S.C. 12102(4)(E)(ii)). */
export const ORDINARY_EYEGLASSES = 'ordinary-eyeglasses-or-contacts'

/** The three prongs of the definition of disability (42 U.S.C. 12102(1)(A)-(C)). */
export const BASES = ['impairment', 'record-of', 'regarded-as'] as const
export type Basis = (typeof BASES)[number]

export const SCHOOL_RESPONSES = [
  'none',
  'evaluation-refused',
  'evaluation-delayed-for-interventions',
  'told-grades-too-good',
  'evaluating',
  'found-not-eligible',
] as const
export type SchoolResponse = (typeof SCHOOL_RESPONSES)[number]

export interface Condition {
  /** The parent's own words: "ADHD", "asthma", "trouble reading", "broken arm". */
  readonly name: string
  readonly diagnosed: boolean
  readonly temporary: boolean
  /** How long a temporary condition is expected to last; null when not known or not temporary. */
  readonly expectedDurationMonths: number | null
  /** Comes and goes (flare-ups), such as asthma, epilepsy, migraines. */
  readonly episodic: boolean
  readonly inRemission: boolean
}

export interface ScreenerAnswers {
  /** Age in whole years. */
  readonly age: number
  readonly school: School
  readonly currentPlan: CurrentPlan
  readonly conditions: readonly Condition[]
  /** IDEA categories the parent suspects (34 CFR 300.8(c)); may include `developmental-delay`. */
  readonly ideaCategories: readonly SuspectedCategory[]
  /** Extension: the parent could not tell which category fits. Defaults to false. */
  readonly ideaCategoriesUnsure?: boolean
  readonly adverseEffectOnEducation: TriState
  readonly needsSpecializedInstruction: TriState
  /** The limitation as it would be without mitigating measures other than ordinary glasses or contacts. */
  readonly substantialLimitation: TriState
  readonly majorLifeActivities: readonly MajorLifeActivity[]
  readonly mitigatingMeasures: readonly MitigatingMeasure[]
  readonly basis: Basis
  /** Extension: the child needs changes or services at school because of the condition. Defaults to `unsure`. */
  readonly needsAccommodations?: TriState
  readonly schoolResponse: SchoolResponse
}

/** IDEA Part B serves children from their third birthday through age 21 (34 CFR 300.101(a)). */
export const IDEA_YOUNGEST = 3
export const IDEA_OLDEST = 21
/** States that use "developmental delay" may use it from 3 through 9 (34 CFR 300.8(b)). */
export const DEVELOPMENTAL_DELAY_OLDEST = 9
/** The oldest age any state serves in special education (Michigan, to the 26th birthday). */
export const OLDEST_AGE = 25
/** "Transitory" means lasting or expected to last 6 months or less (42 U.S.C. 12102(3)(B)). */
export const TRANSITORY_MONTHS = 6
