import { createEvent } from 'ics'
import { Temporal } from 'temporal-polyfill'
import type { Actor } from '../../domain/access/actor.ts'
import type { TimedEvent } from '../../domain/calendars/ics.ts'
import { displayName } from '../../domain/children/child.ts'
import type { Meeting } from '../../domain/meetings/meeting.ts'
import { type Lang, translator } from '../../i18n/i18n.ts'
import { absoluteUrl, paths } from '../../paths.ts'
import type { Deps } from '../deps.ts'
import { findMeetingOfChild } from './meetings.ts'

/** The meeting's start as epoch milliseconds: its wall-clock date and time in its own time zone. */
export function meetingStartMs(meeting: Pick<Meeting, 'date' | 'startTime' | 'timeZone'>): number {
  // "compatible": a time skipped by a daylight-saving change moves forward, as calendars do.
  return Temporal.PlainDateTime.from(`${meeting.date}T${meeting.startTime}`).toZonedDateTime(
    meeting.timeZone,
    {
      disambiguation: 'compatible',
    },
  ).epochMilliseconds
}

/** What a calendar shows for a meeting, in the invitation and in the child's calendar feed. */
export interface MeetingEventText {
  /** Stable for the meeting's life, so a calendar updates the same event when it changes. */
  readonly uid: string
  readonly summary: string
  readonly description: string
  /** The place, or the video link when there is no place. */
  readonly location: string | undefined
  /** The meeting's page. */
  readonly url: string
}

export function meetingEventText(
  meeting: Meeting,
  childName: string,
  lang: Lang,
  baseUrl: string,
): MeetingEventText {
  const t = translator(lang)
  const url = absoluteUrl(baseUrl, paths.meeting(meeting.childId, meeting.id))
  const host = new URL(baseUrl).hostname || 'pathway'
  return {
    uid: `meeting-${meeting.id}@${host}`,
    summary: t('meetings.calendar.summary', { kind: t(`meetings.kinds.${meeting.kind}`), name: childName }),
    description: [t('meetings.calendar.description', { name: childName }), meeting.link, url]
      .filter(Boolean)
      .join('\n'),
    location: meeting.place ?? meeting.link ?? undefined,
    url,
  }
}

/**
 * The meeting as an iCalendar invitation (.ics) the parent can open or send on: the start in UTC
 * (so every calendar shows the right local time), its length, where, the video link, and a link
 * back to the meeting page. The UID is stable, so importing it again updates the same event.
 */
export function meetingIcs(meeting: Meeting, childName: string, lang: Lang, baseUrl: string): string {
  const text = meetingEventText(meeting, childName, lang, baseUrl)
  const { error, value } = createEvent({
    uid: text.uid,
    productId: 'pathway/meetings',
    method: 'PUBLISH',
    start: meetingStartMs(meeting),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: meeting.durationMinutes },
    title: text.summary,
    description: text.description,
    ...(text.location ? { location: text.location } : {}),
    url: text.url,
    sequence: meeting.version,
    status: 'CONFIRMED',
  })
  if (error || !value) throw new Error('Could not write the meeting invitation', { cause: error })
  return value
}

/** A meeting as a timed event of the child's calendar feed (first name only: feeds are synced widely). */
export function meetingFeedEvent(
  meeting: Meeting,
  childName: string,
  lang: Lang,
  baseUrl: string,
): TimedEvent {
  const text = meetingEventText(meeting, childName, lang, baseUrl)
  return {
    uid: text.uid,
    date: meeting.date,
    startTime: meeting.startTime,
    timeZone: meeting.timeZone,
    durationMinutes: meeting.durationMinutes,
    summary: text.summary,
    description: text.description,
    ...(text.location ? { location: text.location } : {}),
    url: text.url,
    sequence: meeting.version,
    lastModified: meeting.updatedAt,
  }
}

export async function meetingCalendarFile(
  deps: Deps,
  actor: Actor,
  childId: string,
  meetingId: string,
  lang: Lang,
): Promise<{ meeting: Meeting; ics: string }> {
  const { child, meeting } = await findMeetingOfChild(deps, actor, childId, meetingId, 'read')
  return { meeting, ics: meetingIcs(meeting, displayName(child), lang, deps.config.baseUrl) }
}
