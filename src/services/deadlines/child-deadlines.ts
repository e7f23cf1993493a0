import type { Actor, ChildNeed } from '../../domain/access/actor.ts'
import { mayAccessChild } from '../../domain/access/policies.ts'
import type { Child } from '../../domain/children/child.ts'
import type { ChildEvent } from '../../domain/children/event.ts'
import type { FollowUp } from '../../domain/communications/communication.ts'
import { addDays, type LocalDate } from '../../domain/dates/local-date.ts'
import type { Deadline, EventDetails } from '../../domain/deadlines/deadline.ts'
import type { Problem } from '../../domain/problems.ts'
import { engineCalendar, holidaysOf, type SchoolYear } from '../../domain/school-calendars/school-year.ts'
import { type AccessLink, isLinkActive } from '../../domain/sharing/access-link.ts'
import { listAccessLinksOfChild } from '../../storage/access-links-store.ts'
import { listEventsOfChildren } from '../../storage/caseload-store.ts'
import { listCommunicationsOfChild } from '../../storage/communications-store.ts'
import { listSchoolYearsOfChild, listSchoolYearsOfChildren } from '../../storage/deadlines-store.ts'
import { listEventsOfChild } from '../../storage/events-store.ts'
import { getChildForActor, listChildrenForActor } from '../access/child-access.ts'
import { followUpsOf } from '../communications/communications.ts'
import { type Deps, today } from '../deps.ts'
import { type ComputeDeadlinesInput, evaluateChildDeadlines } from './compute-deadlines.ts'
import { keepDeadlines, keptDeadlines } from './deadlines-cache.ts'
import { law } from './law.ts'

/** A child's deadlines on a day, with what they were worked out from. */
export interface ChildDeadlines {
  readonly child: Child
  readonly today: LocalDate
  /** `US` or the child's state, when Pathway has that state's rules. */
  readonly jurisdiction: string
  readonly deadlines: readonly Deadline[]
  /** What the family can add to sharpen the dates (a school calendar for school-day rules). */
  readonly problems: readonly Problem[]
  readonly events: readonly ChildEvent[]
  readonly schoolYears: readonly SchoolYear[]
}

/** What is kept of a child's worked-out deadlines: all but the child's row, which is read each time. */
type KeptDeadlines = Omit<ChildDeadlines, 'child'>

/** The `details` fields the engine reads (docs/deadlines.md, "Event types and details"). */
function engineDetails(details: ChildEvent['details']): EventDetails | undefined {
  if (!details) return undefined
  const picked: { -readonly [K in keyof EventDetails]?: EventDetails[K] } = {}
  if (typeof details.schoolDays === 'number') picked.schoolDays = details.schoolDays
  if (typeof details.waived === 'boolean') picked.waived = details.waived
  if (typeof details.date === 'string') picked.date = details.date as LocalDate
  if (typeof details.intellectualDisability === 'boolean')
    picked.intellectualDisability = details.intellectualDisability
  return Object.keys(picked).length > 0 ? picked : undefined
}

/** The engine's input for a child's record: its events, state, date of birth and school years. */
export function deadlineInputOf(
  child: Pick<Child, 'state' | 'dateOfBirth'>,
  events: readonly Pick<ChildEvent, 'id' | 'type' | 'date' | 'details'>[],
  schoolYears: readonly SchoolYear[],
  on: LocalDate,
): ComputeDeadlinesInput {
  const jurisdiction = law().jurisdictions.has(child.state) ? child.state : 'US'
  return {
    jurisdiction,
    today: on,
    child: { dateOfBirth: child.dateOfBirth },
    ...(schoolYears.length > 0 ? { schoolCalendars: schoolYears.map(engineCalendar) } : {}),
    holidays: holidaysOf(schoolYears),
    events: events.map((event) => {
      const details = engineDetails(event.details)
      return details
        ? { id: event.id, type: event.type, date: event.date, details }
        : { id: event.id, type: event.type, date: event.date }
    }),
  }
}

/**
 * Every deadline a child's record starts, worked out for today. `need` is `read` for the record's
 * pages and `calendar` for a calendar feed (which sees only the deadlines).
 */
