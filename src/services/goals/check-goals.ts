import { z } from 'zod'
import { checkGoal } from '../../domain/goals/check-goal.ts'
import {
  CRITERION_KINDS,
  GOAL_FLAGS,
  GOAL_LANGUAGES,
  type GoalFlag,
  type GoalLanguage,
  type GoalParts,
} from '../../domain/goals/goal-check.ts'
import type { MessageParam } from '../../domain/messages.ts'
import { type Lang, renderMessage } from '../../i18n/i18n.ts'

/**
 * The goal checker's JSON contract, shared by `pathway goals check` and POST /api/v1/goals/check.
 * The text is checked exactly as sent (not trimmed), so the spans point into the caller's string.
 */

export const GOAL_TEXT_MAX_LENGTH = 5000
export const GOAL_BATCH_MAX = 1000

export const goalTextSchema = z
  .string()
  .max(GOAL_TEXT_MAX_LENGTH)
  .refine((text) => text.trim() !== '', 'errors.input.required')

/** One goal: the body of POST /api/v1/goals/check. */
export const checkGoalRequestSchema = z
  .object({
    text: goalTextSchema,
    /** The language the goal is written in. Only English can be read today. */
    language: z.enum(GOAL_LANGUAGES).optional(),
  })
  .strict()

/** Many goals: the `--input goals.json` file, an array of goal texts. */
export const checkGoalsBatchSchema = z.array(goalTextSchema).min(1).max(GOAL_BATCH_MAX)

const spanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() })
const measureSchema = spanSchema.extend({ value: z.number(), unit: z.string().nullable() })
const messageParamSchema = z.union([
  z.string(),
  z.number(),
  z.object({ date: z.string() }),
  z.object({ key: z.string() }),
])

/** The answer for one goal (used as the API's response schema). */
export const goalCheckResultSchema = z.object({
  parts: z.object({
    condition: z.array(spanSchema),
    behavior: spanSchema.extend({ verb: z.string(), observable: z.boolean() }).nullable(),
    criterion: z.array(spanSchema.extend({ kind: z.enum(CRITERION_KINDS) })),
    timeframe: spanSchema.nullable(),
    measurementMethod: z.array(spanSchema),
    baseline: measureSchema.nullable(),
    target: measureSchema.extend({ direction: z.enum(['increase', 'decrease']).nullable() }).nullable(),
  }),
  flags: z.array(z.enum(GOAL_FLAGS)),
  suggestions: z.array(
    z.object({
      flag: z.enum(GOAL_FLAGS),
      key: z.string(),
      params: z.record(z.string(), messageParamSchema).optional(),
      text: z.string(),
    }),
  ),
})

export interface GoalSuggestionJson {
  readonly flag: GoalFlag
  /** Catalog key, stable for scripts; `text` is the same message written in the asked language. */
  readonly key: string
  readonly params?: Readonly<Record<string, MessageParam>>
  readonly text: string
}

export interface GoalCheckResult {
  readonly parts: GoalParts
  readonly flags: readonly GoalFlag[]
  readonly suggestions: readonly GoalSuggestionJson[]
}

/** Checks one goal and writes its suggestions in `lang`. */
export function checkGoalText(
  text: string,
  lang: Lang = 'en',
  language: GoalLanguage = 'en',
): GoalCheckResult {
  const check = checkGoal(text, language)
  return {
    parts: check.parts,
    flags: check.flags,
    suggestions: check.suggestions.map(({ flag, message }) => ({
      flag,
      key: message.key,
      ...(message.params ? { params: message.params } : {}),
      text: renderMessage(lang, message),
    })),
  }
}

/** Checks many goals, answering in the same order. */
export function checkGoalTexts(texts: readonly string[], lang: Lang = 'en'): GoalCheckResult[] {
  return texts.map((text) => checkGoalText(text, lang))
}
