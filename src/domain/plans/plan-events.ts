import { compareDates, type LocalDate } from '../dates/local-date.ts'
import type { EventType } from '../events/event-types.ts'
import type { IepPlan, Plan, Section504Plan } from './plan.ts'

/**
 * An event a plan puts on the child's record so the deadline engine sees it (an IEP meeting held
 * starts the annual-review clock; an IEP in effect starts the progress-report clock).
 */
export interface PlanEventDraft {
  readonly type: EventType
  readonly date: LocalDate
  /** The plan field the date comes from (`dates.meeting`), so the record can link back to it. */
  readonly source: string
  /** True when the date is after today: the plan says it will happen, it has not happened yet. */
  readonly planned: boolean
}

const AGREED = new Set(['in-effect', 'superseded'])

/**
 * The events entering (or saving) a plan creates, in date order. A draft creates only the facts
 * around it (a meeting held, an eligibility decision); "in effect" events need an agreed plan.
 * The caller replaces the events a previous version of the same plan created.
 */
export function planEvents(plan: Plan, today: LocalDate): readonly PlanEventDraft[] {
  const drafts: PlanEventDraft[] = []
  const add = (type: EventType, date: LocalDate | undefined, source: string) => {
    if (date !== undefined) drafts.push({ type, date, source, planned: date > today })
  }
  if (plan.kind === 'iep') iepEvents(plan, today, add)
  else section504Events(plan, today, add)
  return drafts.sort((a, b) => compareDates(a.date, b.date))
}

type Add = (type: EventType, date: LocalDate | undefined, source: string) => void

function iepEvents(plan: IepPlan, today: LocalDate, add: Add): void {
  const meeting = plan.revision?.withoutMeeting ? undefined : plan.dates.meeting
  if (meeting !== undefined && meeting > today) {
    add('iep-meeting-scheduled', meeting, 'dates.meeting')
  } else if (meeting !== undefined) {
    add('iep-meeting-held', meeting, 'dates.meeting')
    if (plan.revision?.reason === 'initial') add('initial-iep-meeting-held', meeting, 'dates.meeting')
    if (plan.revision?.reason === 'annual-review') add('annual-iep-review-held', meeting, 'dates.meeting')
    if (plan.status !== 'draft') add('iep-developed', meeting, 'dates.meeting')
  }
  add('eligibility-determined', plan.eligibility?.determinedOn, 'eligibility.determinedOn')
  const evaluationType = plan.revision?.reason === 'reevaluation' ? 'reevaluation-completed' : undefined
  if (evaluationType) add(evaluationType, plan.eligibility?.lastEvaluation, 'eligibility.lastEvaluation')
  for (const [index, consent] of (plan.consents ?? []).entries()) {
    if (consent.kind === 'initial-evaluation' && consent.given !== false) {
      add('consent-to-evaluate-signed', consent.date, `consents[${index}].date`)
    }
  }
  if (!AGREED.has(plan.status)) return
  add('iep-in-effect', plan.dates.start, 'dates.start')
  const firstService = earliestServiceStart(plan)
  if (firstService) add('services-begin', firstService.date, firstService.source)
  const effective = plan.dates.start ?? plan.dates.meeting
  const effectiveSource = plan.dates.start ? 'dates.start' : 'dates.meeting'
  if (plan.transition) add('iep-includes-transition-plan', effective, effectiveSource)
  if (plan.transferOfRights) {
    const informed = plan.transferOfRights.informedOn
    if (informed) add('iep-includes-transfer-of-rights-statement', informed, 'transferOfRights.informedOn')
    else add('iep-includes-transfer-of-rights-statement', effective, effectiveSource)
  }
}

function earliestServiceStart(plan: IepPlan): { date: LocalDate; source: string } | undefined {
  let earliest: { date: LocalDate; source: string } | undefined
  for (const [index, service] of plan.services.entries()) {
    if (service.start && (earliest === undefined || service.start < earliest.date)) {
      earliest = { date: service.start, source: `services[${index}].start` }
    }
  }
  return earliest
}

function section504Events(plan: Section504Plan, today: LocalDate, add: Add): void {
  const meeting = plan.dates.meeting
  if (meeting !== undefined && meeting <= today) add('504-plan-meeting-held', meeting, 'dates.meeting')
  const evaluationType =
    plan.revision?.reason === 'reevaluation' ? '504-reevaluation-completed' : '504-evaluation-completed'
  add(evaluationType, plan.dates.evaluation, 'dates.evaluation')
  if (!AGREED.has(plan.status)) return
  if (plan.dates.start) add('504-plan-in-effect', plan.dates.start, 'dates.start')
  else add('504-plan-in-effect', meeting, 'dates.meeting')
}
