import type { Actor, ChildNeed } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import { addDays, type LocalDate } from '../../domain/dates/local-date.ts'
import type { Accommodation, Service } from '../../domain/plans/plan.ts'
import type { PlanRecord, SavedPlanVersion } from '../../domain/plans/plan-record.ts'
import { DomainError, invalidInput, type Problem, problem } from '../../domain/problems.ts'
import { readSessionsCsv } from '../../domain/services-delivered/session-csv.ts'
import {
  checkSessionDraft,
  isUnconfirmedSource,
  type SessionDetails,
  type SessionDraft,
  type SessionSource,
} from '../../domain/services-delivered/session-entry.ts'
import type { DbOrTx } from '../../storage/database.ts'
import { findPlanInEffectOn } from '../../storage/plans-store.ts'
import {
  deleteSessionRow,
  findSession,
  insertSessions,
  type LoggedSession,
  listSessionsOfChild,
  type NewSession,
  updateSessionDetails,
} from '../../storage/service-log-store.ts'
import { getChildForActor } from '../access/child-access.ts'
import { type Deps, today } from '../deps.ts'

/**
 * The service log: sessions of each service of the plan in effect, given or missed and why.
 * Adding needs `enter-data` (a provider's data-entry link may do only this); reading the log needs
 * `read`; changing or deleting a session needs `edit`.
 */

/** The person who entered a row (a signed-in user), or null for a data-entry link. */
export function enteredByOf(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.userId : null
}

/** The data-entry link a row came through, if any. */
function enteredViaLinkOf(actor: Actor): string | null {
  return actor.kind === 'link' ? actor.linkId : null
}

/** What a session may be logged against: the services (and accommodations) of a plan. */
export interface PlanItemsInEffect {
  readonly planId: string
  readonly planVersion: number
  readonly planSpan: { readonly from?: LocalDate; readonly to?: LocalDate }
  readonly services: readonly Service[]
  readonly accommodations: readonly Accommodation[]
}

/** The services and accommodations of the plan in effect on a date (no access check: call after one). */
export async function planItemsOn(
  db: DbOrTx,
  childId: string,
  on: LocalDate,
): Promise<PlanItemsInEffect | undefined> {
  const found = await findPlanInEffectOn(db, childId, on)
  return found && planItemsOf(found)
}

/** The services and accommodations of a plan found in effect. */
export function planItemsOf(found: { record: PlanRecord; version: SavedPlanVersion }): PlanItemsInEffect {
  const { plan } = found.version
  const from = plan.dates.start ?? plan.dates.meeting
  const to = plan.dates.end ?? (plan.kind === 'iep' ? plan.dates.nextAnnualReview : plan.dates.review)
  return {
    planId: found.record.id,
    planVersion: found.version.version,
    planSpan: { ...(from ? { from } : {}), ...(to ? { to } : {}) },
    services: plan.services,
    accommodations: plan.accommodations,
  }
}

/**
 * The services a session may be logged against: those of the plan in effect today, and those of
 * the plans in effect on earlier dates asked for (ids stay the same across versions and plans).
 */
async function loggableServices(
  deps: Deps,
  childId: string,
  dates: readonly LocalDate[],
): Promise<Service[]> {
  const byId = new Map<string, Service>()
  const seen = new Set<string>()
  for (const date of [today(deps), ...dates]) {
    if (seen.has(date)) continue
    seen.add(date)
    const items = await planItemsOn(deps.db, childId, date)
    for (const service of items?.services ?? []) if (!byId.has(service.id)) byId.set(service.id, service)
  }
  return [...byId.values()]
}

/** The child and the services of the plan in effect today, for a form that logs sessions. */
export async function getServicesToLog(
  deps: Deps,
  actor: Actor,
  childId: string,
  need: ChildNeed = 'enter-data',
): Promise<{ child: Child; services: Service[] }> {
  const child = await getChildForActor(deps.db, actor, childId, need)
  return { child, services: await loggableServices(deps, child.id, []) }
}

function dateOf(text: string): LocalDate[] {
  return /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? [text.trim() as LocalDate] : []
}

