import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'

// Frozen in time: this migration never imports application code.
// Shared school calendars (issue 4): a named school calendar ("Austin ISD") kept by an organization
// (a household or a practice) holds the school years; each child links to one calendar, so siblings
// share it. Until now a school year belonged to one child: each child with school years gets a
// calendar of its own (named after the child, as the app names one it makes for a child) holding exactly those years, and is linked to it.
// Down puts a copy of its calendar's years back on every linked child (calendars no child uses are
// dropped, as they did not exist before).

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against Kysely<any>.
type Db = Kysely<any>

interface YearRow {
  id: string
  organization_id: string
  first_day: string
  last_day: string
  closures: string
  version: number
  created_at: string
  updated_at: string
}

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('school_calendars')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('school_calendars_organization_idx')
    .on('school_calendars')
    .columns(['organization_id', 'name'])
    .execute()

  // One row per child: the calendar its school-day deadlines count on.
  await db.schema
    .createTable('child_school_calendars')
    .addColumn('child_id', 'text', (c) => c.primaryKey().references('children.id').onDelete('cascade'))
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('calendar_id', 'text', (c) =>
      c.notNull().references('school_calendars.id').onDelete('cascade'),
    )
    .addColumn('linked_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('child_school_calendars_calendar_idx')
    .on('child_school_calendars')
    .column('calendar_id')
    .execute()

  // The years move from the child to the calendar: rebuild the table (SQLite cannot drop a
  // referencing column), keeping every id, date, closure and version.
  await db.schema.dropIndex('school_years_child_idx').execute()
  await db.schema.dropIndex('school_years_organization_idx').execute()
  await db.schema.alterTable('school_years').renameTo('school_years_of_children').execute()
  await createYearsTable(db, 'calendar_id', 'school_calendars.id')

  const children = await db
    .selectFrom('school_years_of_children')
    .innerJoin('children', 'children.id', 'school_years_of_children.child_id')
    .select([
      'children.id as child_id',
      'children.organization_id as organization_id',
      'children.legal_name as legal_name',
      'children.preferred_name as preferred_name',
    ])
    .select((eb) => eb.fn.min('school_years_of_children.created_at').as('first_at'))
    .groupBy(['children.id', 'children.organization_id', 'children.legal_name', 'children.preferred_name'])
    .orderBy('children.id')
    .execute()
  for (const child of children) {
    const calendarId = randomUUID()
    await db
      .insertInto('school_calendars')
      .values({
        id: calendarId,
        organization_id: child.organization_id,
        name: child.preferred_name || child.legal_name,
        version: 1,
        created_at: child.first_at,
        updated_at: child.first_at,
      })
      .execute()
    await db
      .insertInto('child_school_calendars')
      .values({
        child_id: child.child_id,
        organization_id: child.organization_id,
        calendar_id: calendarId,
        linked_at: child.first_at,
      })
      .execute()
    const years: YearRow[] = await db
      .selectFrom('school_years_of_children')
      .select([
        'id',
        'organization_id',
        'first_day',
        'last_day',
        'closures',
        'version',
        'created_at',
        'updated_at',
      ])
      .where('child_id', '=', child.child_id)
      .execute()
    for (const year of years) {
      await db
        .insertInto('school_years')
        .values({ ...year, calendar_id: calendarId })
        .execute()
    }
  }
  await db.schema.dropTable('school_years_of_children').execute()
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropIndex('school_years_calendar_idx').execute()
  await db.schema.dropIndex('school_years_organization_idx').execute()
  await db.schema.alterTable('school_years').renameTo('school_years_of_calendars').execute()
  await createYearsTable(db, 'child_id', 'children.id')

  const links = await db
    .selectFrom('child_school_calendars')
    .innerJoin('children', 'children.id', 'child_school_calendars.child_id')
    .select(['children.id as child_id', 'children.organization_id as organization_id', 'calendar_id'])
    .orderBy('child_school_calendars.linked_at')
    .orderBy('children.id')
    .execute()
  const copied = new Set<string>()
  for (const link of links) {
    const years: YearRow[] = await db
      .selectFrom('school_years_of_calendars')
      .select([
        'id',
        'organization_id',
        'first_day',
        'last_day',
        'closures',
        'version',
        'created_at',
        'updated_at',
      ])
      .where('calendar_id', '=', link.calendar_id)
      .execute()
    for (const year of years) {
      // The first child keeps the year's id; each sibling gets a copy of its own.
      const id = copied.has(year.id) ? randomUUID() : year.id
      copied.add(year.id)
      await db
        .insertInto('school_years')
        .values({ ...year, id, organization_id: link.organization_id, child_id: link.child_id })
        .execute()
    }
  }
  await db.schema.dropTable('school_years_of_calendars').execute()
  await db.schema.dropTable('child_school_calendars').execute()
  await db.schema.dropTable('school_calendars').execute()
}

/** The school_years table with the owner column (`child_id` before, `calendar_id` after). */
async function createYearsTable(db: Db, owner: 'child_id' | 'calendar_id', references: string) {
  await db.schema
    .createTable('school_years')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn(owner, 'text', (c) => c.notNull().references(references).onDelete('cascade'))
    .addColumn('first_day', 'date', (c) => c.notNull())
    .addColumn('last_day', 'date', (c) => c.notNull())
    .addColumn('closures', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex(owner === 'child_id' ? 'school_years_child_idx' : 'school_years_calendar_idx')
    .on('school_years')
    .columns([owner, 'first_day'])
    .execute()
  await db.schema
    .createIndex('school_years_organization_idx')
    .on('school_years')
    .column('organization_id')
    .execute()
}
