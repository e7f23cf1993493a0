import type { Instant, LocalDate } from '../dates/local-date.ts'

/**
 * A child's plan as a structured record: an IEP (IDEA, 34 CFR 300.320) or a 504 plan (Section 504,
 * 34 CFR 104.33–104.36). Almost every field is optional on purpose: a parent copies a plan from a
 * paper copy, and what is missing is exactly what the completeness check (check-plan.ts) reports.
 * Goals, services, accommodations and other list items carry stable ids, so two versions can be
 * compared item by item (diff-plans.ts). Everything here is plain JSON: no classes, no Dates.
 */

export const PLAN_KINDS = ['iep', '504'] as const
export type PlanKind = (typeof PLAN_KINDS)[number]

/** draft → proposed (by the school) → in-effect (agreed) → superseded. See transitions.ts. */
export const PLAN_STATUSES = ['draft', 'proposed', 'in-effect', 'superseded'] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]

/** Why this plan was written. An amendment links to the plan it changes. */
export const REVISION_REASONS = [
  'initial',
  'annual-review',
  'reevaluation',
  'amendment',
  'transfer',
  'other',
] as const
export type RevisionReason = (typeof REVISION_REASONS)[number]

/** The 13 IDEA categories (34 CFR 300.8(c)) and developmental delay where the state uses it (300.8(b)). */
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
  'visual-impairment',
  'developmental-delay',
] as const
export type IdeaCategory = (typeof IDEA_CATEGORIES)[number]

export const GOAL_AREAS = [
  'reading',
  'writing',
  'math',
  'communication',
  'behavior',
  'social-emotional',
  'organization',
  'motor',
  'daily-living',
  'vocational',
  'other',
] as const
export type GoalArea = (typeof GOAL_AREAS)[number]

/** special-education = specially designed instruction (300.39); related = 300.34; supplementary aid = 300.42. */
export const SERVICE_KINDS = [
  'special-education',
  'related-service',
  'supplementary-aid',
  'health-service',
  'other',
] as const
export type ServiceKind = (typeof SERVICE_KINDS)[number]

export const FREQUENCY_PERIODS = ['day', 'week', 'month'] as const
export type FrequencyPeriod = (typeof FREQUENCY_PERIODS)[number]

/** Where a service happens, as far as the least restrictive environment is concerned (300.114, 300.320(a)(5)). */
export const SERVICE_SETTINGS = [
  'general-education-class',
  'outside-general-education-class',
  'separate-school',
  'home-or-hospital',
  'community',
  'other',
] as const
export type ServiceSetting = (typeof SERVICE_SETTINGS)[number]

/** The settings a 504 plan (and an IEP) names for accommodations. */
export const ACCOMMODATION_SETTINGS = [
  'classroom',
  'testing',
  'homework',
  'cafeteria',
  'transportation',
  'field-trips',
  'extracurricular',
] as const
export type AccommodationSetting = (typeof ACCOMMODATION_SETTINGS)[number]

/** How the child takes state and district tests (300.320(a)(6)). */
export const ASSESSMENT_PARTICIPATION = ['regular', 'regular-with-accommodations', 'alternate'] as const
export type AssessmentParticipation = (typeof ASSESSMENT_PARTICIPATION)[number]

/** The extended school year decision (300.106). */
export const ESY_DECISIONS = ['eligible', 'not-eligible', 'not-yet-decided'] as const
export type EsyDecision = (typeof ESY_DECISIONS)[number]

/** Roles at an IEP meeting (300.321(a)) or in a 504 group (104.35(c)). */
export const TEAM_ROLES = [
  'parent',
  'student',
  'general-education-teacher',
  'special-education-teacher',
  'district-representative',
  'evaluation-specialist',
  'related-service-provider',
  'section-504-coordinator',
  'school-nurse',
  'counselor',
  'principal',
  'language-interpreter',
  'advocate',
  'agency-representative',
  'other',
] as const
export type TeamRole = (typeof TEAM_ROLES)[number]

/** The consents a plan record keeps dates for (300.300; 300.321(e) for excusing a member). */
export const CONSENT_KINDS = [
  'initial-evaluation',
  'initial-services',
  'reevaluation',
  'plan',
  'team-member-excusal',
  'other',
] as const
export type ConsentKind = (typeof CONSENT_KINDS)[number]

/** Major life activities and bodily functions (42 U.S.C. 12102(2); 29 CFR 1630.2(i) for the last three). */
export const MAJOR_LIFE_ACTIVITIES = [
  'learning',
  'reading',
  'concentrating',
  'thinking',
  'communicating',
  'speaking',
  'seeing',
  'hearing',
  'eating',
  'sleeping',
  'walking',
  'standing',
  'lifting',
  'bending',
  'breathing',
  'caring-for-oneself',
  'performing-manual-tasks',
  'working',
  'sitting',
  'reaching',
  'interacting-with-others',
  'major-bodily-function',
  'other',
] as const
export type MajorLifeActivity = (typeof MAJOR_LIFE_ACTIVITIES)[number]

