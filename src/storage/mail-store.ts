import type { DbOrTx } from './database.ts'

export interface StoredMail {
  readonly id: string
  readonly to: string
  readonly subject: string
  readonly text: string
  readonly html: string | null
  readonly attachments: readonly { filename: string; contentType: string }[]
  readonly createdAt: string
}

export async function insertMail(
  db: DbOrTx,
  mail: Omit<StoredMail, 'attachments'> & {
    attachments: readonly { filename: string; contentType: string }[]
  },
): Promise<void> {
  await db
    .insertInto('mail_messages')
    .values({
      id: mail.id,
      to_address: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html,
      attachments: mail.attachments.length > 0 ? JSON.stringify(mail.attachments) : null,
      created_at: mail.createdAt,
    })
    .execute()
}

function toMail(row: {
  id: string
  to_address: string
  subject: string
  text_body: string
  html_body: string | null
  attachments: string | null
  created_at: string
}): StoredMail {
  return {
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    text: row.text_body,
    html: row.html_body,
    attachments: row.attachments ? (JSON.parse(row.attachments) as StoredMail['attachments']) : [],
    createdAt: row.created_at,
  }
}

export async function listMail(db: DbOrTx, limit: number): Promise<StoredMail[]> {
  const rows = await db
    .selectFrom('mail_messages')
    .selectAll()
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute()
  return rows.map(toMail)
}

export async function findMail(db: DbOrTx, id: string): Promise<StoredMail | undefined> {
  const row = await db.selectFrom('mail_messages').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toMail(row)
}
