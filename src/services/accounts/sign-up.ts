import { checkEmail, checkName, checkNewPassword, normalizeEmail } from '../../domain/accounts/account.ts'
import type { Problem } from '../../domain/problems.ts'
import { type Lang, translator } from '../../i18n/i18n.ts'
import { absoluteUrl, paths } from '../../paths.ts'
import {
  findUserCredentials,
  insertMembership,
  insertOrganization,
  insertUser,
} from '../../storage/accounts-store.ts'
import type { Deps } from '../deps.ts'
import { issueEmailToken } from './email-tokens.ts'
import { hitRateLimits, type RateLimited } from './rate-limit.ts'
import { hashPassword, hashToken } from './secrets.ts'

export interface SignUpInput {
  readonly name: string
  readonly email: string
  readonly password: string
  readonly lang: Lang
  readonly ip: string
}

/**
 * Creates an account with its own household, and sends a link to confirm the e-mail address.
 * When the address already has an account, nothing is created and the owner of the address is
 * told by e-mail instead: the page looks the same either way, so it never reveals who has an account.
 */
export async function signUp(
  deps: Deps,
  input: SignUpInput,
): Promise<{ problems: Problem[]; rateLimited?: RateLimited }> {
  const problems = [
    ...checkName('name', input.name),
    ...checkEmail('email', input.email),
    ...checkNewPassword('password', input.password, input.email),
  ]
  if (problems.length > 0) return { problems }
  const email = normalizeEmail(input.email)
  const rateLimited = await hitRateLimits(deps, [
    { key: `sign-up:ip:${hashToken(input.ip)}`, limit: 20, windowSeconds: 3600 },
    { key: `sign-up:email:${hashToken(email)}`, limit: 5, windowSeconds: 3600 },
  ])
  if (rateLimited) return { problems: [], rateLimited }

  const t = translator(input.lang)
  const existing = await findUserCredentials(deps.db, email)
  if (existing) {
    await deps.mailer.send({
      to: email,
      subject: t('accounts.email.alreadyRegistered.subject'),
      text: t('accounts.email.alreadyRegistered.body', {
        name: existing.user.name,
        signInUrl: absoluteUrl(deps.config.baseUrl, paths.signIn()),
        resetUrl: absoluteUrl(deps.config.baseUrl, paths.forgotPassword()),
      }),
    })
    return { problems: [] }
  }

  const passwordHash = await hashPassword(input.password)
  const now = deps.clock.now()
  const userId = deps.newId()
  const householdId = deps.newId()
  const name = input.name.trim()
  const token = await deps.db.transaction().execute(async (tx) => {
    await insertUser(tx, { id: userId, email, name, passwordHash, locale: input.lang, now })
    await insertOrganization(tx, {
      id: householdId,
      kind: 'family',
      name: t('accounts.householdName', { name }),
      now,
    })
    await insertMembership(tx, { organizationId: householdId, userId, role: 'owner', now })
    return issueEmailToken({ ...deps, db: tx }, userId, 'verify-email')
  })
  await sendVerificationEmail(deps, { email, name, lang: input.lang, token })
  return { problems: [] }
}

export async function sendVerificationEmail(
  deps: Deps,
  to: { email: string; name: string; lang: Lang; token: string },
): Promise<void> {
  const t = translator(to.lang)
  await deps.mailer.send({
    to: to.email,
    subject: t('accounts.email.verify.subject'),
    text: t('accounts.email.verify.body', {
      name: to.name,
      url: absoluteUrl(deps.config.baseUrl, paths.verifyEmail(to.token)),
    }),
  })
}
