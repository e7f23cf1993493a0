import { findUserById, updateUser } from '../../storage/accounts-store.ts'
import type { Deps } from '../deps.ts'
import { consumeEmailToken } from './email-tokens.ts'

/** Confirms the address a verification link was sent to. Throws LINK_EXPIRED for a bad or used link. */
export async function verifyEmail(deps: Deps, token: string): Promise<void> {
  const userId = await consumeEmailToken(deps, token, 'verify-email')
  const user = await findUserById(deps.db, userId)
  if (user && user.emailVerifiedAt === null) {
    await updateUser(deps.db, userId, { emailVerifiedAt: deps.clock.now(), now: deps.clock.now() })
  }
}
