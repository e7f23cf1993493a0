import { type Actor, type ChildNeed, userIdOf } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import type { ChildEvent } from '../../domain/children/event.ts'
import { addDays } from '../../domain/dates/local-date.ts'
import type { Deadline } from '../../domain/deadlines/deadline.ts'
import {
  checkMeetingDetails,
  checkMeetingOutcome,
  checkMeetingPrep,
  heldEventTypes,
  type Meeting,
  type MeetingDraft,
  NOTICE_RULE_KINDS,
} from '../../domain/meetings/meeting.ts'
import { checkIepTeam, type TeamFinding } from '../../domain/meetings/team-check.ts'
import { DomainError, invalidInput } from '../../domain/problems.ts'
import type { DbOrTx } from '../../storage/database.ts'
import { deleteEvent, findEvent, insertEvent, updateEvent } from '../../storage/events-store.ts'
import {
  deleteMeetingRow,
  findMeeting,
  insertMeeting,
  listMeetingsOfChild,
  updateMeeting,
} from '../../storage/meetings-store.ts'
import { deleteLinksOf, linkedIds, setLinks } from '../../storage/record-links-store.ts'
import { getChildForActor } from '../access/child-access.ts'
import { type Deps, today } from '../deps.ts'
import { childDeadlines, type EngineEvent } from './record-deadlines.ts'

/** The rule ids (federal, or a state's own) that check the meeting notice. */
const NOTICE_RULE = 'idea-iep-meeting-notice'

export async function listMeetings(deps: Deps, actor: Actor, childId: string): Promise<Meeting[]> {
  await getChildForActor(deps.db, actor, childId, 'read')
  return listMeetingsOfChild(deps.db, childId)
}

/** How long a past meeting stays in the calendar feed, so a subscribed calendar keeps recent ones. */
const CALENDAR_PAST_DAYS = 60

/**
 * The meetings a child's calendar shows: every upcoming one, and those of the last 60 days. `need`
 * is `calendar` for a calendar-feed link, which may see meetings but nothing else of the record.
 */
export async function listMeetingsForCalendar(
  deps: Deps,
  actor: Actor,
  childId: string,
  need: Extract<ChildNeed, 'read' | 'calendar'>,
): Promise<Meeting[]> {
  await getChildForActor(deps.db, actor, childId, need)
  const from = addDays(today(deps), -CALENDAR_PAST_DAYS)
  return (await listMeetingsOfChild(deps.db, childId)).filter((meeting) => meeting.date >= from)
}

/** Adds a meeting to a child's record (INVALID_INPUT names each field to fix). */
export async function createMeeting(
  deps: Deps,
  actor: Actor,
  childId: string,
  draft: MeetingDraft,
): Promise<Meeting> {
  const child = await getChildForActor(deps.db, actor, childId, 'edit')
  const { value, problems } = checkMeetingDetails(draft)
  if (!value) throw invalidInput(problems)
  const id = deps.newId()
  await insertMeeting(deps.db, {
    id,
    childId,
    organizationId: child.organizationId,
    details: value,
    createdBy: userIdOf(actor),
    now: deps.clock.now(),
  })
  return getMeetingOrThrow(deps.db, id)
}

async function getMeetingOrThrow(db: DbOrTx, id: string): Promise<Meeting> {
  const meeting = await findMeeting(db, id)
  if (!meeting) throw new DomainError('NOT_FOUND')
  return meeting
}

/** The child and one of its meetings, after the one access check; NOT_FOUND for another child's meeting. */
export async function findMeetingOfChild(
  deps: Deps,
  actor: Actor,
  childId: string,
  meetingId: string,
  need: 'read' | 'edit',
): Promise<{ child: Child; meeting: Meeting }> {
  const child = await getChildForActor(deps.db, actor, childId, need)
  const meeting = await findMeeting(deps.db, meetingId)
  if (!meeting || meeting.childId !== child.id) throw new DomainError('NOT_FOUND')
  return { child, meeting }
}

