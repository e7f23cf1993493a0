import { checkEmail, checkNewPassword, normalizeEmail } from '../../domain/accounts/account.ts'
import type { Problem } from '../../domain/problems.ts'
import { type Lang, translator } from '../../i18n/i18n.ts'
import { absoluteUrl, paths } from '../../paths.ts'
import { findUserById, findUserCredentials, updateUser } from '../../storage/accounts-store.ts'
import { deleteSessionsOfUser } from '../../storage/sessions-store.ts'
import type { Deps } from '../deps.ts'
import { checkEmailToken, consumeEmailToken, issueEmailToken } from './email-tokens.ts'
import { hitRateLimits, type RateLimited } from './rate-limit.ts'
import { hashPassword, hashToken } from './secrets.ts'

/**
 * Sends a reset link (valid one hour, single use) when the address has an account. The answer is
 * the same whether or not it has one. Five requests per address and twenty per network address an hour.
 */
export async function requestPasswordReset(
  deps: Deps,
  input: { email: string; ip: string; lang: Lang },
): Promise<{ problems: Problem[]; rateLimited?: RateLimited }> {
  const problems = checkEmail('email', input.email)
  if (problems.length > 0) return { problems }
  const email = normalizeEmail(input.email)
  const rateLimited = await hitRateLimits(deps, [
    { key: `reset:email:${hashToken(email)}`, limit: 5, windowSeconds: 3600 },
    { key: `reset:ip:${hashToken(input.ip)}`, limit: 20, windowSeconds: 3600 },
  ])
  if (rateLimited) return { problems: [], rateLimited }
  const credentials = await findUserCredentials(deps.db, email)
  if (credentials) {
    const token = await issueEmailToken(deps, credentials.user.id, 'reset-password')
    const t = translator(credentials.user.locale ?? input.lang)
    await deps.mailer.send({
      to: email,
      subject: t('accounts.email.reset.subject'),
      text: t('accounts.email.reset.body', {
        name: credentials.user.name,
        url: absoluteUrl(deps.config.baseUrl, paths.resetPassword(token)),
      }),
    })
  }
  return { problems: [] }
}

/** Throws LINK_EXPIRED when the reset link cannot be used (shown before the person types a password). */
export async function checkResetLink(deps: Deps, token: string): Promise<void> {
  await checkEmailToken(deps, token, 'reset-password')
}

/**
 * Sets a new password from a reset link, uses up the link, and signs the account out everywhere
 * (whoever had the old password loses access).
 */
export async function resetPassword(
  deps: Deps,
  token: string,
  password: string,
): Promise<{ problems: Problem[] }> {
  const userId = await checkEmailToken(deps, token, 'reset-password')
  const user = await findUserById(deps.db, userId)
  const problems = checkNewPassword('password', password, user?.email ?? '')
  if (problems.length > 0 || !user) return { problems }
  const passwordHash = await hashPassword(password)
  await consumeEmailToken(deps, token, 'reset-password')
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (tx) => {
    // A reset link proves the person controls the address, so it also confirms it.
    await updateUser(tx, userId, {
      passwordHash,
      now,
      ...(user.emailVerifiedAt ? {} : { emailVerifiedAt: now }),
    })
    await deleteSessionsOfUser(tx, userId)
  })
  return { problems: [] }
}
