import type { Deps } from '../../src/services/deps.ts'

/** The invitation links in the e-mails queued for an address, oldest first (tokens only). */
export async function invitationTokensFor(deps: Deps, email: string): Promise<string[]> {
  const rows = await deps.db.selectFrom('jobs').select(['kind', 'payload']).orderBy('created_at').execute()
  const tokens: string[] = []
  for (const row of rows) {
    if (row.kind !== 'send-email') continue
    const mail = JSON.parse(row.payload) as { to: string; text: string }
    const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1]
    if (mail.to === email && token) tokens.push(token)
  }
  return tokens
}
