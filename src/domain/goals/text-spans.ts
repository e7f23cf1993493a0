import type { TextSpan } from './goal-check.ts'

/**
 * Small helpers for spans of a goal's text. Offsets are UTF-16 code units; `end` is exclusive.
 */

/** A span of `text`, with surrounding spaces and trailing commas or stops left out. */
export function spanOf(text: string, start: number, end: number): TextSpan {
  let s = start
  let e = end
  while (s < e && isSpace(text.charCodeAt(s))) s += 1
  while (e > s && (isSpace(text.charCodeAt(e - 1)) || isTrailingPunctuation(text.charCodeAt(e - 1)))) e -= 1
  return { start: s, end: e, text: text.slice(s, e) }
}

/**
 * Where the clause that contains `from` ends: the next comma, semicolon, colon, bracket, line break
 * or sentence stop. A full stop inside a number ("$5.00", "2.5") does not end a clause.
 */
export function clauseEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    const c = text.charCodeAt(i)
    // , ; : ( ) [ ] ! ? newline
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93) return i
    if (c === 33 || c === 63 || c === 10 || c === 13) return i
    if (c === 46) {
      const next = text.charCodeAt(i + 1)
      if (Number.isNaN(next) || isSpace(next)) return i
    }
  }
  return text.length
}

/** True when the two spans share at least one character. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end
}

/** True when `position` falls inside one of the spans. */
export function inside(position: number, spans: readonly { start: number; end: number }[]): boolean {
  for (const span of spans) if (position >= span.start && position < span.end) return true
  return false
}

/** The first span start strictly after `position`, or `limit` when none comes before it. */
export function nextStart(
  spans: readonly { start: number; end: number }[],
  position: number,
  limit: number,
): number {
  let best = limit
  for (const span of spans) if (span.start > position && span.start < best) best = span.start
  return best
}

/** Orders spans by start; keeps the earlier-listed span when two overlap (callers list by priority). */
export function withoutOverlaps<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const kept: T[] = []
  for (const span of spans) {
    if (span.end <= span.start) continue
    if (!kept.some((k) => overlaps(k, span))) kept.push(span)
  }
  return kept.sort((a, b) => a.start - b.start)
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160
}

function isTrailingPunctuation(code: number): boolean {
  // , . ; :
  return code === 44 || code === 46 || code === 59 || code === 58
}
