import type { Actor } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import { DomainError, invalidInput, problem } from '../../domain/problems.ts'
import {
  checkSchoolYear,
  type SchoolYear,
  type SchoolYearDetails,
  type SchoolYearDraft,
} from '../../domain/school-calendars/school-year.ts'
import {
  deleteSchoolYearRow,
  findSchoolYear,
  insertSchoolYear,
  listSchoolYearsOfChild,
  updateSchoolYear,
} from '../../storage/deadlines-store.ts'
import { getChildForActor } from '../access/child-access.ts'
import type { Deps } from '../deps.ts'

/** A child's school years (first and last day, closed days), earliest first. */
export async function listSchoolYears(
  deps: Deps,
  actor: Actor,
  childId: string,
): Promise<{ child: Child; years: SchoolYear[] }> {
  const child = await getChildForActor(deps.db, actor, childId, 'read')
  return { child, years: await listSchoolYearsOfChild(deps.db, childId) }
}

export async function getSchoolYear(
  deps: Deps,
  actor: Actor,
  childId: string,
  yearId: string,
  need: 'read' | 'edit' = 'read',
): Promise<{ child: Child; year: SchoolYear }> {
  const child = await getChildForActor(deps.db, actor, childId, need)
  const year = await findSchoolYear(deps.db, yearId)
  if (!year || year.childId !== childId) throw new DomainError('NOT_FOUND')
  return { child, year }
}

/** Two school years of one child may not overlap: the engine counts each day in one year only. */
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

/** Adds a school year. Throws INVALID_INPUT naming each field (and each bad line of closed days). */
export async function addSchoolYear(
  deps: Deps,
  actor: Actor,
  childId: string,
  draft: SchoolYearDraft,
): Promise<SchoolYear> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  const { value, problems } = checkSchoolYear(draft)
  if (!value) throw invalidInput(problems)
  const id = deps.newId()
  await deps.db.transaction().execute(async (tx) => {
    const overlap = checkNoOverlap(value, await listSchoolYearsOfChild(tx, childId))
    if (overlap.length > 0) throw invalidInput(overlap)
    await insertSchoolYear(tx, {
      id,
      childId,
      organizationId: child.organizationId,
      details: value,
      now: deps.clock.now(),
    })
  })
  const saved = await findSchoolYear(deps.db, id)
  if (!saved) throw new Error('School year vanished after insert')
  return saved
}

/** Saves a change if nobody saved the year since `expectedVersion`; VERSION_CONFLICT otherwise. */
export async function editSchoolYear(
  deps: Deps,
  actor: Actor,
  childId: string,
  yearId: string,
  expectedVersion: number,
  draft: SchoolYearDraft,
): Promise<void> {
  await getSchoolYear(deps, actor, childId, yearId, 'edit')
  const { value, problems } = checkSchoolYear(draft)
  if (!value) throw invalidInput(problems)
  await deps.db.transaction().execute(async (tx) => {
    const others = (await listSchoolYearsOfChild(tx, childId)).filter((year) => year.id !== yearId)
    const overlap = checkNoOverlap(value, others)
    if (overlap.length > 0) throw invalidInput(overlap)
    const saved = await updateSchoolYear(tx, yearId, expectedVersion, value, deps.clock.now())
    if (!saved) throw new DomainError('VERSION_CONFLICT')
  })
}

export async function deleteSchoolYear(
  deps: Deps,
  actor: Actor,
  childId: string,
  yearId: string,
): Promise<void> {
  await getSchoolYear(deps, actor, childId, yearId, 'edit')
  await deleteSchoolYearRow(deps.db, yearId)
}
