import type { ChildEvent, EventDetails } from '../domain/children/event.ts'
import type { LocalDate } from '../domain/dates/local-date.ts'
import type { EventType } from '../domain/events/event-types.ts'
import type { DbOrTx } from './database.ts'
import type { EventRow } from './tables.ts'

export function toEvent(row: EventRow): ChildEvent {
  return {
    id: row.id,
    childId: row.child_id,
    organizationId: row.organization_id,
    type: row.type as EventType,
    date: row.date as LocalDate,
    note: row.note,
    details: row.details === null ? null : (JSON.parse(row.details) as Record<string, unknown>),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export async function insertEvent(
  db: DbOrTx,
  event: {
    id: string
    childId: string
    organizationId: string
    details: EventDetails
    extra?: Readonly<Record<string, unknown>> | null
    createdBy: string | null
    now: string
  },
): Promise<void> {
  await db
    .insertInto('events')
    .values({
      id: event.id,
      child_id: event.childId,
      organization_id: event.organizationId,
      type: event.details.type,
      date: event.details.date,
      note: event.details.note,
      details: event.extra ? JSON.stringify(event.extra) : null,
      created_by: event.createdBy,
      created_at: event.now,
      updated_at: event.now,
    })
    .execute()
}

/** A child's events, newest first (ties by when they were entered). */
export async function listEventsOfChild(db: DbOrTx, childId: string): Promise<ChildEvent[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('date', 'desc')
    .orderBy('created_at', 'desc')
    .execute()
  return rows.map(toEvent)
}

export async function findEvent(db: DbOrTx, id: string): Promise<ChildEvent | undefined> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toEvent(row)
}

export async function updateEvent(db: DbOrTx, id: string, details: EventDetails, now: string): Promise<void> {
  await db
    .updateTable('events')
    .set({ type: details.type, date: details.date, note: details.note, updated_at: now })
    .where('id', '=', id)
    .execute()
}

export async function deleteEvent(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('events').where('id', '=', id).execute()
}
