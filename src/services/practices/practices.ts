import type { UserActor } from '../../domain/access/actor.ts'
import type { Availability } from '../../domain/consultations/availability.ts'
import {
  canManageMembers,
  checkInvitation,
  checkPracticeName,
  type InvitationDraft,
  isPracticeRole,
  type PracticeRole,
  practiceMembershipOf,
} from '../../domain/practices/practice.ts'
import { DomainError, invalidInput, problem } from '../../domain/problems.ts'
import { translator } from '../../i18n/i18n.ts'
import { absoluteUrl, paths } from '../../paths.ts'
import { findUserById, insertMembership, insertOrganization } from '../../storage/accounts-store.ts'
import type { DbOrTx } from '../../storage/database.ts'
import {
  findAdvocateProfileOfUser,
  findInvitationByHash,
  findOrganizationName,
  insertAdvocateProfile,
  insertInvitation,
  listOpenInvitations,
  listPracticeMembers,
  markInvitationAccepted,
  type PracticeMemberRow,
  updateMembershipRole,
} from '../../storage/practices-store.ts'
import type { PracticeInvitationTable } from '../../storage/tables.ts'
import { hashToken, newToken } from '../accounts/secrets.ts'
import { type Deps, minutesFromNow } from '../deps.ts'
import { queueEmail } from '../jobs/enqueue.ts'

/** How long an invitation link works. */
const INVITATION_DAYS = 14

/** The availability a new advocate starts with (not published until they say so). */
export const STARTING_AVAILABILITY: Availability = {
  timeZone: 'America/New_York',
  weekly: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((day) => ({
    day: day as 'monday',
    start: '09:00',
    end: '17:00',
  })),
  exceptions: [],
  lengths: [30, 60],
  bufferMinutes: 15,
  minimumNoticeMinutes: 1440,
  horizonDays: 60,
  maxPerDay: 6,
}

export interface PracticeContext {
  readonly organizationId: string
  readonly name: string
  readonly role: PracticeRole
}

/** The practice the actor works in, or NOT_FOUND when they are in none. */
export async function getPracticeContext(deps: Deps, actor: UserActor): Promise<PracticeContext> {
  const membership = practiceMembershipOf(actor)
  if (!membership) throw new DomainError('NOT_FOUND')
  const name = await findOrganizationName(deps.db, membership.organizationId)
  if (name === undefined) throw new DomainError('NOT_FOUND')
  return { ...membership, name }
}

/** The actor's practice, or undefined when they work in none. */
export async function findPracticeContext(
  deps: Deps,
  actor: UserActor,
): Promise<PracticeContext | undefined> {
  return practiceMembershipOf(actor) ? getPracticeContext(deps, actor) : undefined
}

/** Refuses (NOT_FOUND, so nothing is revealed) unless the actor's role allows it. */
export function requireRole(context: PracticeContext, allowed: (role: PracticeRole) => boolean): void {
  if (!allowed(context.role)) throw new DomainError('NOT_FOUND')
}

/** Creates a practice with the actor as its admin and gives them a booking page (unpublished). */
export async function createPractice(deps: Deps, actor: UserActor, form: { name: string }): Promise<string> {
  const problems = checkPracticeName(form.name)
  if (problems.length > 0) throw invalidInput(problems)
  if (practiceMembershipOf(actor)) throw new DomainError('INVALID_STATE')
  const now = deps.clock.now()
  const organizationId = deps.newId()
  await deps.db.transaction().execute(async (tx) => {
    await insertOrganization(tx, { id: organizationId, kind: 'practice', name: form.name.trim(), now })
    await insertMembership(tx, { organizationId, userId: actor.userId, role: 'admin', now })
    await ensureAdvocateProfile(deps, tx, organizationId, actor.userId)
  })
  return organizationId
}

/** Every advocate and admin has a booking profile; created on joining, unpublished. */
export async function ensureAdvocateProfile(
  deps: Deps,
  db: DbOrTx,
  organizationId: string,
  userId: string,
): Promise<void> {
  if (await findAdvocateProfileOfUser(db, organizationId, userId)) return
  const user = await findUserById(db, userId)
  const now = deps.clock.now()
  await insertAdvocateProfile(db, {
    id: deps.newId(),
    organization_id: organizationId,
    user_id: userId,
    slug: `${slugOf(user?.name ?? 'advocate')}-${newToken()
      .slice(0, 6)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, 'x')}`,
    display_name: user?.name ?? '',
    availability: JSON.stringify(STARTING_AVAILABILITY),
    intake_question: null,
    published_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  })
}

function slugOf(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
  return slug === '' ? 'advocate' : slug
}

export interface PracticeOverview {
  readonly practice: PracticeContext
  readonly members: readonly PracticeMemberRow[]
  readonly invitations: readonly PracticeInvitationTable[]
}

export async function getPracticeOverview(deps: Deps, actor: UserActor): Promise<PracticeOverview> {
  const practice = await getPracticeContext(deps, actor)
  const members = await listPracticeMembers(deps.db, practice.organizationId)
  const invitations = canManageMembers(practice.role)
    ? await listOpenInvitations(deps.db, practice.organizationId, deps.clock.now())
    : []
  return { practice, members, invitations }
}