export interface Frequency {
  /** How many sessions in each period: 2 times a week → { times: 2, per: 'week' }. */
  readonly times: number
  readonly per: FrequencyPeriod
}

/** A person at the meeting or in the 504 group. */
export interface TeamMember {
  readonly name?: string
  readonly role: TeamRole
  /** Free words when role is 'other' or to be more precise ("speech-language pathologist"). */
  readonly roleDetail?: string
  /** False for a member who was invited but not there; true when omitted. */
  readonly attended?: boolean
  /** A member who did not attend and whose absence the parent agreed to in writing (300.321(e)). */
  readonly excusedInWriting?: boolean
}

/** Who a parent or a new teacher calls about the plan (for the plan at a glance). */
export interface Contact {
  readonly name: string
  readonly role?: string
  readonly phone?: string
  readonly email?: string
}

export interface Consent {
  readonly kind: ConsentKind
  readonly date: LocalDate
  /** False records a refusal; true when omitted. */
  readonly given?: boolean
  readonly note?: string
}

export interface ShortTermObjective {
  readonly id: string
  readonly text: string
  readonly criterion?: string
  readonly targetDate?: LocalDate
}

/** A measurable annual goal (300.320(a)(2)-(3)). */
export interface Goal {
  readonly id: string
  readonly area: GoalArea
  readonly text: string
  /** Where the child is now, in words ("reads 45 words a minute") and, where known, as a number. */
  readonly baseline?: string
  readonly baselineValue?: number
  /** Where the goal aims by the end of the plan. */
  readonly target?: string
  readonly targetValue?: number
  /** The unit both numbers share ("words correct per minute", "%"). */
  readonly unit?: string
  /** Whether success means the number going up or down (fewer outbursts). */
  readonly direction?: 'increase' | 'decrease'
  /** How progress is measured: curriculum-based probes, work samples, observation … */
  readonly measurementMethod?: string
  /** What counts as meeting the goal: "4 of 5 trials on 3 days in a row". */
  readonly criterion?: string
  /** How and when progress on this goal is reported to the parent (300.320(a)(3)(ii)). */
  readonly progressReporting?: ProgressReporting
  readonly objectives?: readonly ShortTermObjective[]
}

export interface ProgressReporting {
  /** How: a written report, a graph, a meeting. */
  readonly how?: string
  /** When: "each quarter, with report cards". */
  readonly when?: string
}

/**
 * A service in the plan: special education, a related service, a supplementary aid, a health
 * service. Amount = minutes per session × frequency. Duration = start and end dates.
 */
export interface Service {
  readonly id: string
  readonly name: string
  readonly kind: ServiceKind
  /** An entry of the library (library.ts) the service was chosen from, if any. */
  readonly libraryId?: string
  /** Minutes per session. */
  readonly minutes?: number
  readonly frequency?: Frequency
  readonly start?: LocalDate
  readonly end?: LocalDate
  readonly setting?: ServiceSetting
  /** Where exactly, in the plan's words ("resource room", "speech room"). */
  readonly location?: string
  /** Who gives it: a role in an IEP ("speech-language pathologist"); in a 504 plan, the person responsible. */
  readonly providerRole?: string
  readonly grouping?: 'individual' | 'group'
  readonly notes?: string
}

/** An accommodation: a change in how the child learns or shows learning (LAW.md § 11). */
export interface Accommodation {
  readonly id: string
  readonly libraryId?: string
  /** The plan's own words; may be empty when a library entry says it all. */
  readonly text?: string
  readonly settings: readonly AccommodationSetting[]
  /** Specifics: "time and a half", "for tests over 20 minutes". */
  readonly details?: string
  /** Who makes sure it happens (a 504 plan names one for each; good practice in an IEP too). */
  readonly responsible?: string
}

/** A program modification, a support for school staff, or a transition service: an id and words. */
export interface PlanItem {
  readonly id: string
  readonly libraryId?: string
  readonly text: string
  readonly responsible?: string
}

export interface PlanRevision {
  readonly reason: RevisionReason
  /** The plan this one follows or amends, as the storage layer names it. */
  readonly previousPlanId?: string
  readonly previousVersion?: number
  /** An amendment agreed in writing without a meeting (300.324(a)(4)). */
  readonly withoutMeeting?: boolean
}

/** Two short lines for the plan at a glance. */
export interface PlanSummary {
  readonly strengths?: string
  readonly needs?: string
}

export interface School {
  readonly name?: string
  readonly district?: string
  /** Two-letter code of the state whose rules apply. */
  readonly stateCode?: string
}

interface PlanCommon {
  readonly status: PlanStatus
  readonly revision?: PlanRevision
  readonly school?: School
  readonly summary?: PlanSummary
  readonly accommodations: readonly Accommodation[]
  readonly services: readonly Service[]
  readonly contacts?: readonly Contact[]
  readonly notes?: string
}

