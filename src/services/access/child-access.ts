import { type Actor, type ChildNeed, membershipsOf } from '../../domain/access/actor.ts'
import { mayAccessChild } from '../../domain/access/policies.ts'
import type { Child } from '../../domain/children/child.ts'
import { DomainError } from '../../domain/problems.ts'
import { findChild } from '../../storage/children-store.ts'
import type { DbOrTx } from '../../storage/database.ts'

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
