import {
  type Actor,
  type ChildAccessLevel,
  type ChildNeed,
  membershipsOf,
} from '../../domain/access/actor.ts'
import { childAccessLevel, mayAccessChild } from '../../domain/access/policies.ts'
import type { Child } from '../../domain/children/child.ts'
import { DomainError } from '../../domain/problems.ts'
import {
  findChild,
  listActiveChildrenByIds,
  listChildrenOfOrganizations,
} from '../../storage/children-store.ts'
import type { DbOrTx } from '../../storage/database.ts'
import type { Deps } from '../deps.ts'

/**
 * THE access check for a child's record. Every read and write of anything on a child goes through
 * here (pages, API, jobs, exports). A child the actor may not see answers NOT_FOUND, exactly as a
 * child that does not exist, so no one can learn which records exist.
 */
export async function getChildForActor(
  db: DbOrTx,
  actor: Actor,
  childId: string,
  need: ChildNeed,
): Promise<Child> {
  const child = await findChild(db, childId)
  if (!child || !mayAccessChild(actor, child, need)) throw new DomainError('NOT_FOUND')
  return child
}

/** The organizations whose children an actor may list (their households, for now). */
export function visibleOrganizationIds(actor: Actor): string[] {
  return membershipsOf(actor).map((m) => m.organizationId)
}

/** A child an actor can reach, with how: their own household's (`shared: false`) or shared with them. */
export interface ReachableChild {
  readonly child: Child
  readonly access: ChildAccessLevel
  readonly shared: boolean
}

/**
 * Every active child an actor can reach: the children of their own households, then the children
 * shared with them or with their organizations (with the scope), each once.
 */
export async function listChildrenForActor(deps: Pick<Deps, 'db'>, actor: Actor): Promise<ReachableChild[]> {
  const own = await listChildrenOfOrganizations(deps.db, visibleOrganizationIds(actor), { archived: false })
  const ownIds = new Set<string>(own.map((child) => child.id))
  const sharedIds = [
    ...new Set(
      (actor.kind === 'user' ? (actor.grants ?? []) : [])
        .map((grant) => grant.childId)
        .filter((id) => !ownIds.has(id)),
    ),
  ]
  const shared = await listActiveChildrenByIds(deps.db, sharedIds)
  return [
    ...own.map((child) => ({ child, access: childAccessLevel(actor, child), shared: false })),
    ...shared.map((child) => ({ child, access: childAccessLevel(actor, child), shared: true })),
  ]
}
