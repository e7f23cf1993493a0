import { type Actor, isMemberOf } from '../../domain/access/actor.ts'
import { mayAccessChild } from '../../domain/access/policies.ts'
import { type Child, displayName } from '../../domain/children/child.ts'
import { DomainError, invalidInput, problem } from '../../domain/problems.ts'
import {
  checkSchoolYear,
  type SchoolCalendar,
  type SchoolYear,
  type SchoolYearDetails,
  type SchoolYearDraft,
} from '../../domain/school-calendars/school-year.ts'
import type { CalendarTarget } from '../../paths.ts'
import type { DbOrTx } from '../../storage/database.ts'
import {
  deleteSchoolYearRow,
  findSchoolYear,
  insertSchoolYear,
  listSchoolYearsOfCalendar,
  updateSchoolYear,
} from '../../storage/deadlines-store.ts'
import {
  findCalendarOfChild,
  findSchoolCalendar,
  insertSchoolCalendar,
  linkChildToCalendar,
  touchSchoolCalendar,
} from '../../storage/school-calendars-store.ts'
import { getChildForActor } from '../access/child-access.ts'
import type { Deps } from '../deps.ts'

/**
 * Where a school year is reached from: a child's page (the calendar the child links to, with the
 * child's access: a family's calendar is read-only to an advocate whose share only lets them read),
 * or the calendar's own page (people of the organization that keeps it).
 */
export type { CalendarTarget }

/** A school calendar as a page shows it: its years, and whether the person may change them. */
export interface CalendarView {
  /** Set when reached from a child's page. */
  readonly child?: Child
  /** Undefined only for a child not linked to any calendar yet. */
  readonly calendar?: SchoolCalendar
  readonly years: readonly SchoolYear[]
  /** Whether the person may change the years. */
  readonly editable: boolean
  /** Whether the person may choose which calendar the child uses (never on a calendar's own page). */
  readonly mayChoose: boolean
}

/** Whether an actor may change a calendar's years through a child they may edit. */
function mayEditThroughChild(actor: Actor, child: Child, calendar: SchoolCalendar): boolean {
  return (
    child.archivedAt === null &&
    mayAccessChild(actor, child, 'edit') &&
    (calendar.organizationId === child.organizationId || isMemberOf(actor, calendar.organizationId))
  )
}

/**
 * THE access check for a school calendar: members of the organization that keeps it; through a
 * child, whoever may read the child (and change it, for `edit`). Anyone else gets NOT_FOUND.
 */
export async function openCalendar(
  deps: Deps,
  actor: Actor,
  target: CalendarTarget,
  need: 'read' | 'edit',
): Promise<CalendarView> {
  if ('childId' in target) {
    const child = await getChildForActor(deps.db, actor, target.childId, need)
    const mayChoose = child.archivedAt === null && mayAccessChild(actor, child, 'edit')
    const calendar = await findCalendarOfChild(deps.db, child.id)
    if (!calendar) return { child, years: [], editable: mayChoose, mayChoose }
    const editable = mayEditThroughChild(actor, child, calendar)
    if (need === 'edit' && !editable) throw new DomainError('NOT_FOUND')
    const years = await listSchoolYearsOfCalendar(deps.db, calendar.id)
    return { child, calendar, years, editable, mayChoose }
  }
  const calendar = await findSchoolCalendar(deps.db, target.calendarId)
  if (!calendar || !isMemberOf(actor, calendar.organizationId)) throw new DomainError('NOT_FOUND')
  const years = await listSchoolYearsOfCalendar(deps.db, calendar.id)
  return { calendar, years, editable: true, mayChoose: false }
}

/** A child's school years: those of the calendar it links to, earliest first. */
export async function listSchoolYears(
  deps: Deps,
  actor: Actor,
  childId: string,
): Promise<CalendarView & { child: Child }> {
  const view = await openCalendar(deps, actor, { childId }, 'read')
  return { ...view, child: view.child as Child }
}

export async function getSchoolYear(
  deps: Deps,
  actor: Actor,
  target: CalendarTarget,
  yearId: string,
  need: 'read' | 'edit' = 'read',
): Promise<CalendarView & { year: SchoolYear }> {
  const view = await openCalendar(deps, actor, target, need)
  const year = view.years.find((y) => y.id === yearId)
  if (!year) throw new DomainError('NOT_FOUND')
  return { ...view, year }
}

