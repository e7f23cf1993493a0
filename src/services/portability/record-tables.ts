/**
 * The registry of every table that holds part of a child's record. Export, import and deletion all
 * read it, so a table missing here would silently be left out of an export or survive a deletion:
 * `record-tables.db.test.ts` reads the live schema (SQLite and PostgreSQL) and fails when a table
 * with a `child_id` column is not listed. Adding a table with `child_id`? Add it here.
 *
 * Tables are listed in the order rows can be inserted (a row's references come first) and are
 * deleted in the reverse order.
 */
export interface RecordTable {
  /**
   * Which rows belong to the child: `child` — the rows whose `child_id` is the child's;
   * `{ parent, column }` — rows whose `column` holds the id of an exported row of `parent`
   * (for link tables without a `child_id`).
   */
  readonly scope: 'child' | { readonly parent: string; readonly column: string }
  /**
   * `rows` — copied as they are, every id remapped; `search-index` — rebuilt through the search
   * store on import (SQLite keeps an FTS table beside it); `documents` — the rows carry files,
   * which travel as files in the ZIP; `not-portable` — not part of an export (sharing, audit and
   * access state belong to the household that held the record), but deleted with the child.
   */
  readonly kind: 'rows' | 'search-index' | 'documents' | 'not-portable'
  /** Columns holding user ids: on import they name the person importing (or stay empty). */
  readonly userColumns?: readonly string[]
  /** Columns that only make sense on the server that wrote them: left out of the export. */
  readonly localColumns?: readonly string[]
  /** Sorting the rows on this column inserts older rows (that newer ones refer to) first. */
  readonly orderBy?: string
  /**
   * Deleted only after the child's row is gone (the audit trail refuses deletes while the child
   * exists, so no one can erase their tracks through the application).
   */
  readonly deleteAfterChild?: boolean
  /**
   * `detach` — the rows are another organization's own records about the child (a practice's
   * notes, tasks and booked calls): when the family deletes the record they are kept, with
   * `child_id` set to null and `child_detached_at` to the moment, instead of being deleted
   * (docs/decisions/008-practice-records-after-a-family-deletes.md). Only for `scope: 'child'`.
   */
  readonly whenChildDeleted?: 'detach'
}

export const RECORD_TABLES: Readonly<Record<string, RecordTable>> = {
  events: { scope: 'child', kind: 'rows', userColumns: ['created_by'], orderBy: 'created_at' },
  documents: {
    scope: 'child',
    kind: 'documents',
    userColumns: ['created_by'],
    localColumns: ['blob_hash', 'wrapped_key'],
    orderBy: 'created_at',
  },
  // Import (issue 13): what the reader proposed from a document, before or after the parent
  // confirmed it. The confirmed plan and events travel as themselves; the proposal stays here.
  document_imports: { scope: 'child', kind: 'not-portable' },
  letters: { scope: 'child', kind: 'rows', userColumns: ['created_by'], orderBy: 'created_at' },
  communications: { scope: 'child', kind: 'rows', userColumns: ['created_by'], orderBy: 'created_at' },
  plans: { scope: 'child', kind: 'rows', userColumns: ['created_by'], orderBy: 'created_at' },
  plan_versions: { scope: 'child', kind: 'rows', userColumns: ['saved_by'], orderBy: 'saved_at' },
  plan_event_links: { scope: { parent: 'plans', column: 'plan_id' }, kind: 'rows', orderBy: 'event_id' },
  record_links: { scope: 'child', kind: 'rows', orderBy: 'created_at' },
  search_entries: {
    scope: 'child',
    kind: 'search-index',
    // Derived by the search store: the folded text, and PostgreSQL's generated tsvector.
    localColumns: ['folded', 'search_vector'],
    orderBy: 'updated_at',
  },
  // Goals and progress (issue 7): the data points and what progress reports said (a data-entry
  // link belongs to this server only; the name of who entered a point travels with it).
  progress_points: {
    scope: 'child',
    kind: 'rows',
    userColumns: ['entered_by_user_id'],
    localColumns: ['entered_by_link_id'],
    orderBy: 'created_at',
  },
  progress_notes: { scope: 'child', kind: 'rows', userColumns: ['created_by'], orderBy: 'created_at' },
  // Deadlines (issue 4): which school calendar the child uses. The calendar and its school years
  // belong to the organization that keeps them (siblings share one), not to one child's record.
  child_school_calendars: { scope: 'child', kind: 'not-portable' },
  // Services delivered (issue 8): the service log (a data-entry link belongs to this server only).
  service_sessions: {
    scope: 'child',
    kind: 'rows',
    userColumns: ['entered_by'],
    localColumns: ['entered_via_link'],
    orderBy: 'created_at',
  },
  accommodation_incidents: {
    scope: 'child',
    kind: 'rows',
    userColumns: ['entered_by'],
    orderBy: 'created_at',
  },
  // Meetings and disputes (issue 10).
  meetings: { scope: 'child', kind: 'rows', userColumns: ['created_by'], orderBy: 'created_at' },
  disputes: { scope: 'child', kind: 'rows', userColumns: ['created_by'], orderBy: 'created_at' },
  // Advocate workspace (issue 11): a practice's own notes and tasks about a family and the calls
  // a family booked for the child. They belong to the practice, so they do not travel with an
  // export; a deleted record detaches them (the link to the child goes, the practice's rows stay).
  practice_notes: { scope: 'child', kind: 'not-portable', whenChildDeleted: 'detach' },
  practice_tasks: { scope: 'child', kind: 'not-portable', whenChildDeleted: 'detach' },
  consultations: { scope: 'child', kind: 'not-portable', whenChildDeleted: 'detach' },
  // Sharing (issue 3): who may see the record on this server, not part of the record itself.
  access_links: { scope: 'child', kind: 'not-portable' },
  child_shares: { scope: 'child', kind: 'not-portable' },
  share_invitations: { scope: 'child', kind: 'not-portable' },
  audit_events: { scope: 'child', kind: 'not-portable', deleteAfterChild: true },
  // Deletion (issue 3): the request that hides the record during its grace period.
  deletion_requests: { scope: 'child', kind: 'not-portable', deleteAfterChild: true },
}

/**
 * The school years of the calendar a child uses. The calendar belongs to an organization, not to
 * the record (siblings share it), so it is not in RECORD_TABLES; an export still carries its years
 * under this name (with `child_id`, `calendar_id` and `calendar_name`), and an import makes the
 * calendar again in the importing household (once for siblings that shared it). Exports made
 * before calendars were shared have the same rows without `calendar_id`.
 */
export const CALENDAR_YEARS_TABLE = 'school_years'
export const CALENDAR_YEARS_COLUMNS: ReadonlySet<string> = new Set([
  'id',
  'organization_id',
  'child_id',
  'calendar_id',
  'calendar_name',
  'first_day',
  'last_day',
  'closures',
  'version',
  'created_at',
  'updated_at',
])

export const RECORD_TABLE_NAMES = Object.keys(RECORD_TABLES)

export function isRecordTable(name: string): boolean {
  return Object.hasOwn(RECORD_TABLES, name)
}
