import { z } from 'zod'
import { type LocalDate, localDate, parseLocalDate } from '../../domain/dates/local-date.ts'
import type { MessageParam } from '../../domain/messages.ts'
import { analyzeProgress } from '../../domain/progress/analyze-progress.ts'
import { checkProgressSeries } from '../../domain/progress/check-progress-series.ts'
import {
  DECISIONS,
  type Decision,
  type ProgressAnalysis,
  type ProgressSeries,
  TREND_METHODS,
  type TrendMethod,
} from '../../domain/progress/progress-series.ts'
import { type Lang, renderMessage } from '../../i18n/i18n.ts'
import { type Parsed, parseInput } from '../validation.ts'

/**
 * The progress analysis's JSON contract, shared by `pathway progress` and the HTTP API.
 * Numbers in the answer are rounded to 4 decimal places; slopes are per 7 calendar days.
 */

export const PROGRESS_POINTS_MAX = 5000
export const PROGRESS_BATCH_MAX = 10_000

const localDateSchema = z.string().refine((text) => parseLocalDate(text) !== undefined, 'errors.input.date')

const dataPointSchema = z.object({ date: localDateSchema, value: z.number() }).strict()

/** One goal's data. Field problems from the domain (target before baseline …) name their field. */
export const progressSeriesSchema = z
  .object({
    baseline: dataPointSchema,
    target: dataPointSchema,
    direction: z.enum(['increase', 'decrease']),
    points: z.array(dataPointSchema).max(PROGRESS_POINTS_MAX),
    phaseChanges: z.array(localDateSchema).max(100).optional(),
    /** Least squares unless asked otherwise. */
    trendMethod: z.enum(TREND_METHODS).optional(),
  })
  .strict()
  .superRefine((input, context) => {
    // A date the schema already refused is reported once, by the schema.
    if (parseLocalDate(input.baseline.date) === undefined || parseLocalDate(input.target.date) === undefined)
      return
    const ends = { baseline: input.baseline, target: input.target, direction: input.direction, points: [] }
    for (const found of checkProgressSeries(toSeries(ends))) {
      context.addIssue({ code: 'custom', path: found.field.split('.'), message: found.message })
    }
  })

export const progressBatchSchema = z.array(progressSeriesSchema).min(1).max(PROGRESS_BATCH_MAX)

export type ProgressSeriesInput = z.output<typeof progressSeriesSchema>

/** An object is one series, an array is many: problems in an array are named `[2].target.date`. */
export function parseProgressInput(
  data: unknown,
): Parsed<ProgressSeriesInput> | Parsed<ProgressSeriesInput[]> {
  return Array.isArray(data) ? parseInput(progressBatchSchema, data) : parseInput(progressSeriesSchema, data)
}

const messageParamSchema = z.union([
  z.string(),
  z.number(),
  z.object({ date: z.string() }),
  z.object({ key: z.string() }),
])

/** The answer for one series (used as the API's response schema). */
export const progressResultSchema = z.object({
  trendSlopePerWeek: z.number().nullable(),
  aimSlopePerWeek: z.number(),
  decision: z.enum(DECISIONS),
  rule: z.object({
    key: z.string(),
    params: z.record(z.string(), messageParamSchema).optional(),
    text: z.string(),
  }),
  projectedValueAtGoalDate: z.number().nullable(),
  projectedDateTargetReached: z.string().nullable(),
})

export interface ProgressResult {
  readonly trendSlopePerWeek: number | null
  readonly aimSlopePerWeek: number
  readonly decision: Decision
  /** The rule that decided: its catalog key and values, and the sentence in the asked language. */
  readonly rule: {
    readonly key: string
    readonly params?: Readonly<Record<string, MessageParam>>
    readonly text: string
  }
  readonly projectedValueAtGoalDate: number | null
  readonly projectedDateTargetReached: LocalDate | null
}

/** Analyses one validated series and writes the rule in `lang`. */
export function analyzeProgressSeries(input: ProgressSeriesInput, lang: Lang = 'en'): ProgressResult {
  const trendMethod: TrendMethod = input.trendMethod ?? 'least-squares'
  return progressResultOf(analyzeProgress(toSeries(input), { trendMethod }), lang)
}

/** An analysis as the JSON contract answers it: numbers rounded, the rule written in `lang`. */
export function progressResultOf(analysis: ProgressAnalysis, lang: Lang = 'en'): ProgressResult {
  return {
    trendSlopePerWeek: roundOrNull(analysis.trendSlopePerWeek),
    aimSlopePerWeek: round(analysis.aimSlopePerWeek),
    decision: analysis.decision,
    rule: {
      key: analysis.rule.key,
      ...(analysis.rule.params ? { params: analysis.rule.params } : {}),
      text: renderMessage(lang, analysis.rule),
    },
    projectedValueAtGoalDate: roundOrNull(analysis.projectedValueAtGoalDate),
    projectedDateTargetReached: analysis.projectedDateTargetReached,
  }
}

/** Dates were checked by the schema; this gives them their domain type. */
function toSeries(input: {
  baseline: { date: string; value: number }
  target: { date: string; value: number }
  direction: 'increase' | 'decrease'
  points: readonly { date: string; value: number }[]
  phaseChanges?: readonly string[] | undefined
}): ProgressSeries {
  const point = (p: { date: string; value: number }) => ({ date: localDate(p.date), value: p.value })
  return {
    baseline: point(input.baseline),
    target: point(input.target),
    direction: input.direction,
    points: input.points.map(point),
    ...(input.phaseChanges ? { phaseChanges: input.phaseChanges.map(localDate) } : {}),
  }
}

function round(value: number): number {
  const rounded = Math.round(value * 10_000) / 10_000
  // Never print -0.
  return rounded === 0 ? 0 : rounded
}

function roundOrNull(value: number | null): number | null {
  return value === null ? null : round(value)
}
