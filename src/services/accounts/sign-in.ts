import { normalizeEmail } from '../../domain/accounts/account.ts'
import { type Problem, problem } from '../../domain/problems.ts'
import type { Lang } from '../../i18n/i18n.ts'
import { findUserCredentials } from '../../storage/accounts-store.ts'
import type { Deps } from '../deps.ts'
import { issueEmailToken } from './email-tokens.ts'
import { hitRateLimits, type RateLimited } from './rate-limit.ts'
import { burnPasswordCheck, hashToken, verifyPassword } from './secrets.ts'
import { createSession, endSession } from './sessions.ts'
import { sendVerificationEmail } from './sign-up.ts'
import { hasTwoStep, startPendingSignIn } from './two-step.ts'

export interface SignInInput {
  readonly email: string
  readonly password: string
  readonly ip: string
  readonly lang: Lang
  /** The session the browser already had, if any: it is ended so the new session gets a new id. */
  readonly previousSessionToken: string | undefined
}

export type SignInResult =
  | { readonly outcome: 'signed-in'; readonly sessionToken: string; readonly userId: string }
  | { readonly outcome: 'problems'; readonly problems: readonly Problem[] }
  | ({ readonly outcome: 'rate-limited' } & RateLimited)
  | { readonly outcome: 'unverified' }
  /** The password was right; the person's authenticator app must confirm (two-step.ts). */
  | { readonly outcome: 'two-step'; readonly pendingToken: string }

/**
 * Signs a person in. A wrong e-mail and a wrong password get the same answer, in the same time.
 * Ten attempts per address and fifty per network address every fifteen minutes.
 */
export async function signIn(deps: Deps, input: SignInInput): Promise<SignInResult> {
  const problems: Problem[] = []
  if (input.email.trim() === '') problems.push(problem('email', 'accounts.problems.emailMissing'))
  if (input.password === '') problems.push(problem('password', 'accounts.problems.passwordMissing'))
  if (problems.length > 0) return { outcome: 'problems', problems }

  const email = normalizeEmail(input.email)
  const limited = await hitRateLimits(deps, [
    { key: `sign-in:email:${hashToken(email)}`, limit: 10, windowSeconds: 900 },
    { key: `sign-in:ip:${hashToken(input.ip)}`, limit: 50, windowSeconds: 900 },
  ])
  if (limited) return { outcome: 'rate-limited', ...limited }

  const credentials = await findUserCredentials(deps.db, email)
  if (!credentials) {
    await burnPasswordCheck(input.password)
    return { outcome: 'problems', problems: [problem('email', 'accounts.problems.signInFailed')] }
  }
  if (!(await verifyPassword(credentials.passwordHash, input.password))) {
    return { outcome: 'problems', problems: [problem('email', 'accounts.problems.signInFailed')] }
  }
  if (credentials.user.emailVerifiedAt === null) {
    const token = await issueEmailToken(deps, credentials.user.id, 'verify-email')
    await sendVerificationEmail(deps, {
      email: credentials.user.email,
      name: credentials.user.name,
      lang: credentials.user.locale ?? input.lang,
      token,
    })
    return { outcome: 'unverified' }
  }
  if (await hasTwoStep(deps, credentials.user.id))
    return { outcome: 'two-step', pendingToken: await startPendingSignIn(deps, credentials.user.id) }
  if (input.previousSessionToken) await endSession(deps, input.previousSessionToken)
  const sessionToken = await createSession(deps, credentials.user.id)
  return { outcome: 'signed-in', sessionToken, userId: credentials.user.id }
}
