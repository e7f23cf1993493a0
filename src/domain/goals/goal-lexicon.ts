import type {
  BehaviorPart,
  CriterionKind,
  CriterionSpan,
  GoalLanguage,
  MeasurePart,
  TargetPart,
  TextSpan,
} from './goal-check.ts'

/**
 * Everything the checker needs to know about one language. The engine (check-goal.ts) only runs
 * these patterns and resolves overlaps, so Spanish goals need a Spanish lexicon, not a new engine.
 *
 * Every RegExp must carry the `g` flag (the engine uses matchAll); `i` is usual. A pattern's whole
 * match is the span reported, except for openers, whose span runs on to the end of the clause.
 */
export interface GoalLexicon {
  readonly language: GoalLanguage
  /** Whole criterion phrases with their kind, most specific first (an earlier pattern wins an overlap). */
  readonly criterion: readonly { readonly kind: CriterionKind; readonly pattern: RegExp }[]
  /** Whole timeframe phrases ("by June 2027", "within 36 weeks"). */
  readonly timeframe: readonly RegExp[]
  /** Words that open a measurement clause ("as measured by", "according to"). */
  readonly measurementOpeners: readonly RegExp[]
  /** Named instruments found anywhere ("running records", "rubric", "probes"). */
  readonly measurementInstruments: readonly RegExp[]
  /** Words that open a condition clause ("given", "when", "during", "in the general education classroom"). */
  readonly conditionOpeners: readonly RegExp[]
  /** Small words that should not end a span ("at", "with", "the"): matched at the end of a span, anchored with `$`. */
  readonly trailingWords: RegExp
  /** Finds the behavior. `taken` are spans already given to criterion, timeframe and measurement. */
  findBehavior(text: string, taken: readonly TextSpan[]): BehaviorFinding | null
  /** Reads the goal's starting level and target from its wording and criteria. */
  findMeasures(
    text: string,
    criteria: readonly CriterionSpan[],
    behavior: BehaviorPart | null,
  ): { readonly baseline: MeasurePart | null; readonly target: TargetPart | null }
}

/** A behavior and where its subject begins (a condition clause before the subject stops there). */
export interface BehaviorFinding {
  readonly behavior: BehaviorPart
  /** Offset where the sentence's subject starts ("Marcus", "the student"); the verb's offset when none. */
  readonly subjectStart: number
}
