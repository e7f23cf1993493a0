import { type Actor, userIdOf } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import type { ChildEvent } from '../../domain/children/event.ts'
import type { Communication } from '../../domain/communications/communication.ts'
import { type LocalDate, parseLocalDate } from '../../domain/dates/local-date.ts'
import {
  checkLetterFacts,
  checkLetterWords,
  checkSentDetails,
  deliveredOn,
  isSent,
  type Letter,
} from '../../domain/letters/letter.ts'
import { isLetterTemplateId, type LetterTemplateId, letterTemplate } from '../../domain/letters/templates.ts'
import { DomainError, invalidInput, problem } from '../../domain/problems.ts'
import {
  findCommunication,
  findCommunicationOfLetter,
  insertCommunication,
} from '../../storage/communications-store.ts'
import type { DbOrTx } from '../../storage/database.ts'
import { findEvent, insertEvent } from '../../storage/events-store.ts'
import {
  deleteLetterRow,
  findLetter,
  insertLetter,
  listLettersOfChild,
  markLetterSent,
  updateLetterWords,
} from '../../storage/letters-store.ts'
import { deleteLinksOf, linkedIds, setLinks } from '../../storage/record-links-store.ts'
import { searchStoreFor } from '../../storage/search-store.ts'
import { getChildForActor } from '../access/child-access.ts'
import { indexCommunication } from '../communications/communications.ts'
import { type Deps, today } from '../deps.ts'
import { composeLetter, letterHeading, letterPlainText } from './compose-letter.ts'
import { renderLetterPdf } from './letter-pdf.ts'

async function indexLetter(
  deps: Deps,
  tx: DbOrTx,
  letter: Pick<Letter, 'id' | 'childId' | 'organizationId' | 'subject' | 'body'>,
  now: string,
) {
  await searchStoreFor(deps.dialect).put(
    tx,
    {
      organizationId: letter.organizationId,
      childId: letter.childId,
      sourceKind: 'letter',
      sourceId: letter.id,
      title: letter.subject,
      body: letter.body,
    },
    deps.newId(),
    now,
  )
}

/**
 * Writes the first draft of a letter from a template, the child's record and the facts the parent
 * gave (INVALID_INPUT names each missing fact). The draft is saved; the parent edits it next.
 */
export async function startLetter(
  deps: Deps,
  actor: Actor,
  childId: string,
  templateId: string,
  draft: Readonly<Record<string, string>>,
): Promise<Letter> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  if (!isLetterTemplateId(templateId))
    throw invalidInput([problem('template', 'letters.problems.templateUnknown')])
  const template = letterTemplate(templateId)
  const writtenOn = today(deps)
  const { value, problems } = checkLetterFacts(template, draft, writtenOn)
  if (!value) throw invalidInput(problems)
  const composed = composeLetter(templateId, child, value.facts, value.language)
  const id = deps.newId()
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (tx) => {
    await insertLetter(tx, {
      id,
      childId,
      organizationId: child.organizationId,
      template: templateId,
      language: value.language,
      facts: value.facts,
      subject: composed.subject,
      body: composed.body,
      writtenOn,
      createdBy: userIdOf(actor),
      now,
    })
    await indexLetter(deps, tx, { id, childId, organizationId: child.organizationId, ...composed }, now)
  })
  return getLetterOrThrow(deps, id)
}

async function getLetterOrThrow(deps: Deps, id: string): Promise<Letter> {
  const letter = await findLetter(deps.db, id)
  if (!letter) throw new DomainError('NOT_FOUND')
  return letter
}

async function findLetterOfChild(
  deps: Deps,
  actor: Actor,
  childId: string,
  letterId: string,
  need: 'read' | 'edit',
): Promise<{ child: Child; letter: Letter }> {
  const child = await getChildForActor(deps.db, actor, childId, need)
  const letter = await findLetter(deps.db, letterId)
  if (!letter || letter.childId !== childId) throw new DomainError('NOT_FOUND')
  return { child, letter }
}

export async function listLetters(deps: Deps, actor: Actor, childId: string): Promise<Letter[]> {
  await getChildForActor(deps.db, actor, childId, 'read')
  return listLettersOfChild(deps.db, childId)
}

export interface LetterView {
  readonly child: Child
  readonly letter: Letter
  /** The events that sending the letter recorded (empty while it is a draft). */
  readonly events: readonly ChildEvent[]
  /** The communications log entry made when it was sent. */
  readonly communicationId: string | null
}

export async function getLetter(
  deps: Deps,
  actor: Actor,
  childId: string,
  letterId: string,
): Promise<LetterView> {
  const { child, letter } = await findLetterOfChild(deps, actor, childId, letterId, 'read')
  const events: ChildEvent[] = []
  for (const eventId of await linkedIds(deps.db, 'letter', letter.id, 'event')) {
    const event = await findEvent(deps.db, eventId)
    if (event) events.push(event)
  }
  const communication = await findCommunicationOfLetter(deps.db, letter.id)
  return { child, letter, events, communicationId: communication?.id ?? null }
}

/**
 * Saves the parent's edits to a draft. A sent letter cannot change (INVALID_STATE); a save over
 * someone else's newer one is refused (VERSION_CONFLICT).
 */
