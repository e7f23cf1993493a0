import { type Actor, userIdOf } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import type { ChildEvent } from '../../domain/children/event.ts'
import type { Deadline } from '../../domain/deadlines/deadline.ts'
import {
  checkDisputeOutcome,
  checkDisputeStart,
  checkStageRecord,
  type Dispute,
  type DisputeStageRecord,
} from '../../domain/disputes/dispute.ts'
import { FILING_LIMIT_RULES, filingLimitEvents, findStage, stagesOf } from '../../domain/disputes/roads.ts'
import type { EventType } from '../../domain/events/event-types.ts'
import { DomainError, invalidInput } from '../../domain/problems.ts'
import type { DbOrTx } from '../../storage/database.ts'
import {
  findDispute,
  insertDispute,
  listDisputesOfChild,
  updateDispute,
} from '../../storage/disputes-store.ts'
import { findDocument } from '../../storage/documents-store.ts'
import { findEvent, insertEvent, listEventsOfChild, updateEvent } from '../../storage/events-store.ts'
import { findLetter } from '../../storage/letters-store.ts'
import { linkedIds, setLinks } from '../../storage/record-links-store.ts'
import { getChildForActor } from '../access/child-access.ts'
import { type Deps, today } from '../deps.ts'
import { childDeadlines, deadlineEventsOf } from '../meetings/record-deadlines.ts'

export async function listDisputes(deps: Deps, actor: Actor, childId: string): Promise<Dispute[]> {
  await getChildForActor(deps.db, actor, childId, 'read')
  return listDisputesOfChild(deps.db, childId)
}

async function addEvents(
  deps: Deps,
  tx: DbOrTx,
  actor: Actor,
  child: Child,
  disputeId: string,
  wanted: readonly { type: EventType; date: Dispute['violationOn'] }[],
  note: string,
): Promise<string[]> {
  const now = deps.clock.now()
  const ids: string[] = []
  for (const event of wanted) {
    const id = deps.newId()
    await insertEvent(tx, {
      id,
      childId: child.id,
      organizationId: child.organizationId,
      details: { type: event.type, date: event.date, note },
      extra: { disputeId },
      createdBy: userIdOf(actor),
      now,
    })
    ids.push(id)
  }
  return ids
}

async function linkEvents(deps: Deps, tx: DbOrTx, child: Child, disputeId: string): Promise<void> {
  const dispute = await findDispute(tx, disputeId)
  if (!dispute) throw new DomainError('NOT_FOUND')
  const all = [...(await linkedIds(tx, 'dispute', disputeId, 'event'))]
  for (const stage of dispute.stages) all.push(...stage.eventIds)
  await setLinks(tx, {
    organizationId: child.organizationId,
    childId: child.id,
    fromKind: 'dispute',
    fromId: disputeId,
    toKind: 'event',
    toIds: all,
    newId: deps.newId,
    now: deps.clock.now(),
  })
}

/**
 * Opens a dispute on one formal road. The day of the problem and the day the family learned of it go
 * on the child's record as events, so the deadline engine counts the filing limits from them (the
 * state-complaint year, the due-process limitation period with the state's own limit, OCR's 180 days).
 */
export async function openDispute(
  deps: Deps,
  actor: Actor,
  childId: string,
  draft: { road: string; title: string; violationOn: string; knewOn: string },
): Promise<Dispute> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  const { value, problems } = checkDisputeStart(draft, today(deps))
  if (!value) throw invalidInput(problems)
  const id = deps.newId()
  await deps.db.transaction().execute(async (tx) => {
    await insertDispute(tx, {
      id,
      childId,
      organizationId: child.organizationId,
      road: value.road,
      title: value.title,
      violationOn: value.violationOn,
      knewOn: value.knewOn,
      stages: [],
      createdBy: userIdOf(actor),
      now: deps.clock.now(),
    })
    const eventIds = await addEvents(deps, tx, actor, child, id, filingLimitEvents(value), value.title)
    await setLinks(tx, {
      organizationId: child.organizationId,
      childId,
      fromKind: 'dispute',
      fromId: id,
      toKind: 'event',
      toIds: eventIds,
      newId: deps.newId,
      now: deps.clock.now(),
    })
  })
  const dispute = await findDispute(deps.db, id)
  if (!dispute) throw new Error('Dispute vanished after insert')
  return dispute
}

