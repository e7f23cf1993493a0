import { DomainError } from '../../domain/problems.ts'
import {
  type EmailTokenPurpose,
  findEmailToken,
  insertEmailToken,
  markEmailTokenUsed,
  retireEmailTokens,
} from '../../storage/email-tokens-store.ts'
import { type Deps, minutesFromNow } from '../deps.ts'
import { hashToken, newToken } from './secrets.ts'

/** How long a link in an e-mail works: a day to confirm an address, an hour to reset a password. */
const LIFETIME_MINUTES: Record<EmailTokenPurpose, number> = { 'verify-email': 24 * 60, 'reset-password': 60 }

/** Creates a single-use link token (retiring older unused ones of the same purpose); returns the token. */
export async function issueEmailToken(
  deps: Deps,
  userId: string,
  purpose: EmailTokenPurpose,
): Promise<string> {
  const now = deps.clock.now()
  await retireEmailTokens(deps.db, userId, purpose, now)
  const token = newToken()
  await insertEmailToken(deps.db, {
    id: deps.newId(),
    userId,
    purpose,
    tokenHash: hashToken(token),
    expiresAt: minutesFromNow(deps, LIFETIME_MINUTES[purpose]),
    createdAt: now,
  })
  return token
}

async function findUsableToken(deps: Deps, token: string, purpose: EmailTokenPurpose) {
  const record = await findEmailToken(deps.db, hashToken(token))
  if (
    !record ||
    record.purpose !== purpose ||
    record.usedAt !== null ||
    record.expiresAt <= deps.clock.now()
  ) {
    throw new DomainError('LINK_EXPIRED')
  }
  return record
}

/** The user id a still-valid token belongs to; throws LINK_EXPIRED for unknown, used or expired tokens. */
export async function checkEmailToken(
  deps: Deps,
  token: string,
  purpose: EmailTokenPurpose,
): Promise<string> {
  return (await findUsableToken(deps, token, purpose)).userId
}

/** Checks and uses a token in one step; a second use (even a concurrent one) gets LINK_EXPIRED. */
export async function consumeEmailToken(
  deps: Deps,
  token: string,
  purpose: EmailTokenPurpose,
): Promise<string> {
  const record = await findUsableToken(deps, token, purpose)
  if (!(await markEmailTokenUsed(deps.db, record.id, deps.clock.now()))) throw new DomainError('LINK_EXPIRED')
  return record.userId
}
