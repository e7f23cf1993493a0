import { type Actor, userIdOf } from '../../domain/access/actor.ts'
import {
  type Communication,
  type CommunicationDetails,
  type CommunicationDraft,
  checkCommunicationDetails,
  type FollowUp,
  followUpOf,
} from '../../domain/communications/communication.ts'
import { type PastedEmail, parsePastedEmail } from '../../domain/communications/pasted-email.ts'
import { DomainError, invalidInput, problem } from '../../domain/problems.ts'
import {
  deleteCommunicationRow,
  findCommunication,
  insertCommunication,
  listCommunicationsOfChild,
  setFollowUpDone,
  updateCommunicationDetails,
} from '../../storage/communications-store.ts'
import type { DbOrTx } from '../../storage/database.ts'
import { deleteLinksOf, linkedIds, setLinks } from '../../storage/record-links-store.ts'
import { searchStoreFor } from '../../storage/search-store.ts'
import { getChildForActor } from '../access/child-access.ts'
import { type Deps, today } from '../deps.ts'
import { areDocumentsOfChild } from '../documents/documents.ts'

export const COMMUNICATION_FIELDS = [
  'occurredOn',
  'channel',
  'direction',
  'people',
  'subject',
  'summary',
  'emailText',
  'followUpOn',
  'followUpNote',
] as const

export interface CommunicationView {
  readonly communication: Communication
  readonly documentIds: readonly string[]
}

function searchBody(details: CommunicationDetails): string {
  return [details.people, details.summary, details.followUpNote, details.emailText]
    .filter((part): part is string => part !== null && part !== '')
    .join('\n\n')
}

/** Writes a communication's search entry (inside the caller's transaction). */
export async function indexCommunication(
  deps: Deps,
  tx: DbOrTx,
  entry: { id: string; childId: string; organizationId: string; details: CommunicationDetails },
  now: string,
): Promise<void> {
  await searchStoreFor(deps.dialect).put(
    tx,
    {
      organizationId: entry.organizationId,
      childId: entry.childId,
      sourceKind: 'communication',
      sourceId: entry.id,
      title: entry.details.subject,
      body: searchBody(entry.details),
    },
    deps.newId(),
    now,
  )
}

/** Adds an entry to a child's communications log, with the documents it mentions. */
export async function addCommunication(
  deps: Deps,
  actor: Actor,
  childId: string,
  draft: CommunicationDraft & { documentIds: readonly string[] },
): Promise<CommunicationView> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  const { value, problems } = checkCommunicationDetails(draft, today(deps))
  const documentIds = [...new Set(draft.documentIds)]
  if (!(await areDocumentsOfChild(deps, childId, documentIds)))
    problems.push(problem('documentIds', 'communications.problems.documentUnknown'))
  if (!value || problems.length > 0) throw invalidInput(problems)
  const id = deps.newId()
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (tx) => {
    await insertCommunication(tx, {
      id,
      childId,
      organizationId: child.organizationId,
      details: value,
      letterId: null,
      createdBy: userIdOf(actor),
      now,
    })
    await setLinks(tx, {
      organizationId: child.organizationId,
      childId,
      fromKind: 'communication',
      fromId: id,
      toKind: 'document',
      toIds: documentIds,
      newId: deps.newId,
      now,
    })
    await indexCommunication(
      deps,
      tx,
      { id, childId, organizationId: child.organizationId, details: value },
      now,
    )
  })
  return getCommunication(deps, actor, childId, id)
}

async function findCommunicationOfChild(
  deps: Deps,
  actor: Actor,
  childId: string,
  communicationId: string,
  need: 'read' | 'edit',
): Promise<Communication> {
  await getChildForActor(deps.db, actor, childId, need)
  const communication = await findCommunication(deps.db, communicationId)
  if (!communication || communication.childId !== childId) throw new DomainError('NOT_FOUND')
  return communication
}

export async function listCommunications(
  deps: Deps,
  actor: Actor,
  childId: string,
): Promise<Communication[]> {
  await getChildForActor(deps.db, actor, childId, 'read')
  return listCommunicationsOfChild(deps.db, childId)
}

export async function getCommunication(
  deps: Deps,
  actor: Actor,
  childId: string,
  communicationId: string,
): Promise<CommunicationView> {
  const communication = await findCommunicationOfChild(deps, actor, childId, communicationId, 'read')
  return {
    communication,
    documentIds: await linkedIds(deps.db, 'communication', communication.id, 'document'),
  }
}

