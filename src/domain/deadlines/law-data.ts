/**
 * The shape of the law as data: the federal rules (law/rules.json) and the state table
 * (law/state-timelines.json), as they are after validateLawData has checked them.
 * Field meanings are in docs/deadlines.md ("The law data"); the research files they come from are
 * described in LAW.md §0.
 */

export const LAWS = ['IDEA', '504', 'FERPA'] as const
export type Law = (typeof LAWS)[number]

/** How a rule's amount relates to its trigger (LAW.md, appendix). */
export const BOUNDS = [
  'within',
  'not-before',
  'before',
  'at-least-before',
  'at',
  'threshold',
  'no-fixed-period',
] as const
export type Bound = (typeof BOUNDS)[number]

export const UNITS = [
  'calendar-days',
  'school-days',
  'business-days',
  'months',
  'years',
  'school-years',
] as const
export type Unit = (typeof UNITS)[number]

export const STATE_OVERRIDES = ['any', 'stricter-only', 'none', 'unclear'] as const
export type StateOverride = (typeof STATE_OVERRIDES)[number]

export const CONFIDENCES = ['high', 'medium', 'low'] as const
export type Confidence = (typeof CONFIDENCES)[number]

/** A state figure may also be unknown (no figure found; never a guess). */
export const STATE_CONFIDENCES = ['high', 'medium', 'low', 'unknown'] as const
export type StateConfidence = (typeof STATE_CONFIDENCES)[number]

/** What the engine says about a date (see docs/deadlines.md, "Kinds"). */
export const DEADLINE_KINDS = ['deadline', 'earliest', 'threshold', 'no-fixed-period'] as const
export type DeadlineKind = (typeof DEADLINE_KINDS)[number]

export const EXCEPTION_EFFECTS = ['stops', 'sets-due'] as const
export type ExceptionEffect = (typeof EXCEPTION_EFFECTS)[number]

/** A listed exception; `event` (added by Pathway) names the event that invokes it. */
export interface RuleException {
  readonly id: string
  readonly description: string
  readonly citation: string
  readonly event?: string
  readonly effect?: ExceptionEffect
}

export interface Period {
  readonly amount: number
  readonly unit: Unit
}

/** The rule applies only when the record holds one of these events (before the due date, if asked). */
export interface EventRequirement {
  readonly anyOf: readonly string[]
  readonly beforeDue?: boolean
}

/** One federal rule. Fields after `source` are Pathway's additions (docs/deadlines.md). */
export interface LawRule {
  readonly id: string
  readonly law: Law
  readonly category: string
  readonly trigger: string
  readonly due: string
  readonly bound: Bound
  readonly amount: number | null
  readonly unit: Unit | null
  readonly responsibleParty: string
  readonly stateOverridable: boolean
  readonly stateOverride: StateOverride
  readonly stateTimelineKey?: string
  readonly exceptions?: readonly RuleException[]
  readonly alsoDueBefore?: readonly string[]
  readonly citation: string
  readonly notes: string
  readonly confidence: Confidence
  readonly source: readonly string[]
  readonly alsoTriggeredBy?: readonly string[]
  readonly alsoMetBy?: readonly string[]
  readonly laterTriggerRestarts?: boolean
  readonly endsByItself?: boolean
  readonly optional?: boolean
  readonly chainedFrom?: string
  readonly endedEarlyBy?: readonly string[]
  readonly metLookback?: Period
  readonly requiresEvent?: EventRequirement
  readonly derivedTrigger?: { readonly fromDateOfBirth: { readonly years: number } }
  readonly kind?: DeadlineKind
}

/** How a state pauses a calendar-day clock (the structured form of `excludedPeriods`). */
export type Pause =
  | { readonly type: 'between-school-years' }
  | { readonly type: 'breaks'; readonly minimumClosedSchoolDays: number; readonly adjacentWeekends: boolean }

export interface AlternativeLimit {
  readonly amount: number
  readonly unit: Unit
  readonly trigger: string
  readonly combine: 'earliest'
  readonly alsoTriggeredBy?: readonly string[]
}

/** A prose rule for consent that comes near the end of the school year, as data. */
export interface EndOfSchoolYear {
  readonly when:
    | { readonly schoolDaysBeforeLastDay: { readonly atLeast: number; readonly below: number } }
    | { readonly calendarDaysBeforeLastDay: { readonly atMost: number } }
  readonly due:
    | { readonly monthDay: string }
    | { readonly daysAfterLastDay: number }
    | { readonly daysAfterNextFirstDay: number }
  readonly citation: string
}

/** A state's own figure for one rule (the value under a rule's `stateTimelineKey`). */
export interface StateFigure {
  readonly amount: number | null
  readonly unit: Unit | null
  readonly trigger: string | null
  readonly endsWith?: string | null
  readonly bound?: Bound
  readonly citation: string | null
  readonly confidence: StateConfidence
  readonly notes?: string | null
  readonly description?: string
  readonly sources?: readonly string[]
  readonly excludedPeriods?: readonly string[]
  readonly exceptions?: string | null
  readonly alternativeLimit?: AlternativeLimit | null
  readonly foldedIntoInitialTimeline?: boolean
  readonly alsoTriggeredBy?: readonly string[]
  readonly pausedDuring?: readonly Pause[]
  readonly absenceExtension?: { readonly minimumAbsences: number; readonly citation: string }
  readonly endOfSchoolYear?: EndOfSchoolYear
  readonly summerTriggerMovesToFirstSchoolDay?: boolean
  readonly byAge?: readonly {
    readonly below: number
    readonly amount: number
    readonly unit: Unit
    readonly citation: string
  }[]
  readonly onlyWhenDetail?: string
}

export interface StateTimeline {
  readonly state: string
  readonly code: string
  readonly notes: string | null
  readonly disagreements: string | null
  /** Figures by key (`initialEvaluation`, `dueProcessLimitation`, …); null or absent when none. */
  readonly figures: Readonly<Record<string, StateFigure | null>>
}

export interface LawData {
  readonly rules: readonly LawRule[]
  readonly states: readonly StateTimeline[]
}

/** The deadline kind a rule produces. `at` (FERPA at 18) reads as "from this day on", like `not-before`. */
export function kindOfBound(bound: Bound): DeadlineKind {
  switch (bound) {
    case 'not-before':
    case 'at':
      return 'earliest'
    case 'threshold':
      return 'threshold'
    case 'no-fixed-period':
      return 'no-fixed-period'
    default:
      return 'deadline'
  }
}
