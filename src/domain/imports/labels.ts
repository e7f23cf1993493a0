import { cellsOf, isBlank, type LayoutLine, passageOf } from './layout.ts'
import type { SourcePassage } from './proposal.ts'
import { headingKind } from './sections.ts'
import { tidy } from './values.ts'

/**
 * Labelled values on a form or a cover page: "Student: Ana Ruiz", "DOB  03/14/2015", a grid whose
 * header row holds the labels and whose next row holds the values, or a label with its value on
 * the line below.
 */

export interface LabelSpec {
  readonly path: string
  /** Lower-case label words; the longest label found at a place wins. */
  readonly labels: readonly string[]
  /** How sure a value under this label is, before checking the value itself. */
  readonly confidence: number
}

export interface LabelledValue {
  readonly path: string
  readonly raw: string
  readonly confidence: number
  readonly source: SourcePassage
}

interface LabelHit {
  readonly spec: LabelSpec
  readonly start: number
  readonly end: number
}

function escapeLabel(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]*')
}

/** Finds the labels in a line, longest first, without overlaps. */
function labelHits(text: string, specs: readonly LabelSpec[]): LabelHit[] {
  const lower = text.toLowerCase()
  const hits: LabelHit[] = []
  for (const spec of specs) {
    for (const label of spec.labels) {
      // A label starts a cell: at the line start, after a gap, or after a box or a colon.
      const pattern = new RegExp(
        `(^|\\s{2,}|^\\s*|[|:;_]\\s*|☐\\s*|\\]\\s*)(${escapeLabel(label)})(?=\\s*[:#]|\\s{2,}|\\s*_|\\s*$|\\s(?=\\d))`,
        'g',
      )
      for (let m = pattern.exec(lower); m; m = pattern.exec(lower)) {
        const start = m.index + (m[1] ?? '').length
        hits.push({ spec, start, end: start + (m[2] ?? '').length })
        if (m[0].length === 0) pattern.lastIndex += 1
      }
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))
  const kept: LabelHit[] = []
  for (const hit of hits) {
    const last = kept.at(-1)
    if (last && hit.start < last.end) continue
    kept.push(hit)
  }
  return kept
}

/** The text after a label, up to the next gap of three spaces or the next label. */
function valueAfter(text: string, hit: LabelHit, next: LabelHit | undefined): string {
  let rest = text.slice(hit.end, next ? next.start : undefined)
  const colon = /^\s*[:#]/.exec(rest)
  if (colon) rest = rest.slice(colon[0].length)
  // A blank to fill in ("School ______ Date ____") holds no value.
  if (/^\s*_{3,}/.test(rest)) return ''
  const cells = cellsOf(rest)
  const first = cells[0]
  if (!first) return ''
  // Without a colon, only a value beside the label in the same cell row counts.
  return tidy(first.text)
}

/** The value below a label: the cell of the next non-blank line that starts near the label's column. */
function valueBelow(
  lines: readonly LayoutLine[],
  index: number,
  hit: LabelHit,
  specs: readonly LabelSpec[],
): { raw: string; line: LayoutLine } | undefined {
  for (let i = index + 1; i <= index + 2 && i < lines.length; i += 1) {
    const line = lines[i]
    if (!line || isBlank(line)) continue
    if (line.page !== lines[index]?.page) return undefined
    if (labelHits(line.text, specs).length > 0 || headingKind(line) || /:\s*$/.test(line.text))
      return undefined
    const cell = cellsOf(line.text).find((c) => Math.abs(c.column - hit.start) <= 6)
    if (!cell) return undefined
    const raw = tidy(cell.text)
    // A value in a grid is short; a sentence below a label is the form's own prose.
    if (raw === '' || raw.length > 60 || raw.split(' ').length > 8) return undefined
    return { raw, line }
  }
  return undefined
}

/**
 * The value above a label: a filled form flattened by some programs prints the value a little
 * above its label ("  Ana Ruiz" over "Student:"). Only tried when nothing is beside or below.
 */
function valueAbove(
  lines: readonly LayoutLine[],
  index: number,
  hit: LabelHit,
  specs: readonly LabelSpec[],
): { raw: string; line: LayoutLine } | undefined {
  const line = lines[index - 1]
  if (!line || isBlank(line) || line.page !== lines[index]?.page) return undefined
  const hits = labelHits(line.text, specs)
  const cell = cellsOf(line.text).find(
    (c) =>
      c.column >= hit.start &&
      c.column - hit.start <= 16 &&
      !hits.some((h) => h.start >= c.column && h.start < c.column + c.text.length),
  )
  if (!cell) return undefined
  const raw = tidy(cell.text)
  return raw === '' ? undefined : { raw, line }
}

/** Every labelled value in the lines, at most one per path (the surest, then the first). */
export function findLabelledValues(
  lines: readonly LayoutLine[],
  specs: readonly LabelSpec[],
): LabelledValue[] {
  const found = new Map<string, LabelledValue>()
  const keep = (value: LabelledValue) => {
    const before = found.get(value.path)
    if (!before || value.confidence > before.confidence) found.set(value.path, value)
  }
  lines.forEach((line, index) => {
    const hits = labelHits(line.text, specs)
    hits.forEach((hit, h) => {
      const beside = valueAfter(line.text, hit, hits[h + 1])
      if (beside !== '') {
        keep({ path: hit.spec.path, raw: beside, confidence: hit.spec.confidence, source: passageOf(line) })
        return
      }
      // A label with a blank to fill in ("Date ______") has nothing below or above it.
      if (/^\s*[:#]?\s*_{3,}/.test(line.text.slice(hit.end))) return
      const below = valueBelow(lines, index, hit, specs)
      const above = below ? undefined : valueAbove(lines, index, hit, specs)
      if (above) {
        keep({
          path: hit.spec.path,
          raw: above.raw,
          confidence: Math.round(hit.spec.confidence * 0.75 * 100) / 100,
          source: passageOf(above.line, `${above.line.text.trim()} / ${line.text.trim()}`),
        })
        return
      }
      if (below) {
        keep({
          path: hit.spec.path,
          raw: below.raw,
          // A value found by column is a little less sure than one beside its label.
          confidence: Math.round(hit.spec.confidence * 0.9 * 100) / 100,
          source: passageOf(below.line, `${line.text.trim()} / ${below.line.text.trim()}`),
        })
      }
    })
  })
  return [...found.values()]
}
