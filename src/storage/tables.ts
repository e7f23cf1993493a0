import type { Generated, Selectable } from 'kysely'

/**
 * Column types of every table, as both databases return them: dates as 'YYYY-MM-DD' strings,
 * instants as ISO strings, JSON as text (parsed in the store that owns the column).
 * Every table that holds family data carries `organization_id` so it can be partitioned by organization.
 */
export interface OrganizationTable {
  id: string
  kind: 'family' | 'practice'
  name: string
  created_at: string
}

export interface UserTable {
  id: string
  email: string
  name: string
  password_hash: string
  email_verified_at: string | null
  locale: string | null
  created_at: string
  updated_at: string
}

export interface MembershipTable {
  organization_id: string
  user_id: string
  role: string
  created_at: string
}

export interface SessionTable {
  id_hash: string
  user_id: string
  created_at: string
  last_seen_at: string
  expires_at: string
}

export interface EmailTokenTable {
  id: string
  user_id: string
  purpose: 'verify-email' | 'reset-password'
  token_hash: string
  expires_at: string
  used_at: string | null
  created_at: string
}

export interface ApiTokenTable {
  id: string
  user_id: string
  name: string
  token_hash: string
  token_prefix: string
  created_at: string
  last_used_at: string | null
  revoked_at: string | null
}

export interface ChildTable {
  id: string
  organization_id: string
  legal_name: string
  preferred_name: string | null
  date_of_birth: string
  grade: string | null
  school: string | null
  district: string | null
  state: string
  home_language: string | null
  notes: string | null
  archived_at: string | null
  version: number
  created_at: string
  updated_at: string
  /** Goes up (by trigger) whenever the child's events or school years change: keys kept deadlines. */
  deadlines_version: Generated<number>
  /** Goes up (by trigger) whenever the rows the caseload's signals read change (plans, progress, …). */
  signals_version: Generated<number>
}

export interface EventTable {
  id: string
  organization_id: string
  child_id: string
  type: string
  date: string
  note: string | null
  details: string | null
  created_by: string | null
  created_at: string
  updated_at: string
}

export interface MailMessageTable {
  id: string
  to_address: string
  subject: string
  text_body: string
  html_body: string | null
  attachments: string | null
  created_at: string
}

export interface RateLimitHitTable {
  key: string
  window_start: string
  hits: number
}

export interface JobTable {
  id: string
  organization_id: string | null
  kind: string
  payload: string
  dedupe_key: string | null
  run_at: string
  attempts: number
  max_attempts: number
  locked_by: string | null
  locked_until: string | null
  done_at: string | null
  failed_at: string | null
  last_error: string | null
  created_at: string
}

export interface JobRunTable {
  id: string
  job_id: string
  kind: string
  worker: string
  started_at: string
  finished_at: string
  outcome: 'done' | 'retry' | 'failed'
  error_code: string | null
  reference: string | null
}

export interface DocumentTable {
  id: string
  organization_id: string
  child_id: string
  title: string
  kind: string
  document_date: string
  notes: string | null
  /** JSON array of strings. */
  tags: string
  file_name: string
  media_type: string
  size_bytes: number
  /** SHA-256 of the encrypted file: its name in the file store (content-addressed). */
  blob_hash: string
  /** The file's own key, encrypted with the master key (see services/documents/file-vault.ts). */
  wrapped_key: string
  text_status: string
  text_chars: number
  version: number
  created_by: string | null
  created_at: string
  updated_at: string
}

export interface CommunicationTable {
  id: string
  organization_id: string
  child_id: string
  occurred_on: string
  channel: string
  direction: string
  people: string | null
  subject: string
  summary: string | null
  email_text: string | null
  follow_up_on: string | null
  follow_up_note: string | null
  follow_up_done_at: string | null
  letter_id: string | null
  version: number
  created_by: string | null
  created_at: string
  updated_at: string
}

export interface LetterTable {
  id: string
  organization_id: string
  child_id: string
  template: string
  language: string
  /** JSON object: the facts the letter was written from. */
  facts: string
  subject: string
  body: string
  written_on: string
  sent_on: string | null
  sent_via: string | null
  received_on: string | null
  version: number
  created_by: string | null
  created_at: string
  updated_at: string
}

export interface RecordLinkTable {
  id: string
  organization_id: string
  child_id: string
  from_kind: string
  from_id: string
  to_kind: string
  to_id: string
  created_at: string
}

export interface SearchEntryTable {
  id: string
  organization_id: string
  child_id: string
  source_kind: string
  source_id: string
  title: string
  body: string
  folded: string
  updated_at: string
}

