import { type Actor, type ShareScope, type UserActor, userIdOf } from '../../domain/access/actor.ts'
import type { User } from '../../domain/accounts/account.ts'
import { checkEmail, normalizeEmail } from '../../domain/accounts/account.ts'
import type { Child } from '../../domain/children/child.ts'
import { DomainError, invalidInput, type Problem, problem } from '../../domain/problems.ts'
import type { AccessLink } from '../../domain/sharing/access-link.ts'
import { firstNameOf } from '../../domain/sharing/access-link.ts'
import { checkLastDay } from '../../domain/sharing/last-day.ts'
import {
  type ChildShare,
  isInvitationOpen,
  isShareScope,
  type ShareInvitation,
} from '../../domain/sharing/share.ts'
import { formatDate, isLang, type Lang, translator } from '../../i18n/i18n.ts'
import { absoluteUrl, paths } from '../../paths.ts'
import { findUserById, findUserCredentials } from '../../storage/accounts-store.ts'
import { findChild } from '../../storage/children-store.ts'
import {
  answerInvitation,
  findInvitation,
  findInvitationByHash,
  findPracticesRunBy,
  findShare,
  insertInvitation,
  insertShare,
  listInvitationsOfChild,
  listOpenInvitationsForEmail,
  listSharesOfChild,
  revokeShareRow,
  revokeSharesOfGrantee,
  updateShareTerms,
} from '../../storage/shares-store.ts'
import { listAccessLinks } from '../access/access-links.ts'
import { getChildForActor } from '../access/child-access.ts'
import { hashToken, newToken } from '../accounts/secrets.ts'
import { type Deps, today } from '../deps.ts'
import { queueEmail } from '../jobs/enqueue.ts'

/** How long an invitation can be accepted: long enough for a busy week, short enough to go stale. */
const INVITATION_DAYS = 14

export interface InvitationDraft {
  readonly email: string
  readonly scope: string
  /** Last day of the share, as typed; empty for no end date. */
  readonly expiresOn: string
  /** The e-mail's language: 'en', 'es', or empty to use the person's own setting (or the inviter's). */
  readonly language: string
}

export interface OrganizationShareDraft {
  /** The e-mail address of someone who runs the organization (its owner or an admin). */
  readonly adminEmail: string
  readonly scope: string
  readonly expiresOn: string
}

function checkScope(scope: string, problems: Problem[]): ShareScope | undefined {
  if (isShareScope(scope)) return scope
  problems.push(problem('scope', 'sharing.problems.scopeMissing'))
  return undefined
}

/**
 * Invites a person by e-mail to see a child's record with a scope, until an optional last day.
 * Needs `edit`. The e-mail carries a link that works once, for 14 days; the share starts when the
 * person accepts it after signing in (or signing up). Throws INVALID_INPUT with every problem.
 */
export async function inviteToShare(
  deps: Deps,
  actor: Actor,
  childId: string,
  draft: InvitationDraft,
  inviterLang: Lang,
): Promise<ShareInvitation> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  const problems: Problem[] = [...checkEmail('email', draft.email)]
  const scope = checkScope(draft.scope, problems)
  const lastDay = checkLastDay(draft.expiresOn, today(deps))
  problems.push(...lastDay.problems)
  if (draft.language !== '' && !isLang(draft.language))
    problems.push(problem('language', 'sharing.problems.languageMissing'))
  if (problems.length > 0 || !scope) throw invalidInput(problems)

  const email = normalizeEmail(draft.email)
  const recipient = await findUserCredentials(deps.db, email)
  const locale: Lang = isLang(draft.language) ? draft.language : (recipient?.user.locale ?? inviterLang)
  const inviterId = userIdOf(actor)
  const inviter = inviterId === null ? undefined : await findUserById(deps.db, inviterId)
  const token = newToken()
  const now = deps.clock.now()
  const invitation: ShareInvitation = {
    id: deps.newId(),
    organizationId: child.organizationId,
    childId: child.id,
    email,
    scope,
    expiresOn: lastDay.value,
    locale,
    invitedBy: inviterId,
    createdAt: now,
    respondBy: new Date(Date.parse(now) + INVITATION_DAYS * 86_400_000).toISOString(),
    acceptedAt: null,
    acceptedBy: null,
    declinedAt: null,
    revokedAt: null,
  }
  const t = translator(locale)
  await deps.db.transaction().execute(async (tx) => {
    await insertInvitation(tx, { ...invitation, tokenHash: hashToken(token) })
    await queueEmail(
      { ...deps, db: tx },
      {
        to: email,
        subject: t('sharing.email.invitation.subject', {
          inviter: inviter?.name ?? '',
          name: firstNameOf(child),
        }),
        text: t('sharing.email.invitation.body', {
          inviter: inviter?.name ?? '',
          name: firstNameOf(child),
          scope: t(`sharing.scopes.${scope}.label`),
          scopeHint: t(`sharing.scopes.${scope}.hint`, { name: firstNameOf(child) }),
          until: lastDay.value
            ? t('sharing.email.invitation.until', { date: formatDate(locale, lastDay.value) })
            : t('sharing.email.invitation.noEnd'),
          url: absoluteUrl(deps.config.baseUrl, paths.invitation(token)),
          days: INVITATION_DAYS,
        }),
      },
      { organizationId: child.organizationId },
    )
  })
  return invitation
}

