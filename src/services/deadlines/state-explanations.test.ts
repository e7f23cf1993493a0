import { describe, expect, test } from 'vitest'
import statesJson from '../../domain/deadlines/law/state-timelines.json' with { type: 'json' }
import { evaluate } from '../../domain/deadlines/test-scenario.ts'
import { type Lang, renderMessage } from '../../i18n/i18n.ts'

/**
 * For every state in the law data: start the state's initial-evaluation clock and read "why this
 * date" as a family does. The words must name the state, its count and its unit (school, calendar or
 * business days), and say when the figure has low confidence or is unknown.
 */

interface StateEntry {
  readonly state: string
  readonly code: string
  readonly initialEvaluation: {
    readonly amount: number | null
    readonly unit: 'calendar-days' | 'school-days' | 'business-days' | null
    readonly trigger: string | null
    readonly confidence: 'high' | 'medium' | 'low' | 'unknown'
  }
}

const states = statesJson as unknown as readonly StateEntry[]

const UNIT_WORDS: Record<Lang, Record<NonNullable<StateEntry['initialEvaluation']['unit']>, string>> = {
  en: { 'calendar-days': 'calendar days', 'school-days': 'school days', 'business-days': 'business days' },
  es: {
    'calendar-days': 'días calendario',
    'school-days': 'días escolares',
    'business-days': 'días hábiles',
  },
}

const LOW_CONFIDENCE: Record<Lang, RegExp> = {
  en: /could not confirm.*Check the state rule/,
  es: /no pudimos confirmarlo.*Revise la norma del estado/,
}

const UNKNOWN: Record<Lang, RegExp> = {
  en: /We do not know if .* sets its own time/,
  es: /No sabemos si .* fija su propio plazo/,
}

/**
 * The initial-evaluation deadline started on 2 September 2026: by the state's own trigger when its
 * figure is used, and by consent (the federal trigger) when the figure is unknown or has low
 * confidence, because then the federal date is given and the state's figure is shown beside it.
 */
function initialEvaluation(entry: StateEntry) {
  const { trigger, confidence } = entry.initialEvaluation
  const stateFigureUsed = confidence === 'high' || confidence === 'medium'
  const type = stateFigureUsed && trigger ? trigger : 'consent-to-evaluate-signed'
  const { deadlines } = evaluate({ jurisdiction: entry.code, events: [['t1', type, '2026-09-02']] })
  return deadlines.filter((d) => d.trigger === 't1' && /initial-evaluation/.test(d.rule))
}

describe.each(['en', 'es'] as const)('the initial-evaluation explanation in every state (%s)', (lang) => {
  test.each(states.map((entry) => [entry.code, entry] as const))('%s', (_code, entry) => {
    const found = initialEvaluation(entry)
    expect(found.length, 'one initial-evaluation deadline').toBe(1)
    const deadline = found[0]
    if (!deadline) return
    const words = deadline.explanation.map((step) => renderMessage(lang, step)).join('\n')
    const name = renderMessage(lang, { key: `deadlines.states.${entry.code}` })
    expect(words).toContain(name)
    const { amount, unit, confidence } = entry.initialEvaluation
    if (amount === null || unit === null) {
      expect(words).toMatch(UNKNOWN[lang])
      return
    }
    expect(words).toContain(`${amount} ${UNIT_WORDS[lang][unit]}`)
    if (confidence === 'low') {
      expect(words).toMatch(LOW_CONFIDENCE[lang])
      expect(deadline.confidence).toBe('low')
    } else {
      expect(words).not.toMatch(LOW_CONFIDENCE[lang])
      expect(deadline.confidence).not.toBe('low')
    }
  })
})
