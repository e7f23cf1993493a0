import type { Selectable } from 'kysely'

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
  plans: PlanTable
  plan_versions: PlanVersionTable
  plan_event_links: PlanEventLinkTable
}

export type UserRow = Selectable<UserTable>
export type ChildRow = Selectable<ChildTable>
export type EventRow = Selectable<EventTable>
export type OrganizationRow = Selectable<OrganizationTable>
export type PlanRow = Selectable<PlanTable>
export type PlanVersionRow = Selectable<PlanVersionTable>
