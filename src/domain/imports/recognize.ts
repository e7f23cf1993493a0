import { recognizeKind } from './document-kind.ts'
import { proposeFromFormFields } from './form-fields.ts'
import { findLabelledValues, type LabelSpec } from './labels.ts'
import { fingerprint, type LayoutLine, layoutLines, passageOf } from './layout.ts'
import { documentPassages } from './passages.ts'
import { proposeAccommodations, proposeGoals, proposeServices } from './plan-items.ts'
import type {
  ImportDocumentKind,
  ImportProposal,
  ImportSource,
  LayoutHint,
  ProposedField,
} from './proposal.ts'
import { findSections, headingWords, type Section } from './sections.ts'
import { DATE_PATTERN, readCategory, readDate, tidy } from './values.ts'

/**
 * The import reader: from a document's text (with its layout) and form fields to proposed
 * fields, each with a confidence and its source passage. Pure: the caller reads the file.
 */

const CHILD_LABELS: readonly LabelSpec[] = [
  {
    path: 'child.name',
    labels: [
      'student name',
      "student's name",
      'name of student',
      'student',
      "child's name",
      'child name',
      'name of child',
    ],
    confidence: 0.85,
  },
  {
    path: 'child.dateOfBirth',
    labels: ['date of birth', 'birth date', 'birthdate', 'dob', 'd.o.b.', 'fecha de nacimiento'],
    confidence: 0.9,
  },
  { path: 'child.grade', labels: ['grade level', 'current grade', 'grade'], confidence: 0.8 },
  {
    path: 'child.school',
    labels: ['attending school', 'school of attendance', 'school name', 'school', 'campus'],
    confidence: 0.8,
  },
  { path: 'school.district', labels: ['school district', 'district', 'lea'], confidence: 0.75 },
]

const PLAN_LABELS: readonly LabelSpec[] = [
  {
    path: 'dates.meeting',
    labels: [
      'iep meeting date',
      'date of iep meeting',
      'meeting date',
      'date of meeting',
      'iep meeting',
      'iep date',
      '504 meeting date',
      'plan date',
      'date of plan',
    ],
    confidence: 0.9,
  },
  {
    path: 'dates.start',
    labels: [
      'iep start date',
      'start date',
      'effective date',
      'iep begins',
      'initiation date',
      'projected start date',
      'plan start date',
      'begin date',
      'services begin',
      'beginning date',
      'iep effective date',
      'effective dates',
      'iep dates',
    ],
    confidence: 0.85,
  },
  {
    path: 'dates.end',
    labels: [
      'iep end date',
      'end date',
      'ending date',
      'expiration date',
      'iep ends',
      'projected end date',
      'plan end date',
      'through',
    ],
    confidence: 0.85,
  },
  {
    path: 'dates.nextAnnualReview',
    labels: [
      'annual review date',
      'next annual review',
      'annual review due',
      'next iep review',
      'next review date',
      'annual review',
      'review date',
      'next review',
    ],
    confidence: 0.85,
  },
  {
    path: 'dates.nextReevaluation',
    labels: [
      'next re-evaluation',
      'next reevaluation',
      'next re evaluation',
      'reevaluation due',
      're-evaluation due',
      'triennial due',
      'next triennial',
      'triennial date',
      'triennial',
      'three year reevaluation',
      '3-year reevaluation',
    ],
    confidence: 0.85,
  },
  {
    path: 'eligibility.determinedOn',
    labels: ['eligibility date', 'date of eligibility', 'eligibility determined'],
    confidence: 0.85,
  },
  {
    path: 'eligibility.category',
    labels: [
      'primary disability',
      'primary eligibility',
      'eligibility category',
      'disability category',
      'primary disability category',
      'classification',
      'eligibility',
      'disability',
      'category',
    ],
    confidence: 0.85,
  },
]

const NOTICE_LABELS: readonly LabelSpec[] = [
  {
    path: 'notice.date',
    labels: [
      'date of notice',
      'notice date',
      'date sent',
      'date signed',
      'report date',
      'date of report',
      'date of referral',
      'referral date',
      'date',
    ],
    confidence: 0.7,
  },
  { path: 'notice.meetingDate', labels: ['meeting date', 'date of meeting'], confidence: 0.85 },
]

const DATE_PATHS = new Set([
  'child.dateOfBirth',
  'dates.meeting',
  'dates.start',
  'dates.end',
  'dates.nextAnnualReview',
  'dates.nextReevaluation',
  'eligibility.determinedOn',
  'notice.date',
  'notice.meetingDate',
])

