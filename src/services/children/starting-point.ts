import { type Actor, userIdOf } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import { type StartingPointDraft, startingPointEvents } from '../../domain/children/starting-point.ts'
import { invalidInput } from '../../domain/problems.ts'
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