/** What the meeting page shows besides the meeting: the team check and the invitation check. */
export interface MeetingView {
  readonly child: Child
  readonly meeting: Meeting
  readonly team: readonly TeamFinding[]
  /** The notice rule's deadline for this meeting; null when the rule does not cover its kind. */
  readonly notice: Deadline | null
}

/**
 * Checks when the invitation came against the notice rule, with the deadline engine: the meeting is
 * the `iep-meeting-scheduled` event and the invitation the `meeting-notice-sent` event, so a state's
 * own number of days applies where the rules have one.
 */
export function checkNotice(child: Child, meeting: Meeting, on: Meeting['date']): Deadline | null {
  if (!NOTICE_RULE_KINDS.includes(meeting.kind)) return null
  const events: EngineEvent[] = [{ id: 'meeting', type: 'iep-meeting-scheduled', date: meeting.date }]
  if (meeting.invitedOn)
    events.push({ id: 'invitation', type: 'meeting-notice-sent', date: meeting.invitedOn })
  const { deadlines } = childDeadlines(child, events, on)
  return (
    deadlines.find((d) => d.rule === NOTICE_RULE && d.supersededBy === null) ??
    deadlines.find((d) => d.trigger === 'meeting') ??
    null
  )
}

export async function getMeeting(
  deps: Deps,
  actor: Actor,
  childId: string,
  meetingId: string,
): Promise<MeetingView> {
  const { child, meeting } = await findMeetingOfChild(deps, actor, childId, meetingId, 'read')
  return { child, meeting, team: checkIepTeam(meeting), notice: checkNotice(child, meeting, today(deps)) }
}

function conflictUnless(saved: boolean, meeting: Meeting): void {
  if (!saved) throw new DomainError('VERSION_CONFLICT', { currentVersion: meeting.version })
}

/** Changes when, where and who. A save over someone else's newer one is refused (VERSION_CONFLICT). */
export async function editMeetingDetails(
  deps: Deps,
  actor: Actor,
  childId: string,
  meetingId: string,
  expectedVersion: number,
  draft: MeetingDraft,
): Promise<Meeting> {
  const { meeting } = await findMeetingOfChild(deps, actor, childId, meetingId, 'edit')
  const { value, problems } = checkMeetingDetails(draft)
  if (!value) throw invalidInput(problems)
  conflictUnless(meeting.version === expectedVersion, meeting)
  conflictUnless(
    await updateMeeting(
      deps.db,
      meetingId,
      expectedVersion,
      { part: 'details', details: value },
      deps.clock.now(),
    ),
    meeting,
  )
  return getMeetingOrThrow(deps.db, meetingId)
}

/** Saves the parent's concerns, strengths, questions and requests. */
export async function saveMeetingPrep(
  deps: Deps,
  actor: Actor,
  childId: string,
  meetingId: string,
  expectedVersion: number,
  draft: { concerns: string; strengths: string; questions: string; requests: string },
): Promise<Meeting> {
  const { meeting } = await findMeetingOfChild(deps, actor, childId, meetingId, 'edit')
  const { value, problems } = checkMeetingPrep(draft)
  if (!value) throw invalidInput(problems)
  conflictUnless(meeting.version === expectedVersion, meeting)
  conflictUnless(
    await updateMeeting(deps.db, meetingId, expectedVersion, { part: 'prep', prep: value }, deps.clock.now()),
    meeting,
  )
  return getMeetingOrThrow(deps.db, meetingId)
}

/**
 * Records the meeting as held: notes, decisions, follow-up tasks, and the events that meet and
 * restart the deadline engine's clocks (heldEventTypes), all in one transaction. Saving again
 * updates the notes and moves the events to the new day; it never adds them twice.
 */