function newRows(deps: Deps, actor: Actor, child: Child, sessions: readonly SessionDetails[]): NewSession[] {
  const now = deps.clock.now()
  return sessions.map((details) => ({
    id: deps.newId(),
    childId: child.id,
    organizationId: child.organizationId,
    details,
    unconfirmed: isUnconfirmedSource(details.source),
    enteredBy: enteredByOf(actor),
    enteredViaLink: enteredViaLinkOf(actor),
    now,
  }))
}

/** A link actor can only say what the school gave; a family member says where the record comes from. */
function sourceFor(actor: Actor, typed: string): string {
  return actor.kind === 'user' ? typed : 'school'
}

/** Adds one session. Throws INVALID_INPUT with every problem. */
export async function addSession(
  deps: Deps,
  actor: Actor,
  childId: string,
  draft: SessionDraft,
): Promise<LoggedSession> {
  const child = await getChildForActor(deps.db, actor, childId, 'enter-data')
  const services = await loggableServices(deps, child.id, dateOf(draft.date))
  const checked = checkSessionDraft(
    { ...draft, source: sourceFor(actor, draft.source) },
    { serviceIds: services.map((s) => s.id), today: today(deps) },
  )
  if (!checked.value) throw invalidInput(checked.problems)
  const [row] = newRows(deps, actor, child, [checked.value])
  if (!row) throw new Error('no row')
  await deps.db.transaction().execute((tx) => insertSessions(tx, [row]))
  const saved = await findSession(deps.db, row.id)
  if (!saved) throw new Error('Session vanished')
  return saved
}

/** One cell of the week's grid: a service on a day; empty minutes mean no session. */
export interface GridCell {
  readonly serviceId: string
  readonly date: string
  readonly minutes: string
  readonly status: string
}

/** Problems of a grid cell point at `cell.<serviceIndex>.<dayIndex>.<field>`. */
export function gridField(serviceIndex: number, dayIndex: number, name: 'minutes' | 'status'): string {
  return `cell.${serviceIndex}.${dayIndex}.${name}`
}

/**
 * Adds the sessions of a week's grid in one transaction: all or nothing. `cells` carry their grid
 * position so problems point at the right box. Returns how many sessions were saved.
 */
export async function addSessionsFromGrid(
  deps: Deps,
  actor: Actor,
  childId: string,
  input: {
    readonly provider: string
    readonly source: string
    readonly cells: readonly (GridCell & { readonly serviceIndex: number; readonly dayIndex: number })[]
  },
): Promise<number> {
  const child = await getChildForActor(deps.db, actor, childId, 'enter-data')
  const filled = input.cells.filter((cell) => cell.minutes.trim() !== '')
  const dates = [...new Set(filled.flatMap((cell) => dateOf(cell.date)))]
  const services = await loggableServices(deps, child.id, dates)
  const serviceIds = services.map((s) => s.id)
  const problems: Problem[] = []
  const sessions: SessionDetails[] = []
  for (const cell of filled) {
    const checked = checkSessionDraft(
      {
        serviceId: cell.serviceId,
        date: cell.date,
        minutes: cell.minutes,
        status: cell.status === '' ? 'delivered' : cell.status,
        provider: input.provider,
        note: '',
        source: sourceFor(actor, input.source),
      },
      {
        serviceIds,
        today: today(deps),
        field: (name) =>
          name === 'minutes' || name === 'status'
            ? gridField(cell.serviceIndex, cell.dayIndex, name)
            : name === 'date' || name === 'serviceId'
              ? gridField(cell.serviceIndex, cell.dayIndex, 'minutes')
              : name,
      },
    )
    // A problem with the shared fields is reported once, not once per cell.
    for (const found of checked.problems)
      if (!problems.some((p) => p.field === found.field && p.message === found.message)) problems.push(found)
    if (checked.value) sessions.push(checked.value)
  }
  if (filled.length === 0) problems.push(problem(gridField(0, 0, 'minutes'), 'services.grid.problems.empty'))
  if (problems.length > 0) throw invalidInput(problems)
  await deps.db.transaction().execute((tx) => insertSessions(tx, newRows(deps, actor, child, sessions)))
  return sessions.length
}

/**
 * Adds every session of a CSV file in one transaction, or none: any problem refuses the whole
 * file, and each problem names its line and column. Returns how many sessions were saved.
 */