/** An admin invites someone by e-mail; the link lets them join once signed in with that address. */
export async function invitePracticeMember(
  deps: Deps,
  actor: UserActor,
  draft: InvitationDraft,
): Promise<void> {
  const practice = await getPracticeContext(deps, actor)
  requireRole(practice, canManageMembers)
  const problems = checkInvitation(draft)
  if (problems.length > 0) throw invalidInput(problems)
  const email = draft.email.trim().toLowerCase()
  const members = await listPracticeMembers(deps.db, practice.organizationId)
  if (members.some((m) => m.email.toLowerCase() === email)) {
    throw invalidInput([problem('email', 'advocates.problems.alreadyMember')])
  }
  const token = newToken()
  const inviter = await findUserById(deps.db, actor.userId)
  const t = translator(inviter?.locale === 'es' ? 'es' : 'en')
  await deps.db.transaction().execute(async (tx) => {
    await insertInvitation(tx, {
      id: deps.newId(),
      organization_id: practice.organizationId,
      email,
      role: draft.role,
      token_hash: hashToken(token),
      invited_by: actor.userId,
      expires_at: minutesFromNow(deps, INVITATION_DAYS * 24 * 60),
      accepted_at: null,
      created_at: deps.clock.now(),
    })
    await queueEmail(
      { ...deps, db: tx },
      {
        to: email,
        subject: t('advocates.invitationMail.subject', { practice: practice.name }),
        text: t('advocates.invitationMail.body', {
          inviter: inviter?.name ?? '',
          practice: practice.name,
          role: t(`advocates.roles.${draft.role}`),
          url: absoluteUrl(deps.config.baseUrl, paths.acceptPracticeInvitation(token)),
          days: INVITATION_DAYS,
        }),
      },
      { organizationId: practice.organizationId },
    )
  })
}

/** The invitation behind a link, if it is still open (LINK_EXPIRED otherwise). */
export async function findOpenInvitation(
  deps: Deps,
  token: string,
): Promise<PracticeInvitationTable & { practiceName: string }> {
  const invitation = await findInvitationByHash(deps.db, hashToken(token))
  if (!invitation || invitation.accepted_at !== null || invitation.expires_at <= deps.clock.now()) {
    throw new DomainError('LINK_EXPIRED')
  }
  const practiceName = (await findOrganizationName(deps.db, invitation.organization_id)) ?? ''
  return { ...invitation, practiceName }
}

/** Joins the practice. The signed-in account's e-mail must be the invited one. */
export async function acceptPracticeInvitation(deps: Deps, actor: UserActor, token: string): Promise<void> {
  const invitation = await findOpenInvitation(deps, token)
  const user = await findUserById(deps.db, actor.userId)
  if (!user || user.email.toLowerCase() !== invitation.email.toLowerCase())
    throw new DomainError('LINK_EXPIRED')
  if (practiceMembershipOf(actor)) throw new DomainError('INVALID_STATE')
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (tx) => {
    await markInvitationAccepted(tx, invitation.id, now)
    await insertMembership(tx, {
      organizationId: invitation.organization_id,
      userId: actor.userId,
      role: invitation.role,
      now,
    })
    if (invitation.role === 'admin' || invitation.role === 'advocate') {
      await ensureAdvocateProfile(deps, tx, invitation.organization_id, actor.userId)
    }
  })
}

/** An admin changes a member's role; the last admin cannot stop being one. */
export async function changeMemberRole(
  deps: Deps,
  actor: UserActor,
  userId: string,
  role: string,
): Promise<void> {
  const practice = await getPracticeContext(deps, actor)
  requireRole(practice, canManageMembers)
  if (!isPracticeRole(role)) throw invalidInput([problem('role', 'advocates.problems.role')])
  await deps.db.transaction().execute(async (tx) => {
    const members = await listPracticeMembers(tx, practice.organizationId)
    const member = members.find((m) => m.userId === userId)
    if (!member) throw new DomainError('NOT_FOUND')
    const admins = members.filter((m) => m.role === 'admin')
    if (member.role === 'admin' && role !== 'admin' && admins.length === 1) {
      throw invalidInput([problem('role', 'advocates.problems.lastAdmin')])
    }
    await updateMembershipRole(tx, practice.organizationId, userId, role)
    if (role === 'admin' || role === 'advocate')
      await ensureAdvocateProfile(deps, tx, practice.organizationId, userId)
  })
}

/** What the invitation page shows: the practice, the role, and whether it was sent to this account. */
export async function describeInvitation(
  deps: Deps,
  actor: UserActor,
  token: string,
): Promise<{ practiceName: string; role: string; forThisAccount: boolean }> {
  const invitation = await findOpenInvitation(deps, token)
  const user = await findUserById(deps.db, actor.userId)
  return {
    practiceName: invitation.practiceName,
    role: invitation.role,
    forThisAccount: user?.email.toLowerCase() === invitation.email.toLowerCase(),
  }
}
