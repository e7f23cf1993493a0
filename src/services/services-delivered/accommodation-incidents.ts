import type { Actor } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import { type LocalDate, parseLocalDate } from '../../domain/dates/local-date.ts'
import { schoolCalendar } from '../../domain/dates/school-calendar.ts'
import type { Accommodation } from '../../domain/plans/plan.ts'
import { DomainError, invalidInput, type Problem, problem } from '../../domain/problems.ts'
import {
  type AccommodationFailures,
  computeAccommodationFailures,
} from '../../domain/services-delivered/accommodation-failures.ts'
import { deleteLinksOf, linkedIds, setLinks } from '../../storage/record-links-store.ts'
import {
  deleteIncidentRow,
  findIncident,
  insertIncident,
  type LoggedIncident,
  listIncidentsOfChild,
} from '../../storage/service-log-store.ts'
import { getChildForActor } from '../access/child-access.ts'
import { type Deps, today } from '../deps.ts'
import { areDocumentsOfChild } from '../documents/documents.ts'
import { enteredByOf, planItemsOn } from './service-log.ts'

/** Days an accommodation of the plan was not provided: log one, list them, see how often per accommodation. */

export const MAX_WHAT_HAPPENED = 2000
export const MAX_REPORTED_BY = 200

export interface IncidentDraft {
  readonly accommodationId: string
  readonly date: string
  readonly whatHappened: string
  readonly reportedBy: string
  /** Documents of the child's binder that show what happened (evidence). */
  readonly documentIds?: readonly string[]
}

/** A logged incident with the documents attached to it as evidence. */
export interface IncidentView extends LoggedIncident {
  readonly documentIds: readonly string[]
}

const INCIDENT = 'accommodation-incident'

/** The accommodations of the plan in effect today, for the form. */
export async function getAccommodationsToLog(
  deps: Deps,
  actor: Actor,
  childId: string,
): Promise<{ child: Child; accommodations: readonly Accommodation[] }> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  const items = await planItemsOn(deps.db, child.id, today(deps))
  return { child, accommodations: items?.accommodations ?? [] }
}

export async function addIncident(
  deps: Deps,
  actor: Actor,
  childId: string,
  draft: IncidentDraft,
): Promise<LoggedIncident> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  const problems: Problem[] = []
  const todayDate = today(deps)
  const dateText = draft.date.trim()
  const date = parseLocalDate(dateText)
  if (dateText === '') problems.push(problem('date', 'services.log.problems.dateMissing'))
  else if (!date) problems.push(problem('date', 'services.log.problems.dateInvalid'))
  else if (date > todayDate) problems.push(problem('date', 'services.log.problems.dateInFuture'))

  const ids = new Set<string>()
  for (const on of [todayDate, ...(date ? [date] : [])])
    for (const a of (await planItemsOn(deps.db, child.id, on))?.accommodations ?? []) ids.add(a.id)
  const accommodationId = draft.accommodationId.trim()
  if (accommodationId === '')
    problems.push(problem('accommodationId', 'services.incidents.problems.accommodationMissing'))
  else if (!ids.has(accommodationId))
    problems.push(problem('accommodationId', 'services.incidents.problems.accommodationUnknown'))

  const whatHappened = draft.whatHappened.trim()
  if (whatHappened === '')
    problems.push(problem('whatHappened', 'services.incidents.problems.whatHappenedMissing'))
  else if (whatHappened.length > MAX_WHAT_HAPPENED)
    problems.push(
      problem('whatHappened', 'services.incidents.problems.whatHappenedTooLong', { max: MAX_WHAT_HAPPENED }),
    )
  const reportedBy = draft.reportedBy.trim()
  if (reportedBy.length > MAX_REPORTED_BY)
    problems.push(
      problem('reportedBy', 'services.incidents.problems.reportedByTooLong', { max: MAX_REPORTED_BY }),
    )
  const documentIds = [...new Set(draft.documentIds ?? [])]
  if (!(await areDocumentsOfChild(deps, child.id, documentIds)))
    problems.push(problem('documentIds', 'services.incidents.problems.documentUnknown'))
  if (problems.length > 0 || !date) throw invalidInput(problems)

  const id = deps.newId()
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (tx) => {
    await insertIncident(tx, {
      id,
      childId: child.id,
      organizationId: child.organizationId,
      accommodationId,
      date,
      whatHappened,
      reportedBy: reportedBy === '' ? null : reportedBy,
      enteredBy: enteredByOf(actor),
      now,
    })
    await setLinks(tx, {
      organizationId: child.organizationId,
      childId: child.id,
      fromKind: INCIDENT,
      fromId: id,
      toKind: 'document',
      toIds: documentIds,
      newId: deps.newId,
      now,
    })
  })
  const saved = await findIncident(deps.db, id)
  if (!saved) throw new Error('Incident vanished')
  return saved
}

