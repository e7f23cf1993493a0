import type { LinkPurpose } from '../access/actor.ts'
import type { LocalDate } from '../dates/local-date.ts'

/** A secret link to one child's record for one purpose (the token itself is never stored). */
export interface AccessLink {
  readonly id: string
  readonly organizationId: string
  readonly childId: string
  readonly purpose: LinkPurpose
  readonly label: string
  readonly createdBy: string | null
  readonly createdAt: string
  /** Last day the link works (inclusive), or null for no end date. */
  readonly expiresOn: LocalDate | null
  readonly revokedAt: string | null
  readonly lastUsedAt: string | null
}

/** Whether a link still works on `today`: not revoked, and not past its last day. */
export function isLinkActive(link: Pick<AccessLink, 'expiresOn' | 'revokedAt'>, today: LocalDate): boolean {
  return link.revokedAt === null && (link.expiresOn === null || link.expiresOn >= today)
}

/**
 * How a link's page names the child: the preferred name, or else the first word of the legal name.
 * A teacher with a link needs no more than that.
 */
export function firstNameOf(child: {
  readonly legalName: string
  readonly preferredName: string | null
}): string {
  return child.preferredName ?? child.legalName.trim().split(/\s+/)[0] ?? child.legalName
}
