import { type LocalDate, parseLocalDate } from '../dates/local-date.ts'
import type { EventType } from '../events/event-types.ts'
import { GOAL_AREAS, IDEA_CATEGORIES, SERVICE_SETTINGS, type ServiceKind } from '../plans/plan.ts'
import { type Problem, problem } from '../problems.ts'
import { fieldKind, type ImportDocumentKind, itemIndex, type SourcePassage } from './proposal.ts'
import { parseFrequencyText, readDate } from './values.ts'

/**
 * From the fields a parent confirmed to the records Pathway creates: a plan (IEP or 504) as the
 * plan contract's JSON, and events for notices and consents. Pure; the service saves them in one
 * transaction. Every value is checked here, and each problem names the field it is about.
 */

export interface ConfirmedField {
  /** The form field the value came from, for pointing a problem at it. */
  readonly field: string
  readonly path: string
  readonly value: string
  /** The passage the value came from: the reader's, or one the parent chose. */
  readonly source?: SourcePassage | null
}

export interface ImportEventDraft {
  readonly type: EventType
  readonly date: LocalDate
}

export interface ImportRecords {
  /** The plan to create, unchecked beyond its values (the plan contract checks the rest). */
  readonly plan: Record<string, unknown> | undefined
  readonly events: readonly ImportEventDraft[]
}

export const DATE_FIELD_KINDS: ReadonlySet<string> = new Set([
  'child.dateOfBirth',
  'dates.meeting',
  'dates.start',
  'dates.end',
  'dates.nextAnnualReview',
  'dates.nextReevaluation',
  'dates.review',
  'eligibility.determinedOn',
  'notice.date',
  'notice.meetingDate',
])

/** The consent, notice and report actions a document can record. */
export const NOTICE_ACTIONS = [
  'evaluate',
  'reevaluate',
  'implement-plan',
  'exit',
  'refuse',
  'consent-evaluation',
  'consent-reevaluation',
  'consent-services',
] as const

/** The events a kind of paper puts on the timeline, from its date (and a meeting date). */
function noticeEvents(
  kind: ImportDocumentKind,
  action: string | undefined,
  date: LocalDate | undefined,
  meeting: LocalDate | undefined,
): ImportEventDraft[] {
  const events: ImportEventDraft[] = []
  const on = (type: EventType, at: LocalDate | undefined) => {
    if (at) events.push({ type, date: at })
  }
  switch (kind) {
    case 'prior-written-notice':
      on('prior-written-notice-sent', date)
      break
    case 'consent':
      // A signed consent to evaluate starts the evaluation clock (34 CFR 300.301(c)).
      if (action === 'consent-evaluation' || action === 'consent-reevaluation')
        on('consent-to-evaluate-signed', date)
      break
    case 'meeting-invitation':
      on('meeting-notice-sent', date)
      on('iep-meeting-scheduled', meeting)
      break
    case 'referral':
      on('referral-received', date)
      break
    case 'progress-report':
      on('progress-report-sent', date)
      break
    case 'evaluation-report':
      on('evaluation-completed', date)
      break
    default:
      break
  }
  return events
}

function serviceKind(name: string): ServiceKind {
  return /speech|language|occupational|physical therapy|\bOT\b|\bPT\b|counsel|psycholog|social work|transport|audiolog|orientation/i.test(
    name,
  )
    ? 'related-service'
    : 'special-education'
}

/**
 * Checks the confirmed values and builds the records. `planStatus` is the parent's answer to "is
 * this the plan in effect now?". Problems point at each field (`imports.problems.*`).
 */