export async function editLetter(
  deps: Deps,
  actor: Actor,
  childId: string,
  letterId: string,
  expectedVersion: number,
  words: { subject: string; body: string },
): Promise<Letter> {
  const { letter } = await findLetterOfChild(deps, actor, childId, letterId, 'edit')
  if (isSent(letter)) throw new DomainError('INVALID_STATE')
  const { value, problems } = checkLetterWords(words)
  if (!value) throw invalidInput(problems)
  if (letter.version !== expectedVersion)
    throw new DomainError('VERSION_CONFLICT', { currentVersion: letter.version })
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (tx) => {
    if (!(await updateLetterWords(tx, letterId, expectedVersion, value, now)))
      throw new DomainError('VERSION_CONFLICT')
    await indexLetter(deps, tx, { ...letter, ...value }, now)
  })
  return getLetterOrThrow(deps, letterId)
}

export async function deleteLetter(
  deps: Deps,
  actor: Actor,
  childId: string,
  letterId: string,
): Promise<void> {
  const { letter } = await findLetterOfChild(deps, actor, childId, letterId, 'edit')
  // A sent letter is part of the record: its events and log entry point to it.
  if (isSent(letter)) throw new DomainError('INVALID_STATE')
  await deps.db.transaction().execute(async (tx) => {
    await deleteLinksOf(tx, 'letter', letter.id)
    await searchStoreFor(deps.dialect).remove(tx, 'letter', letter.id)
    await deleteLetterRow(tx, letter.id)
  })
}

export async function letterPdf(deps: Deps, actor: Actor, childId: string, letterId: string) {
  const { child, letter } = await findLetterOfChild(deps, actor, childId, letterId, 'read')
  const pdf = await renderLetterPdf({
    title: letter.subject,
    heading: letterHeading(letter, child),
    body: letter.body,
    createdAt: letter.updatedAt,
    language: letter.language,
  })
  return { letter, child, pdf }
}

export async function letterText(deps: Deps, actor: Actor, childId: string, letterId: string) {
  const { child, letter } = await findLetterOfChild(deps, actor, childId, letterId, 'read')
  return { letter, child, text: letterPlainText(letter, child) }
}

export interface SentLetter {
  readonly letter: Letter
  readonly events: readonly ChildEvent[]
  readonly communication: Communication
}

/**
 * "Mark as sent": records when and how the letter went, the events that start its legal clocks
 * (a records request starts the 45-day records rule, 34 CFR 300.613), and an entry in the
 * communications log, all in one transaction. A letter is marked sent once (INVALID_STATE after).
 */
export async function markSent(
  deps: Deps,
  actor: Actor,
  childId: string,
  letterId: string,
  draft: { sentOn: string; sentVia: string; receivedOn: string; followUpOn: string },
): Promise<SentLetter> {
  const { child, letter } = await findLetterOfChild(deps, actor, childId, letterId, 'edit')
  if (isSent(letter)) throw new DomainError('INVALID_STATE')
  const { value, problems } = checkSentDetails(draft, today(deps), letter.writtenOn)
  const followUpText = draft.followUpOn.trim()
  let followUpOn: LocalDate | null = null
  if (followUpText !== '') {
    const parsed = parseLocalDate(followUpText)
    if (parsed === undefined) problems.push(problem('followUpOn', 'letters.problems.dateInvalid'))
    else if (value && parsed < value.sentOn)
      problems.push(problem('followUpOn', 'letters.problems.followUpBeforeSent'))
    else followUpOn = parsed
  }
  if (!value || problems.length > 0) throw invalidInput(problems)
  const template = letterTemplate(letter.template as LetterTemplateId)
  const now = deps.clock.now()
  const eventIds: string[] = []
  const communicationId = deps.newId()
  await deps.db.transaction().execute(async (tx) => {
    if (!(await markLetterSent(tx, letter.id, value, now))) throw new DomainError('INVALID_STATE')
    for (const wanted of template.events) {
      const date =
        wanted.on === 'delivered' ? deliveredOn(value) : (letter.facts[wanted.on] as LocalDate | undefined)
      if (!date) continue
      const id = deps.newId()
      await insertEvent(tx, {
        id,
        childId,
        organizationId: child.organizationId,
        details: { type: wanted.type, date, note: letter.subject },
        extra: { letterId: letter.id },
        createdBy: userIdOf(actor),
        now,
      })
      eventIds.push(id)
    }
    await setLinks(tx, {
      organizationId: child.organizationId,
      childId,
      fromKind: 'letter',
      fromId: letter.id,
      toKind: 'event',
      toIds: eventIds,
      newId: deps.newId,
      now,
    })
    const details = {
      occurredOn: value.sentOn,
      channel: 'letter' as const,
      direction: 'to-school' as const,
      people: [letter.facts.recipientName, letter.facts.recipientTitle].filter(Boolean).join(', ') || null,
      subject: letter.subject,
      summary: null,
      emailText: null,
      followUpOn,
      followUpNote: null,
    }
    await insertCommunication(tx, {
      id: communicationId,
      childId,
      organizationId: child.organizationId,
      details,
      letterId: letter.id,
      createdBy: userIdOf(actor),
      now,
    })
    await indexCommunication(
      deps,
      tx,
      { id: communicationId, childId, organizationId: child.organizationId, details },
      now,
    )
  })
  const view = await getLetter(deps, actor, childId, letterId)
  const communication = await findCommunication(deps.db, communicationId)
  if (!communication) throw new Error('Communication vanished after insert')
  return { letter: view.letter, events: view.events, communication }
}