function round(n: number): number {
  return Math.round(n * 100) / 100
}

/** Turns labelled raw values into fields, reading dates and categories; unreadable ones are dropped. */
function labelledFields(
  lines: readonly LayoutLine[],
  specs: readonly LabelSpec[],
  scale: number,
  kind: ImportDocumentKind,
): ProposedField[] {
  const out: ProposedField[] = []
  for (const found of findLabelledValues(lines, specs)) {
    let value: string | undefined = found.raw
    let path = found.path
    if (DATE_PATHS.has(path)) {
      // "Effective dates: 09/01/2025 to 08/31/2026" names a start and an end.
      const range = /(.+?)\s+(?:to|through|thru|-|–)\s+(.+)/.exec(found.raw)
      if (range && path === 'dates.start' && readDate(range[1] ?? '') && readDate(range[2] ?? '')) {
        out.push({
          path: 'dates.end',
          value: readDate(range[2] ?? '') ?? '',
          confidence: round(found.confidence * scale * 0.95),
          source: found.source,
          origin: 'text',
        })
        value = readDate(range[1] ?? '')
      } else value = readDate(found.raw)
    } else if (path === 'eligibility.category') {
      value = kind === '504-plan' ? undefined : readCategory(found.raw)
      if (kind === '504-plan') {
        path = 'impairments[0]'
        value = found.raw
      }
    } else if (path === 'child.name' && (/\d/.test(found.raw) || found.raw.split(' ').length > 5))
      value = undefined
    else if (path === 'child.grade' && !/^(k|pre-?k|kindergarten|\d{1,2}(st|nd|rd|th)?)$/i.test(found.raw))
      value = undefined
    if (value === undefined || value === '') continue
    if (kind === '504-plan' && path === 'dates.nextAnnualReview') path = 'dates.review'
    out.push({
      path,
      value,
      confidence: round(found.confidence * scale),
      source: found.source,
      origin: 'text',
    })
  }
  return out
}

