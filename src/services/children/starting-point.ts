import { type Actor, userIdOf } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import {
  checkStartingPointAnswer,
  type StartingPointDraft,
  type StartingPointField,
  startingPointEvents,
} from '../../domain/children/starting-point.ts'
import { invalidInput, type Problem } from '../../domain/problems.ts'
import { insertEvent } from '../../storage/events-store.ts'
import { getChildForActor } from '../access/child-access.ts'
import { type Deps, today } from '../deps.ts'

/**
 * Records the family's answer to "where are you now?" as events, all in one transaction, so the
 * clocks start at once (or none are saved). Needs `edit`; throws INVALID_INPUT naming each field.
 * Returns how many events were added (none for "nothing asked yet").
 */
export async function recordStartingPoint(
  deps: Deps,
  actor: Actor,
  childId: string,
  draft: StartingPointDraft,
): Promise<{ child: Child; added: number }> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  const { value, problems } = startingPointEvents(draft, today(deps))
  if (!value) throw invalidInput(problems)
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (tx) => {
    for (const details of value) {
      await insertEvent(tx, {
        id: deps.newId(),
        childId: child.id,
        organizationId: child.organizationId,
        details,
        createdBy: userIdOf(actor),
        now,
      })
    }
  })
  return { child, added: value.length }
}

/** The child whose setup questions these are (needs `edit`; anyone else gets NOT_FOUND). */
export async function getStartingPointChild(deps: Deps, actor: Actor, childId: string): Promise<Child> {
  return getChildForActor(deps.db, actor, childId, 'edit')
}

/**
 * Checks the answer to one setup question (one page) against today; nothing is saved until the
 * family checks every answer. Returns the problems, each naming the field.
 */
export async function checkStartingPointStep(
  deps: Deps,
  actor: Actor,
  childId: string,
  field: StartingPointField,
  draft: StartingPointDraft,
): Promise<{ child: Child; problems: Problem[] }> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  return { child, problems: checkStartingPointAnswer(field, draft, today(deps)).problems }
}
