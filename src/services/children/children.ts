import type { Actor } from '../../domain/access/actor.ts'
import { householdOf } from '../../domain/access/actor.ts'
import { type Child, type ChildDetailsDraft, checkChildDetails } from '../../domain/children/child.ts'
import { DomainError, invalidInput } from '../../domain/problems.ts'
import {
  findChild,
  insertChild,
  listChildrenOfOrganizations,
  setChildArchived,
  updateChildDetails,
} from '../../storage/children-store.ts'
import { getChildForActor, visibleOrganizationIds } from '../access/child-access.ts'
import { type Deps, today } from '../deps.ts'

/** Adds a child to the actor's household. Throws INVALID_INPUT with every problem. */
export async function createChild(deps: Deps, actor: Actor, draft: ChildDetailsDraft): Promise<Child> {
  const { value, problems } = checkChildDetails(draft, today(deps))
  if (!value) throw invalidInput(problems)
  const organizationId = householdOf(actor)
  if (!organizationId) throw new DomainError('NOT_FOUND')
  const id = deps.newId()
  await insertChild(deps.db, { id, organizationId, details: value, now: deps.clock.now() })
  return getChildForActor(deps.db, actor, id, 'read')
}

export async function getChild(deps: Deps, actor: Actor, childId: string): Promise<Child> {
  return getChildForActor(deps.db, actor, childId, 'read')
}

export async function listChildren(
  deps: Deps,
  actor: Actor,
  options: { archived: boolean },
): Promise<Child[]> {
  return listChildrenOfOrganizations(deps.db, visibleOrganizationIds(actor), options)
}

/**
 * Saves new details if nobody saved the child since `expectedVersion` was read. A conflicting save
 * throws VERSION_CONFLICT; the page keeps what the person typed and shows the newer record.
 */
export async function updateChild(
  deps: Deps,
  actor: Actor,
  childId: string,
  expectedVersion: number,
  draft: ChildDetailsDraft,
): Promise<Child> {
  const current = await getChildForActor(deps.db, actor, childId, 'edit')
  const { value, problems } = checkChildDetails(draft, today(deps))
  if (!value) throw invalidInput(problems)
  if (current.version !== expectedVersion)
    throw new DomainError('VERSION_CONFLICT', { currentVersion: current.version })
  const saved = await updateChildDetails(deps.db, childId, expectedVersion, value, deps.clock.now())
  if (!saved) throw new DomainError('VERSION_CONFLICT')
  const updated = await findChild(deps.db, childId)
  if (!updated) throw new DomainError('NOT_FOUND')
  return updated
}

/** Archiving hides a child from the everyday lists (a child who left school); nothing is deleted. */
export async function archiveChild(deps: Deps, actor: Actor, childId: string): Promise<void> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  if (child.archivedAt !== null) throw new DomainError('INVALID_STATE')
  await setChildArchived(deps.db, childId, deps.clock.now(), deps.clock.now())
}

export async function restoreChild(deps: Deps, actor: Actor, childId: string): Promise<void> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  if (child.archivedAt === null) throw new DomainError('INVALID_STATE')
  await setChildArchived(deps.db, childId, null, deps.clock.now())
}
