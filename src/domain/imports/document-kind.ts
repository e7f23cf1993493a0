import type { LayoutLine } from './layout.ts'
import type { ImportDocumentKind } from './proposal.ts'

/**
 * The kind of a document from its words: each kind has phrases with weights, and phrases in the
 * title area (the first lines of the first page) count three times. The answer's confidence is
 * the winner's share of the two best scores; a document with too few clues is `unknown`.
 */

const VOCABULARY: readonly (readonly [Exclude<ImportDocumentKind, 'unknown'>, RegExp, number])[] = [
  ['iep', /individuali[sz]ed education(al)? (program|plan)/i, 6],
  ['iep', /\bIEP\b/, 1],
  ['iep', /(measurable )?annual goals?/i, 1],
  ['iep', /present levels? of (academic|educational)/i, 2],
  ['iep', /\bPLAA?FP\b|\bPLEP\b/, 2],
  ['iep', /special education (and related )?services/i, 1],
  ['504-plan', /(section )?504 (accommodation |service )?plan/i, 5],
  ['504-plan', /accommodation plan/i, 2],
  ['504-plan', /major life activit/i, 2],
  ['504-plan', /physical or mental impairment/i, 1],
  ['evaluation-report', /(evaluation|assessment) (team )?(report|summary)/i, 5],
  ['evaluation-report', /psycho-?educational/i, 4],
  ['evaluation-report', /standard scores?|percentile|test results|scores? (summary|table)/i, 1],
  ['evaluation-report', /multidisciplinary (evaluation|team)/i, 2],
  ['prior-written-notice', /prior (written )?notice/i, 8],
  ['prior-written-notice', /notice of (proposed|refused|proposal|refusal)/i, 5],
  ['prior-written-notice', /\b(proposes|refuses) to\b/i, 1],
  ['consent', /consent (to|for) (an? )?(initial |re-?)?(evaluat|assess|services|placement|provision)/i, 6],
  ['consent', /(i|we) give (my |our )?(written )?(consent|permission)/i, 3],
  ['consent', /parental consent|permission to evaluate/i, 3],
  ['meeting-invitation', /invitation|notice of (an? )?(iep |504 )?(team )?meeting|meeting notice/i, 5],
  ['meeting-invitation', /(we have )?scheduled a meeting|you are invited|invite you/i, 3],
  ['progress-report', /progress report/i, 5],
  ['progress-report', /progress (toward|towards|on) (the )?(annual |iep )?goals/i, 3],
  ['progress-report', /(making|made) (adequate|sufficient|satisfactory|limited) progress/i, 2],
  [
    'referral',
    /referral (for|to) (an? )?(evaluation|504|special education)|request for (an? )?evaluation/i,
    5,
  ],
  ['referral', /reason for referral|referred by/i, 2],
]

/** Lines from the top of the first page that count as the title area. */
const TITLE_LINES = 6
/** A document scoring less than this is of no kind we can tell. */
const MIN_SCORE = 4

export function recognizeKind(lines: readonly LayoutLine[]): {
  kind: ImportDocumentKind
  confidence: number
} {
  const scores = new Map<ImportDocumentKind, number>()
  const firstPage = lines.filter((l) => l.page === 1 && l.text.trim() !== '')
  const title = new Set(firstPage.slice(0, TITLE_LINES))
  for (const line of lines) {
    const weight = title.has(line) ? 3 : 1
    for (const [kind, pattern, points] of VOCABULARY) {
      if (pattern.test(line.text)) scores.set(kind, (scores.get(kind) ?? 0) + points * weight)
    }
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1])
  const [best, second] = ranked
  if (!best || best[1] < MIN_SCORE) return { kind: 'unknown', confidence: 0 }
  const share = best[1] / (best[1] + (second?.[1] ?? 0))
  // A lone clue is weaker evidence than a clear win among several.
  const strength = Math.min(1, best[1] / 15)
  return { kind: best[0], confidence: Math.round(share * (0.6 + 0.4 * strength) * 100) / 100 }
}
