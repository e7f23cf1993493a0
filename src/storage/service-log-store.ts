import type { LocalDate } from '../domain/dates/local-date.ts'
import type { SessionDetails, SessionSource } from '../domain/services-delivered/session-entry.ts'
import type { SessionStatus } from '../domain/services-delivered/session-status.ts'
import type { DbOrTx } from './database.ts'
import type { AccommodationIncidentRow, ServiceSessionRow } from './tables.ts'

/** A saved line of the service log. */
export interface LoggedSession extends SessionDetails {
  readonly id: string
  readonly childId: string
  readonly organizationId: string
  readonly unconfirmed: boolean
  readonly enteredBy: string | null
  readonly enteredViaLink: string | null
  readonly version: number
  readonly createdAt: string
  readonly updatedAt: string
}

export function toSession(row: ServiceSessionRow): LoggedSession {
  return {
    id: row.id,
    childId: row.child_id,
    organizationId: row.organization_id,
    serviceId: row.service_id,
    date: row.session_date as LocalDate,
    minutes: row.minutes,
    status: row.status as SessionStatus,
    provider: row.provider,
    note: row.note,
    source: row.source as SessionSource,
    unconfirmed: row.unconfirmed === 1,
    enteredBy: row.entered_by,
    enteredViaLink: row.entered_via_link,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export interface NewSession {
  readonly id: string
  readonly childId: string
  readonly organizationId: string
  readonly details: SessionDetails
  readonly unconfirmed: boolean
  readonly enteredBy: string | null
  readonly enteredViaLink: string | null
  readonly now: string
}

export async function insertSessions(db: DbOrTx, sessions: readonly NewSession[]): Promise<void> {
  // Chunks keep each statement under SQLite's and PostgreSQL's parameter limits.
  for (let start = 0; start < sessions.length; start += 500) {
    await db
      .insertInto('service_sessions')
      .values(
        sessions.slice(start, start + 500).map((s) => ({
          id: s.id,
          organization_id: s.organizationId,
          child_id: s.childId,
          service_id: s.details.serviceId,
          session_date: s.details.date,
          minutes: s.details.minutes,
          status: s.details.status,
          provider: s.details.provider,
          note: s.details.note,
          source: s.details.source,
          unconfirmed: s.unconfirmed ? 1 : 0,
          entered_by: s.enteredBy,
          entered_via_link: s.enteredViaLink,
          version: 1,
          created_at: s.now,
          updated_at: s.now,
        })),
      )
      .execute()
  }
}

export async function findSession(db: DbOrTx, id: string): Promise<LoggedSession | undefined> {
  const row = await db.selectFrom('service_sessions').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toSession(row)
}

/** A child's service log, newest first; `from`/`to` (both included) narrow it to a period. */
export async function listSessionsOfChild(
  db: DbOrTx,
  childId: string,
  period: { from?: LocalDate; to?: LocalDate } = {},
): Promise<LoggedSession[]> {
  let query = db.selectFrom('service_sessions').selectAll().where('child_id', '=', childId)
  if (period.from) query = query.where('session_date', '>=', period.from)
  if (period.to) query = query.where('session_date', '<=', period.to)
  const rows = await query
    .orderBy('session_date', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute()
  return rows.map(toSession)
}

/** Saves new details if the row is still at `expectedVersion`. */
export async function updateSessionDetails(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  details: SessionDetails,
  unconfirmed: boolean,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('service_sessions')
    .set({
      service_id: details.serviceId,
      session_date: details.date,
      minutes: details.minutes,
      status: details.status,
      provider: details.provider,
      note: details.note,
      source: details.source,
      unconfirmed: unconfirmed ? 1 : 0,
      version: expectedVersion + 1,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Deletes a row if it is still at `expectedVersion`. */
export async function deleteSessionRow(db: DbOrTx, id: string, expectedVersion: number): Promise<boolean> {
  const result = await db
    .deleteFrom('service_sessions')
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst()
  return Number(result.numDeletedRows) === 1
}

/** A logged day on which an accommodation of the plan was not provided. */
export interface LoggedIncident {
  readonly id: string
  readonly childId: string
  readonly organizationId: string
  readonly accommodationId: string
  readonly date: LocalDate
  readonly whatHappened: string
  readonly reportedBy: string | null
  readonly enteredBy: string | null
  readonly version: number
  readonly createdAt: string
}

function toIncident(row: AccommodationIncidentRow): LoggedIncident {
  return {
    id: row.id,
    childId: row.child_id,
    organizationId: row.organization_id,
    accommodationId: row.accommodation_id,
    date: row.incident_date as LocalDate,
    whatHappened: row.what_happened,
    reportedBy: row.reported_by,
    enteredBy: row.entered_by,
    version: row.version,
    createdAt: row.created_at,
  }
}

export async function insertIncident(
  db: DbOrTx,
  incident: {
    id: string
    childId: string
    organizationId: string
    accommodationId: string
    date: LocalDate
    whatHappened: string
    reportedBy: string | null
    enteredBy: string | null
    now: string
  },
): Promise<void> {
  await db
    .insertInto('accommodation_incidents')
    .values({
      id: incident.id,
      organization_id: incident.organizationId,
      child_id: incident.childId,
      accommodation_id: incident.accommodationId,
      incident_date: incident.date,
      what_happened: incident.whatHappened,
      reported_by: incident.reportedBy,
      entered_by: incident.enteredBy,
      version: 1,
      created_at: incident.now,
      updated_at: incident.now,
    })
    .execute()
}

export async function findIncident(db: DbOrTx, id: string): Promise<LoggedIncident | undefined> {
  const row = await db
    .selectFrom('accommodation_incidents')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  return row && toIncident(row)
}

/** A child's log of accommodations not provided, newest first. */
export async function listIncidentsOfChild(db: DbOrTx, childId: string): Promise<LoggedIncident[]> {
  const rows = await db
    .selectFrom('accommodation_incidents')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('incident_date', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute()
  return rows.map(toIncident)
}

export async function deleteIncidentRow(db: DbOrTx, id: string, expectedVersion: number): Promise<boolean> {
  const result = await db
    .deleteFrom('accommodation_incidents')
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst()
  return Number(result.numDeletedRows) === 1
}