/** Changes an entry if nobody saved it since `expectedVersion` (else VERSION_CONFLICT). */
export async function updateCommunication(
  deps: Deps,
  actor: Actor,
  childId: string,
  communicationId: string,
  expectedVersion: number,
  draft: CommunicationDraft & { documentIds: readonly string[] },
): Promise<CommunicationView> {
  const current = await findCommunicationOfChild(deps, actor, childId, communicationId, 'edit')
  const { value, problems } = checkCommunicationDetails(draft, today(deps))
  const documentIds = [...new Set(draft.documentIds)]
  if (!(await areDocumentsOfChild(deps, childId, documentIds)))
    problems.push(problem('documentIds', 'communications.problems.documentUnknown'))
  if (!value || problems.length > 0) throw invalidInput(problems)
  if (current.version !== expectedVersion)
    throw new DomainError('VERSION_CONFLICT', { currentVersion: current.version })
  const now = deps.clock.now()
  // A follow-up moved to another date is open again.
  const doneAt =
    value.followUpOn !== null && value.followUpOn === current.followUpOn ? current.followUpDoneAt : null
  await deps.db.transaction().execute(async (tx) => {
    const saved = await updateCommunicationDetails(tx, communicationId, expectedVersion, value, doneAt, now)
    if (!saved) throw new DomainError('VERSION_CONFLICT')
    await setLinks(tx, {
      organizationId: current.organizationId,
      childId,
      fromKind: 'communication',
      fromId: communicationId,
      toKind: 'document',
      toIds: documentIds,
      newId: deps.newId,
      now,
    })
    await indexCommunication(
      deps,
      tx,
      { id: communicationId, childId, organizationId: current.organizationId, details: value },
      now,
    )
  })
  return getCommunication(deps, actor, childId, communicationId)
}

/** Marks a follow-up done (or open again). */
export async function setFollowUpDoneState(
  deps: Deps,
  actor: Actor,
  childId: string,
  communicationId: string,
  done: boolean,
): Promise<void> {
  const current = await findCommunicationOfChild(deps, actor, childId, communicationId, 'edit')
  if (current.followUpOn === null) throw new DomainError('INVALID_STATE')
  await setFollowUpDone(deps.db, communicationId, done ? deps.clock.now() : null, deps.clock.now())
}

export async function deleteCommunication(
  deps: Deps,
  actor: Actor,
  childId: string,
  communicationId: string,
): Promise<void> {
  const current = await findCommunicationOfChild(deps, actor, childId, communicationId, 'edit')
  await deps.db.transaction().execute(async (tx) => {
    await deleteLinksOf(tx, 'communication', current.id)
    await searchStoreFor(deps.dialect).remove(tx, 'communication', current.id)
    await deleteCommunicationRow(tx, current.id)
  })
}

/**
 * A child's follow-ups, soonest first, done ones included (the deadlines feature reads this to
 * list them beside the legal deadlines; it is the only reader it needs).
 */
export async function listFollowUps(deps: Deps, actor: Actor, childId: string): Promise<FollowUp[]> {
  return followUpsOf(await listCommunications(deps, actor, childId))
}

/** The follow-ups of a child's communications, soonest first. */
export function followUpsOf(communications: readonly Communication[]): FollowUp[] {
  return communications
    .map(followUpOf)
    .filter((followUp): followUp is FollowUp => followUp !== undefined)
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0))
}

/** Reads a pasted e-mail into the fields of a new log entry (the person checks them and saves). */
export function draftFromPastedEmail(text: string): { draft: CommunicationDraft; email: PastedEmail } {
  const email = parsePastedEmail(text)
  const people = [email.from, email.to, email.cc].filter((part): part is string => part !== null).join('; ')
  const firstParagraph = email.body.split(/\n\s*\n/)[0]?.trim() ?? ''
  return {
    email,
    draft: {
      occurredOn: email.date ?? '',
      channel: 'email',
      direction: '',
      people,
      subject: email.subject ?? '',
      summary: firstParagraph.length <= 1000 ? firstParagraph : `${firstParagraph.slice(0, 1000)}…`,
      emailText: text.trim(),
      followUpOn: '',
      followUpNote: '',
    },
  }
}
