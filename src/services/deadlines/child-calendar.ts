import type { Actor, ChildNeed } from '../../domain/access/actor.ts'
import type { Lang } from '../../i18n/i18n.ts'
import { listFollowUps } from '../communications/communications.ts'
import type { Deps } from '../deps.ts'
import { listMeetingFollowUps, listMeetingsForCalendar } from '../meetings/meetings.ts'
import { getChildDeadlines } from './child-deadlines.ts'
import { deadlinesCalendar } from './deadlines-ics.ts'

/**
 * A child's calendar as iCalendar text: deadlines and meetings. The family's own download (`read`)
 * adds the follow-ups from the communication log and the tasks recorded after meetings; a
 * calendar-feed link (`calendar`) sees deadlines and meetings only.
 */
export async function childCalendarText(
  deps: Deps,
  actor: Actor,
  childId: string,
  need: Extract<ChildNeed, 'read' | 'calendar'>,
  lang: Lang,
): Promise<string> {
  const view = await getChildDeadlines(deps, actor, childId, need)
  return deadlinesCalendar({
    child: view.child,
    deadlines: view.deadlines,
    followUps: need === 'read' ? await listFollowUps(deps, actor, view.child.id) : [],
    meetingTasks: need === 'read' ? await listMeetingFollowUps(deps, actor, view.child.id) : [],
    meetings: await listMeetingsForCalendar(deps, actor, view.child.id, need),
    lang,
    stamp: deps.clock.now(),
    baseUrl: deps.config.baseUrl,
  })
}
