/**
 * What we know about states that start transition planning before 16. Federal law sets 16 and lets
 * a state or the team start earlier (34 CFR 300.320(b)). LAW.md has no verified list: the only
 * lead is rules.json (`idea-transition-services-by-16`), which reports that a North Carolina district
 * manual names age 14. Entries here are therefore "ask your school" notes, never requirements; a
 * verified state age belongs in CheckPlanOptions.transitionAge instead.
 */
export interface StateTransitionNote {
  readonly state: string
  readonly age: number
  readonly citation: string
  /** Where the note comes from, for the docs and for whoever verifies it. */
  readonly source: string
  readonly confidence: 'low'
}

const NOTES: readonly StateTransitionNote[] = [
  {
    state: 'NC',
    age: 14,
    citation: '34 CFR 300.320(b)',
    source:
      'rules.json idea-transition-services-by-16 notes: a North Carolina district manual (not verified)',
    confidence: 'low',
  },
]

/** The note for a state (two-letter code, any case), or undefined. */
export function stateTransitionNote(stateCode: string): StateTransitionNote | undefined {
  const code = stateCode.toUpperCase()
  return NOTES.find((note) => note.state === code)
}
