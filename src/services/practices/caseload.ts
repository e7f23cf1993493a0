import type { UserActor } from '../../domain/access/actor.ts'
import { mayAccessChild } from '../../domain/access/policies.ts'
import { type Child, displayName } from '../../domain/children/child.ts'
import type { ChildEvent } from '../../domain/children/event.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import { parseLocalDate } from '../../domain/dates/local-date.ts'
import type { Deadline } from '../../domain/deadlines/deadline.ts'
import { type Lang, renderMessage } from '../../i18n/i18n.ts'
import {
  listDirectShares,
  listEventsOfChildren,
  listNextConsultations,
} from '../../storage/caseload-store.ts'
import { listPracticeMembers } from '../../storage/practices-store.ts'
import { listChildrenForActor } from '../access/child-access.ts'
import { evaluateChildDeadlines } from '../deadlines/compute-deadlines.ts'
import { dataKeyOf, keepDeadlines, keptDeadlines, sharedWhileRunning } from '../deadlines/deadlines-cache.ts'
import { law } from '../deadlines/law.ts'
import { type Deps, today } from '../deps.ts'
import { type CaseloadSignals, loadCaseloadSignals } from './caseload-signals.ts'
import { getPracticeContext } from './practices.ts'

export const CASELOAD_STATUSES = ['overdue', 'due-soon', 'clear'] as const
export type CaseloadStatus = (typeof CASELOAD_STATUSES)[number]
export const CASELOAD_SORTS = [
  'next-due',
  'name',
  'overdue',
  'next-meeting',
  'open-disputes',
  'goals-not-on-track',
  'services-under-delivered',
] as const
export type CaseloadSort = (typeof CASELOAD_SORTS)[number]
/** "Show only children with…": an open dispute, a goal not on track, a service under-delivered. */
export const CASELOAD_CONCERNS = ['open-disputes', 'goals-not-on-track', 'services-under-delivered'] as const
export type CaseloadConcern = (typeof CASELOAD_CONCERNS)[number]
export const CASELOAD_PAGE_SIZE = 25

export interface CaseloadFilters {
  readonly advocate?: string
  readonly state?: string
  readonly status?: CaseloadStatus
  readonly concern?: CaseloadConcern
  readonly dueFrom?: LocalDate
  readonly dueTo?: LocalDate
  readonly sort: CaseloadSort
  readonly page: number
}

/** Reads the filters from a query string; anything unknown is ignored. */
export function readCaseloadFilters(query: Readonly<Record<string, string | undefined>>): CaseloadFilters {
  const status = CASELOAD_STATUSES.find((s) => s === query.status)
  const concern = CASELOAD_CONCERNS.find((c) => c === query.concern)
  const sort = CASELOAD_SORTS.find((s) => s === query.sort) ?? 'next-due'
  const page = Math.max(1, Math.floor(Number(query.page) || 1))
  const date = (text: string | undefined) => (text ? parseLocalDate(text) : undefined)
  return {
    advocate: query.advocate || undefined,
    state: query.state || undefined,
    status,
    concern,
    dueFrom: date(query.dueFrom),
    dueTo: date(query.dueTo),
    sort,
    page,
  }
}

export interface CaseloadRow extends CaseloadSignals {
  readonly childId: string
  readonly name: string
  readonly state: string
  readonly grade: string | null
  readonly advocateUserIds: readonly string[]
  readonly overdue: number
  readonly dueSoon: number
  readonly status: CaseloadStatus
  readonly nextDeadline:
    | { readonly title: string; readonly due: LocalDate; readonly status: string }
    | undefined
  readonly nextCallAt: string | undefined
}

export interface Caseload {
  readonly rows: readonly CaseloadRow[]
  readonly total: number
  readonly page: number
  readonly pages: number
  readonly advocates: readonly { readonly userId: string; readonly name: string }[]
  readonly states: readonly string[]
}

const OPEN = new Set(['overdue', 'due-soon', 'upcoming'])

const CONCERN_COUNTS = {
  'open-disputes': 'openDisputes',
  'goals-not-on-track': 'goalsNotOnTrack',
  'services-under-delivered': 'servicesUnderDelivered',
} as const satisfies Record<CaseloadConcern, keyof CaseloadSignals>

function deadlinesOf(child: Child, events: ReadonlyMap<string, readonly ChildEvent[]>, on: LocalDate) {
  const compiled = law()
  const jurisdiction = compiled.jurisdictions.has(child.state) ? child.state : 'US'
  const evaluation = evaluateChildDeadlines(
    {
      jurisdiction,
      today: on,
      child: { dateOfBirth: child.dateOfBirth },
      holidays: [],
      events: (events.get(child.id) ?? []).map((e) => ({
        id: e.id,
        type: e.type,
        date: e.date,
        ...(e.details ? { details: e.details } : {}),
      })),
    },
    compiled,
  )
  return evaluation.deadlines
}

