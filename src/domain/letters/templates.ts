import type { EventType } from '../events/event-types.ts'

/**
 * The letters Pathway writes. Each names the law it rests on, the facts it needs beyond the
 * child's record, and the events that sending it records (the events that start legal clocks;
 * docs/letters.md). The words of each letter live in the i18n catalogs (`letters.templates.<id>`).
 */
export const LETTER_TEMPLATE_IDS = [
  'initial-evaluation',
  'reevaluation',
  'independent-evaluation',
  'records',
  'iep-meeting',
  '504-meeting',
  'prior-written-notice',
  'meeting-confirmation',
  'disagreement',
  'state-complaint',
  'ocr-complaint',
  'compensatory-services',
] as const
export type LetterTemplateId = (typeof LETTER_TEMPLATE_IDS)[number]

export function isLetterTemplateId(value: string): value is LetterTemplateId {
  return (LETTER_TEMPLATE_IDS as readonly string[]).includes(value)
}

/** A fact a letter asks for: a date, one line, or a few paragraphs. */
export interface LetterField {
  readonly name: LetterFactName
  readonly kind: 'date' | 'line' | 'text'
  readonly required: boolean
}

export const LETTER_FACT_NAMES = [
  'recipientName',
  'recipientTitle',
  'parentName',
  'parentContact',
  'concerns',
  'reasons',
  'evaluationName',
  'evaluationDate',
  'recordsWanted',
  'meetingDate',
  'availability',
  'decisionDate',
  'decision',
  'agreements',
  'attendees',
  'violationDate',
  'facts',
  'resolution',
] as const
export type LetterFactName = (typeof LETTER_FACT_NAMES)[number]

/**
 * When the event a letter records happens: `delivered` is the day the school got the letter (the
 * day it was e-mailed or handed over, or the day a mailed letter arrived when the family knows it,
 * else the day it was posted); a fact name takes that date from the letter's facts.
 */
export interface LetterEvent {
  readonly type: EventType
  readonly on: 'delivered' | 'decisionDate'
}

export interface LetterTemplate {
  readonly id: LetterTemplateId
  readonly laws: readonly ('IDEA' | '504' | 'FERPA' | 'ADA')[]
  /** Short citations printed in the letter and shown beside the template. */
  readonly citations: readonly string[]
  /** Facts beyond the common ones (recipient, parent) and the child's record. */
  readonly fields: readonly LetterField[]
  readonly events: readonly LetterEvent[]
  /** A draft to file with an agency (not a letter to the school): the page says so. */
  readonly complaint: boolean
}

const line = (name: LetterFactName, required = true): LetterField => ({ name, kind: 'line', required })
const text = (name: LetterFactName, required = true): LetterField => ({ name, kind: 'text', required })
const date = (name: LetterFactName, required = true): LetterField => ({ name, kind: 'date', required })

/** Facts every letter asks for, before its own. */
export const COMMON_LETTER_FIELDS: readonly LetterField[] = [
  line('recipientName'),
  line('recipientTitle', false),
  line('parentName'),
  text('parentContact', false),
]

export const LETTER_TEMPLATES: readonly LetterTemplate[] = [
  {
    id: 'initial-evaluation',
    laws: ['IDEA', '504'],
    citations: ['34 CFR 300.301(b)', '34 CFR 300.503', '34 CFR 104.35(a)'],
    fields: [text('concerns')],
    // A written request starts the state "referral" clocks and the 504 evaluation duty (LAW.md 2.2, 8.3).
    events: [
      { type: 'evaluation-requested', on: 'delivered' },
      { type: '504-referral-or-suspected-disability', on: 'delivered' },
    ],
    complaint: false,
  },
  {
    id: 'reevaluation',
    laws: ['IDEA', '504'],
    citations: ['34 CFR 300.303(a)(2)', '34 CFR 300.503', '34 CFR 104.35(d)'],
    fields: [text('reasons')],
    events: [],
    complaint: false,
  },
  {
    id: 'independent-evaluation',
    laws: ['IDEA'],
    citations: ['34 CFR 300.502(b)'],
    fields: [line('evaluationName'), date('evaluationDate'), text('reasons', false)],
    events: [{ type: 'iee-requested', on: 'delivered' }],
    complaint: false,
  },
  {
    id: 'records',
    laws: ['IDEA', 'FERPA'],
    citations: ['34 CFR 300.613', '34 CFR 99.10'],
    fields: [text('recordsWanted', false), date('meetingDate', false)],
    events: [{ type: 'records-request-received', on: 'delivered' }],
    complaint: false,
  },
  {
    id: 'iep-meeting',
    laws: ['IDEA'],
    citations: ['34 CFR 300.324(b)(1)(ii)', '34 CFR 300.322'],
    fields: [text('reasons'), text('availability', false)],
    events: [],
    complaint: false,
  },
  {
    id: '504-meeting',
    laws: ['504'],
    citations: ['34 CFR 104.35', '34 CFR 104.36'],
    fields: [text('reasons'), text('availability', false)],
    events: [],
    complaint: false,
  },
  {
    id: 'prior-written-notice',
    laws: ['IDEA'],
    citations: ['34 CFR 300.503'],
    fields: [date('decisionDate'), text('decision')],
    // The school's spoken "yes" or "no" is what the notice is owed for.
    events: [{ type: 'school-proposes-or-refuses-action', on: 'decisionDate' }],
    complaint: false,
  },
  {
    id: 'meeting-confirmation',
    laws: ['IDEA', '504'],
    citations: ['34 CFR 300.322(f)', '34 CFR 300.503'],
    fields: [date('meetingDate'), line('attendees', false), text('agreements')],
    events: [],
    complaint: false,
  },
  {
    id: 'disagreement',
    laws: ['IDEA', '504'],
    citations: ['34 CFR 300.503', '34 CFR 300.504', '34 CFR 104.36'],
    fields: [date('decisionDate'), text('decision'), text('reasons')],
    events: [],
    complaint: false,
  },
  {
    id: 'state-complaint',
    laws: ['IDEA'],
    citations: ['34 CFR 300.151', '34 CFR 300.152', '34 CFR 300.153'],
    fields: [date('violationDate'), text('decision'), text('facts'), text('resolution')],
    events: [{ type: 'state-complaint-filed', on: 'delivered' }],
    complaint: true,
  },
  {
    id: 'ocr-complaint',
    laws: ['504', 'ADA'],
    citations: ['29 U.S.C. 794', '34 CFR 104.4', '34 CFR 104.61', '42 U.S.C. 12132'],
    fields: [date('violationDate'), text('decision'), text('facts'), text('resolution')],
    events: [{ type: 'ocr-complaint-filed', on: 'delivered' }],
    complaint: true,
  },
  // Services delivered (issue 8): asking the school to make up minutes of services it owes.
  {
    id: 'compensatory-services',
    laws: ['IDEA', '504'],
    citations: ['34 CFR 300.323(c)(2)', '34 CFR 300.320(a)(7)', '34 CFR 104.33'],
    fields: [text('facts'), text('resolution', false)],
    events: [],
    complaint: false,
  },
]

export function letterTemplate(id: LetterTemplateId): LetterTemplate {
  const found = LETTER_TEMPLATES.find((template) => template.id === id)
  if (!found) throw new Error(`Unknown letter template ${id}`)
  return found
}

/** Every fact a template asks for, the common ones first. */
export function letterFields(template: LetterTemplate): readonly LetterField[] {
  return [...COMMON_LETTER_FIELDS, ...template.fields]
}
