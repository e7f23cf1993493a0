import type { Actor } from '../../domain/access/actor.ts'
import type { Child } from '../../domain/children/child.ts'
import { addDays, type LocalDate } from '../../domain/dates/local-date.ts'
import { addSchoolYear } from '../deadlines/school-years.ts'
import { type Deps, today } from '../deps.ts'
import { openDispute } from '../disputes/disputes.ts'
import { createMeeting } from '../meetings/meetings.ts'
import { addProgressNote, addProgressPoints, listGoalsForDataEntry } from '../progress/progress-data.ts'
import { addIncident, getAccommodationsToLog } from '../services-delivered/accommodation-incidents.ts'
import { addSession, getServicesToLog } from '../services-delivered/service-log.ts'

/**
 * What happens after a plan is written, for Mateo: his school year and its closed days, a month of
 * speech sessions with the ones the school missed, an accommodation that was not followed, the
 * next IEP meeting, and the state complaint his family is weighing. Every page of the follow-through
 * features has something to show, and the export round trip covers every table.
 */
export async function seedDemoFollowThrough(deps: Deps, actor: Actor, mateo: Child): Promise<void> {
  const day = today(deps)
  const ago = (days: number): LocalDate => addDays(day, -days)
  const year = Number(day.slice(0, 4))
  const schoolYearStart = day.slice(5) >= '08-15' ? year : year - 1
  await addSchoolYear(
    deps,
    actor,
    { childId: mateo.id },
    {
      firstDay: `${schoolYearStart}-08-20`,
      lastDay: `${schoolYearStart + 1}-05-29`,
      closures: [
        `${schoolYearStart}-11-23, ${schoolYearStart}-11-27, break, Thanksgiving break`,
        `${schoolYearStart}-12-21, ${schoolYearStart + 1}-01-01, break, Winter break`,
        `${schoolYearStart + 1}-03-15, ${schoolYearStart + 1}-03-19, break, Spring break`,
      ].join('\n'),
    },
  )

  const { services } = await getServicesToLog(deps, actor, mateo.id)
  const speech = services[0]
  if (speech) {
    const sessions = [
      [28, 'delivered', 'Worked on answering "why" questions.'],
      [26, 'delivered', ''],
      [21, 'missed-provider-absent', 'The therapist was out; no make-up offered.'],
      [19, 'delivered', ''],
      [14, 'cancelled-by-school', 'Assembly.'],
      [12, 'student-absent', 'Mateo was home sick.'],
      [7, 'delivered', 'Practiced retelling a story in order.'],
    ] as const
    for (const [daysAgo, status, note] of sessions) {
      await addSession(deps, actor, mateo.id, {
        serviceId: speech.id,
        date: ago(daysAgo),
        minutes: '30',
        status,
        provider: 'Ms. Chen, speech-language pathologist',
        note,
        source: 'school',
      })
    }
  }

  // Weekly probes on his first goal: rising, but not as fast as the goal needs.
  const [goal] = await listGoalsForDataEntry(deps, actor, mateo.id)
  if (goal) {
    const scores = [42, 45, 44, 48, 47, 51, 50, 53]
    await addProgressPoints(
      deps,
      actor,
      mateo.id,
      goal.id,
      scores.map((score, week) => ({
        measuredOn: ago(7 * (scores.length - week)),
        value: String(score),
        unit: '',
        source: week % 2 === 0 ? 'therapist' : 'parent',
        note: '',
      })),
    )
    await addProgressNote(deps, actor, mateo.id, goal.id, {
      kind: 'progress-report',
      notedOn: ago(30),
      text: 'The report card said "making progress".',
    })
  }

  const { accommodations } = await getAccommodationsToLog(deps, actor, mateo.id)
  const accommodation = accommodations[0]
  if (accommodation) {
    await addIncident(deps, actor, mateo.id, {
      accommodationId: accommodation.id,
      date: ago(9),
      whatHappened: 'The math test was given without the extra time in the plan.',
      reportedBy: 'Mateo, then his math teacher by e-mail',
    })
  }

  await createMeeting(deps, actor, mateo.id, {
    kind: 'annual-review',
    date: addDays(day, 24),
    startTime: '15:30',
    durationMinutes: '60',
    timeZone: 'America/Chicago',
    place: 'Washington Middle School, room 114',
    link: '',
    invitedOn: ago(3),
    participants: [
      { name: 'Ana Lopez', role: 'parent', excused: '' },
      { name: 'Mr. Davis', role: 'general-education-teacher', excused: '' },
      { name: 'Ms. Patel', role: 'special-education-teacher', excused: '' },
      { name: 'Ms. Chen', role: 'related-service-provider', excused: '' },
    ],
  })

  await openDispute(deps, actor, mateo.id, {
    road: 'state-complaint',
    title: 'Speech sessions missed this fall',
    violationOn: ago(21),
    knewOn: ago(20),
  })
}