/**
 * Shares a child with an organization (a practice or parent center), found by the e-mail address
 * of someone who runs it. Every member of the organization gets the scope. Needs `edit`.
 */
export async function shareWithOrganization(
  deps: Deps,
  actor: Actor,
  childId: string,
  draft: OrganizationShareDraft,
): Promise<ChildShare> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  const problems: Problem[] = [...checkEmail('adminEmail', draft.adminEmail)]
  const scope = checkScope(draft.scope, problems)
  const lastDay = checkLastDay(draft.expiresOn, today(deps))
  problems.push(...lastDay.problems)
  const [practice] =
    problems.length === 0 ? await findPracticesRunBy(deps.db, normalizeEmail(draft.adminEmail)) : []
  if (problems.length === 0 && !practice)
    problems.push(problem('adminEmail', 'sharing.problems.organizationNotFound'))
  if (problems.length > 0 || !scope || !practice) throw invalidInput(problems)

  const id = deps.newId()
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (tx) => {
    await revokeSharesOfGrantee(tx, child.id, { organizationId: practice.organizationId }, now)
    await insertShare(tx, {
      id,
      organizationId: child.organizationId,
      childId: child.id,
      granteeUserId: null,
      granteeOrganizationId: practice.organizationId,
      scope,
      expiresOn: lastDay.value,
      createdBy: userIdOf(actor),
      createdAt: now,
    })
  })
  return getShare(deps, id)
}

async function getShare(deps: Deps, id: string): Promise<ChildShare> {
  const share = await findShare(deps.db, id)
  if (!share) throw new DomainError('NOT_FOUND')
  return share
}

/** What the invitation page shows: who invites, for which child (first name), the scope and its end. */
export interface InvitationView {
  readonly invitation: ShareInvitation
  readonly childFirstName: string
  readonly inviterName: string
  readonly open: boolean
}

/** The invitation behind a link. Unknown tokens throw LINK_EXPIRED (as used or ended ones are shown closed). */
export async function viewInvitation(deps: Deps, token: string): Promise<InvitationView> {
  const invitation = token === '' ? undefined : await findInvitationByHash(deps.db, hashToken(token))
  if (!invitation) throw new DomainError('LINK_EXPIRED')
  return describeInvitation(deps, invitation)
}

async function describeInvitation(deps: Deps, invitation: ShareInvitation): Promise<InvitationView> {
  const child = await findChild(deps.db, invitation.childId)
  const inviter = invitation.invitedBy ? await findUserById(deps.db, invitation.invitedBy) : undefined
  return {
    invitation,
    childFirstName: child ? firstNameOf(child) : '',
    inviterName: inviter?.name ?? '',
    open: child !== undefined && child.archivedAt === null && isInvitationOpen(invitation, deps.clock.now()),
  }
}

/**
 * Accepts an invitation for the signed-in person: the share starts now (replacing an earlier share
 * of the same child with them). Throws LINK_EXPIRED when the invitation is unknown, answered, ended
 * or too old.
 */
export async function acceptInvitation(deps: Deps, actor: UserActor, token: string): Promise<ChildShare> {
  const invitation = token === '' ? undefined : await findInvitationByHash(deps.db, hashToken(token))
  return acceptOpenInvitation(deps, actor, invitation)
}

/**
 * Accepts an invitation sent to the signed-in person's own confirmed address, from their home page
 * (so an invitation survives signing up, confirming the address and signing in).
 */
export async function acceptInvitationForUser(
  deps: Deps,
  signedIn: { user: User; actor: UserActor },
  invitationId: string,
): Promise<ChildShare> {
  const invitation = await findInvitation(deps.db, invitationId)
  if (!invitation || !sentTo(invitation, signedIn.user)) throw new DomainError('NOT_FOUND')
  return acceptOpenInvitation(deps, signedIn.actor, invitation)
}

function sentTo(invitation: ShareInvitation, user: User): boolean {
  return user.emailVerifiedAt !== null && normalizeEmail(user.email) === invitation.email
}

