import { describe, expect, test } from 'vitest'
import { DECISION_LABEL_KEYS } from '../../domain/progress/decision-rules.ts'
import { en } from '../../i18n/catalog.ts'
import { LANGS, renderMessage } from '../../i18n/i18n.ts'
import { analyzeProgressSeries, parseProgressInput, progressResultSchema } from './analyze-progress.ts'

const SERIES = {
  baseline: { date: '2026-09-07', value: 0 },
  target: { date: '2027-06-07', value: 39 },
  direction: 'increase' as const,
  points: [
    { date: '2026-09-14', value: 1 },
    { date: '2026-09-21', value: 2 },
    { date: '2026-09-28', value: 3 },
    { date: '2026-10-05', value: 7 },
    { date: '2026-10-12', value: 5 },
  ],
}

function parsed(data: unknown) {
  const result = parseProgressInput(data)
  if (!result.ok || Array.isArray(result.value)) throw new Error('expected one valid series')
  return result.value
}

describe('analyzeProgressSeries', () => {
  test('answers with the published shape, numbers rounded to 4 places', () => {
    const result = analyzeProgressSeries(parsed(SERIES))
    expect(progressResultSchema.parse(result)).toEqual(result)
    // Weekly 1, 2, 3, 7, 5: Sxy 13 / Sxx 10 = 1.3 a week. Aim: 39 over 39 weeks = 1 a week.
    expect(result.trendSlopePerWeek).toBe(1.3)
    expect(result.aimSlopePerWeek).toBe(1)
    // Trend: 3.6 on 28 Sept 2026 (its mean point), + 1.3 × 36 weeks → 50.4 on 7 June 2027.
    expect(result.projectedValueAtGoalDate).toBe(50.4)
    expect(result.decision).toBe('on-track')
  })

  test('the robust trend is used when the series asks for it', () => {
    const robust = analyzeProgressSeries(parsed({ ...SERIES, trendMethod: 'split-middle' }))
    // Outer groups (n = 5 → 2, 1, 2): medians (week 1.5, 1.5) and (week 4.5, 6) → 1.5 a week.
    expect(robust.trendSlopePerWeek).toBe(1.5)
  })

  test('never prints minus zero', () => {
    const flat = { ...SERIES, points: SERIES.points.map((p) => ({ ...p, value: 4 })) }
    expect(Object.is(analyzeProgressSeries(parsed(flat)).trendSlopePerWeek, 0)).toBe(true)
  })
})

describe('words', () => {
  const ruleKeys = Object.keys(en.progress.rules).map((name) => `progress.rules.${name}`)
  const params = { count: 4, target: 90, trend: 1.5, aim: 1, date: { date: '2026-09-28' as never } }

  test.each(LANGS)('every decision and rule exists in %s, with no value left unfilled', (lang) => {
    for (const key of [...Object.values(DECISION_LABEL_KEYS), ...ruleKeys]) {
      const text = renderMessage(lang, { key, params })
      expect(text).not.toBe(key)
      expect(text).not.toContain('{{')
    }
  })
})
