import { normalizeEmail } from '../../domain/accounts/account.ts'
import { DomainError, type Problem, problem } from '../../domain/problems.ts'
import { findUserCredentials } from '../../storage/accounts-store.ts'
import {
  type ApiTokenRecord,
  findActiveApiTokenByHash,
  insertApiToken,
  listApiTokens as listStoredApiTokens,
  revokeApiToken as revokeStoredApiToken,
  touchApiToken,
} from '../../storage/api-tokens-store.ts'
import { findApiTokenWithStamp } from '../../storage/page-versions-store.ts'
import type { Deps } from '../deps.ts'
import { hashToken, newToken } from './secrets.ts'
import { keptSignIn, type SignedIn } from './sessions.ts'

/** Personal access tokens start with this, so a leaked one is easy to recognise in logs or code. */
export const API_TOKEN_PREFIX = 'pwy_'

export async function listApiTokens(deps: Deps, userId: string): Promise<ApiTokenRecord[]> {
  return listStoredApiTokens(deps.db, userId)
}

/** Creates a personal access token for the API. The token is shown once; only its hash is kept. */
export async function createApiToken(
  deps: Deps,
  userId: string,
  name: string,
): Promise<{ problems: Problem[]; token?: string; id?: string }> {
  const trimmed = name.trim()
  if (trimmed === '') return { problems: [problem('name', 'accounts.problems.tokenNameMissing')] }
  if (trimmed.length > 80)
    return { problems: [problem('name', 'accounts.problems.tokenNameTooLong', { max: 80 })] }
  const token = newToken(API_TOKEN_PREFIX)
  const id = deps.newId()
  await insertApiToken(deps.db, {
    id,
    userId,
    name: trimmed,
    tokenHash: hashToken(token),
    tokenPrefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
    createdAt: deps.clock.now(),
  })
  return { problems: [], token, id }
}

/** For operators (`pathway token create`): a token for the account with this e-mail address. */
export async function createApiTokenForEmail(deps: Deps, email: string, name: string): Promise<string> {
  const credentials = await findUserCredentials(deps.db, normalizeEmail(email))
  if (!credentials) throw new DomainError('NOT_FOUND', { email: 'no account' })
  const result = await createApiToken(deps, credentials.user.id, name)
  if (!result.token) throw new DomainError('INVALID_INPUT', undefined, result.problems)
  return result.token
}

export async function revokeApiToken(deps: Deps, userId: string, id: string): Promise<void> {
  if (!(await revokeStoredApiToken(deps.db, userId, id, deps.clock.now()))) throw new DomainError('NOT_FOUND')
}

// Recording every use would make each API call a write; once a minute is enough to show "last used".
const TOUCH_AFTER_MS = 60_000

/** The account behind a bearer token, or undefined for an unknown or revoked token. */
export async function authenticateApiToken(deps: Deps, token: string): Promise<SignedIn | undefined> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return undefined
  const tokenHash = hashToken(token)
  const noteUse = async (record: { readonly id: string; readonly lastUsedAt: string | null }) => {
    const now = deps.clock.now()
    if (record.lastUsedAt === null || Date.parse(now) - Date.parse(record.lastUsedAt) > TOUCH_AFTER_MS)
      await touchApiToken(deps.db, record.id, now)
  }
  // Kept like a session's sign-in; a revoked token is not found by either read.
  return keptSignIn(deps, `token:${tokenHash}`, {
    async withStamp(scopes) {
      const record = await findApiTokenWithStamp(deps.db, tokenHash, scopes)
      if (record) await noteUse(record)
      return record
    },
    async alone() {
      const record = await findActiveApiTokenByHash(deps.db, tokenHash)
      if (record) await noteUse(record)
      return record
    },
  })
}