/** Present levels: the words of the section, without the form's own instructions. */
function presentLevels(section: Section, scale: number): ProposedField[] {
  const paragraphs: LayoutLine[][] = [[]]
  for (const line of section.lines) {
    if (line.text.trim() === '') paragraphs.push([])
    else paragraphs.at(-1)?.push(line)
  }
  // A form's printed instructions ("For school-age students, describe …") are not the child's levels.
  const instruction = /^\s*(for (students|school-age|preschool)|describe|include|\(use)/i
  const body = paragraphs.filter((p) => p.length > 0 && !instruction.test(p[0]?.text ?? '')).flat()
  const first = body[0]
  if (!first) return []
  const text = tidy(body.map((l) => l.text.trim()).join(' ')).slice(0, 4000)
  if (text.length < 20) return []
  return [
    {
      path: 'presentLevels.academic',
      value: text,
      confidence: round(0.75 * scale),
      source: passageOf(first, text),
      origin: 'text',
    },
  ]
}

const NOTICE_ACTION_WORDS: readonly (readonly [RegExp, string])[] = [
  [/re-?evaluat/i, 'reevaluate'],
  [/(initial )?evaluat|assess/i, 'evaluate'],
  [/exit|terminat|no longer (eligible|qualif)|dismiss/i, 'exit'],
  [/implement|develop(ed)? .*plan|provide (services|accommodations)|place(ment)?|change/i, 'implement-plan'],
]

const CHECKED_BOX = /(?:☒|☑|✓|✔|\[x\]|\(x\)|^\s*x\s{1,3}(?=[A-Z]))/i

/** For a notice: the action it proposes or refuses; for a consent, what the parent agreed to. */
function noticeAction(
  lines: readonly LayoutLine[],
  kind: ImportDocumentKind,
  scale: number,
): ProposedField[] {
  if (kind === 'consent') {
    const line = lines.find((l) => /consent|permission/i.test(l.text))
    if (!line) return []
    const action = /re-?evaluat/i.test(line.text)
      ? 'consent-reevaluation'
      : /evaluat|assess/i.test(line.text)
        ? 'consent-evaluation'
        : /services|placement|provision/i.test(line.text)
          ? 'consent-services'
          : undefined
    return action
      ? [
          {
            path: 'notice.action',
            value: action,
            confidence: round(0.8 * scale),
            source: passageOf(line),
            origin: 'text',
          },
        ]
      : []
  }
  if (
    kind === 'meeting-invitation' ||
    kind === 'referral' ||
    kind === 'progress-report' ||
    kind === 'evaluation-report'
  )
    return []
  for (const line of lines) {
    const box = CHECKED_BOX.test(line.text)
    const proposes = /\b(proposes|refuses|will not|declines) to\b/i.exec(line.text)
    if (!box && !proposes) continue
    if (proposes && /refuses|will not|declines/i.test(proposes[1] ?? ''))
      return [
        {
          path: 'notice.action',
          value: 'refuse',
          confidence: round(0.75 * scale),
          source: passageOf(line),
          origin: 'text',
        },
      ]
    const action = NOTICE_ACTION_WORDS.find(([pattern]) => pattern.test(line.text))
    if (action)
      return [
        {
          path: 'notice.action',
          value: action[1],
          confidence: round((box ? 0.8 : 0.7) * scale),
          source: passageOf(line),
          origin: 'text',
        },
      ]
  }
  return []
}

/** "We have scheduled a meeting on March 3, 2026": a meeting date inside a sentence. */
function meetingInSentence(lines: readonly LayoutLine[], scale: number): ProposedField[] {
  for (const line of lines) {
    if (!/meeting/i.test(line.text)) continue
    const date = DATE_PATTERN.exec(line.text)
    const value = date ? readDate(date[0]) : undefined
    if (value)
      return [
        {
          path: 'notice.meetingDate',
          value,
          confidence: round(0.75 * scale),
          source: passageOf(line),
          origin: 'text',
        },
      ]
  }
  return []
}

/** Reads a document into proposals. `hints` are this household's confirmed layouts. */
export function recognizeDocument(source: ImportSource, hints: readonly LayoutHint[] = []): ImportProposal {
  const lines = layoutLines(source.pages)
  const sections = findSections(lines)
  const layout = fingerprint(
    headingWords(sections) ||
      lines
        .slice(0, 8)
        .map((l) => l.text.trim())
        .join('|'),
  )
  let { kind, confidence: kindConfidence } = recognizeKind(lines)
  // A layout this household confirmed before is the best evidence of the kind.
  const hint = hints.find((h) => h.layout === layout)
  if (hint) {
    kind = hint.kind
    kindConfidence = Math.max(kindConfidence, 0.95)
  }
  // Words read by OCR may be misread: every value is a little less sure.
  const scale = source.ocr ? 0.85 : 1
  const plan = kind === 'iep' || kind === '504-plan'
  const fields: ProposedField[] = [...proposeFromFormFields(source.formFields, kind)]
  const specs = [
    ...CHILD_LABELS,
    ...(plan || kind === 'evaluation-report' ? PLAN_LABELS : []),
    ...(plan ? [] : NOTICE_LABELS),
  ]
  fields.push(...labelledFields(lines, specs, scale, kind))
  if (plan) {
    for (const section of sections) {
      if (section.kind === 'present-levels') fields.push(...presentLevels(section, scale))
      if (section.kind === 'accommodations') fields.push(...proposeAccommodations(section, scale))
    }
    const goalSections = sections.filter((s) => s.kind === 'goals')
    const firstGoals = goalSections[0]
    // Goals spread over several headed sections are numbered as one list.
    if (firstGoals)
      fields.push(
        ...proposeGoals(
          { ...firstGoals, lines: goalSections.flatMap((s) => [s.heading, ...s.lines]) },
          scale,
          new Set(goalSections.map((s) => s.heading)),
        ),
      )
    const serviceLines = sections.filter((s) => s.kind === 'services').flatMap((s) => s.lines)
    // Without a services heading, any line may name a service, except in the lists of other parts.
    const elsewhere = new Set(
      sections.filter((s) => s.kind !== 'other' && s.kind !== 'eligibility').flatMap((s) => s.lines),
    )
    const looseLines = lines.filter((l) => !elsewhere.has(l))
    fields.push(
      ...proposeServices(
        serviceLines.length > 0 ? serviceLines : looseLines,
        serviceLines.length > 0 ? scale : scale * 0.8,
      ),
    )
  } else {
    fields.push(...noticeAction(lines, kind, scale))
    if (kind === 'meeting-invitation') fields.push(...meetingInSentence(lines, scale))
  }
  return { kind, kindConfidence, fields: firstPerPath(fields), layout, passages: documentPassages(lines) }
}

/** Form fields first, then text: one proposal per path. */
function firstPerPath(fields: readonly ProposedField[]): ProposedField[] {
  const seen = new Set<string>()
  return fields.filter((field) => {
    if (seen.has(field.path)) return false
    seen.add(field.path)
    return true
  })
}
