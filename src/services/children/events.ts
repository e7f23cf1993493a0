import { type Actor, userIdOf } from '../../domain/access/actor.ts'
import { type ChildEvent, checkEventDetails, type EventDraft } from '../../domain/children/event.ts'
import { DomainError, invalidInput } from '../../domain/problems.ts'
import {
  deleteEvent as deleteStoredEvent,
  findEvent,
  insertEvent,
  listEventsOfChild,
  updateEvent,
} from '../../storage/events-store.ts'
import { getChildForActor } from '../access/child-access.ts'
import { type Deps, today } from '../deps.ts'

export async function listEvents(deps: Deps, actor: Actor, childId: string): Promise<ChildEvent[]> {
  await getChildForActor(deps.db, actor, childId, 'read')
  return listEventsOfChild(deps.db, childId)
}

/** Records an event on a child's timeline; the deadline engine reads events to start and meet clocks. */
export async function addEvent(
  deps: Deps,
  actor: Actor,
  childId: string,
  draft: EventDraft,
): Promise<ChildEvent> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  const { value, problems } = checkEventDetails(draft, today(deps))
  if (!value) throw invalidInput(problems)
  const id = deps.newId()
  await insertEvent(deps.db, {
    id,
    childId,
    organizationId: child.organizationId,
    details: value,
    createdBy: userIdOf(actor),
    now: deps.clock.now(),
  })
  const event = await findEvent(deps.db, id)
  if (!event) throw new Error('Event vanished after insert')
  return event
}

/** The event, if the actor may see (or change) the child and the event belongs to that child; NOT_FOUND otherwise. */
async function findEventOfChild(
  deps: Deps,
  actor: Actor,
  childId: string,
  eventId: string,
  need: 'read' | 'edit',
): Promise<ChildEvent> {
  await getChildForActor(deps.db, actor, childId, need)
  const event = await findEvent(deps.db, eventId)
  if (!event || event.childId !== childId) throw new DomainError('NOT_FOUND')
  return event
}

export async function getEvent(
  deps: Deps,
  actor: Actor,
  childId: string,
  eventId: string,
): Promise<ChildEvent> {
  return findEventOfChild(deps, actor, childId, eventId, 'read')
}

export async function editEvent(
  deps: Deps,
  actor: Actor,
  childId: string,
  eventId: string,
  draft: EventDraft,
): Promise<ChildEvent> {
  const event = await findEventOfChild(deps, actor, childId, eventId, 'edit')
  const { value, problems } = checkEventDetails(draft, today(deps))
  if (!value) throw invalidInput(problems)
  await updateEvent(deps.db, eventId, value, deps.clock.now())
  return { ...event, ...value, updatedAt: deps.clock.now() }
}

export async function deleteEvent(deps: Deps, actor: Actor, childId: string, eventId: string): Promise<void> {
  await findEventOfChild(deps, actor, childId, eventId, 'edit')
  await deleteStoredEvent(deps.db, eventId)
}