/** A child's incidents, newest first, each with its evidence. */
export async function listIncidents(deps: Deps, actor: Actor, childId: string): Promise<IncidentView[]> {
  await getChildForActor(deps.db, actor, childId, 'read')
  const incidents = await listIncidentsOfChild(deps.db, childId)
  return Promise.all(incidents.map((incident) => withEvidence(deps, incident)))
}

async function withEvidence(deps: Deps, incident: LoggedIncident): Promise<IncidentView> {
  return { ...incident, documentIds: await linkedIds(deps.db, INCIDENT, incident.id, 'document') }
}

/** One incident of the child's, for the page that asks before deleting it. */
export async function getIncident(
  deps: Deps,
  actor: Actor,
  childId: string,
  incidentId: string,
): Promise<{ child: Child; incident: IncidentView; accommodation: Accommodation | undefined }> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  const incident = await findIncident(deps.db, incidentId)
  if (!incident || incident.childId !== child.id) throw new DomainError('NOT_FOUND')
  const items = await planItemsOn(deps.db, child.id, incident.date)
  const accommodation = items?.accommodations.find((a) => a.id === incident.accommodationId)
  return { child, incident: await withEvidence(deps, incident), accommodation }
}

export async function deleteIncident(
  deps: Deps,
  actor: Actor,
  childId: string,
  incidentId: string,
  expectedVersion: number,
): Promise<void> {
  await getChildForActor(deps.db, actor, childId, 'edit')
  const current = await findIncident(deps.db, incidentId)
  if (!current || current.childId !== childId) throw new DomainError('NOT_FOUND')
  if (current.version !== expectedVersion)
    throw new DomainError('VERSION_CONFLICT', { currentVersion: current.version })
  await deps.db.transaction().execute(async (tx) => {
    if (!(await deleteIncidentRow(tx, incidentId, expectedVersion))) throw new DomainError('VERSION_CONFLICT')
    await deleteLinksOf(tx, INCIDENT, incidentId)
  })
}

/** Per accommodation of the plan, how often it was not provided over the period, with its incidents. */
export interface AccommodationSummary {
  readonly accommodation: Accommodation
  readonly failures: AccommodationFailures
  readonly incidents: readonly IncidentView[]
}

/** The accommodations summary for the compliance page (call after the access check). */
export function summarizeAccommodations(input: {
  readonly accommodations: readonly Accommodation[]
  readonly incidents: readonly IncidentView[]
  readonly period: { readonly from: LocalDate; readonly to: LocalDate }
  readonly closedDays: readonly LocalDate[]
  readonly planSpan: { readonly from?: LocalDate; readonly to?: LocalDate }
}): AccommodationSummary[] {
  const { period } = input
  const failures = computeAccommodationFailures({
    accommodations: input.accommodations.map((a) => ({
      id: a.id,
      name: a.text ?? a.libraryId ?? a.id,
      start: input.planSpan.from ?? period.from,
      end: input.planSpan.to ?? period.to,
    })),
    incidents: input.incidents.map((i) => ({ accommodation: i.accommodationId, date: i.date })),
    calendar: schoolCalendar({ firstDay: period.from, lastDay: period.to, closedDays: input.closedDays }),
    period,
  })
  return input.accommodations.map((accommodation, index) => ({
    accommodation,
    failures: failures[index] as AccommodationFailures,
    incidents: input.incidents.filter(
      (i) => i.accommodationId === accommodation.id && i.date >= period.from && i.date <= period.to,
    ),
  }))
}