export interface IepDates {
  readonly meeting?: LocalDate
  readonly start?: LocalDate
  readonly end?: LocalDate
  readonly nextAnnualReview?: LocalDate
  readonly nextReevaluation?: LocalDate
}

export interface Eligibility {
  readonly category?: IdeaCategory
  readonly otherCategories?: readonly IdeaCategory[]
  readonly determinedOn?: LocalDate
  /** Date of the last evaluation or reevaluation, to check the 3-year limit (300.303(b)(2)). */
  readonly lastEvaluation?: LocalDate
}

/** Present levels of academic achievement and functional performance (300.320(a)(1)). */
export interface PresentLevels {
  readonly academic?: string
  readonly functional?: string
  readonly strengths?: string
  readonly parentConcerns?: string
  /** How the disability affects involvement and progress in the general curriculum (or, for a preschooler, in age-appropriate activities). */
  readonly effectOnGeneralCurriculum?: string
}

export interface AssessmentChoice {
  readonly participation: AssessmentParticipation
  /** For an alternate assessment: why the child cannot take the regular one (300.320(a)(6)(ii)(A)). */
  readonly whyNotRegular?: string
  /** … and why the chosen alternate assessment is appropriate (300.320(a)(6)(ii)(B)). */
  readonly whyAlternate?: string
}

export interface AssessmentParticipationRecord {
  readonly state?: AssessmentChoice
  readonly district?: AssessmentChoice
}

/** Time with children without disabilities, and why any time is spent apart (300.320(a)(5)). */
export interface GeneralEducationTime {
  readonly percent?: number
  readonly minutesPerWeek?: number
  /** The length of the school week in minutes, to turn minutes into a percent. */
  readonly schoolMinutesPerWeek?: number
  readonly explanationOfTimeOutside?: string
}

export interface ExtendedSchoolYear {
  readonly decision: EsyDecision
  readonly decidedOn?: LocalDate
  readonly explanation?: string
}

export interface PostsecondaryGoals {
  readonly educationOrTraining?: string
  readonly employment?: string
  /** Only where appropriate (300.320(b)(1)). */
  readonly independentLiving?: string
}

/** The transition section (300.320(b)). */
export interface Transition {
  readonly postsecondaryGoals: PostsecondaryGoals
  /** The age-appropriate transition assessments the goals rest on. */
  readonly assessments?: string
  readonly services: readonly PlanItem[]
  readonly courseOfStudy?: string
}

/** The statement that the child was told which rights transfer at the age of majority (300.320(c), 300.520). */
export interface TransferOfRights {
  readonly informedOn?: LocalDate
  readonly statement?: string
}

export interface IepPlan extends PlanCommon {
  readonly kind: 'iep'
  readonly dates: IepDates
  readonly eligibility?: Eligibility
  readonly presentLevels?: PresentLevels
  readonly goals: readonly Goal[]
  /** The plan-wide progress report schedule, used by goals that name none. */
  readonly progressReporting?: ProgressReporting
  readonly programModifications?: readonly PlanItem[]
  readonly staffSupports?: readonly PlanItem[]
  readonly assessments?: AssessmentParticipationRecord
  readonly generalEducationTime?: GeneralEducationTime
  readonly extendedSchoolYear?: ExtendedSchoolYear
  readonly transition?: Transition
  readonly transferOfRights?: TransferOfRights
  readonly team: readonly TeamMember[]
  readonly consents?: readonly Consent[]
}

export interface Section504Dates {
  readonly meeting?: LocalDate
  readonly start?: LocalDate
  readonly end?: LocalDate
  readonly review?: LocalDate
  /** The evaluation the plan rests on (104.35). */
  readonly evaluation?: LocalDate
}

export interface LifeActivityLimit {
  readonly activity: MajorLifeActivity
  readonly detail?: string
}

export interface Section504Plan extends PlanCommon {
  readonly kind: '504'
  readonly dates: Section504Dates
  readonly impairments: readonly string[]
  readonly majorLifeActivities: readonly LifeActivityLimit[]
  /** The sources the group drew on (tests, teacher input, medical information …), 104.35(c)(1)-(2). */
  readonly evaluationSources?: readonly string[]
  readonly participants: readonly TeamMember[]
}

export type Plan = IepPlan | Section504Plan

/**
 * One saved version of a plan. Versions are immutable: a save writes version n + 1. The storage
 * layer fills this; the domain uses it to label diffs and to check concurrency (versions.ts).
 */
export interface PlanVersion<P extends Plan = Plan> {
  readonly planId: string
  readonly version: number
  readonly savedBy: string
  readonly savedAt: Instant
  readonly plan: P
}

/**
 * The dates a plan covers: from its start (or, failing that, its meeting) to its end (or, failing
 * that, the next annual review for an IEP or the review date for a 504 plan).
 */
export function planSpan(plan: Plan): { readonly from?: LocalDate; readonly to?: LocalDate } {
  const from = plan.dates.start ?? plan.dates.meeting
  const to = plan.dates.end ?? (plan.kind === 'iep' ? plan.dates.nextAnnualReview : plan.dates.review)
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) }
}
