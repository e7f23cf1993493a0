import { type Message, message } from '../messages.ts'

/**
 * What happened to one scheduled session of a service. The first six come from the service log
 * the family or the provider keeps; `missed-reason-unknown` is for a session that did not happen
 * when nobody has said why (a child who comes home saying "no speech today").
 * Never rename one: stored logs and CSV imports use these names.
 */
export const SESSION_STATUSES = [
  'delivered',
  'missed-provider-absent',
  'missed-school-event',
  'cancelled-by-school',
  'student-absent',
  'cancelled-by-family',
  'missed-reason-unknown',
] as const
export type SessionStatus = (typeof SESSION_STATUSES)[number]

/**
 * Whose side a session falls on when minutes are added up:
 * - `delivered`: the child received the minutes;
 * - `school`: missed for a reason the school is responsible for (it still owes the minutes);
 * - `student`: missed because of the child or the family (the school does not owe them);
 * - `unknown`: missed, no reason recorded (the school still owes them: it must deliver and keep the record).
 */
export type SessionCategory = 'delivered' | 'school' | 'student' | 'unknown'

const CATEGORY: Readonly<Record<SessionStatus, SessionCategory>> = {
  delivered: 'delivered',
  'missed-provider-absent': 'school',
  'missed-school-event': 'school',
  'cancelled-by-school': 'school',
  'student-absent': 'student',
  'cancelled-by-family': 'student',
  'missed-reason-unknown': 'unknown',
}

export function sessionCategory(status: SessionStatus): SessionCategory {
  return CATEGORY[status]
}

export function isSessionStatus(value: unknown): value is SessionStatus {
  return typeof value === 'string' && (SESSION_STATUSES as readonly string[]).includes(value)
}

/** The short label of a status, for tables and forms. */
export function sessionStatusLabel(status: SessionStatus): Message {
  return message(`services.status.${status}.label`)
}

/** One sentence saying what a status means and whether the school still owes the minutes. */
export function sessionStatusHint(status: SessionStatus): Message {
  return message(`services.status.${status}.hint`)
}
