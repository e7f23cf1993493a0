import { NUMBER_SOURCE as NUM, parseEnglishNumber } from './english-numbers.ts'
import type { BehaviorPart, CriterionSpan, GoalDirection, MeasurePart, TargetPart } from './goal-check.ts'

/**
 * Reads the starting level (baseline) and the target a goal states, so that an imported goal can
 * seed its progress chart's aim line. Both are optional: most goals state a target, few a baseline.
 */

const STOP =
  '(?:to|by|as|in|on|with|from|within|across|during|and|for|at|of|over|when|while|after|before|using|given)'
const UNIT_WORD = `(?!${STOP}\\b)[a-z][\\w'’/-]*`
const UNIT = `(?:%|percent\\b|${UNIT_WORD}(?:\\s+${UNIT_WORD}){0,4})`
const BOUND =
  '(?:at\\s+least|no\\s+more\\s+than|fewer\\s+than|less\\s+than|at\\s+most|a\\s+(?:minimum|maximum)\\s+of)'

const FROM_TO = new RegExp(
  `\\bfrom\\s+(?:(?:a|an|the|his|her|their|current|baseline|level|of)\\s+){0,4}(${NUM})\\s*(${UNIT})?\\s+to\\s+(?:${BOUND}\\s+)?(${NUM})\\s*(${UNIT})?`,
  'di',
)

const BASELINE = new RegExp(
  `\\b(?:baseline|currently|current\\s+(?:level|performance|rate|score)|present\\s+level)\\b[,:]?\\s*(?:(?:is|was|of|at|=|-)\\s+)?(?:[a-z][\\w'’-]*\\s+){0,3}?(${NUM})\\s*(${UNIT})?`,
  'di',
)

const NUMBER_IN = new RegExp(`(?<![\\w.])(${NUM})(?![\\w])\\s*(${UNIT})?`, 'di')

const LEADING_BOUND = /^(?:or\s+(?:fewer|less|more|higher|better|above|below)\b\s*)/i
const DECREASE_WORDS =
  /\b(?:no\s+more\s+than|fewer\s+than|less\s+than|at\s+most|or\s+fewer|or\s+less|a\s+maximum\s+of|under|within)\b|\b(?:errors?|mistakes?|miscues?)\b/i
const INCREASE_WORDS = /\b(?:at\s+least|or\s+more|or\s+higher|or\s+better|a\s+minimum\s+of)\b/i

/** The baseline ("from 42 wcpm", "currently …") and the target ("to 80 wcpm", or the first criterion with a number). */
export function findEnglishMeasures(
  text: string,
  criteria: readonly CriterionSpan[],
  behavior: BehaviorPart | null,
): { baseline: MeasurePart | null; target: TargetPart | null } {
  const fromTo = FROM_TO.exec(text)
  if (fromTo) {
    const baseline = measureFrom(fromTo, 1, 2)
    const target = measureFrom(fromTo, 3, 4)
    if (baseline && target) {
      const unit = target.unit ?? baseline.unit
      const direction: GoalDirection | null =
        target.value > baseline.value ? 'increase' : target.value < baseline.value ? 'decrease' : null
      return {
        baseline: { ...baseline, unit: baseline.unit ?? unit },
        target: { ...target, unit, direction },
      }
    }
  }
  const baselineMatch = BASELINE.exec(text)
  const baseline = baselineMatch ? measureFrom(baselineMatch, 1, 2) : null
  const afterBaseline = baseline
    ? criteria.filter((c) => c.end <= baseline.start || c.start >= baseline.end)
    : criteria
  return { baseline, target: targetFromCriteria(afterBaseline, behavior) }
}

function targetFromCriteria(
  criteria: readonly CriterionSpan[],
  behavior: BehaviorPart | null,
): TargetPart | null {
  for (const criterion of criteria) {
    if (criterion.kind === 'trials') continue
    const match = NUMBER_IN.exec(criterion.text)
    if (!match) continue
    const measure = measureFrom(match, 1, 2, criterion.start)
    if (!measure) continue
    return { ...measure, direction: directionOf(criterion, behavior) }
  }
  return null
}

function directionOf(criterion: CriterionSpan, behavior: BehaviorPart | null): GoalDirection | null {
  if (DECREASE_WORDS.test(criterion.text)) return 'decrease'
  if (INCREASE_WORDS.test(criterion.text)) return 'increase'
  if (behavior?.verb === 'reduce' || behavior?.verb === 'decrease' || behavior?.verb === 'lower')
    return 'decrease'
  if (behavior?.verb === 'increase') return 'increase'
  return criterion.kind === 'accuracy' || criterion.kind === 'rate' ? 'increase' : null
}

/** The number in group `valueGroup` and the unit in `unitGroup`, with spans in the goal's text. */
function measureFrom(
  match: RegExpExecArray,
  valueGroup: number,
  unitGroup: number,
  offset = 0,
): MeasurePart | null {
  const indices = match.indices
  const valueText = match[valueGroup]
  const valueAt = indices?.[valueGroup]
  if (valueText === undefined || !valueAt) return null
  const value = parseEnglishNumber(valueText)
  if (value === undefined) return null
  const unitAt = indices?.[unitGroup]
  const rawUnit = match[unitGroup]
  const unit = cleanUnit(rawUnit)
  const start = offset + valueAt[0]
  const unitEnd = unit !== null && unitAt ? offset + unitAt[1] : offset + valueAt[1]
  const input = match.input
  const text = offset === 0 ? input.slice(start, unitEnd) : input.slice(start - offset, unitEnd - offset)
  return { start, end: unitEnd, text, value, unit }
}

function cleanUnit(raw: string | undefined): string | null {
  if (raw === undefined) return null
  const unit = raw.trim().replace(LEADING_BOUND, '').trim()
  if (unit === '') return null
  if (unit === '%' || unit.toLowerCase() === 'percent') return '%'
  return unit
}
