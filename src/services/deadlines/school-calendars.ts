import { type Actor, isMemberOf, membershipsOf } from '../../domain/access/actor.ts'
import { mayAccessChild } from '../../domain/access/policies.ts'
import { type Child, displayName } from '../../domain/children/child.ts'
import { DomainError, invalidInput, type Problem, problem } from '../../domain/problems.ts'
import {
  checkCalendarName,
  checkSchoolYear,
  type SchoolCalendar,
  type SchoolYearDetails,
  type SchoolYearDraft,
} from '../../domain/school-calendars/school-year.ts'
import { findChild } from '../../storage/children-store.ts'
import { deleteSchoolYearsOfCalendar, insertSchoolYear } from '../../storage/deadlines-store.ts'
import { findOrganizationName } from '../../storage/practices-store.ts'
import {
  deleteSchoolCalendarRow,
  findCalendarOfChild,
  findSchoolCalendar,
  insertSchoolCalendar,
  linkChildToCalendar,
  listChildrenOfCalendar,
  listSchoolCalendarsOfOrganizations,
  lockSchoolCalendar,
  updateSchoolCalendar,
} from '../../storage/school-calendars-store.ts'
import { getChildForActor, visibleOrganizationIds } from '../access/child-access.ts'
import type { Deps } from '../deps.ts'
import { type CalendarView, openCalendar } from './school-years.ts'

/** The school calendars a person can use: those kept by their organizations, by name. */
export async function listSchoolCalendars(deps: Deps, actor: Actor): Promise<SchoolCalendar[]> {
  return listSchoolCalendarsOfOrganizations(deps.db, visibleOrganizationIds(actor))
}

/** The calendars a person can use, each with its number of school years and the children using it. */
export async function listSchoolCalendarsInUse(
  deps: Deps,
  actor: Actor,
): Promise<{ calendar: SchoolCalendar; years: number; children: Child[] }[]> {
  const found = []
  for (const calendar of await listSchoolCalendars(deps, actor)) {
    const view = await getSchoolCalendar(deps, actor, calendar.id)
    found.push({ calendar, years: view.years.length, children: view.children })
  }
  return found
}

/** A calendar (members of its organization only), with the children linked to it that they can see. */
export async function getSchoolCalendar(
  deps: Deps,
  actor: Actor,
  calendarId: string,
): Promise<CalendarView & { calendar: SchoolCalendar; children: Child[] }> {
  const view = await openCalendar(deps, actor, { calendarId }, 'read')
  const children: Child[] = []
  for (const link of await listChildrenOfCalendar(deps.db, calendarId)) {
    if (!isMemberOf(actor, link.organizationId)) continue
    const child = await findChild(deps.db, link.childId)
    if (child && child.archivedAt === null) children.push(child)
  }
  children.sort((a, b) => displayName(a).localeCompare(displayName(b)))
  return { ...view, calendar: view.calendar as SchoolCalendar, children }
}

export interface NewCalendarDraft {
  readonly name: string
  /** Which of the person's organizations keeps it; empty for their first. */
  readonly organizationId: string
}

/** The organization a new calendar goes to: one the person belongs to (the first when not said). */
function keeperOf(actor: Actor, organizationId: string): { id?: string; problems: Problem[] } {
  const memberships = membershipsOf(actor)
  const chosen = organizationId.trim() === '' ? memberships[0]?.organizationId : organizationId.trim()
  if (chosen === undefined || !isMemberOf(actor, chosen)) {
    return { problems: [problem('organizationId', 'deadlines.ui.calendars.problems.organization')] }
  }
  return { id: chosen, problems: [] }
}

/** Creates a calendar (no years yet). Throws INVALID_INPUT naming the field. */
export async function createSchoolCalendar(
  deps: Deps,
  actor: Actor,
  draft: NewCalendarDraft,
): Promise<SchoolCalendar> {
  const name = checkCalendarName(draft.name)
  const keeper = keeperOf(actor, draft.organizationId)
  const problems = [...name.problems, ...keeper.problems]
  if (name.value === undefined || keeper.id === undefined) throw invalidInput(problems)
  const id = deps.newId()
  await insertSchoolCalendar(deps.db, {
    id,
    organizationId: keeper.id,
    name: name.value,
    now: deps.clock.now(),
  })
  return (await findSchoolCalendar(deps.db, id)) as SchoolCalendar
}

/** Renames a calendar if nobody changed it since `expectedVersion`; VERSION_CONFLICT otherwise. */
export async function renameSchoolCalendar(
  deps: Deps,
  actor: Actor,
  calendarId: string,
  expectedVersion: number,
  nameText: string,
): Promise<void> {
  await openCalendar(deps, actor, { calendarId }, 'edit')
  const name = checkCalendarName(nameText)
  if (name.value === undefined) throw invalidInput(name.problems)
  const saved = await updateSchoolCalendar(deps.db, calendarId, expectedVersion, name.value, deps.clock.now())
  if (!saved) throw new DomainError('VERSION_CONFLICT')
}

/**
 * Replaces a calendar's name and all its school years at once (the API's PUT), if nobody changed
 * the calendar since `expectedVersion`. Every problem names its field as `years[i].field`.
 */
