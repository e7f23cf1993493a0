import type {
  Channel,
  Communication,
  CommunicationDetails,
  Direction,
} from '../domain/communications/communication.ts'
import type { LocalDate } from '../domain/dates/local-date.ts'
import type { DbOrTx } from './database.ts'
import type { CommunicationRow } from './tables.ts'

function toCommunication(row: CommunicationRow): Communication {
  return {
    id: row.id,
    childId: row.child_id,
    organizationId: row.organization_id,
    occurredOn: row.occurred_on as LocalDate,
    channel: row.channel as Channel,
    direction: row.direction as Direction,
    people: row.people,
    subject: row.subject,
    summary: row.summary,
    emailText: row.email_text,
    followUpOn: row.follow_up_on as LocalDate | null,
    followUpNote: row.follow_up_note,
    followUpDoneAt: row.follow_up_done_at,
    letterId: row.letter_id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export async function insertCommunication(
  db: DbOrTx,
  communication: {
    id: string
    childId: string
    organizationId: string
    details: CommunicationDetails
    letterId: string | null
    createdBy: string | null
    now: string
  },
): Promise<void> {
  const d = communication.details
  await db
    .insertInto('communications')
    .values({
      id: communication.id,
      organization_id: communication.organizationId,
      child_id: communication.childId,
      occurred_on: d.occurredOn,
      channel: d.channel,
      direction: d.direction,
      people: d.people,
      subject: d.subject,
      summary: d.summary,
      email_text: d.emailText,
      follow_up_on: d.followUpOn,
      follow_up_note: d.followUpNote,
      follow_up_done_at: null,
      letter_id: communication.letterId,
      version: 1,
      created_by: communication.createdBy,
      created_at: communication.now,
      updated_at: communication.now,
    })
    .execute()
}

export async function findCommunication(db: DbOrTx, id: string): Promise<Communication | undefined> {
  const row = await db.selectFrom('communications').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toCommunication(row)
}

/** A child's communications log, newest first. */
export async function listCommunicationsOfChild(db: DbOrTx, childId: string): Promise<Communication[]> {
  const rows = await db
    .selectFrom('communications')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('occurred_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute()
  return rows.map(toCommunication)
}

/** Saves new details if the row is still at `expectedVersion`; a changed follow-up date reopens it. */
export async function updateCommunicationDetails(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  details: CommunicationDetails,
  keepDoneAt: string | null,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('communications')
    .set({
      occurred_on: details.occurredOn,
      channel: details.channel,
      direction: details.direction,
      people: details.people,
      subject: details.subject,
      summary: details.summary,
      email_text: details.emailText,
      follow_up_on: details.followUpOn,
      follow_up_note: details.followUpNote,
      follow_up_done_at: keepDoneAt,
      version: expectedVersion + 1,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function setFollowUpDone(
  db: DbOrTx,
  id: string,
  doneAt: string | null,
  now: string,
): Promise<void> {
  await db
    .updateTable('communications')
    .set((eb) => ({ follow_up_done_at: doneAt, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute()
}

export async function deleteCommunicationRow(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('communications').where('id', '=', id).execute()
}

/** Open follow-ups due on or before a date, across every child (for reminders). */
export async function listOpenFollowUpsDueBy(db: DbOrTx, dueBy: LocalDate): Promise<Communication[]> {
  const rows = await db
    .selectFrom('communications')
    .selectAll()
    .where('follow_up_on', 'is not', null)
    .where('follow_up_on', '<=', dueBy)
    .where('follow_up_done_at', 'is', null)
    .orderBy('follow_up_on')
    .execute()
  return rows.map(toCommunication)
}

/** The log entry that records a sent letter. */
export async function findCommunicationOfLetter(
  db: DbOrTx,
  letterId: string,
): Promise<Communication | undefined> {
  const row = await db
    .selectFrom('communications')
    .selectAll()
    .where('letter_id', '=', letterId)
    .executeTakeFirst()
  return row && toCommunication(row)
}
