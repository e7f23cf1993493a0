import { englishGoalLexicon } from './english-goal-lexicon.ts'
import type {
  BehaviorPart,
  CriterionSpan,
  GoalCheck,
  GoalFlag,
  GoalLanguage,
  GoalParts,
  TextSpan,
} from './goal-check.ts'
import type { GoalLexicon } from './goal-lexicon.ts'
import { suggestionsFor } from './goal-suggestions.ts'
import { clauseEnd, inside, nextStart, overlaps, spanOf, withoutOverlaps } from './text-spans.ts'

/** The lexicon for each language the checker reads. */
export const GOAL_LEXICONS: Readonly<Record<GoalLanguage, GoalLexicon>> = {
  en: englishGoalLexicon,
}

/**
 * Reads an annual goal and reports its parts, a flag for each part it cannot find, and a
 * suggestion per flag. Pure and deterministic: the same text always gives the same answer.
 * Measurable annual goals: 34 CFR 300.320(a)(2)(i); how progress is measured: 300.320(a)(3)(i).
 */
export function checkGoal(text: string, language: GoalLanguage = 'en'): GoalCheck {
  const lexicon = GOAL_LEXICONS[language]
  const parts = findGoalParts(text, lexicon)
  const flags = flagsFor(parts)
  return { language, parts, flags, suggestions: suggestionsFor(flags, parts.behavior) }
}

/** The flags, in the order of GOAL_FLAGS, for the parts that are missing. */
export function flagsFor(parts: GoalParts): GoalFlag[] {
  const flags: GoalFlag[] = []
  if (parts.condition.length === 0) flags.push('no-condition')
  if (!parts.behavior?.observable) flags.push('no-behavior')
  if (parts.criterion.length === 0) flags.push('no-criterion')
  if (!parts.timeframe) flags.push('no-timeframe')
  if (parts.measurementMethod.length === 0) flags.push('no-measurement-method')
  return flags
}

/**
 * Finds every part. Order matters: criterion, timeframe and measurement phrases are precise, so they
 * are found first and claim their text; a condition or behavior phrase then runs to the end of its
 * clause or to the next claimed phrase, whichever comes first.
 */
export function findGoalParts(text: string, lexicon: GoalLexicon): GoalParts {
  const criterion = findCriteria(text, lexicon)
  const timeframes = withoutOverlaps(
    matchesOf(text, lexicon.timeframe).filter((span) => !criterion.some((c) => overlaps(c, span))),
  )
  const timeframe = timeframes[0] ?? null
  const precise: TextSpan[] = [...criterion, ...timeframes]

  const openedMeasurements = openClauses(text, lexicon.measurementOpeners, precise, [], lexicon.trailingWords)
  const claimed = [...precise, ...openedMeasurements]

  const finding = lexicon.findBehavior(text, claimed)
  const condition = findConditions(text, lexicon, claimed, finding?.subjectStart ?? text.length)

  const measurementMethod = withoutOverlaps([
    ...openedMeasurements,
    ...matchesOf(text, lexicon.measurementInstruments).filter(
      (span) => !inside(span.start, condition) && !inside(span.start, openedMeasurements),
    ),
  ])

  const behavior = finding ? cutBehavior(text, finding.behavior, [...claimed, ...condition], lexicon) : null
  const { baseline, target } = lexicon.findMeasures(text, criterion, behavior)
  // The starting level ("from 6 incidents a week") says where the child is, not how well to do.
  const criteria = baseline ? criterion.filter((c) => !overlaps(c, baseline)) : criterion
  return { condition, behavior, criterion: criteria, timeframe, measurementMethod, baseline, target }
}

function findCriteria(text: string, lexicon: GoalLexicon): CriterionSpan[] {
  const found: CriterionSpan[] = []
  for (const { kind, pattern } of lexicon.criterion) {
    for (const match of text.matchAll(pattern)) {
      found.push({ ...spanOf(text, match.index, match.index + match[0].length), kind })
    }
  }
  return withoutOverlaps(found)
}

function matchesOf(text: string, patterns: readonly RegExp[]): TextSpan[] {
  const found: TextSpan[] = []
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      found.push(spanOf(text, match.index, match.index + match[0].length))
    }
  }
  return withoutOverlaps(found)
}

/**
 * Spans that start at an opener ("as measured by", "given") and run to the end of the clause, or
 * to the next claimed phrase, or to `stopAt`, whichever comes first.
 */
function openClauses(
  text: string,
  openers: readonly RegExp[],
  claimed: readonly TextSpan[],
  stopAt: readonly number[],
  trailingWords: RegExp,
): TextSpan[] {
  const starts: { start: number; openerEnd: number }[] = []
  for (const pattern of openers) {
    for (const match of text.matchAll(pattern)) {
      if (inside(match.index, claimed)) continue
      starts.push({ start: match.index, openerEnd: match.index + match[0].trimEnd().length })
    }
  }
  starts.sort((a, b) => a.start - b.start || b.openerEnd - a.openerEnd)
  const spans: TextSpan[] = []
  for (const { start, openerEnd } of starts) {
    if (inside(start, spans)) continue
    let end = Math.min(clauseEnd(text, openerEnd), nextStart(claimed, start, text.length))
    for (const stop of stopAt) if (stop > start && stop < end) end = stop
    const span = trimmed(text, start, end, trailingWords)
    // "as measured by" with nothing after it names no method.
    if (span.end >= openerEnd) spans.push(span)
  }
  return spans
}

function findConditions(
  text: string,
  lexicon: GoalLexicon,
  claimed: readonly TextSpan[],
  subjectStart: number,
): TextSpan[] {
  return openClauses(text, lexicon.conditionOpeners, claimed, [subjectStart], lexicon.trailingWords).filter(
    // A lone opener ("with", "during") says nothing about the circumstances.
    (span) => /\s/.test(span.text),
  )
}

/** The behavior phrase ends where a condition or another part begins. */
function cutBehavior(
  text: string,
  behavior: BehaviorPart,
  others: readonly TextSpan[],
  lexicon: GoalLexicon,
): BehaviorPart {
  const verbEnd = behavior.start + (behavior.verb.split(' ')[0] ?? behavior.verb).length
  const end = Math.max(nextStart(others, behavior.start, behavior.end), verbEnd)
  const span = trimmed(text, behavior.start, end, lexicon.trailingWords)
  return span.end < verbEnd
    ? { ...spanOf(text, behavior.start, verbEnd), verb: behavior.verb, observable: behavior.observable }
    : { ...span, verb: behavior.verb, observable: behavior.observable }
}

function trimmed(text: string, start: number, end: number, trailingWords: RegExp): TextSpan {
  const first = spanOf(text, start, end)
  const cut = first.text.replace(trailingWords, '')
  return spanOf(text, first.start, first.start + cut.length)
}