export async function importSessionsCsv(
  deps: Deps,
  actor: Actor,
  childId: string,
  input: { readonly text: string; readonly source: string },
): Promise<number> {
  const child = await getChildForActor(deps.db, actor, childId, 'enter-data')
  const source = sourceFor(actor, input.source)
  if (!['family', 'school', 'child-report'].includes(source))
    throw invalidInput([problem('source', 'services.log.problems.sourceMissing')])
  const dates = [...new Set([...input.text.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)].map((m) => m[0] as LocalDate))]
  // Plans change rarely: the plan in effect on the first and the last date covers the file.
  const sorted = dates.sort()
  const ends = sorted.length > 0 ? [sorted[0] as LocalDate, sorted[sorted.length - 1] as LocalDate] : []
  const services = await loggableServices(deps, child.id, ends)
  const { sessions, problems } = readSessionsCsv(input.text, {
    services,
    today: today(deps),
    source: source as SessionSource,
  })
  if (problems.length > 0) throw invalidInput(problems)
  await deps.db.transaction().execute((tx) => insertSessions(tx, newRows(deps, actor, child, sessions)))
  return sessions.length
}

/** A child's service log, newest first, optionally between two dates. */
export async function listSessions(
  deps: Deps,
  actor: Actor,
  childId: string,
  period: { from?: LocalDate; to?: LocalDate } = {},
): Promise<LoggedSession[]> {
  await getChildForActor(deps.db, actor, childId, 'read')
  return listSessionsOfChild(deps.db, childId, period)
}

/**
 * The sessions a data-entry link entered in the last `days` days: a provider sees what they added,
 * never the family's log.
 */
export async function listSessionsEnteredByLink(
  deps: Deps,
  actor: Actor,
  childId: string,
  days = 31,
): Promise<LoggedSession[]> {
  await getChildForActor(deps.db, actor, childId, 'enter-data')
  const linkId = enteredViaLinkOf(actor)
  if (linkId === null) return []
  const from = addDays(today(deps), -days)
  return (await listSessionsOfChild(deps.db, childId, { from })).filter((s) => s.enteredViaLink === linkId)
}

export async function getSession(
  deps: Deps,
  actor: Actor,
  childId: string,
  sessionId: string,
  need: 'read' | 'edit' = 'read',
): Promise<LoggedSession> {
  await getChildForActor(deps.db, actor, childId, need)
  const session = await findSession(deps.db, sessionId)
  if (!session || session.childId !== childId) throw new DomainError('NOT_FOUND')
  return session
}

/** Changes a session if nobody saved it since `expectedVersion` (else VERSION_CONFLICT). */
export async function updateSession(
  deps: Deps,
  actor: Actor,
  childId: string,
  sessionId: string,
  expectedVersion: number,
  draft: SessionDraft,
): Promise<LoggedSession> {
  const current = await getSession(deps, actor, childId, sessionId, 'edit')
  const services = await loggableServices(deps, childId, [current.date, ...dateOf(draft.date)])
  const checked = checkSessionDraft(draft, { serviceIds: services.map((s) => s.id), today: today(deps) })
  if (!checked.value) throw invalidInput(checked.problems)
  const value = checked.value
  if (current.version !== expectedVersion)
    throw new DomainError('VERSION_CONFLICT', { currentVersion: current.version })
  await deps.db.transaction().execute(async (tx) => {
    const saved = await updateSessionDetails(
      tx,
      sessionId,
      expectedVersion,
      value,
      isUnconfirmedSource(value.source),
      deps.clock.now(),
    )
    if (!saved) throw new DomainError('VERSION_CONFLICT')
  })
  return getSession(deps, actor, childId, sessionId)
}

/** Deletes a session if nobody changed it since `expectedVersion` (else VERSION_CONFLICT). */
export async function deleteSession(
  deps: Deps,
  actor: Actor,
  childId: string,
  sessionId: string,
  expectedVersion: number,
): Promise<void> {
  const current = await getSession(deps, actor, childId, sessionId, 'edit')
  if (current.version !== expectedVersion)
    throw new DomainError('VERSION_CONFLICT', { currentVersion: current.version })
  await deps.db.transaction().execute(async (tx) => {
    if (!(await deleteSessionRow(tx, sessionId, expectedVersion))) throw new DomainError('VERSION_CONFLICT')
  })
}
