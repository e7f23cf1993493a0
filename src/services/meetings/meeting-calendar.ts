import { createEvent } from 'ics'
import { Temporal } from 'temporal-polyfill'
import type { Actor } from '../../domain/access/actor.ts'
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

/**
 * The meeting as an iCalendar invitation (.ics) the parent can open or send on: the start in UTC
 * (so every calendar shows the right local time), its length, where, the video link, and a link
 * back to the meeting page. The UID is stable, so importing it again updates the same event.
 */
export function meetingIcs(meeting: Meeting, childName: string, lang: Lang, baseUrl: string): string {
  const t = translator(lang)
  const pageUrl = absoluteUrl(baseUrl, paths.meeting(meeting.childId, meeting.id))
  const host = new URL(baseUrl).hostname || 'pathway'
  const { error, value } = createEvent({
    uid: `meeting-${meeting.id}@${host}`,
    productId: 'pathway/meetings',
    method: 'PUBLISH',
    start: meetingStartMs(meeting),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: meeting.durationMinutes },
    title: t('meetings.calendar.summary', { kind: t(`meetings.kinds.${meeting.kind}`), name: childName }),
    description: [t('meetings.calendar.description', { name: childName }), meeting.link, pageUrl]
      .filter(Boolean)
      .join('\n'),
    ...(meeting.place ? { location: meeting.place } : meeting.link ? { location: meeting.link } : {}),
    url: pageUrl,
    sequence: meeting.version,
    status: 'CONFIRMED',
  })
  if (error || !value) throw new Error('Could not write the meeting invitation', { cause: error })
  return value
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