/** The open deadlines of one child, soonest first (overdue first). */
export function openDeadlines(deadlines: readonly Deadline[]): Deadline[] {
  return deadlines
    .filter((d) => OPEN.has(d.status) && d.due !== null)
    .sort((a, b) => ((a.due ?? '') < (b.due ?? '') ? -1 : (a.due ?? '') > (b.due ?? '') ? 1 : 0))
}

/** What a child's deadlines come to on the caseload. */
interface DeadlineCounts {
  readonly overdue: number
  readonly dueSoon: number
  readonly next: Deadline | undefined
}

function deadlineCounts(deadlines: readonly Deadline[]): DeadlineCounts {
  const open = openDeadlines(deadlines)
  return Object.freeze({
    overdue: open.filter((d) => d.status === 'overdue').length,
    dueSoon: open.filter((d) => d.status === 'due-soon').length,
    next: open[0],
  })
}

const NO_DEADLINES: DeadlineCounts = { overdue: 0, dueSoon: 0, next: undefined }

/**
 * What each child's deadlines come to, and the child's signals. What is kept for a child's current
 * rows (deadlines-cache.ts) is reused; only the other children's rows are read and worked out.
 */
async function caseloadFigures(
  deps: Deps,
  children: readonly { readonly child: Child }[],
  on: LocalDate,
): Promise<{ countsOf: Map<string, DeadlineCounts>; signals: Map<string, CaseloadSignals> }> {
  const countsOf = new Map<string, DeadlineCounts>()
  const signals = new Map<string, CaseloadSignals>()
  for (const { child } of children) {
    const counts = keptDeadlines<DeadlineCounts>(deps.db, 'caseload', child, on)
    if (counts) countsOf.set(child.id, counts)
    const found = keptDeadlines<CaseloadSignals>(deps.db, 'signals', child, on)
    if (found) signals.set(child.id, found)
  }
  const missing = children.filter(({ child }) => !countsOf.has(child.id)).map(({ child }) => child)
  const unread = children.filter(({ child }) => !signals.has(child.id)).map(({ child }) => child)
  const [events, loaded] = await Promise.all([
    missing.length > 0
      ? listEventsOfChildren(
          deps.db,
          missing.map((child) => child.id),
        )
      : new Map<string, ChildEvent[]>(),
    unread.length > 0
      ? loadCaseloadSignals(
          deps.db,
          unread.map((child) => child.id),
          on,
        )
      : new Map<string, CaseloadSignals>(),
  ])
  for (const child of missing)
    countsOf.set(
      child.id,
      keepDeadlines(deps.db, 'caseload', child, on, deadlineCounts(deadlinesOf(child, events, on))),
    )
  for (const child of unread) {
    const found = loaded.get(child.id)
    if (found) signals.set(child.id, keepDeadlines(deps.db, 'signals', child, on, Object.freeze(found)))
  }
  return { countsOf, signals }
}

/**
 * The caseload: every child the advocate (or their practice) may read, with overdue and due-soon
 * deadline counts (the deadline engine), the next deadline, the next booked call, the next meeting,
 * open disputes, goals not on track and services under-delivered (caseload-signals); filtered,
 * sorted and paginated. `page: 0` returns every row (the CSV export).
 */