/** A plan's header: what it is, where it stands, and its latest version (plans-store.ts). */
export interface PlanTable {
  id: string
  organization_id: string
  child_id: string
  kind: string
  status: string
  revision_reason: string | null
  previous_plan_id: string | null
  previous_version: number | null
  meeting_date: string | null
  effective_from: string | null
  effective_to: string | null
  latest_version: number
  created_by: string | null
  created_at: string
  updated_at: string
}

/** One saved version of a plan: never updated (a trigger refuses it on both databases). */
export interface PlanVersionTable {
  plan_id: string
  version: number
  organization_id: string
  child_id: string
  status: string
  action: string
  part: string | null
  document: string
  saved_by: string | null
  saved_by_name: string | null
  saved_at: string
}

/** The events a plan put on the child's timeline, so the next save can replace them. */
export interface PlanEventLinkTable {
  event_id: string
  plan_id: string
  organization_id: string
  source: string
}

export interface Database {
  organizations: OrganizationTable
  users: UserTable
  memberships: MembershipTable
  sessions: SessionTable
  email_tokens: EmailTokenTable
  api_tokens: ApiTokenTable
  children: ChildTable
  events: EventTable
  mail_messages: MailMessageTable
  rate_limit_hits: RateLimitHitTable
  jobs: JobTable
  job_runs: JobRunTable
  documents: DocumentTable
  communications: CommunicationTable
  letters: LetterTable
  record_links: RecordLinkTable
  search_entries: SearchEntryTable
  plans: PlanTable
  plan_versions: PlanVersionTable
  plan_event_links: PlanEventLinkTable
  meetings: MeetingTable
  disputes: DisputeTable
  access_links: AccessLinkTable
  person_calendar_feeds: PersonCalendarFeedTable
  child_shares: ChildShareTable
  share_invitations: ShareInvitationTable
  audit_events: AuditEventTable
  service_sessions: ServiceSessionTable
  accommodation_incidents: AccommodationIncidentTable
  school_years: SchoolYearTable
  school_calendars: SchoolCalendarTable
  child_school_calendars: ChildSchoolCalendarTable
  reminder_settings: ReminderSettingsTable
  // Deletion and two-step sign-in (issue 3: privacy)
  deletion_requests: DeletionRequestTable
  two_step_factors: TwoStepFactorTable
  recovery_codes: RecoveryCodeTable
  pending_sign_ins: PendingSignInTable
  known_devices: KnownDeviceTable
  organization_policies: OrganizationPolicyTable
  progress_points: ProgressPointTable
  progress_notes: ProgressNoteTable
  document_imports: DocumentImportTable
  // Advocate workspace and consultation booking (issue 11)
  practice_invitations: PracticeInvitationTable
  advocate_profiles: AdvocateProfileTable
  consultations: ConsultationTable
  practice_contacts: PracticeContactTable
  practice_notes: PracticeNoteTable
  practice_tasks: PracticeTaskTable
  // Counters that tell when a kept page is out of date (issue 12; migration 2026-12-29T0900)
  page_versions: PageVersionTable
}

/** One counter per scope (an organization's id, `user:<id>`, or `people`), raised by triggers. */
export interface PageVersionTable {
  scope: string
  version: number
}

export type UserRow = Selectable<UserTable>
export type ChildRow = Selectable<ChildTable>
export type EventRow = Selectable<EventTable>
export type OrganizationRow = Selectable<OrganizationTable>
export type DocumentRow = Selectable<DocumentTable>
export type CommunicationRow = Selectable<CommunicationTable>
export type LetterRow = Selectable<LetterTable>
export type PlanRow = Selectable<PlanTable>
export type PlanVersionRow = Selectable<PlanVersionTable>

// ── Meetings and disputes (issue 10) ──────────────────────────────────────────────────────────
export interface MeetingTable {
  id: string
  organization_id: string
  child_id: string
  kind: string
  meeting_date: string
  start_time: string
  duration_minutes: number
  time_zone: string
  place: string | null
  link: string | null
  invited_on: string | null
  /** JSON array: { name, role, excused }. */
  participants: string
  /** JSON object: the parent's concerns, strengths, questions and requests. */
  prep: string
  held_on: string | null
  /** JSON object once held: notes, decisions, follow-up tasks. */
  outcome: string | null
  version: number
  created_by: string | null
  created_at: string
  updated_at: string
}

export interface DisputeTable {
  id: string
  organization_id: string
  child_id: string
  road: string
  title: string
  status: string
  violation_on: string
  knew_on: string | null
  /** JSON array: { stage, date, eventIds }. */
  stages: string
  outcome: string
  /** JSON array of strings. */
  agreement_terms: string
  version: number
  created_by: string | null
  created_at: string
  updated_at: string
}