export async function getChildDeadlines(
  deps: Deps,
  actor: Actor,
  childId: string,
  need: Extract<ChildNeed, 'read' | 'calendar'> = 'read',
): Promise<ChildDeadlines> {
  const child = await getChildForActor(deps.db, actor, childId, need)
  return deadlinesOfChild(deps, child, today(deps))
}

/**
 * For callers that already passed the access check for `child`. Deadlines worked out before for the
 * same data are reused (deadlines-cache.ts); otherwise the events and school years are read.
 */
async function deadlinesOfChild(deps: Deps, child: Child, on: LocalDate): Promise<ChildDeadlines> {
  const kept = keptDeadlines<KeptDeadlines>(deps.db, 'record', child, on)
  if (kept) return { ...kept, child }
  const [events, schoolYears] = await Promise.all([
    listEventsOfChild(deps.db, child.id),
    listSchoolYearsOfChild(deps.db, child.id),
  ])
  return evaluateChild(deps, child, events, schoolYears, on)
}

function evaluateChild(
  deps: Deps,
  child: Child,
  events: ChildEvent[],
  schoolYears: SchoolYear[],
  on: LocalDate,
): ChildDeadlines {
  const input = deadlineInputOf(child, events, schoolYears, on)
  const evaluation = evaluateChildDeadlines(input)
  const kept = keepDeadlines<KeptDeadlines>(
    deps.db,
    'record',
    child,
    on,
    Object.freeze({
      today: on,
      jurisdiction: input.jurisdiction,
      deadlines: Object.freeze(evaluation.deadlines),
      problems: Object.freeze(evaluation.problems),
      events: Object.freeze(events),
      schoolYears: Object.freeze(schoolYears),
    }),
  )
  return { ...kept, child }
}

// The order listEventsOfChild gives (newest first, then latest entered), which the engine keeps for
// events on the same day.
function newestFirst(a: ChildEvent, b: ChildEvent): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0
}

/**
 * The deadlines of every child the actor can read, in two queries whatever the number of children
 * (not two per child). Archived children, and children the actor may only glance at, are left out.
 */
export async function deadlinesOfReadableChildren(
  deps: Deps,
  actor: Actor,
  on: LocalDate,
  need: Extract<ChildNeed, 'read' | 'calendar'> = 'read',
): Promise<ChildDeadlines[]> {
  const children = (await listChildrenForActor(deps, actor))
    .map((reachable) => reachable.child)
    .filter((child) => mayAccessChild(actor, child, need))
  const kept = new Map<string, ChildDeadlines>()
  for (const child of children) {
    const found = keptDeadlines<KeptDeadlines>(deps.db, 'record', child, on)
    if (found) kept.set(child.id, { ...found, child })
  }
  // Only the children whose deadlines are not kept for their current data are read and worked out.
  const ids = children.filter((child) => !kept.has(child.id)).map((child) => child.id)
  const [eventsByChild, yearsByChild] =
    ids.length === 0
      ? [new Map<string, ChildEvent[]>(), new Map<string, SchoolYear[]>()]
      : await Promise.all([listEventsOfChildren(deps.db, ids), listSchoolYearsOfChildren(deps.db, ids)])
  return children.map(
    (child) =>
      kept.get(child.id) ??
      evaluateChild(
        deps,
        child,
        (eventsByChild.get(child.id) ?? []).sort(newestFirst),
        yearsByChild.get(child.id) ?? [],
        on,
      ),
  )
}

/** What the deadlines page shows besides the deadlines: follow-ups, and calendar links for editors. */
export interface DeadlinesPageView extends ChildDeadlines {
  readonly followUps: readonly FollowUp[]
  /** The child's calendar-feed links that still work; undefined when the reader may not manage links. */
  readonly calendarLinks: readonly AccessLink[] | undefined
  /** Whether the reader may change the record (add events, answer "where are you now?"). */
  readonly mayEdit: boolean
}

/**
 * Everything the deadlines page needs, after one access check: the deadlines, open follow-ups and
 * (for people who may edit) the working calendar-feed links, loaded side by side.
 */
