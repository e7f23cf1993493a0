import type { LocalDate } from '../domain/dates/local-date.ts'
import {
  EMPTY_PREP,
  type Meeting,
  type MeetingDetails,
  type MeetingKind,
  type MeetingOutcome,
  type MeetingPrep,
  type Participant,
} from '../domain/meetings/meeting.ts'
import type { DbOrTx } from './database.ts'
import type { MeetingRow } from './tables.ts'

function toMeeting(row: MeetingRow): Meeting {
  // Outcomes saved before `schoolProposedChange` existed read as no proposal.
  const outcome =
    row.outcome === null
      ? null
      : {
          schoolProposedChange: false,
          ...(JSON.parse(row.outcome) as Partial<Omit<MeetingOutcome, 'heldOn'>>),
        }
  return {
    id: row.id,
    childId: row.child_id,
    organizationId: row.organization_id,
    kind: row.kind as MeetingKind,
    date: row.meeting_date as LocalDate,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    timeZone: row.time_zone,
    place: row.place,
    link: row.link,
    invitedOn: row.invited_on as LocalDate | null,
    participants: JSON.parse(row.participants) as Participant[],
    prep: { ...EMPTY_PREP, ...(JSON.parse(row.prep) as Partial<MeetingPrep>) },
    outcome:
      outcome && row.held_on
        ? {
            notes: outcome.notes ?? '',
            decisions: outcome.decisions ?? '',
            followUps: outcome.followUps ?? [],
            schoolProposedChange: outcome.schoolProposedChange,
            heldOn: row.held_on as LocalDate,
          }
        : null,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function detailColumns(details: MeetingDetails) {
  return {
    kind: details.kind,
    meeting_date: details.date,
    start_time: details.startTime,
    duration_minutes: details.durationMinutes,
    time_zone: details.timeZone,
    place: details.place,
    link: details.link,
    invited_on: details.invitedOn,
    participants: JSON.stringify(details.participants),
  }
}

export async function insertMeeting(
  db: DbOrTx,
  meeting: {
    id: string
    childId: string
    organizationId: string
    details: MeetingDetails
    createdBy: string | null
    now: string
  },
): Promise<void> {
  await db
    .insertInto('meetings')
    .values({
      id: meeting.id,
      organization_id: meeting.organizationId,
      child_id: meeting.childId,
      ...detailColumns(meeting.details),
      prep: JSON.stringify(EMPTY_PREP),
      held_on: null,
      outcome: null,
      version: 1,
      created_by: meeting.createdBy,
      created_at: meeting.now,
      updated_at: meeting.now,
    })
    .execute()
}

export async function findMeeting(db: DbOrTx, id: string): Promise<Meeting | undefined> {
  const row = await db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toMeeting(row)
}

/** A child's meetings, soonest first. */
export async function listMeetingsOfChild(db: DbOrTx, childId: string): Promise<Meeting[]> {
  const rows = await db
    .selectFrom('meetings')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('meeting_date')
    .orderBy('start_time')
    .orderBy('id')
    .execute()
  return rows.map(toMeeting)
}

/** Saves one part of a meeting if it is unchanged since `expectedVersion`; false when someone saved first. */
export async function updateMeeting(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  change:
    | { part: 'details'; details: MeetingDetails }
    | { part: 'prep'; prep: MeetingPrep }
    | { part: 'outcome'; outcome: MeetingOutcome },
  now: string,
): Promise<boolean> {
  const columns =
    change.part === 'details'
      ? detailColumns(change.details)
      : change.part === 'prep'
        ? { prep: JSON.stringify(change.prep) }
        : {
            held_on: change.outcome.heldOn,
            outcome: JSON.stringify({
              notes: change.outcome.notes,
              decisions: change.outcome.decisions,
              followUps: change.outcome.followUps,
              schoolProposedChange: change.outcome.schoolProposedChange,
            }),
          }
  const result = await db
    .updateTable('meetings')
    .set({ ...columns, version: expectedVersion + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function deleteMeetingRow(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('meetings').where('id', '=', id).execute()
}