async function acceptOpenInvitation(
  deps: Deps,
  actor: UserActor,
  invitation: ShareInvitation | undefined,
): Promise<ChildShare> {
  if (!invitation) throw new DomainError('LINK_EXPIRED')
  const view = await describeInvitation(deps, invitation)
  if (!view.open) throw new DomainError('LINK_EXPIRED')
  const id = deps.newId()
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (tx) => {
    await revokeSharesOfGrantee(tx, invitation.childId, { userId: actor.userId }, now)
    await insertShare(tx, {
      id,
      organizationId: invitation.organizationId,
      childId: invitation.childId,
      granteeUserId: actor.userId,
      granteeOrganizationId: null,
      scope: invitation.scope,
      expiresOn: invitation.expiresOn,
      createdBy: invitation.invitedBy,
      createdAt: now,
    })
    // Someone answered in the meantime: roll the share back.
    const answered = await answerInvitation(tx, invitation.id, {
      kind: 'accepted',
      at: now,
      userId: actor.userId,
      shareId: id,
    })
    if (!answered) throw new DomainError('LINK_EXPIRED')
  })
  return getShare(deps, id)
}

/** Declines an invitation (no account needed: the link is enough). */
export async function declineInvitation(deps: Deps, token: string): Promise<void> {
  const invitation = token === '' ? undefined : await findInvitationByHash(deps.db, hashToken(token))
  if (!invitation || !isInvitationOpen(invitation, deps.clock.now())) throw new DomainError('LINK_EXPIRED')
  await answerInvitation(deps.db, invitation.id, { kind: 'declined', at: deps.clock.now() })
}

/** Invitations waiting for the signed-in person (sent to their confirmed address), for the home page. */
export async function listInvitationsForUser(deps: Deps, user: User): Promise<InvitationView[]> {
  if (user.emailVerifiedAt === null) return []
  const invitations = await listOpenInvitationsForEmail(deps.db, normalizeEmail(user.email), deps.clock.now())
  const views = await Promise.all(invitations.map((invitation) => describeInvitation(deps, invitation)))
  return views.filter((view) => view.open)
}

/** Ends a share at once (the grantee loses access on their next request). Needs `edit` on the child. */
export async function revokeShare(deps: Deps, actor: Actor, shareId: string): Promise<ChildShare> {
  const share = await findShare(deps.db, shareId)
  if (!share) throw new DomainError('NOT_FOUND')
  await getChildForActor(deps.db, actor, share.childId, 'edit')
  const now = deps.clock.now()
  await revokeShareRow(deps.db, share.id, now)
  return { ...share, revokedAt: share.revokedAt ?? now }
}

/** A share of this child (ended ones too), for someone who may edit the child; NOT_FOUND otherwise. */
export async function getShareOfChild(
  deps: Deps,
  actor: Actor,
  childId: string,
  shareId: string,
): Promise<ChildShare> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  const share = await findShare(deps.db, shareId)
  if (!share || share.childId !== child.id) throw new DomainError('NOT_FOUND')
  return share
}

export interface ShareTermsDraft {
  readonly scope: string
  /** Last day of the share, as typed; empty for no end date. */
  readonly expiresOn: string
}

/**
 * Changes what a share allows and until when; it takes effect on the grantee's next request. Needs
 * `edit`. An ended share cannot be changed (NOT_FOUND: share again instead). Throws INVALID_INPUT.
 */
export async function changeShareTerms(
  deps: Deps,
  actor: Actor,
  childId: string,
  shareId: string,
  draft: ShareTermsDraft,
): Promise<ChildShare> {
  const share = await getShareOfChild(deps, actor, childId, shareId)
  const problems: Problem[] = []
  const scope = checkScope(draft.scope, problems)
  const lastDay = checkLastDay(draft.expiresOn, today(deps))
  problems.push(...lastDay.problems)
  if (problems.length > 0 || !scope) throw invalidInput(problems)
  if (!(await updateShareTerms(deps.db, share.id, { scope, expiresOn: lastDay.value })))
    throw new DomainError('NOT_FOUND')
  return getShare(deps, share.id)
}

/** Withdraws an invitation nobody has answered yet. Needs `edit` on the child. */
export async function revokeInvitation(deps: Deps, actor: Actor, invitationId: string): Promise<void> {
  const invitation = await findInvitation(deps.db, invitationId)
  if (!invitation) throw new DomainError('NOT_FOUND')
  await getChildForActor(deps.db, actor, invitation.childId, 'edit')
  await answerInvitation(deps.db, invitation.id, { kind: 'revoked', at: deps.clock.now() })
}

/** Everyone and everything with access to a child, for the "who can see this child" page. Needs `edit`. */
export interface SharingOverview {
  readonly child: Child
  readonly shares: readonly ChildShare[]
  readonly invitations: readonly ShareInvitation[]
  readonly links: readonly AccessLink[]
}

export async function getSharingOverview(
  deps: Deps,
  actor: Actor,
  childId: string,
): Promise<SharingOverview> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  const [shares, invitations, links] = await Promise.all([
    listSharesOfChild(deps.db, child.id),
    listInvitationsOfChild(deps.db, child.id),
    listAccessLinks(deps, actor, child.id),
  ])
  return { child, shares, invitations, links }
}
