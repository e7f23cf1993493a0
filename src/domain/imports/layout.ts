import type { SourcePassage } from './proposal.ts'

/**
 * The text of a document with its layout: pages of lines as `pdftotext -layout` writes them, where
 * columns are kept by spaces. A "cell" is a run of text between gaps of two or more spaces, so a
 * grid row "Reading   30 min   2x weekly" has three cells with their columns.
 */

export interface LayoutLine {
  /** Page, from 1. */
  readonly page: number
  /** Line on its page, from 1. */
  readonly line: number
  readonly text: string
}

export interface Cell {
  readonly text: string
  readonly column: number
}

/** Every line of every page, tabs and no-break spaces made plain, trailing spaces dropped. */
export function layoutLines(pages: readonly string[]): LayoutLine[] {
  const lines: LayoutLine[] = []
  pages.forEach((page, p) => {
    page.split(/\r?\n/).forEach((text, l) => {
      lines.push({
        page: p + 1,
        line: l + 1,
        text: text
          .replace(/\t/g, '    ')
          .replace(/[\u00a0\u2007\u202f]/g, ' ')
          .trimEnd(),
      })
    })
  })
  return lines
}

/** The cells of a line: text separated by two or more spaces, each with its starting column. */
export function cellsOf(text: string): Cell[] {
  const cells: Cell[] = []
  const pattern = /\S+(?: \S+)*/g
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    cells.push({ text: match[0], column: match.index })
  }
  return cells
}

export function passageOf(line: LayoutLine, text = line.text.trim()): SourcePassage {
  return { page: line.page, line: line.line, text: text.slice(0, 500) }
}

export function isBlank(line: LayoutLine | undefined): boolean {
  return line === undefined || line.text.trim() === ''
}

/** Lower case, accents and punctuation dropped: for comparing headings. */
export function normalizeWords(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** A cheap stable fingerprint (FNV-1a, hex) of a text: no crypto, the domain is pure. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}
