import type { Message } from '../messages.ts'

/**
 * What the goal checker finds in an annual goal. A measurable annual goal is required in every IEP
 * (34 CFR 300.320(a)(2)), with a statement of how progress toward it is measured (300.320(a)(3)).
 * The checker looks for the five parts that make a goal measurable and flags each one it cannot find.
 */

/** The flags, exactly as the product and the API name them. */
export const GOAL_FLAGS = [
  'no-condition',
  'no-behavior',
  'no-criterion',
  'no-timeframe',
  'no-measurement-method',
] as const
export type GoalFlag = (typeof GOAL_FLAGS)[number]

/** How well the child must do it. */
export const CRITERION_KINDS = ['accuracy', 'rate', 'frequency', 'duration', 'trials'] as const
export type CriterionKind = (typeof CRITERION_KINDS)[number]

/** The languages the checker can read. Spanish follows by adding a lexicon (see goal-lexicon.ts). */
export const GOAL_LANGUAGES = ['en'] as const
export type GoalLanguage = (typeof GOAL_LANGUAGES)[number]

/**
 * A piece of the goal's text: `text === goal.slice(start, end)`. Offsets count UTF-16 code units,
 * as JavaScript strings do, so a page script can highlight the span directly.
 */
export interface TextSpan {
  readonly start: number
  readonly end: number
  readonly text: string
}

export interface CriterionSpan extends TextSpan {
  readonly kind: CriterionKind
}

/** The action the child will take. `verb` is the word the checker judged, in lower case. */
export interface BehaviorPart extends TextSpan {
  readonly verb: string
  /** False for verbs nobody can see or hear (understand, know, improve …): raises `no-behavior`. */
  readonly observable: boolean
}

/** Whether a higher or a lower number is better for this goal (errors and behaviors go down). */
export type GoalDirection = 'increase' | 'decrease'

/** A number the goal states, with the unit written beside it ("words correct per minute", "%"). */
export interface MeasurePart extends TextSpan {
  readonly value: number
  readonly unit: string | null
}

export interface TargetPart extends MeasurePart {
  /** Read from the wording ("from 6 to 1", "no more than", "reduce"); null when the text does not say. */
  readonly direction: GoalDirection | null
}

export interface GoalParts {
  /** Under what circumstances: materials, setting, prompts ("Given a 3rd-grade passage"). */
  readonly condition: readonly TextSpan[]
  /** The observable action, or the vague verb that was found instead (observable: false). */
  readonly behavior: BehaviorPart | null
  /** How well: accuracy, rate, frequency, duration, trials. */
  readonly criterion: readonly CriterionSpan[]
  /** By when ("by June 2027", "within 36 weeks"). The first one found. */
  readonly timeframe: TextSpan | null
  /** How it is measured and by whom ("as measured by weekly probes charted by the teacher"). */
  readonly measurementMethod: readonly TextSpan[]
  /** Optional: the starting level, when the goal states one ("from a baseline of 42 wcpm"). */
  readonly baseline: MeasurePart | null
  /** Optional: the number the goal aims for, with its unit and direction. */
  readonly target: TargetPart | null
}

export interface GoalSuggestion {
  readonly flag: GoalFlag
  readonly message: Message
}

export interface GoalCheck {
  readonly language: GoalLanguage
  readonly parts: GoalParts
  /** In the order of GOAL_FLAGS. Empty when the goal has every part. */
  readonly flags: readonly GoalFlag[]
  /** One per flag, in the same order. */
  readonly suggestions: readonly GoalSuggestion[]
}
