import type { LocalDate } from '../domain/dates/local-date.ts'
import type { Letter, LetterFacts, LetterLanguage, SentDetails, SentVia } from '../domain/letters/letter.ts'
import type { LetterTemplateId } from '../domain/letters/templates.ts'
import type { DbOrTx } from './database.ts'
import type { LetterRow } from './tables.ts'

function toLetter(row: LetterRow): Letter {
  return {
    id: row.id,
    childId: row.child_id,
    organizationId: row.organization_id,
    template: row.template as LetterTemplateId,
    language: row.language as LetterLanguage,
    facts: JSON.parse(row.facts) as LetterFacts,
    subject: row.subject,
    body: row.body,
    writtenOn: row.written_on as LocalDate,
    sentOn: row.sent_on as LocalDate | null,
    sentVia: row.sent_via as SentVia | null,
    receivedOn: row.received_on as LocalDate | null,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export async function insertLetter(
  db: DbOrTx,
  letter: {
    id: string
    childId: string
    organizationId: string
    template: LetterTemplateId
    language: LetterLanguage
    facts: LetterFacts
    subject: string
    body: string
    writtenOn: LocalDate
    createdBy: string | null
    now: string
  },
): Promise<void> {
  await db
    .insertInto('letters')
    .values({
      id: letter.id,
      organization_id: letter.organizationId,
      child_id: letter.childId,
      template: letter.template,
      language: letter.language,
      facts: JSON.stringify(letter.facts),
      subject: letter.subject,
      body: letter.body,
      written_on: letter.writtenOn,
      sent_on: null,
      sent_via: null,
      received_on: null,
      version: 1,
      created_by: letter.createdBy,
      created_at: letter.now,
      updated_at: letter.now,
    })
    .execute()
}

export async function findLetter(db: DbOrTx, id: string): Promise<Letter | undefined> {
  const row = await db.selectFrom('letters').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toLetter(row)
}

/** A child's letters, newest first. */
export async function listLettersOfChild(db: DbOrTx, childId: string): Promise<Letter[]> {
  const rows = await db
    .selectFrom('letters')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('created_at', 'desc')
    .execute()
  return rows.map(toLetter)
}

/** Saves the parent's edited words if the letter is unchanged since `expectedVersion` and not sent. */
export async function updateLetterWords(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  words: { subject: string; body: string },
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('letters')
    .set({ subject: words.subject, body: words.body, version: expectedVersion + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('sent_on', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Marks a letter sent, once: false when it was already sent. */
export async function markLetterSent(
  db: DbOrTx,
  id: string,
  sent: SentDetails,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('letters')
    .set((eb) => ({
      sent_on: sent.sentOn,
      sent_via: sent.sentVia,
      received_on: sent.receivedOn,
      version: eb('version', '+', 1),
      updated_at: now,
    }))
    .where('id', '=', id)
    .where('sent_on', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function deleteLetterRow(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('letters').where('id', '=', id).execute()
}
