import { type CompiledLaw, compileLaw } from '../../domain/deadlines/compile-law.ts'
import rulesJson from '../../domain/deadlines/law/rules.json' with { type: 'json' }
import statesJson from '../../domain/deadlines/law/state-timelines.json' with { type: 'json' }
import { validateLawData } from '../../domain/deadlines/validate-law-data.ts'
import { EVENT_TYPES } from '../../domain/events/event-types.ts'
import { renderMessage } from '../../i18n/i18n.ts'

/** Thrown at start-up when the law data files are wrong; the message lists every bad entry. */
export class LawDataError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The deadline law data is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'LawDataError'
  }
}

/**
 * Validates and compiles law data. Throws LawDataError naming each bad entry
 * (`rules[12].unit: Choose one of: …`). The event vocabulary is added so every event type a form
 * offers is accepted, even one no rule reads.
 */
export function loadLaw(rules: unknown, states: unknown): CompiledLaw {
  const checked = validateLawData(rules, states)
  if (!checked.ok) {
    throw new LawDataError(
      checked.problems.map(
        (p) =>
          `${p.field}: ${renderMessage('en', p.params ? { key: p.message, params: p.params } : { key: p.message })}`,
      ),
    )
  }
  return compileLaw(checked.value, EVENT_TYPES)
}

// Loaded once, when the app starts: a bad data file stops the start with the list of problems.
const compiled = loadLaw(rulesJson, statesJson)

/** The federal rules and the state table, validated and compiled (law/rules.json, law/state-timelines.json). */
export function law(): CompiledLaw {
  return compiled
}