export type MeetingRow = Selectable<MeetingTable>
export type DisputeRow = Selectable<DisputeTable>
// Sharing, access links and the audit trail (issue 3).

/** A secret link without an account: a teacher's data-entry page or a calendar feed. */
/** One private calendar feed of a person, for every child they can see (only the token's hash). */
export interface PersonCalendarFeedTable {
  id: string
  user_id: string
  token_hash: string
  created_at: string
  revoked_at: string | null
  last_used_at: string | null
}

export interface AccessLinkTable {
  id: string
  organization_id: string
  child_id: string
  purpose: 'data-entry' | 'calendar-feed'
  label: string
  token_hash: string
  created_by: string | null
  created_at: string
  expires_on: string | null
  revoked_at: string | null
  last_used_at: string | null
}

/** A child shared with a person (`grantee_user_id`) or an organization (`grantee_organization_id`). */
export interface ChildShareTable {
  id: string
  organization_id: string
  child_id: string
  grantee_user_id: string | null
  grantee_organization_id: string | null
  scope: 'full' | 'read' | 'glance' | 'data-entry'
  expires_on: string | null
  created_by: string | null
  created_at: string
  revoked_at: string | null
}

/** An invitation by e-mail to share a child; it becomes a share when accepted. */
export interface ShareInvitationTable {
  id: string
  organization_id: string
  child_id: string
  email: string
  scope: 'full' | 'read' | 'glance' | 'data-entry'
  expires_on: string | null
  locale: string
  token_hash: string
  invited_by: string | null
  created_at: string
  respond_by: string
  accepted_at: string | null
  accepted_by: string | null
  share_id: string | null
  declined_at: string | null
  revoked_at: string | null
}

/** One read or change of a child's record. Append-only (triggers refuse UPDATE and DELETE). */
export interface AuditEventTable {
  id: string
  organization_id: string
  child_id: string
  actor_user_id: string | null
  actor_link_id: string | null
  action: 'read' | 'change'
  object_kind: string
  object_id: string | null
  route: string | null
  at: string
}
// Services delivered (issue 8): the service log and accommodations not provided.
export interface ServiceSessionTable {
  id: string
  organization_id: string
  child_id: string
  service_id: string
  session_date: string
  minutes: number
  status: string
  provider: string | null
  note: string | null
  source: string
  unconfirmed: number
  entered_by: string | null
  entered_via_link: string | null
  version: number
  created_at: string
  updated_at: string
}

export interface AccommodationIncidentTable {
  id: string
  organization_id: string
  child_id: string
  accommodation_id: string
  incident_date: string
  what_happened: string
  reported_by: string | null
  entered_by: string | null
  version: number
  created_at: string
  updated_at: string
}

export type ServiceSessionRow = Selectable<ServiceSessionTable>
export type AccommodationIncidentRow = Selectable<AccommodationIncidentTable>

// Deadlines (issue 4): school years entered for a child, and each person's reminder settings.
/** A named school calendar ("Austin ISD") kept by an organization; children link to it. */
export interface SchoolCalendarTable {
  id: string
  organization_id: string
  name: string
  version: number
  created_at: string
  updated_at: string
}

/** The calendar a child's school-day deadlines count on (one per child; siblings share one). */
export interface ChildSchoolCalendarTable {
  child_id: string
  /** The child's organization. */
  organization_id: string
  calendar_id: string
  linked_at: string
}

export interface SchoolYearTable {
  id: string
  organization_id: string
  calendar_id: string
  first_day: string
  last_day: string
  /** JSON: [{ from, to, kind, name }]. */
  closures: string
  version: number
  created_at: string
  updated_at: string
}

export interface ReminderSettingsTable {
  user_id: string
  /** Days before a deadline to send a reminder, comma-separated, largest first ("14,3"). */
  days_before: string
  turned_off_at: string | null
  version: number
  updated_at: string
}

export type SchoolYearRow = Selectable<SchoolYearTable>
export type SchoolCalendarRow = Selectable<SchoolCalendarTable>
export type ReminderSettingsRow = Selectable<ReminderSettingsTable>

// Deletion and two-step sign-in (issue 3: privacy)

/** A record (or a whole account) waiting out its grace period before the purge job removes it. */
export interface DeletionRequestTable {
  id: string
  kind: 'child' | 'account'
  organization_id: string
  child_id: string | null
  user_id: string | null
  requested_by: string | null
  requested_at: string
  purge_after: string
}

/** A user's authenticator-app secret (sealed with a server key); on once `confirmed_at` is set. */
export interface TwoStepFactorTable {
  user_id: string
  secret_sealed: string
  confirmed_at: string | null
  /** The last 30-second step a code was accepted for: the same code never works twice. */
  last_step: number | null
  created_at: string
}