export function recordsFromFields(
  kind: ImportDocumentKind,
  fields: readonly ConfirmedField[],
  planStatus: 'in-effect' | 'superseded',
): { records: ImportRecords | undefined; problems: Problem[] } {
  const problems: Problem[] = []
  const values = new Map<string, string>()
  for (const field of fields) {
    const value = field.value.trim()
    const k = fieldKind(field.path)
    if (value === '') {
      problems.push(problem(field.field, 'imports.problems.empty'))
      continue
    }
    if (DATE_FIELD_KINDS.has(k)) {
      const date = parseLocalDate(value) ?? readDate(value)
      if (!date) problems.push(problem(field.field, 'imports.problems.date'))
      else values.set(field.path, date)
      continue
    }
    if (k === 'services.minutes' && !(/^\d{1,3}$/.test(value) && Number(value) > 0)) {
      problems.push(problem(field.field, 'imports.problems.minutes'))
      continue
    }
    if (k === 'services.frequency' && !parseFrequencyText(value)) {
      problems.push(problem(field.field, 'imports.problems.frequency'))
      continue
    }
    if (k === 'eligibility.category' && !(IDEA_CATEGORIES as readonly string[]).includes(value)) {
      problems.push(problem(field.field, 'imports.problems.choose'))
      continue
    }
    if (k === 'services.setting' && !(SERVICE_SETTINGS as readonly string[]).includes(value)) {
      problems.push(problem(field.field, 'imports.problems.choose'))
      continue
    }
    if (k === 'goals.area' && !(GOAL_AREAS as readonly string[]).includes(value)) {
      problems.push(problem(field.field, 'imports.problems.choose'))
      continue
    }
    if (k === 'notice.action' && !(NOTICE_ACTIONS as readonly string[]).includes(value)) {
      problems.push(problem(field.field, 'imports.problems.choose'))
      continue
    }
    values.set(field.path, value)
  }
  if (problems.length > 0) return { records: undefined, problems }
  const get = (path: string) => values.get(path)
  if (kind !== 'iep' && kind !== '504-plan') {
    const events = noticeEvents(
      kind,
      get('notice.action'),
      get('notice.date') as LocalDate | undefined,
      get('notice.meetingDate') as LocalDate | undefined,
    )
    return { records: { plan: undefined, events }, problems }
  }
  const items = (list: string) => {
    const indexes = new Set<number>()
    for (const path of values.keys()) if (path.startsWith(`${list}[`)) indexes.add(itemIndex(path) ?? 0)
    return [...indexes].sort((a, b) => a - b)
  }
  const item = (list: string, i: number, field: string) => get(`${list}[${i}].${field}`)
  const defined = (entries: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined))
  const school = defined({ name: get('child.school'), district: get('school.district') })
  const accommodations = items('accommodations')
    .map((i) => item('accommodations', i, 'text'))
    .filter((text): text is string => text !== undefined)
    .map((text, i) => ({ id: `a${i + 1}`, text, settings: [] }))
  const services = items('services')
    .filter((i) => item('services', i, 'name') !== undefined)
    .map((i, n) => {
      const name = item('services', i, 'name') ?? ''
      const minutes = item('services', i, 'minutes')
      const frequency = item('services', i, 'frequency')
      return defined({
        id: `s${n + 1}`,
        name,
        kind: serviceKind(name),
        minutes: minutes ? Number(minutes) : undefined,
        frequency: frequency ? parseFrequencyText(frequency) : undefined,
        setting: item('services', i, 'setting'),
        location: item('services', i, 'location'),
        providerRole: item('services', i, 'providerRole'),
      })
    })
  const common = {
    status: planStatus,
    revision: { reason: 'other' },
    ...(Object.keys(school).length > 0 ? { school } : {}),
    accommodations,
    services,
  }
  if (kind === '504-plan') {
    const impairment = get('impairments[0]')
    return {
      records: {
        plan: {
          kind: '504',
          ...common,
          dates: defined({
            meeting: get('dates.meeting'),
            start: get('dates.start'),
            end: get('dates.end'),
            review: get('dates.review') ?? get('dates.nextAnnualReview'),
          }),
          impairments: impairment ? [impairment] : [],
          majorLifeActivities: [],
          participants: [],
        },
        events: [],
      },
      problems,
    }
  }
  const goals = items('goals')
    .filter((i) => item('goals', i, 'text') !== undefined)
    .map((i, n) =>
      defined({
        id: `g${n + 1}`,
        area: item('goals', i, 'area') ?? 'other',
        text: item('goals', i, 'text'),
        baseline: item('goals', i, 'baseline'),
        criterion: item('goals', i, 'criterion'),
        measurementMethod: item('goals', i, 'measurementMethod'),
      }),
    )
  const eligibility = defined({
    category: get('eligibility.category'),
    determinedOn: get('eligibility.determinedOn'),
  })
  const academic = get('presentLevels.academic')
  return {
    records: {
      plan: {
        kind: 'iep',
        ...common,
        dates: defined({
          meeting: get('dates.meeting'),
          start: get('dates.start'),
          end: get('dates.end'),
          nextAnnualReview: get('dates.nextAnnualReview'),
          nextReevaluation: get('dates.nextReevaluation'),
        }),
        ...(Object.keys(eligibility).length > 0 ? { eligibility } : {}),
        ...(academic ? { presentLevels: { academic } } : {}),
        goals,
        team: [],
      },
      events: [],
    },
    problems,
  }
}