export async function getCaseload(
  deps: Deps,
  actor: UserActor,
  filters: CaseloadFilters,
  lang: Lang,
): Promise<Caseload> {
  const practice = await getPracticeContext(deps, actor)
  const on = today(deps)
  // Deadlines and signals are the record itself: a child shared only at a glance or for data entry
  // stays off the caseload (as off the deadlines dashboard), and no kept figures reach that person.
  const children = (await listChildrenForActor(deps, actor)).filter(({ child }) =>
    mayAccessChild(actor, child, 'read'),
  )
  const members = await listPracticeMembers(deps.db, practice.organizationId)
  const direct = await listDirectShares(
    deps.db,
    members.map((m) => m.userId),
    on,
  )
  const calls = await listNextConsultations(deps.db, practice.organizationId, deps.clock.now())
  // Requests for the same caseload on the same data at the same moment (a page opened in several
  // tabs, a burst after a restart) share one computation rather than each reading a thousand
  // children's rows.
  const { countsOf, signals } = await sharedWhileRunning(
    deps.db,
    `caseload:${on}:${children.map((c) => dataKeyOf(c.child)).join(',')}`,
    () => caseloadFigures(deps, children, on),
  )
  const advocatesOf = new Map<string, Set<string>>()
  const addAdvocate = (childId: string, userId: string) => {
    const set = advocatesOf.get(childId) ?? new Set<string>()
    set.add(userId)
    advocatesOf.set(childId, set)
  }
  for (const share of direct) addAdvocate(share.childId, share.userId)
  for (const [childId, call] of calls) addAdvocate(childId, call.advocateUserId)

  const all: CaseloadRow[] = children.map(({ child }) => {
    const { overdue, dueSoon, next } = countsOf.get(child.id) ?? NO_DEADLINES
    return {
      childId: child.id,
      name: displayName(child),
      state: child.state,
      grade: child.grade,
      advocateUserIds: [...(advocatesOf.get(child.id) ?? [])],
      overdue,
      dueSoon,
      status: overdue > 0 ? 'overdue' : dueSoon > 0 ? 'due-soon' : 'clear',
      nextDeadline: next?.due
        ? { title: renderMessage(lang, next.title), due: next.due, status: next.status }
        : undefined,
      nextCallAt: calls.get(child.id)?.startAt,
      nextMeetingOn: undefined,
      openDisputes: 0,
      goalsNotOnTrack: 0,
      servicesUnderDelivered: 0,
      ...signals.get(child.id),
    }
  })
  const filtered = all.filter(
    (row) =>
      (!filters.advocate || row.advocateUserIds.includes(filters.advocate)) &&
      (!filters.state || row.state === filters.state) &&
      (!filters.status || row.status === filters.status) &&
      (!filters.concern || row[CONCERN_COUNTS[filters.concern]] > 0) &&
      (!filters.dueFrom || (row.nextDeadline !== undefined && row.nextDeadline.due >= filters.dueFrom)) &&
      (!filters.dueTo || (row.nextDeadline !== undefined && row.nextDeadline.due <= filters.dueTo)),
  )
  const byName = (a: CaseloadRow, b: CaseloadRow) =>
    a.name.localeCompare(b.name) || a.childId.localeCompare(b.childId)
  const byDue = (a: CaseloadRow, b: CaseloadRow) => {
    const x = a.nextDeadline?.due ?? '9999-12-31'
    const y = b.nextDeadline?.due ?? '9999-12-31'
    return x < y ? -1 : x > y ? 1 : byName(a, b)
  }
  const byMeeting = (a: CaseloadRow, b: CaseloadRow) => {
    const x = a.nextMeetingOn ?? '9999-12-31'
    const y = b.nextMeetingOn ?? '9999-12-31'
    return x < y ? -1 : x > y ? 1 : byDue(a, b)
  }
  // Most first: the children who need a look come to the top.
  const byCount =
    (count: 'overdue' | (typeof CONCERN_COUNTS)[CaseloadConcern]) => (a: CaseloadRow, b: CaseloadRow) =>
      b[count] - a[count] || byDue(a, b)
  const sorts: Record<CaseloadSort, (a: CaseloadRow, b: CaseloadRow) => number> = {
    'next-due': byDue,
    name: byName,
    overdue: byCount('overdue'),
    'next-meeting': byMeeting,
    'open-disputes': byCount('openDisputes'),
    'goals-not-on-track': byCount('goalsNotOnTrack'),
    'services-under-delivered': byCount('servicesUnderDelivered'),
  }
  const sorted = [...filtered].sort(sorts[filters.sort])
  const pages = Math.max(1, Math.ceil(sorted.length / CASELOAD_PAGE_SIZE))
  const page = Math.min(filters.page, pages)
  return {
    rows:
      filters.page === 0 ? sorted : sorted.slice((page - 1) * CASELOAD_PAGE_SIZE, page * CASELOAD_PAGE_SIZE),
    total: sorted.length,
    page: filters.page === 0 ? 0 : page,
    pages,
    advocates: members.filter((m) => m.role !== 'staff').map((m) => ({ userId: m.userId, name: m.name })),
    states: [...new Set(all.map((r) => r.state))].sort(),
  }
}

function csvCell(value: string | number): string {
  const text = String(value)
  // Cells that a spreadsheet would run as a formula are written as text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** The caseload as CSV (every filtered row, not one page). */
export function caseloadCsv(caseload: Caseload, headings: readonly string[]): string {
  const names = new Map(caseload.advocates.map((a) => [a.userId, a.name]))
  const lines = [headings.map(csvCell).join(',')]
  for (const row of caseload.rows) {
    lines.push(
      [
        row.name,
        row.state,
        row.grade ?? '',
        row.advocateUserIds.map((id) => names.get(id) ?? '').join('; '),
        row.overdue,
        row.dueSoon,
        row.nextDeadline?.title ?? '',
        row.nextDeadline?.due ?? '',
        row.nextCallAt ?? '',
        row.nextMeetingOn ?? '',
        row.openDisputes,
        row.goalsNotOnTrack,
        row.servicesUnderDelivered,
      ]
        .map(csvCell)
        .join(','),
    )
  }
  return `${lines.join('\r\n')}\r\n`
}