/** Two school years of one calendar may not overlap: the engine counts each day in one year only. */
function checkNoOverlap(
  details: SchoolYearDetails,
  others: readonly SchoolYear[],
): ReturnType<typeof problem>[] {
  const clash = others.find((other) => details.firstDay <= other.lastDay && details.lastDay >= other.firstDay)
  return clash
    ? [
        problem('firstDay', 'deadlines.ui.calendar.problems.overlap', {
          first: clash.firstDay,
          last: clash.lastDay,
        }),
      ]
    : []
}

/**
 * The calendar to add a year to. A child with no calendar yet gets one of its household's, named
 * after the child (renamed and shared with siblings later), linked in the same transaction.
 */
async function calendarToFill(deps: Deps, tx: DbOrTx, view: CalendarView): Promise<SchoolCalendar> {
  if (view.calendar) return view.calendar
  const child = view.child as Child
  const now = deps.clock.now()
  const id = deps.newId()
  const name = displayName(child)
  await insertSchoolCalendar(tx, { id, organizationId: child.organizationId, name, now })
  await linkChildToCalendar(tx, {
    childId: child.id,
    organizationId: child.organizationId,
    calendarId: id,
    now,
  })
  return { id, organizationId: child.organizationId, name, version: 1, createdAt: now, updatedAt: now }
}

/** Adds a school year. Throws INVALID_INPUT naming each field (and each bad line of closed days). */
export async function addSchoolYear(
  deps: Deps,
  actor: Actor,
  target: CalendarTarget,
  draft: SchoolYearDraft,
): Promise<SchoolYear> {
  const view = await openCalendar(deps, actor, target, 'edit')
  const { value, problems } = checkSchoolYear(draft)
  if (!value) throw invalidInput(problems)
  const id = deps.newId()
  await deps.db.transaction().execute(async (tx) => {
    const calendar = await calendarToFill(deps, tx, view)
    const overlap = checkNoOverlap(value, await listSchoolYearsOfCalendar(tx, calendar.id))
    if (overlap.length > 0) throw invalidInput(overlap)
    const now = deps.clock.now()
    await insertSchoolYear(tx, {
      id,
      calendarId: calendar.id,
      organizationId: calendar.organizationId,
      details: value,
      now,
    })
    await touchSchoolCalendar(tx, calendar.id, now)
  })
  const saved = await findSchoolYear(deps.db, id)
  if (!saved) throw new Error('School year vanished after insert')
  return saved
}

/** Saves a change if nobody saved the year since `expectedVersion`; VERSION_CONFLICT otherwise. */
export async function editSchoolYear(
  deps: Deps,
  actor: Actor,
  target: CalendarTarget,
  yearId: string,
  expectedVersion: number,
  draft: SchoolYearDraft,
): Promise<void> {
  const { year } = await getSchoolYear(deps, actor, target, yearId, 'edit')
  const { value, problems } = checkSchoolYear(draft)
  if (!value) throw invalidInput(problems)
  await deps.db.transaction().execute(async (tx) => {
    const others = (await listSchoolYearsOfCalendar(tx, year.calendarId)).filter((y) => y.id !== yearId)
    const overlap = checkNoOverlap(value, others)
    if (overlap.length > 0) throw invalidInput(overlap)
    const now = deps.clock.now()
    const saved = await updateSchoolYear(tx, yearId, expectedVersion, value, now)
    if (!saved) throw new DomainError('VERSION_CONFLICT')
    await touchSchoolCalendar(tx, year.calendarId, now)
  })
}

export async function deleteSchoolYear(
  deps: Deps,
  actor: Actor,
  target: CalendarTarget,
  yearId: string,
): Promise<void> {
  const { year } = await getSchoolYear(deps, actor, target, yearId, 'edit')
  await deps.db.transaction().execute(async (tx) => {
    await deleteSchoolYearRow(tx, yearId)
    await touchSchoolCalendar(tx, year.calendarId, deps.clock.now())
  })
}