export async function getDeadlinesPage(
  deps: Deps,
  actor: Actor,
  childId: string,
): Promise<DeadlinesPageView> {
  const child = await getChildForActor(deps.db, actor, childId, 'read')
  const on = today(deps)
  const mayEdit = mayAccessChild(actor, child, 'edit')
  const [view, communications, links] = await Promise.all([
    deadlinesOfChild(deps, child, on),
    listCommunicationsOfChild(deps.db, child.id),
    mayEdit ? listAccessLinksOfChild(deps.db, child.id) : undefined,
  ])
  return {
    ...view,
    followUps: followUpsOf(communications),
    mayEdit,
    calendarLinks: links?.filter((link) => link.purpose === 'calendar-feed' && isLinkActive(link, on)),
  }
}

/** Open deadlines come first (overdue, then due soon, then coming up), then done, then not applying. */
const STATUS_ORDER: Record<Deadline['status'], number> = {
  overdue: 0,
  'due-soon': 1,
  upcoming: 2,
  met: 3,
  'not-applicable': 4,
}

/** Deadlines in the order the timeline shows them: by status, then by date (undated last). */
export function timelineOrder(deadlines: readonly Deadline[]): Deadline[] {
  return [...deadlines].sort((a, b) => {
    const byStatus = STATUS_ORDER[a.status] - STATUS_ORDER[b.status]
    if (byStatus !== 0) return byStatus
    if (a.due === b.due) return 0
    if (a.due === null) return 1
    if (b.due === null) return -1
    // Done ones: the most recent first.
    return (a.due < b.due ? -1 : 1) * (a.status === 'met' || a.status === 'not-applicable' ? -1 : 1)
  })
}

/** A stable id for one deadline of one child: its rule and the event that started it. */
export function deadlineKey(deadline: Pick<Deadline, 'rule' | 'trigger'>): string {
  return `${deadline.rule}:${deadline.trigger}`
}

export interface DashboardDeadline {
  readonly child: Child
  readonly deadline: Deadline
}

export interface DeadlinesDashboard {
  readonly overdue: readonly DashboardDeadline[]
  /** Due today or in the next 30 days, soonest first. */
  readonly dueSoon: readonly DashboardDeadline[]
  /** Met in the last 30 days, most recent first. */
  readonly recentlyMet: readonly DashboardDeadline[]
}

/** How far ahead and back the home dashboard looks (issue 4: "due in the next 30 days"). */
export const DASHBOARD_DAYS = 30

/** Overdue, due in the next 30 days and recently met, across every child the person can see. */
export async function getDeadlinesDashboard(deps: Deps, actor: Actor): Promise<DeadlinesDashboard> {
  const on = today(deps)
  const horizon = addDays(on, DASHBOARD_DAYS)
  const since = addDays(on, -DASHBOARD_DAYS)
  const overdue: DashboardDeadline[] = []
  const dueSoon: DashboardDeadline[] = []
  const recentlyMet: DashboardDeadline[] = []
  for (const { child, deadlines } of await deadlinesOfReadableChildren(deps, actor, on)) {
    for (const deadline of deadlines) {
      if (deadline.status === 'overdue') overdue.push({ child, deadline })
      else if (
        (deadline.status === 'due-soon' || deadline.status === 'upcoming') &&
        deadline.due !== null &&
        deadline.due <= horizon
      )
        dueSoon.push({ child, deadline })
      else if (deadline.status === 'met' && deadline.metOn !== null && deadline.metOn >= since)
        recentlyMet.push({ child, deadline })
    }
  }
  const byDue = (a: DashboardDeadline, b: DashboardDeadline) =>
    (a.deadline.due ?? '') < (b.deadline.due ?? '') ? -1 : 1
  overdue.sort(byDue)
  dueSoon.sort(byDue)
  recentlyMet.sort((a, b) => ((a.deadline.metOn ?? '') > (b.deadline.metOn ?? '') ? -1 : 1))
  return { overdue, dueSoon, recentlyMet }
}

/** The event type that meets a deadline, for "add the event that meets this". */
export function meetingEventType(deadline: Pick<Deadline, 'rule'>): string | undefined {
  return law().data.rules.find((rule) => rule.id === deadline.rule)?.due
}
