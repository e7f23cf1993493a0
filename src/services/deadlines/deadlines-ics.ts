import { type AllDayEvent, calendarText, type TimedEvent } from '../../domain/calendars/ics.ts'
import type { Child } from '../../domain/children/child.ts'
import type { FollowUp } from '../../domain/communications/communication.ts'
import type { Deadline } from '../../domain/deadlines/deadline.ts'
import type { Meeting } from '../../domain/meetings/meeting.ts'
import { firstNameOf } from '../../domain/sharing/access-link.ts'
import { type Lang, renderMessage, translator } from '../../i18n/i18n.ts'
import { absoluteUrl, paths } from '../../paths.ts'
import { meetingFeedEvent } from '../meetings/meeting-calendar.ts'
import type { FollowUpItem } from '../meetings/meetings.ts'

/** Deadlines a calendar shows: every one with a date, except those that no longer apply. */
function inCalendar(deadline: Deadline): deadline is Deadline & { due: NonNullable<Deadline['due']> } {
  return deadline.due !== null && deadline.status !== 'not-applicable'
}

/**
 * A child's deadlines (and open follow-ups and meeting tasks) as iCalendar text: one all-day event per
 * dated deadline, on its due date, and each meeting at its time in its own time zone. The UID is the
 * child, the rule and the event that started the clock, so a recomputed date moves the same event in a
 * subscribed calendar.
 */
export function deadlinesCalendar(input: ChildCalendarInput & { stamp: string }): string {
  const name = firstNameOf(input.child)
  const { events, timedEvents } = childEvents(input)
  return calendarText({
    name: translator(input.lang)('deadlines.ui.ics.calendarName', { name }),
    stamp: input.stamp,
    events,
    timedEvents,
  })
}

/**
 * One person's calendar: the deadlines and meetings of every child they can see, each event named with
 * the child's first name (the same events, with the same UIDs, as each child's own calendar).
 */
export function personDeadlinesCalendar(input: {
  children: readonly Omit<ChildCalendarInput, 'lang' | 'baseUrl'>[]
  lang: Lang
  stamp: string
  baseUrl: string
}): string {
  const each = input.children.map((child) =>
    childEvents({ ...child, lang: input.lang, baseUrl: input.baseUrl }),
  )
  return calendarText({
    name: translator(input.lang)('deadlines.ui.personFeed.calendarName'),
    stamp: input.stamp,
    events: each.flatMap((child) => child.events),
    timedEvents: each.flatMap((child) => child.timedEvents),
  })
}

interface ChildCalendarInput {
  child: Pick<Child, 'id' | 'legalName' | 'preferredName'>
  deadlines: readonly Deadline[]
  followUps?: readonly FollowUp[]
  /** Tasks recorded after meetings; the open ones with a due date are shown on that day. */
  meetingTasks?: readonly FollowUpItem[]
  /** Meetings, as timed events in their own time zones. */
  meetings?: readonly Meeting[]
  lang: Lang
  baseUrl: string
}

function childEvents(input: ChildCalendarInput): { events: AllDayEvent[]; timedEvents: TimedEvent[] } {
  const t = translator(input.lang)
  // A calendar is often synced to other devices and services: never the child's full legal name.
  const name = firstNameOf(input.child)
  const link = t('deadlines.ui.ics.link', {
    url: absoluteUrl(input.baseUrl, paths.childDeadlines(input.child.id)),
  })
  const events: AllDayEvent[] = input.deadlines.filter(inCalendar).map((deadline) => {
    const title = renderMessage(input.lang, deadline.title)
    return {
      uid: `${input.child.id}.${deadline.rule}.${deadline.trigger}@pathway`,
      date: deadline.due,
      summary: t(deadline.status === 'met' ? 'deadlines.ui.ics.summaryDone' : 'deadlines.ui.ics.summary', {
        name,
        title,
      }),
      description: [
        renderMessage(input.lang, { key: `deadlines.rules.${deadline.rule}.what` }),
        t('deadlines.ui.ics.status', { status: t(`deadlines.statuses.${deadline.status}`) }),
        '',
        ...deadline.explanation.map((step) => renderMessage(input.lang, step)),
        '',
        t('deadlines.ui.timeline.citation', { citation: deadline.citation }),
        t('deadlines.ui.ics.notAdvice'),
        link,
      ].join('\n'),
    }
  })
  for (const followUp of input.followUps ?? []) {
    if (followUp.done) continue
    events.push({
      uid: `${input.child.id}.follow-up.${followUp.communicationId}@pathway`,
      date: followUp.dueOn,
      summary: t('deadlines.ui.ics.followUp', { name, subject: followUp.subject }),
      description: [followUp.note ?? '', link].filter(Boolean).join('\n'),
    })
  }
  for (const task of input.meetingTasks ?? []) {
    if (task.done || task.dueOn === null) continue
    events.push({
      uid: `${input.child.id}.meeting-task.${task.source.id}.${task.index}@pathway`,
      date: task.dueOn,
      summary: t('meetings.calendar.taskSummary', { name, task: task.task }),
      description: [
        t('meetings.calendar.taskDescription', { owner: task.owner }),
        absoluteUrl(input.baseUrl, paths.meeting(input.child.id, task.source.id)),
      ].join('\n'),
    })
  }
  const timedEvents = (input.meetings ?? []).map((meeting) =>
    meetingFeedEvent(meeting, name, input.lang, input.baseUrl),
  )
  return { events, timedEvents }
}
