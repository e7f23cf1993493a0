import type { LocalDate } from '../domain/dates/local-date.ts'
import type { Closure, SchoolYear, SchoolYearDetails } from '../domain/school-calendars/school-year.ts'
import { chunks } from './caseload-store.ts'
import type { DbOrTx } from './database.ts'
import { memoizedRead } from './read-memo.ts'
import type { SchoolYearRow } from './tables.ts'

// Deadlines (issue 4): the school years of shared school calendars (a child counts school days on
// the calendar it links to), and reminder settings per person.

export function toSchoolYear(row: SchoolYearRow): SchoolYear {
  return {
    id: row.id,
    calendarId: row.calendar_id,
    organizationId: row.organization_id,
    firstDay: row.first_day as LocalDate,
    lastDay: row.last_day as LocalDate,
    closures: JSON.parse(row.closures) as Closure[],
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/** A calendar's school years, earliest first. */
export async function listSchoolYearsOfCalendar(db: DbOrTx, calendarId: string): Promise<SchoolYear[]> {
  const rows = await db
    .selectFrom('school_years')
    .selectAll()
    .where('calendar_id', '=', calendarId)
    .orderBy('first_day')
    .execute()
  return rows.map(toSchoolYear)
}

/** The school years of the calendar a child links to, earliest first (none without a calendar). */
export async function listSchoolYearsOfChild(db: DbOrTx, childId: string): Promise<SchoolYear[]> {
  const years = await memoizedRead(
    db,
    `school-years-of:${childId}`,
    async () => (await listSchoolYearsOfChildren(db, [childId])).get(childId) ?? [],
  )
  return [...years]
}

/** The school years of several children's calendars in one query per chunk, grouped by child. */
export async function listSchoolYearsOfChildren(
  db: DbOrTx,
  childIds: readonly string[],
): Promise<Map<string, SchoolYear[]>> {
  const byChild = new Map<string, SchoolYear[]>(childIds.map((id) => [id, []]))
  for (const part of chunks(childIds)) {
    const rows = await db
      .selectFrom('school_years')
      .innerJoin('child_school_calendars', 'child_school_calendars.calendar_id', 'school_years.calendar_id')
      .selectAll('school_years')
      .select('child_school_calendars.child_id as linked_child_id')
      .where('child_school_calendars.child_id', 'in', part)
      .orderBy('school_years.first_day')
      .execute()
    for (const row of rows) byChild.get(row.linked_child_id)?.push(toSchoolYear(row))
  }
  return byChild
}

export async function findSchoolYear(db: DbOrTx, id: string): Promise<SchoolYear | undefined> {
  const row = await db.selectFrom('school_years').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toSchoolYear(row)
}

export async function insertSchoolYear(
  db: DbOrTx,
  year: { id: string; calendarId: string; organizationId: string; details: SchoolYearDetails; now: string },
): Promise<void> {
  await db
    .insertInto('school_years')
    .values({
      id: year.id,
      calendar_id: year.calendarId,
      organization_id: year.organizationId,
      first_day: year.details.firstDay,
      last_day: year.details.lastDay,
      closures: JSON.stringify(year.details.closures),
      version: 1,
      created_at: year.now,
      updated_at: year.now,
    })
    .execute()
}

/** Saves a change only if nobody saved one since `expectedVersion`; false when someone did. */
export async function updateSchoolYear(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  details: SchoolYearDetails,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('school_years')
    .set({
      first_day: details.firstDay,
      last_day: details.lastDay,
      closures: JSON.stringify(details.closures),
      version: expectedVersion + 1,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function deleteSchoolYearRow(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('school_years').where('id', '=', id).execute()
}

export async function deleteSchoolYearsOfCalendar(db: DbOrTx, calendarId: string): Promise<void> {
  await db.deleteFrom('school_years').where('calendar_id', '=', calendarId).execute()
}

export interface ReminderSettings {
  /** Days before a deadline to send a reminder, largest first. */
  readonly daysBefore: readonly number[]
  readonly off: boolean
  /** 0 when the person has never saved settings (the defaults apply). */
  readonly version: number
}

/** Issue 4: "default 14 and 3 days before". */
export const DEFAULT_REMINDER_DAYS: readonly number[] = [14, 3]

export async function findReminderSettings(db: DbOrTx, userId: string): Promise<ReminderSettings> {
  const row = await db
    .selectFrom('reminder_settings')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst()
  if (!row) return { daysBefore: DEFAULT_REMINDER_DAYS, off: false, version: 0 }
  return {
    daysBefore: row.days_before === '' ? [] : row.days_before.split(',').map(Number),
    off: row.turned_off_at !== null,
    version: row.version,
  }
}

/**
 * Saves a person's settings if nobody saved since `expectedVersion` (0: never saved). False when
 * someone did (or, for a first save, when a row appeared meanwhile).
 */
export async function saveReminderSettings(
  db: DbOrTx,
  userId: string,
  expectedVersion: number,
  settings: { daysBefore: readonly number[]; off: boolean },
  now: string,
): Promise<boolean> {
  const values = {
    days_before: settings.daysBefore.join(','),
    turned_off_at: settings.off ? now : null,
    version: expectedVersion + 1,
    updated_at: now,
  }
  if (expectedVersion === 0) {
    const result = await db
      .insertInto('reminder_settings')
      .values({ user_id: userId, ...values })
      .onConflict((oc) => oc.column('user_id').doNothing())
      .executeTakeFirst()
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1
  }
  const result = await db
    .updateTable('reminder_settings')
    .set(values)
    .where('user_id', '=', userId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/**
 * People who may get deadline reminders: a verified e-mail and membership of an organization with
 * at least one child on record that is not archived.
 */
export async function listReminderRecipientIds(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('memberships', 'memberships.user_id', 'users.id')
    .innerJoin('children', 'children.organization_id', 'memberships.organization_id')
    .select('users.id')
    .distinct()
    .where('users.email_verified_at', 'is not', null)
    .where('children.archived_at', 'is', null)
    .orderBy('users.id')
    .execute()
  return rows.map((row) => row.id)
}