async function findDisputeOfChild(
  deps: Deps,
  actor: Actor,
  childId: string,
  disputeId: string,
  need: 'read' | 'edit',
): Promise<{ child: Child; dispute: Dispute }> {
  const child = await getChildForActor(deps.db, actor, childId, need)
  const dispute = await findDispute(deps.db, disputeId)
  if (!dispute || dispute.childId !== child.id) throw new DomainError('NOT_FOUND')
  return { child, dispute }
}

/** One stage of the road as the page shows it: when it was recorded, and the deadlines its events started. */
export interface StageView {
  readonly id: string
  readonly recorded: DisputeStageRecord | null
  /** Deadlines started by this stage's events, or met by them. */
  readonly deadlines: readonly Deadline[]
}

export interface DisputeView {
  readonly child: Child
  readonly dispute: Dispute
  readonly filingLimits: readonly Deadline[]
  readonly stages: readonly StageView[]
  /** True when a school-day rule could not be dated for lack of the school's calendar. */
  readonly needsSchoolCalendar: boolean
  readonly linkedDocuments: readonly { id: string; title: string }[]
  readonly linkedLetters: readonly { id: string; subject: string }[]
}

/**
 * A dispute with every date the deadline engine gives from the child's record: the filing limits
 * counted from the day of the problem (or the day the family learned of it), and, stage by stage,
 * the clocks each recorded step started, with the steps that explain each date.
 */
export async function getDispute(
  deps: Deps,
  actor: Actor,
  childId: string,
  disputeId: string,
): Promise<DisputeView> {
  const { child, dispute } = await findDisputeOfChild(deps, actor, childId, disputeId, 'read')
  const mine = new Set(await linkedIds(deps.db, 'dispute', dispute.id, 'event'))
  const events = await listEventsOfChild(deps.db, childId)
  // The dispute's own events, and every other event on the record that can meet their clocks.
  const relevant = events.filter((event) => mine.has(event.id) || !isDisputeEventOfOther(event, dispute.id))
  const { deadlines, needsSchoolCalendar } = childDeadlines(child, deadlineEventsOf(relevant), today(deps))
  const current = deadlines.filter((d) => mine.has(d.trigger) && d.supersededBy === null)
  const filingLimits = current.filter((d) => (FILING_LIMIT_RULES as readonly string[]).includes(d.rule))
  const stages = stagesOf(dispute.road).map((stage): StageView => {
    const recorded = dispute.stages.find((s) => s.stage === stage.id) ?? null
    const ids = new Set(recorded?.eventIds ?? [])
    return {
      id: stage.id,
      recorded,
      deadlines: current.filter(
        (d) => ids.has(d.trigger) && !(FILING_LIMIT_RULES as readonly string[]).includes(d.rule),
      ),
    }
  })
  const linkedDocuments: { id: string; title: string }[] = []
  for (const id of await linkedIds(deps.db, 'dispute', dispute.id, 'document')) {
    const document = await findDocument(deps.db, id)
    if (document && document.childId === child.id) linkedDocuments.push({ id, title: document.title })
  }
  const linkedLetters: { id: string; subject: string }[] = []
  for (const id of await linkedIds(deps.db, 'dispute', dispute.id, 'letter')) {
    const letter = await findLetter(deps.db, id)
    if (letter && letter.childId === child.id) linkedLetters.push({ id, subject: letter.subject })
  }
  return { child, dispute, filingLimits, stages, needsSchoolCalendar, linkedDocuments, linkedLetters }
}

/** Another dispute's events would start a second copy of the same clocks; they are left out. */
function isDisputeEventOfOther(event: ChildEvent, disputeId: string): boolean {
  const owner = event.details?.disputeId
  return typeof owner === 'string' && owner !== disputeId
}

/**
 * Records a stage (the complaint received, the resolution meeting held, the decision issued …): its
 * events go on the child's record, which starts and meets the next clocks. Recording a stage again
 * moves it to the new day.
 */