export async function replaceSchoolCalendar(
  deps: Deps,
  actor: Actor,
  calendarId: string,
  expectedVersion: number,
  draft: { name: string; years: readonly SchoolYearDraft[] },
): Promise<void> {
  const { calendar } = await openCalendar(deps, actor, { calendarId }, 'edit')
  const name = checkCalendarName(draft.name)
  const problems: Problem[] = [...name.problems]
  const years: SchoolYearDetails[] = []
  draft.years.forEach((yearDraft, index) => {
    const checked = checkSchoolYear(yearDraft)
    for (const found of checked.problems) problems.push({ ...found, field: `years[${index}].${found.field}` })
    if (checked.value) years.push(checked.value)
  })
  const sorted = [...years].sort((a, b) => (a.firstDay < b.firstDay ? -1 : 1))
  sorted.forEach((year, index) => {
    const next = sorted[index + 1]
    if (next && next.firstDay <= year.lastDay) {
      problems.push(
        problem(`years[${years.indexOf(next)}].firstDay`, 'deadlines.ui.calendar.problems.overlap', {
          first: year.firstDay,
          last: year.lastDay,
        }),
      )
    }
  })
  if (problems.length > 0 || name.value === undefined) throw invalidInput(problems)
  const keeper = (calendar as SchoolCalendar).organizationId
  await deps.db.transaction().execute(async (tx) => {
    const now = deps.clock.now()
    const saved = await updateSchoolCalendar(tx, calendarId, expectedVersion, name.value as string, now)
    if (!saved) throw new DomainError('VERSION_CONFLICT')
    await deleteSchoolYearsOfCalendar(tx, calendarId)
    for (const details of sorted) {
      await insertSchoolYear(tx, { id: deps.newId(), calendarId, organizationId: keeper, details, now })
    }
  })
}

/**
 * The calendars a child may link to, for someone who may change the child: those of the person's
 * organizations and those of the child's household they may see (mayChooseCalendar).
 */
export async function calendarChoicesForChild(
  deps: Deps,
  actor: Actor,
  childId: string,
): Promise<{ child: Child; current: SchoolCalendar | undefined; choices: SchoolCalendar[] }> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  const organizations = [...new Set([...visibleOrganizationIds(actor), child.organizationId])]
  const choices: SchoolCalendar[] = []
  for (const calendar of await listSchoolCalendarsOfOrganizations(deps.db, organizations))
    if (await mayChooseCalendar(deps, actor, calendar)) choices.push(calendar)
  return { child, current: await findCalendarOfChild(deps.db, child.id), choices }
}

/**
 * Whether a person may see and choose a calendar for a child they may change: one of their own
 * organizations', or a household's calendar that a child they may read already uses. A household's
 * other calendars (each often named after a child not shared with them) stay unseen.
 */
async function mayChooseCalendar(deps: Deps, actor: Actor, calendar: SchoolCalendar): Promise<boolean> {
  if (isMemberOf(actor, calendar.organizationId)) return true
  return (await listChildrenOfCalendar(deps.db, calendar.id)).some((link) =>
    mayAccessChild(actor, { id: link.childId, organizationId: link.organizationId }, 'read'),
  )
}

/**
 * Links a child to a calendar of the person's organizations or of the child's household (for someone
 * outside the household, one a child they may read already uses); anything else answers NOT_FOUND,
 * so no one learns which calendars exist. Siblings linked to one calendar
 * share its school years.
 */
export async function linkChildCalendar(
  deps: Deps,
  actor: Actor,
  childId: string,
  calendarId: string,
): Promise<SchoolCalendar> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  if (calendarId.trim() === '') {
    throw invalidInput([problem('calendarId', 'deadlines.ui.calendars.problems.choose')])
  }
  const calendar = await findSchoolCalendar(deps.db, calendarId)
  if (
    !calendar ||
    (calendar.organizationId !== child.organizationId && !isMemberOf(actor, calendar.organizationId)) ||
    !(await mayChooseCalendar(deps, actor, calendar))
  ) {
    throw new DomainError('NOT_FOUND')
  }
  await linkChildToCalendar(deps.db, {
    childId: child.id,
    organizationId: child.organizationId,
    calendarId: calendar.id,
    now: deps.clock.now(),
  })
  return calendar
}

/** Creates a calendar in the child's household and links the child to it, in one transaction. */
export async function createCalendarForChild(
  deps: Deps,
  actor: Actor,
  childId: string,
  nameText: string,
): Promise<SchoolCalendar> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  const name = checkCalendarName(nameText)
  if (name.value === undefined) throw invalidInput(name.problems)
  const id = deps.newId()
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (tx) => {
    await insertSchoolCalendar(tx, {
      id,
      organizationId: child.organizationId,
      name: name.value as string,
      now,
    })
    await linkChildToCalendar(tx, {
      childId: child.id,
      organizationId: child.organizationId,
      calendarId: id,
      now,
    })
  })
  return (await findSchoolCalendar(deps.db, id)) as SchoolCalendar
}

/** The organizations that may keep a new calendar: the person's own, with their names. */
export async function calendarKeepers(
  deps: Deps,
  actor: Actor,
): Promise<{ id: string; name: string; kind: 'family' | 'practice' }[]> {
  const keepers: { id: string; name: string; kind: 'family' | 'practice' }[] = []
  for (const membership of membershipsOf(actor)) {
    const name = await findOrganizationName(deps.db, membership.organizationId)
    keepers.push({ id: membership.organizationId, name: name ?? '', kind: membership.organizationKind })
  }
  return keepers
}

/**
 * Removes a calendar and its school years, for members of its organization. A calendar some child
 * still uses is kept (INVALID_STATE): choose another calendar for each child first.
 */
export async function deleteSchoolCalendar(deps: Deps, actor: Actor, calendarId: string): Promise<void> {
  await openCalendar(deps, actor, { calendarId }, 'edit')
  await deps.db.transaction().execute(async (tx) => {
    // Taken before looking for children, so a link being written now is waited for and seen.
    await lockSchoolCalendar(tx, calendarId, deps.dialect)
    if ((await listChildrenOfCalendar(tx, calendarId)).length > 0) throw new DomainError('INVALID_STATE')
    await deleteSchoolYearsOfCalendar(tx, calendarId)
    await deleteSchoolCalendarRow(tx, calendarId)
  })
}
