import { type Message, message } from '../messages.ts'
import type { BehaviorPart, GoalFlag, GoalSuggestion } from './goal-check.ts'

/** Catalog keys (src/i18n/<lang>/goals.ts) of the suggestion for each flag. */
export const SUGGESTION_KEYS: Readonly<Record<GoalFlag, string>> = {
  'no-condition': 'goals.suggestions.noCondition',
  'no-behavior': 'goals.suggestions.noBehavior',
  'no-criterion': 'goals.suggestions.noCriterion',
  'no-timeframe': 'goals.suggestions.noTimeframe',
  'no-measurement-method': 'goals.suggestions.noMeasurementMethod',
}

/** Catalog keys of each flag's short label, for lists and badges. */
export const FLAG_LABEL_KEYS: Readonly<Record<GoalFlag, string>> = {
  'no-condition': 'goals.flags.noCondition',
  'no-behavior': 'goals.flags.noBehavior',
  'no-criterion': 'goals.flags.noCriterion',
  'no-timeframe': 'goals.flags.noTimeframe',
  'no-measurement-method': 'goals.flags.noMeasurementMethod',
}

/** When the goal has a verb nobody can see ("understand"), the suggestion names it. */
export const VAGUE_VERB_KEY = 'goals.suggestions.vagueVerb'

/** A plain-words suggestion for each flag, in the same order as the flags. */
export function suggestionsFor(flags: readonly GoalFlag[], behavior: BehaviorPart | null): GoalSuggestion[] {
  return flags.map((flag) => ({ flag, message: suggestionFor(flag, behavior) }))
}

function suggestionFor(flag: GoalFlag, behavior: BehaviorPart | null): Message {
  if (flag === 'no-behavior' && behavior && !behavior.observable) {
    return message(VAGUE_VERB_KEY, { verb: behavior.verb })
  }
  return message(SUGGESTION_KEYS[flag])
}