export async function recordMeetingHeld(
  deps: Deps,
  actor: Actor,
  childId: string,
  meetingId: string,
  expectedVersion: number,
  draft: {
    heldOn: string
    notes: string
    decisions: string
    followUps: readonly { task: string; owner: string; dueOn: string; done: string }[]
    schoolProposedChange?: string
  },
): Promise<Meeting> {
  const { child, meeting } = await findMeetingOfChild(deps, actor, childId, meetingId, 'edit')
  const { value, problems } = checkMeetingOutcome(draft, today(deps))
  if (!value) throw invalidInput(problems)
  conflictUnless(meeting.version === expectedVersion, meeting)
  const now = deps.clock.now()
  await deps.db.transaction().execute(async (tx) => {
    conflictUnless(
      await updateMeeting(tx, meetingId, expectedVersion, { part: 'outcome', outcome: value }, now),
      meeting,
    )
    // The events this outcome needs, matched in order with those an earlier save added: moved to the
    // new day, added when missing (a change the school proposed), removed when no longer true.
    const existing = await linkedIds(tx, 'meeting', meetingId, 'event')
    const note = `meeting:${meeting.kind}`
    const eventIds: string[] = []
    for (const [index, type] of heldEventTypes(meeting.kind, value).entries()) {
      const eventId = existing[index]
      if (eventId) {
        await updateEvent(tx, eventId, { type, date: value.heldOn, note }, now)
        eventIds.push(eventId)
        continue
      }
      const id = deps.newId()
      await insertEvent(tx, {
        id,
        childId,
        organizationId: child.organizationId,
        details: { type, date: value.heldOn, note },
        extra: { meetingId },
        createdBy: userIdOf(actor),
        now,
      })
      eventIds.push(id)
    }
    for (const eventId of existing.slice(eventIds.length)) await deleteEvent(tx, eventId)
    await setLinks(tx, {
      organizationId: child.organizationId,
      childId,
      fromKind: 'meeting',
      fromId: meetingId,
      toKind: 'event',
      toIds: eventIds,
      newId: deps.newId,
      now,
    })
  })
  return getMeetingOrThrow(deps.db, meetingId)
}

/** Removes a meeting and the events recording it as held added. */
export async function deleteMeeting(
  deps: Deps,
  actor: Actor,
  childId: string,
  meetingId: string,
): Promise<void> {
  await findMeetingOfChild(deps, actor, childId, meetingId, 'edit')
  await deps.db.transaction().execute(async (tx) => {
    for (const eventId of await linkedIds(tx, 'meeting', meetingId, 'event')) await deleteEvent(tx, eventId)
    await deleteLinksOf(tx, 'meeting', meetingId)
    await deleteMeetingRow(tx, meetingId)
  })
}

/** A follow-up task from a meeting or an agreement, for the lists of things to do. */
export interface FollowUpItem {
  readonly source: { readonly kind: 'meeting'; readonly id: string; readonly meeting: Meeting }
  /** The task's place in the meeting's list (part of its calendar UID). */
  readonly index: number
  readonly task: string
  readonly owner: string
  readonly dueOn: Meeting['date'] | null
  readonly done: boolean
}

/** Every follow-up task recorded after a child's meetings, those with a date first by date. */
export async function listMeetingFollowUps(
  deps: Deps,
  actor: Actor,
  childId: string,
): Promise<FollowUpItem[]> {
  const meetings = await listMeetings(deps, actor, childId)
  const items: FollowUpItem[] = []
  for (const meeting of meetings)
    for (const [index, task] of (meeting.outcome?.followUps ?? []).entries())
      items.push({ source: { kind: 'meeting', id: meeting.id, meeting }, index, ...task })
  return items.sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'))
}

/** The timeline events that recording the meeting as held added. */
export async function heldEvents(deps: Deps, meeting: Meeting): Promise<ChildEvent[]> {
  const events: ChildEvent[] = []
  for (const id of await linkedIds(deps.db, 'meeting', meeting.id, 'event')) {
    const event = await findEvent(deps.db, id)
    if (event && event.childId === meeting.childId) events.push(event)
  }
  return events
}
