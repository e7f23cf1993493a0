import type { LocalDate } from '../dates/local-date.ts'
import type { EventType } from '../events/event-types.ts'

/**
 * The roads a family can take when talking has not solved a problem, from the gentlest to the most
 * formal (LAW.md §7, §8.4). The guide compares them all; a dispute on a child's record follows one
 * of the formal roads (FORMAL_ROADS) through its stages. Words live in `disputes.roads.<id>`.
 */
export const ROADS = [
  'talk',
  'iep-meeting',
  'facilitated-iep',
  'mediation',
  'state-complaint',
  'due-process',
  'expedited-due-process',
  '504-grievance',
  '504-hearing',
  'ocr-complaint',
] as const
export type Road = (typeof ROADS)[number]

/** Where each road's rules are written. */
export const ROAD_CITATIONS: Readonly<Record<Road, string>> = {
  talk: '34 CFR 300.322; 300.324',
  'iep-meeting': '34 CFR 300.324(a)(4), (b)',
  'facilitated-iep': '34 CFR 300.322',
  mediation: '34 CFR 300.506',
  'state-complaint': '34 CFR 300.151-300.153',
  'due-process': '34 CFR 300.507-300.518',
  'expedited-due-process': '34 CFR 300.532',
  '504-grievance': '34 CFR 104.7(b)',
  '504-hearing': '34 CFR 104.36',
  'ocr-complaint': '34 CFR 104.61; 34 CFR 100.7',
}

/** One step of a formal road, recorded as events on the child's record (which start and meet clocks). */
export interface Stage {
  readonly id: string
  /** The events recording this stage adds; the first names it on the timeline. */
  readonly events: readonly EventType[]
}

/** The formal roads a dispute on the record can follow, each with its stages in order. */
export const FORMAL_ROADS = {
  mediation: [
    { id: 'requested', events: ['mediation-requested'] },
    { id: 'held', events: ['mediation-held'] },
    { id: 'agreement', events: [] },
  ],
  'state-complaint': [
    { id: 'filed', events: ['state-complaint-filed'] },
    { id: 'decision', events: ['state-complaint-decision-issued'] },
  ],
  'due-process': [
    { id: 'filed', events: ['due-process-complaint-filed'] },
    { id: 'received', events: ['parent-due-process-complaint-received', 'due-process-complaint-received'] },
    { id: 'sufficiency', events: ['sufficiency-challenge-filed'] },
    { id: 'response', events: ['district-response-sent'] },
    { id: 'resolution-meeting', events: ['resolution-meeting-held'] },
    { id: 'resolution-period', events: ['resolution-period-ends'] },
    { id: 'hearing', events: ['due-process-hearing-date'] },
    { id: 'decision', events: ['hearing-decision-issued'] },
    { id: 'appeal', events: ['civil-action-filed'] },
  ],
  'expedited-due-process': [
    { id: 'received', events: ['expedited-due-process-complaint-received'] },
    { id: 'resolution-meeting', events: ['resolution-meeting-held'] },
    { id: 'hearing', events: ['expedited-hearing-held'] },
    { id: 'decision', events: ['hearing-decision-issued'] },
  ],
  '504-grievance': [
    { id: 'filed', events: ['504-grievance-filed'] },
    { id: 'decision', events: ['504-grievance-decision', 'institutional-grievance-completed'] },
  ],
  'ocr-complaint': [
    { id: 'filed', events: ['ocr-complaint-filed'] },
    { id: 'information-request', events: ['ocr-information-request-received'] },
    { id: 'response', events: ['complainant-response-sent'] },
  ],
} as const satisfies Record<string, readonly Stage[]>
export type FormalRoad = keyof typeof FORMAL_ROADS

export const FORMAL_ROAD_IDS = Object.keys(FORMAL_ROADS) as FormalRoad[]

export function isFormalRoad(value: string): value is FormalRoad {
  return Object.hasOwn(FORMAL_ROADS, value)
}

export function stagesOf(road: FormalRoad): readonly Stage[] {
  return FORMAL_ROADS[road]
}

export function findStage(road: FormalRoad, stageId: string): Stage | undefined {
  return stagesOf(road).find((stage) => stage.id === stageId)
}

/**
 * The events that start the filing limits, from the dates the family gives: the day of the problem
 * starts the state-complaint year (34 CFR 300.153(c)) and OCR's 180 days; the day they knew (or, when
 * not given, the day of the problem) starts the due-process limitation period (34 CFR 300.507(a)(2)).
 */
export function filingLimitEvents(dates: {
  violationOn: LocalDate
  knewOn: LocalDate | null
}): { type: EventType; date: LocalDate }[] {
  return [
    { type: 'alleged-violation-occurred', date: dates.violationOn },
    { type: 'parent-knew-or-should-have-known', date: dates.knewOn ?? dates.violationOn },
    { type: 'alleged-discrimination-occurred', date: dates.violationOn },
  ]
}

/** The deadline rules that are filing limits: shown on every dispute, whatever its road. */
export const FILING_LIMIT_RULES = [
  'idea-state-complaint-filing-limit',
  'idea-due-process-filing-limit',
  's504-ocr-complaint',
] as const
