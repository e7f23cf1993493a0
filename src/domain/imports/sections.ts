import { type LayoutLine, normalizeWords } from './layout.ts'

/**
 * The sections of a document, found by their headings in the words different school systems use
 * ("Present Levels of Performance", "PLAAFP", "Measurable Annual Goals", "Special Education and
 * Related Services", "Service Delivery", "Accommodations and Modifications" …).
 */

export const SECTION_KINDS = [
  'present-levels',
  'goals',
  'services',
  'accommodations',
  'eligibility',
  'other',
] as const
export type SectionKind = (typeof SECTION_KINDS)[number]

export interface Section {
  readonly kind: SectionKind
  readonly heading: LayoutLine
  /** The lines after the heading, up to the next heading. */
  readonly lines: readonly LayoutLine[]
  /** False for a heading told only by its capitals (a school or district name may look like one). */
  readonly named: boolean
}

const HEADINGS: readonly (readonly [RegExp, SectionKind])[] = [
  [
    /^present levels?\b|^plaa?fp\b|^plep\b|^current (levels?|performance)|^levels? of (academic|educational) performance/,
    'present-levels',
  ],
  [
    /^(measurable )?(annual )?(iep )?goals?( and (short term )?objectives| and benchmarks)?$|^measurable annual goals?|^annual goals?|^goals? (and|&) objectives/,
    'goals',
  ],
  [
    /^(special education (and related )?services|related services|services?( summary| delivery| grid| and supports| provided| to be provided)?|service delivery|schedule of services|specially designed instruction)$/,
    'services',
  ],
  [
    /^(accommodations?|modifications?|supports?|testing accommodations|classroom accommodations|instructional accommodations|accommodations?( and| &)? (modifications?|supports?)|accommodations? \/ modifications?|supplementary aids( and)? (services|supports)?|program modifications)\b/,
    'accommodations',
  ],
  [/^eligibility( determination| category| information)?$|^disability( category)?$/, 'eligibility'],
  [
    /^(transition|post ?secondary|team members?|iep team|participants|signatures?|parent (concerns|input)|student strengths|strengths|assessments?|state (and district )?(assessments?|testing)|extended school year|least restrictive|placement|progress reporting|consent|procedural safeguards|meeting information|student information|contact|notes|comments|behavior(al)? intervention|special factors|prior written notice|general information|demographics?)\b/,
    'other',
  ],
]

/** "3.", "III.", "Part B:", "Section 4 -": numbering before a heading's words. */
const NUMBERING =
  /^(section|part|step)?\s*([0-9]{1,2}|[ivx]{1,5}|[a-h])\s*[.):-]\s+|^(section|part)\s+([0-9]{1,2}|[a-h])\s+/

/** The kind of section a line heads, or undefined when it is no heading. */
export function headingKind(line: LayoutLine, capitals = true): SectionKind | undefined {
  const trimmed = line.text.trim()
  if (trimmed === '' || trimmed.length > 90) return undefined
  // A heading is alone on its line (a grid row has several cells) or ends with a colon.
  const cells = trimmed.split(/\s{3,}/)
  const first = (cells[0] ?? '').replace(/:$/, '')
  if (cells.length > 2) return undefined
  const words = normalizeWords(trimmed.toLowerCase().replace(NUMBERING, '')).replace(/\s+/g, ' ')
  const firstWords = normalizeWords(first.toLowerCase().replace(NUMBERING, ''))
  for (const [pattern, kind] of HEADINGS) {
    if (pattern.test(firstWords) || (cells.length === 1 && pattern.test(words))) {
      // Prose that starts with a heading word ("Accommodations will be provided in …") is no heading.
      if (firstWords.split(' ').length > 9) return undefined
      return kind
    }
  }
  // An all-capitals short line with no digits ends the section before it.
  if (capitals && /^[A-Z][A-Z &/,'()-]{3,60}:?$/.test(trimmed) && !/\d/.test(trimmed)) return 'other'
  return undefined
}

/** The document cut into sections at its headings. Lines before the first heading are not in any. */
export function findSections(lines: readonly LayoutLine[]): Section[] {
  const sections: { kind: SectionKind; heading: LayoutLine; lines: LayoutLine[]; named: boolean }[] = []
  for (const line of lines) {
    const kind = headingKind(line)
    if (kind) {
      sections.push({ kind, heading: line, lines: [], named: headingKind(line, false) !== undefined })
      continue
    }
    sections.at(-1)?.lines.push(line)
  }
  return sections
}

/** The headings' words, in order: the document's layout fingerprint is made from them. */
export function headingWords(sections: readonly Section[]): string {
  return sections
    .filter((s) => s.named)
    .map((s) => normalizeWords(s.heading.text))
    .join('|')
}
