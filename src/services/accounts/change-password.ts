import { checkNewPassword } from '../../domain/accounts/account.ts'
import { type Problem, problem } from '../../domain/problems.ts'
import { findPasswordHash, findUserById, updateUser } from '../../storage/accounts-store.ts'
import { deleteSessionsOfUser } from '../../storage/sessions-store.ts'
import type { Deps } from '../deps.ts'
import { hashPassword, hashToken, verifyPassword } from './secrets.ts'

/** Changes the password after checking the current one; every other session of the account ends. */
export async function changePassword(
  deps: Deps,
  input: {
    userId: string
    currentPassword: string
    newPassword: string
    currentSessionToken: string | undefined
  },
): Promise<{ problems: Problem[] }> {
  const user = await findUserById(deps.db, input.userId)
  const storedHash = await findPasswordHash(deps.db, input.userId)
  if (!user || storedHash === undefined)
    return { problems: [problem('currentPassword', 'accounts.problems.passwordMissing')] }
  const problems: Problem[] = []
  if (input.currentPassword === '')
    problems.push(problem('currentPassword', 'accounts.problems.currentPasswordMissing'))
  else if (!(await verifyPassword(storedHash, input.currentPassword))) {
    problems.push(problem('currentPassword', 'accounts.problems.currentPasswordWrong'))
  }
  problems.push(...checkNewPassword('newPassword', input.newPassword, user.email))
  if (problems.length > 0) return { problems }
  const passwordHash = await hashPassword(input.newPassword)
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (tx) => {
    await updateUser(tx, input.userId, { passwordHash, now })
    await deleteSessionsOfUser(
      tx,
      input.userId,
      input.currentSessionToken ? hashToken(input.currentSessionToken) : undefined,
    )
  })
  return { problems: [] }
}