export async function recordStage(
  deps: Deps,
  actor: Actor,
  childId: string,
  disputeId: string,
  expectedVersion: number,
  draft: { stage: string; date: string },
): Promise<Dispute> {
  const { child, dispute } = await findDisputeOfChild(deps, actor, childId, disputeId, 'edit')
  const { value, problems } = checkStageRecord(dispute.road, draft, today(deps))
  if (!value) throw invalidInput(problems)
  if (dispute.version !== expectedVersion)
    throw new DomainError('VERSION_CONFLICT', { currentVersion: dispute.version })
  const stage = findStage(dispute.road, value.stage)
  if (!stage) throw invalidInput(problems)
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (tx) => {
    const previous = dispute.stages.find((s) => s.stage === value.stage)
    let eventIds: string[]
    if (previous) {
      eventIds = [...previous.eventIds]
      for (const eventId of previous.eventIds) {
        const event = await findEvent(tx, eventId)
        if (event)
          await updateEvent(tx, eventId, { type: event.type, date: value.date, note: event.note }, now)
      }
    } else {
      eventIds = await addEvents(
        deps,
        tx,
        actor,
        child,
        dispute.id,
        stage.events.map((type) => ({ type, date: value.date })),
        dispute.title,
      )
    }
    const stages = [
      ...dispute.stages.filter((s) => s.stage !== value.stage),
      { stage: value.stage, date: value.date, eventIds },
    ].sort((a, b) => order(dispute, a.stage) - order(dispute, b.stage))
    if (!(await updateDispute(tx, dispute.id, expectedVersion, { part: 'stages', stages }, now)))
      throw new DomainError('VERSION_CONFLICT', { currentVersion: dispute.version })
    await linkEvents(deps, tx, child, dispute.id)
  })
  const saved = await findDispute(deps.db, disputeId)
  if (!saved) throw new DomainError('NOT_FOUND')
  return saved
}

function order(dispute: Dispute, stageId: string): number {
  return stagesOf(dispute.road).findIndex((stage) => stage.id === stageId)
}

/** Records the outcome, the status and an agreement's terms (each becomes a follow-up task). */
export async function recordDisputeOutcome(
  deps: Deps,
  actor: Actor,
  childId: string,
  disputeId: string,
  expectedVersion: number,
  draft: { status: string; outcome: string; agreementTerms: string },
): Promise<Dispute> {
  const { dispute } = await findDisputeOfChild(deps, actor, childId, disputeId, 'edit')
  const { value, problems } = checkDisputeOutcome(draft)
  if (!value) throw invalidInput(problems)
  if (
    dispute.version !== expectedVersion ||
    !(await updateDispute(
      deps.db,
      dispute.id,
      expectedVersion,
      { part: 'outcome', ...value },
      deps.clock.now(),
    ))
  )
    throw new DomainError('VERSION_CONFLICT', { currentVersion: dispute.version })
  const saved = await findDispute(deps.db, disputeId)
  if (!saved) throw new DomainError('NOT_FOUND')
  return saved
}

/** Links the papers that belong to a dispute (documents and letters of the same child). */
export async function linkDisputePapers(
  deps: Deps,
  actor: Actor,
  childId: string,
  disputeId: string,
  papers: { documentIds: readonly string[]; letterIds: readonly string[] },
): Promise<void> {
  const { child, dispute } = await findDisputeOfChild(deps, actor, childId, disputeId, 'edit')
  const documentIds: string[] = []
  for (const id of papers.documentIds) {
    const document = await findDocument(deps.db, id)
    if (document && document.childId === child.id) documentIds.push(id)
  }
  const letterIds: string[] = []
  for (const id of papers.letterIds) {
    const letter = await findLetter(deps.db, id)
    if (letter && letter.childId === child.id) letterIds.push(id)
  }
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (tx) => {
    for (const [toKind, toIds] of [
      ['document', documentIds],
      ['letter', letterIds],
    ] as const)
      await setLinks(tx, {
        organizationId: child.organizationId,
        childId: child.id,
        fromKind: 'dispute',
        fromId: dispute.id,
        toKind,
        toIds,
        newId: deps.newId,
        now,
      })
  })
}
