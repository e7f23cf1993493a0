import { type Actor, userIdOf } from '../../domain/access/actor.ts'
import type { ChildEvent } from '../../domain/children/event.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import { DomainError } from '../../domain/problems.ts'
import type { ScreenerAnswers } from '../../domain/screener/answers.ts'
import { type EvaluationFocus, type Recommendation, screen } from '../../domain/screener/screen.ts'
import { findEvent, insertEvent } from '../../storage/events-store.ts'
import { getChildForActor } from '../access/child-access.ts'
import { getEvent } from '../children/events.ts'
import { type Deps, today } from '../deps.ts'
import { ScreenerAnswersSchema } from './screen-child.ts'

/**
 * Saving a screener result to a child's record: a `screener-completed` event on the child's
 * timeline whose `details` hold the answers (so the result can be shown again, or the answers
 * changed) and the recommendation shown when it was saved.
 */

export const SCREENER_EVENT = 'screener-completed'

/** What a `screener-completed` event carries in `details`. */
export type ScreenerEventDetails = {
  readonly answers: ScreenerAnswers
  /** The recommendation as it was when saved; pages work the result out again from the answers. */
  readonly recommendation: Recommendation
  readonly evaluationFocus: EvaluationFocus | null
}

export interface SavedScreenerResult {
  readonly event: ChildEvent
  readonly answers: ScreenerAnswers
}

/**
 * Saves the answers and their result on a child the actor may edit (the one access check: a child
 * of another household is NOT_FOUND). `date` is when the screener was completed, today unless given.
 */
export async function saveScreenerResult(
  deps: Deps,
  actor: Actor,
  childId: string,
  answers: ScreenerAnswers,
  options: { date?: LocalDate } = {},
): Promise<ChildEvent> {
  const result = screen(answers)
  const details: ScreenerEventDetails = {
    answers,
    recommendation: result.recommendation,
    evaluationFocus: result.evaluationFocus,
  }
  return deps.db.transaction().execute(async (tx) => {
    const child = await getChildForActor(tx, actor, childId, 'edit')
    if (child.archivedAt !== null) throw new DomainError('INVALID_STATE')
    const id = deps.newId()
    await insertEvent(tx, {
      id,
      childId: child.id,
      organizationId: child.organizationId,
      details: { type: SCREENER_EVENT, date: options.date ?? today(deps), note: null },
      extra: details,
      createdBy: userIdOf(actor),
      now: deps.clock.now(),
    })
    const event = await findEvent(tx, id)
    if (!event) throw new Error('Screener event vanished after insert')
    return event
  })
}

/**
 * A saved screener result on a child the actor may read. Anything that is not a screener event
 * with readable answers is NOT_FOUND, like an event of another child.
 */
export async function getSavedScreenerResult(
  deps: Deps,
  actor: Actor,
  childId: string,
  eventId: string,
): Promise<SavedScreenerResult> {
  const event = await getEvent(deps, actor, childId, eventId)
  const answers = screenerAnswersOf(event)
  if (!answers) throw new DomainError('NOT_FOUND')
  return { event, answers }
}

/** The answers a `screener-completed` event holds, if it holds any that still read as answers. */
export function screenerAnswersOf(event: ChildEvent): ScreenerAnswers | undefined {
  if (event.type !== SCREENER_EVENT || event.details === null) return undefined
  const parsed = ScreenerAnswersSchema.safeParse(event.details.answers)
  return parsed.success ? (parsed.data as ScreenerAnswers) : undefined
}
