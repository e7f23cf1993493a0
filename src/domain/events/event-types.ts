/**
 * The fixed vocabulary of events on a child's record. The names are the `trigger` and `due` names of
 * the federal rules (rules.json) and the state timelines (state-timelines.json), so the deadline
 * engine can start and meet clocks from them. Never rename one: records and exports depend on them.
 * Add new names at the end of their group. Labels and explanations live in the i18n catalogs
 * (`eventTypes.<name>.label`).
 */
export const EVENT_GROUPS = [
  'evaluation',
  'iep',
  'section-504',
  'notices',
  'records',
  'discipline',
  'disputes',
  'other',
] as const
export type EventGroup = (typeof EVENT_GROUPS)[number]

const EVENT_TYPE_TABLE = [
  ['evaluation-requested', 'evaluation'],
  ['consent-requested-or-refusal-notice-sent', 'evaluation'],
  ['consent-to-evaluate-signed', 'evaluation'],
  ['evaluation-completed', 'evaluation'],
  ['eligibility-determined', 'iep'],
  ['initial-iep-meeting-held', 'iep'],
  ['iep-developed', 'iep'],
  ['services-begin', 'iep'],
  ['school-year-starts', 'iep'],
  ['iep-in-effect', 'iep'],
  ['iep-meeting-held', 'iep'],
  ['annual-iep-review-held', 'iep'],
  ['reevaluation-completed', 'evaluation'],
  ['reevaluation-may-be-conducted', 'evaluation'],
  ['termination-of-eligibility-proposed', 'evaluation'],
  ['child-date-of-birth', 'iep'],
  ['iep-includes-transition-plan', 'iep'],
  ['age-of-majority-date', 'iep'],
  ['iep-includes-transfer-of-rights-statement', 'iep'],
  ['progress-report-sent', 'iep'],
  ['iep-meeting-scheduled', 'iep'],
  ['meeting-notice-sent', 'iep'],
  ['transfer-student-enrolled', 'iep'],
  ['comparable-services-begin', 'iep'],
  ['transfer-student-enrolled-from-other-state', 'iep'],
  ['previous-school-records-requested', 'records'],
  ['school-proposes-or-refuses-action', 'notices'],
  ['prior-written-notice-sent', 'notices'],
  ['consent-for-services-revoked-in-writing', 'notices'],
  ['procedural-safeguards-notice-given', 'notices'],
  ['first-state-or-due-process-complaint-of-school-year', 'notices'],
  ['records-request-received', 'records'],
  ['records-made-available', 'records'],
  ['iee-requested', 'evaluation'],
  ['due-process-filed-or-iee-funded', 'evaluation'],
  ['disciplinary-removal-day-recorded', 'discipline'],
  ['services-required-during-removal', 'discipline'],
  ['disciplinary-change-of-placement-decided', 'discipline'],
  ['parent-notified-and-safeguards-given', 'discipline'],
  ['manifestation-determination-held', 'discipline'],
  ['removal-for-weapon-drugs-or-serious-bodily-injury', 'discipline'],
  ['return-from-interim-alternative-setting', 'discipline'],
  ['hearing-officer-orders-iaes', 'discipline'],
  ['expedited-due-process-complaint-received', 'disputes'],
  ['resolution-meeting-held', 'disputes'],
  ['expedited-hearing-may-proceed', 'disputes'],
  ['expedited-hearing-held', 'disputes'],
  ['hearing-decision-issued', 'disputes'],
  ['alleged-violation-occurred', 'disputes'],
  ['state-complaint-filed', 'disputes'],
  ['state-complaint-decision-issued', 'disputes'],
  ['mediation-requested', 'disputes'],
  ['mediation-held', 'disputes'],
  ['parent-knew-or-should-have-known', 'disputes'],
  ['due-process-complaint-filed', 'disputes'],
  ['due-process-complaint-received', 'disputes'],
  ['sufficiency-challenge-filed', 'disputes'],
  ['sufficiency-ruling-issued', 'disputes'],
  ['parent-due-process-complaint-received', 'disputes'],
  ['district-response-sent', 'disputes'],
  ['response-to-complaint-sent', 'disputes'],
  ['due-process-hearing-date', 'disputes'],
  ['amendment-permission-deadline', 'disputes'],
  ['resolution-period-ends', 'disputes'],
  ['resolution-agreement-signed', 'disputes'],
  ['agreement-void-deadline', 'disputes'],
  ['evaluations-and-evidence-disclosed', 'disputes'],
  ['state-level-review-requested', 'disputes'],
  ['review-decision-issued', 'disputes'],
  ['civil-action-filed', 'disputes'],
  ['administrative-hearing-begins', 'disputes'],
  ['written-settlement-offer-made', 'disputes'],
  ['offer-accepted', 'disputes'],
  ['child-find-and-parent-notice', 'section-504'],
  ['504-referral-or-suspected-disability', 'section-504'],
  ['504-evaluation-completed', 'section-504'],
  ['504-reevaluation-completed', 'section-504'],
  ['504-grievance-filed', 'section-504'],
  ['504-grievance-decision', 'section-504'],
  ['alleged-discrimination-occurred', 'section-504'],
  ['ocr-complaint-filed', 'section-504'],
  ['institutional-grievance-completed', 'section-504'],
  ['ocr-information-request-received', 'section-504'],
  ['complainant-response-sent', 'section-504'],
  ['504-plan-meeting-held', 'section-504'],
  ['504-plan-in-effect', 'section-504'],
  ['record-amendment-requested', 'records'],
  ['amendment-decision-sent', 'records'],
  ['alleged-ferpa-violation', 'records'],
  ['ferpa-complaint-filed', 'records'],
  ['ferpa-rights-transfer-to-student', 'records'],
  ['district-written-notice-of-decision', 'disputes'],
  ['referral-received', 'evaluation'],
  ['iep-implemented', 'evaluation'],
  ['proposed-iep-or-ineligibility-notice-sent', 'evaluation'],
  ['fape-offer-or-ineligibility-notice-sent', 'evaluation'],
  ['written-referral-received', 'evaluation'],
  ['placement-decided', 'evaluation'],
  ['party-knew-or-reasonably-should-have-known', 'disputes'],
  ['evaluation-report-given-to-parent', 'evaluation'],
  ['evaluation-report-issued', 'iep'],
  ['evaluation-report-completed', 'evaluation'],
  ['referral-received-by-special-education-administrator', 'evaluation'],
  ['district-refusal-or-proposal', 'disputes'],
  ['resolution-meeting-waived', 'disputes'],
  ['age-of-majority-reached', 'iep'],
  ['screener-completed', 'other'],
  ['student-absent', 'evaluation'],
  ['due-process-hearing-held', 'disputes'],
  ['due-process-complaint-amended', 'disputes'],
  ['resolution-no-agreement-possible', 'disputes'],
  ['parent-failed-to-produce-child', 'evaluation'],
  ['evaluation-completion-date-agreed', 'evaluation'],
  ['reevaluation-agreed-unnecessary', 'evaluation'],
  ['early-reevaluation-agreed', 'evaluation'],
  ['graduated-with-regular-diploma', 'iep'],
  ['aged-out-of-eligibility', 'iep'],
  ['other', 'other'],
] as const satisfies readonly (readonly [string, EventGroup])[]

export type EventType = (typeof EVENT_TYPE_TABLE)[number][0]

/** Every event type in vocabulary order. */
export const EVENT_TYPES: readonly EventType[] = EVENT_TYPE_TABLE.map(([type]) => type)

const GROUP_OF = new Map<string, EventGroup>(EVENT_TYPE_TABLE.map(([type, group]) => [type, group]))

export function isEventType(value: string): value is EventType {
  return GROUP_OF.has(value)
}

export function eventGroup(type: EventType): EventGroup {
  return GROUP_OF.get(type) ?? 'other'
}

/** Event types by group, for a grouped select list. */
export function eventTypesByGroup(): ReadonlyMap<EventGroup, readonly EventType[]> {
  const map = new Map<EventGroup, EventType[]>(EVENT_GROUPS.map((group) => [group, []]))
  for (const [type, group] of EVENT_TYPE_TABLE) map.get(group)?.push(type)
  return map
}
