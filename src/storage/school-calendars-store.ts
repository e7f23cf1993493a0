import type { SchoolCalendar } from '../domain/school-calendars/school-year.ts'
import { chunks } from './caseload-store.ts'
import type { DbOrTx } from './database.ts'
import type { RecordRow } from './record-rows-store.ts'
import type { SchoolCalendarRow } from './tables.ts'

// Shared school calendars (issue 4): named calendars kept by an organization, and which calendar
// each child links to. The years themselves are in deadlines-store.ts.

function toSchoolCalendar(row: SchoolCalendarRow): SchoolCalendar {
  return {
    id: row.id,
    organizationId: row.organization_id,
    name: row.name,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export async function findSchoolCalendar(db: DbOrTx, id: string): Promise<SchoolCalendar | undefined> {
  const row = await db.selectFrom('school_calendars').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toSchoolCalendar(row)
}

/** The calendars kept by these organizations, by name. */
export async function listSchoolCalendarsOfOrganizations(
  db: DbOrTx,
  organizationIds: readonly string[],
): Promise<SchoolCalendar[]> {
  const found: SchoolCalendar[] = []
  for (const part of chunks(organizationIds)) {
    const rows = await db
      .selectFrom('school_calendars')
      .selectAll()
      .where('organization_id', 'in', part)
      .orderBy('name')
      .orderBy('id')
      .execute()
    found.push(...rows.map(toSchoolCalendar))
  }
  return found.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1))
}

export async function insertSchoolCalendar(
  db: DbOrTx,
  calendar: { id: string; organizationId: string; name: string; now: string },
): Promise<void> {
  await db
    .insertInto('school_calendars')
    .values({
      id: calendar.id,
      organization_id: calendar.organizationId,
      name: calendar.name,
      version: 1,
      created_at: calendar.now,
      updated_at: calendar.now,
    })
    .execute()
}

/**
 * Renames a calendar if nobody changed it since `expectedVersion` (a change to one of its years
 * counts too); false when someone did.
 */
export async function updateSchoolCalendar(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  name: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('school_calendars')
    .set({ name, version: expectedVersion + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Marks a calendar changed (one of its years was added, changed or deleted). */
export async function touchSchoolCalendar(db: DbOrTx, id: string, now: string): Promise<void> {
  await db
    .updateTable('school_calendars')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .execute()
}

/** The calendar a child links to, if any. */
export async function findCalendarOfChild(db: DbOrTx, childId: string): Promise<SchoolCalendar | undefined> {
  const row = await db
    .selectFrom('child_school_calendars')
    .innerJoin('school_calendars', 'school_calendars.id', 'child_school_calendars.calendar_id')
    .selectAll('school_calendars')
    .where('child_school_calendars.child_id', '=', childId)
    .executeTakeFirst()
  return row && toSchoolCalendar(row)
}

/** Links a child to a calendar, replacing the calendar it linked to before. */
export async function linkChildToCalendar(
  db: DbOrTx,
  link: { childId: string; organizationId: string; calendarId: string; now: string },
): Promise<void> {
  await db
    .insertInto('child_school_calendars')
    .values({
      child_id: link.childId,
      organization_id: link.organizationId,
      calendar_id: link.calendarId,
      linked_at: link.now,
    })
    .onConflict((oc) =>
      oc.column('child_id').doUpdateSet({ calendar_id: link.calendarId, linked_at: link.now }),
    )
    .execute()
}

/** The children linked to a calendar, with their organization. */
export async function listChildrenOfCalendar(
  db: DbOrTx,
  calendarId: string,
): Promise<{ childId: string; organizationId: string }[]> {
  const rows = await db
    .selectFrom('child_school_calendars')
    .select(['child_id', 'organization_id'])
    .where('calendar_id', '=', calendarId)
    .orderBy('child_id')
    .execute()
  return rows.map((row) => ({ childId: row.child_id, organizationId: row.organization_id }))
}

/**
 * The school years of a child's calendar as a child's export writes them (`school_years` in
 * record.json): each year's columns, with the child's id and the calendar's name beside them, so an
 * import can rebuild the calendar (and an export made before calendars were shared reads the same).
 */
export async function listExportedYearsOfChild(db: DbOrTx, childId: string): Promise<RecordRow[]> {
  const rows = await db
    .selectFrom('child_school_calendars')
    .innerJoin('school_calendars', 'school_calendars.id', 'child_school_calendars.calendar_id')
    .innerJoin('school_years', 'school_years.calendar_id', 'school_calendars.id')
    .selectAll('school_years')
    .select(['child_school_calendars.child_id as child_id', 'school_calendars.name as calendar_name'])
    .where('child_school_calendars.child_id', '=', childId)
    .orderBy('school_years.created_at')
    .orderBy('school_years.id')
    .execute()
  return rows as RecordRow[]
}

/**
 * Locks a calendar's row for the rest of the transaction (PostgreSQL), so a removal waits for a link
 * to it being written (which holds a key lock on the row) and then sees it. SQLite writes one at a time.
 */
export async function lockSchoolCalendar(
  db: DbOrTx,
  id: string,
  dialect: 'sqlite' | 'postgres',
): Promise<void> {
  if (dialect === 'postgres') {
    await db.selectFrom('school_calendars').select('id').where('id', '=', id).forUpdate().execute()
  }
}

export async function deleteSchoolCalendarRow(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('school_calendars').where('id', '=', id).execute()
}