export interface RecoveryCodeTable {
  id: string
  user_id: string
  code_hash: string
  used_at: string | null
  created_at: string
}

/** A sign-in whose password was right, waiting for its second step. */
export interface PendingSignInTable {
  id_hash: string
  user_id: string
  created_at: string
  expires_at: string
}

/** A browser a user signed in from (the hash of a long-lived random cookie). */
export interface KnownDeviceTable {
  id: string
  user_id: string
  device_hash: string
  label: string
  first_seen_at: string
  last_seen_at: string
}

export interface OrganizationPolicyTable {
  organization_id: string
  two_step_required_at: string | null
  updated_at: string
}

// Goals and progress (issue 7): data points per plan goal, and notes beside them.

/** One measurement toward a goal. `entered_by_*` say who typed it: a user, or a data-entry link. */
export interface ProgressPointTable {
  id: string
  organization_id: string
  child_id: string
  goal_id: string
  measured_on: string
  value: number
  unit: string | null
  source: string
  note: string | null
  entered_by_user_id: string | null
  entered_by_link_id: string | null
  entered_by_name: string | null
  version: number
  created_at: string
  updated_at: string
}

/** What a school progress report said about a goal, or the day instruction changed. */
export interface ProgressNoteTable {
  id: string
  organization_id: string
  child_id: string
  goal_id: string
  kind: string
  noted_on: string
  text: string | null
  version: number
  created_by: string | null
  created_at: string
  updated_at: string
}

export type ProgressPointRow = Selectable<ProgressPointTable>
export type ProgressNoteRow = Selectable<ProgressNoteTable>

// Import (issue 13): readings of documents into proposed records, confirmed by the parent.
export interface DocumentImportTable {
  id: string
  organization_id: string
  child_id: string
  document_id: string
  /** ready | confirmed | failed | unavailable | none */
  status: string
  /** The kind the reader proposed, then the kind the parent confirmed. */
  kind: string
  layout: string | null
  /** The reader's proposal as JSON (text). */
  proposal: string | null
  plan_id: string | null
  version: number
  created_by: string | null
  created_at: string
  updated_at: string
  confirmed_at: string | null
  /** While reading: text | ocr | fields, with pages done and pages in all (null until known). */
  progress_stage: string | null
  progress_done: number | null
  progress_total: number | null
  /** Once confirmed: the fields kept, each with its value and source passage, as JSON (text). */
  confirmed_fields: string | null
}

// Advocate workspace and consultation booking (issue 11): practices, booking, notes and tasks.

/** An invitation to join a practice, sent by e-mail; only the token's hash is kept. */
export interface PracticeInvitationTable {
  id: string
  organization_id: string
  email: string
  role: string
  token_hash: string
  invited_by: string | null
  expires_at: string
  accepted_at: string | null
  created_at: string
}

/** An advocate's public booking page: availability as JSON (the slot engine's Availability). */
export interface AdvocateProfileTable {
  id: string
  organization_id: string
  user_id: string
  slug: string
  display_name: string
  availability: string
  intake_question: string | null
  published_at: string | null
  version: number
  created_at: string
  updated_at: string
}

/** A consultation a family booked. Active ones never overlap (constraint on PostgreSQL). */
export interface ConsultationTable {
  id: string
  organization_id: string
  advocate_id: string
  start_at: string
  end_at: string
  length_minutes: number
  family_name: string
  family_email: string
  family_phone: string | null
  child_grade: string | null
  child_state: string | null
  reason: string
  viewer_time_zone: string
  language: string
  child_id: string | null
  /** When the family deleted the child's record and the call was detached from it. */
  child_detached_at: string | null
  booked_by: string | null
  manage_token_hash: string
  manage_expires_at: string
  /** The iCalendar SEQUENCE: raised on every reschedule or cancellation. */
  sequence: number
  cancelled_at: string | null
  created_at: string
  updated_at: string
}

export interface PracticeContactTable {
  id: string
  organization_id: string
  name: string
  email: string
  phone: string | null
  created_at: string
  updated_at: string
}

/** A note about a family, private to the practice (never shown to the family). */
export interface PracticeNoteTable {
  id: string
  organization_id: string
  /** Null once the family deleted the record (the note stays with the practice). */
  child_id: string | null
  child_detached_at: string | null
  author_id: string | null
  body: string
  created_at: string
}

export interface PracticeTaskTable {
  id: string
  organization_id: string
  assignee_id: string | null
  child_id: string | null
  child_detached_at: string | null
  title: string
  due_on: string | null
  done_at: string | null
  version: number
  created_at: string
  updated_at: string
}
