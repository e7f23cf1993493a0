import type { ShareScope } from '../access/actor.ts'
import type { LocalDate } from '../dates/local-date.ts'

export const SHARE_SCOPES: readonly ShareScope[] = ['full', 'read', 'glance', 'data-entry']

export function isShareScope(value: string): value is ShareScope {
  return (SHARE_SCOPES as readonly string[]).includes(value)
}

/** A child shared by its household with one person or one organization. */
export interface ChildShare {
  readonly id: string
  /** The child's household (the owner of the record). */
  readonly organizationId: string
  readonly childId: string
  readonly grantee:
    | { readonly kind: 'user'; readonly userId: string; readonly name: string; readonly email: string }
    | { readonly kind: 'organization'; readonly organizationId: string; readonly name: string }
  readonly scope: ShareScope
  /** Last day the share works (inclusive), or null for no end date. */
  readonly expiresOn: LocalDate | null
  readonly createdBy: string | null
  readonly createdAt: string
  readonly revokedAt: string | null
}

/** An invitation by e-mail that becomes a share for whoever accepts it. */
export interface ShareInvitation {
  readonly id: string
  readonly organizationId: string
  readonly childId: string
  readonly email: string
  readonly scope: ShareScope
  readonly expiresOn: LocalDate | null
  readonly locale: 'en' | 'es'
  readonly invitedBy: string | null
  readonly createdAt: string
  /** After this instant the invitation can no longer be accepted. */
  readonly respondBy: string
  readonly acceptedAt: string | null
  readonly acceptedBy: string | null
  readonly declinedAt: string | null
  readonly revokedAt: string | null
}

/** Whether a share still gives access on `today`: not ended, and not past its last day. */
export function isShareActive(share: Pick<ChildShare, 'expiresOn' | 'revokedAt'>, today: LocalDate): boolean {
  return share.revokedAt === null && (share.expiresOn === null || share.expiresOn >= today)
}

/** Whether an invitation can still be accepted at `now`. */
export function isInvitationOpen(
  invitation: Pick<ShareInvitation, 'acceptedAt' | 'declinedAt' | 'revokedAt' | 'respondBy'>,
  now: string,
): boolean {
  return (
    invitation.acceptedAt === null &&
    invitation.declinedAt === null &&
    invitation.revokedAt === null &&
    now < invitation.respondBy
  )
}
