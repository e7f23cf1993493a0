import type { UserActor } from '../access/actor.ts'
import { type Problem, problem } from '../problems.ts'

/**
 * Roles in a practice (an advocate's business or a parent center):
 * `admin` runs the practice (members, invitations) and may also take calls;
 * `advocate` takes calls and works the caseload; `staff` works the caseload and books for others.
 */
export const PRACTICE_ROLES = ['admin', 'advocate', 'staff'] as const
export type PracticeRole = (typeof PRACTICE_ROLES)[number]

export function isPracticeRole(value: string): value is PracticeRole {
  return (PRACTICE_ROLES as readonly string[]).includes(value)
}

/** The practice an actor works in (the first one), with their role. */
export function practiceMembershipOf(
  actor: UserActor,
): { readonly organizationId: string; readonly role: PracticeRole } | undefined {
  const membership = actor.memberships.find(
    (m) => m.organizationKind === 'practice' && isPracticeRole(m.role),
  )
  return membership
    ? { organizationId: membership.organizationId, role: membership.role as PracticeRole }
    : undefined
}

/** Only admins add people to a practice or change their roles. */
export function canManageMembers(role: PracticeRole): boolean {
  return role === 'admin'
}

/** Admins and advocates take calls, so they publish availability. */
export function canTakeConsultations(role: PracticeRole): boolean {
  return role === 'admin' || role === 'advocate'
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** A plausible e-mail address (the real check is that mail arrives). */
export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text.trim()) && text.trim().length <= 254
}

export interface InvitationDraft {
  readonly email: string
  readonly role: string
}

/** Problems with an invitation form. */
export function checkInvitation(draft: InvitationDraft): Problem[] {
  const problems: Problem[] = []
  if (draft.email.trim() === '') problems.push(problem('email', 'advocates.problems.emailMissing'))
  else if (!isEmailAddress(draft.email)) problems.push(problem('email', 'advocates.problems.emailFormat'))
  if (!isPracticeRole(draft.role)) problems.push(problem('role', 'advocates.problems.role'))
  return problems
}

/** Problems with a practice's name. */
export function checkPracticeName(name: string): Problem[] {
  const trimmed = name.trim()
  if (trimmed === '') return [problem('name', 'advocates.problems.nameMissing')]
  if (trimmed.length > 120) return [problem('name', 'advocates.problems.nameTooLong')]
  return []
}
