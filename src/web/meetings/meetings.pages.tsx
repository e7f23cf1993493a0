import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Actor } from '../../domain/access/actor.ts'
import { letterTemplate } from '../../domain/letters/templates.ts'
import type { MeetingDraft } from '../../domain/meetings/meeting.ts'
import { DomainError, type Problem } from '../../domain/problems.ts'
import { setFlash } from '../../http/plugins/request-context.ts'
import { paths } from '../../paths.ts'
import { getChild } from '../../services/children/children.ts'
import { type Deps, today } from '../../services/deps.ts'
import { meetingCalendarFile } from '../../services/meetings/meeting-calendar.ts'
import { gatherRecordEvidence, meetingSuggestions } from '../../services/meetings/meeting-evidence.ts'
import {
  createMeeting,
  deleteMeeting,
  editMeetingDetails,
  findMeetingOfChild,
  getMeeting,
  heldEvents,
  listMeetingFollowUps,
  listMeetings,
  recordMeetingHeld,
  saveMeetingPrep,
} from '../../services/meetings/meetings.ts'
import { meetingPacketPdf } from '../../services/meetings/prep-packet-pdf.ts'
import { contentDisposition } from '../documents/content-disposition.ts'
import { formText } from '../forms.ts'
import { NewLetterPage } from '../letters/letters-views.tsx'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import {
  DeleteMeetingPage,
  type FormValues,
  followUpRows,
  MeetingFormPage,
  MeetingPage,
  MeetingsListPage,
  meetingValues,
  outcomeValues,
  PrepPage,
  participantRows,
  prepValues,
  RecordMeetingPage,
} from './meetings-views.tsx'

type ChildParams = { Params: { childId: string } }
type MeetingParams = { Params: { childId: string; meetingId: string } }

function actorOf(request: FastifyRequest): Actor {
  if (!request.signedIn) throw new DomainError('UNAUTHENTICATED')
  return request.signedIn.actor
}

/** Every field the form posted, as typed, so a page with problems shows it back. */
function postedValues(body: unknown): FormValues {
  const values: Record<string, string> = {}
  if (typeof body === 'object' && body !== null)
    for (const name of Object.keys(body)) if (name !== '_csrf') values[name] = formText(body, name)
  return values
}

function versionOf(values: FormValues): number {
  const text = values.version ?? ''
  return /^\d{1,9}$/.test(text) ? Number(text) : 0
}

function meetingDraft(values: FormValues): MeetingDraft {
  const rows = participantRows(values)
  return {
    kind: values.kind ?? '',
    date: values.date ?? '',
    startTime: values.startTime ?? '',
    durationMinutes: values.durationMinutes ?? '',
    timeZone: values.timeZone ?? '',
    place: values.place ?? '',
    link: values.link ?? '',
    invitedOn: values.invitedOn ?? '',
    participants: Array.from({ length: rows }, (_, i) => ({
      name: values[`participants[${i}].name`] ?? '',
      role: values[`participants[${i}].role`] ?? '',
      excused: values[`participants[${i}].excused`] ?? '',
    })),
  }
}

/** Runs a save; returns its problems or the conflict; rethrows anything else. */
async function trySave(
  save: () => Promise<unknown>,
): Promise<{ problems?: readonly Problem[]; conflict?: true }> {
  try {
    await save()
    return {}
  } catch (error) {
    if (error instanceof DomainError && error.code === 'INVALID_INPUT') return { problems: error.problems }
    if (error instanceof DomainError && error.code === 'VERSION_CONFLICT') return { conflict: true }
    throw error
  }
}

/** Meeting pages: the list, adding and changing a meeting, preparing, recording, the packet, the invitation. */
export function registerMeetingPages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)

  app.get<ChildParams>(
    '/children/:childId/meetings',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const child = await getChild(deps, actor, request.params.childId)
      const meetings = await listMeetings(deps, actor, child.id)
      const followUps = await listMeetingFollowUps(deps, actor, child.id)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <MeetingsListPage child={child} meetings={meetings} followUps={followUps} today={today(deps)} />,
      )
    },
  )

  app.get<ChildParams>(
    '/children/:childId/meetings/new',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const child = await getChild(deps, actor, request.params.childId)
      if (child.archivedAt !== null) throw new DomainError('INVALID_STATE')
      const values = { durationMinutes: '60', timeZone: deps.config.timeZone }
      return sendPage(reply, 200, ui(request, reply), <MeetingFormPage child={child} values={values} />)
    },
  )

  app.post<ChildParams>(
    '/children/:childId/meetings/new',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const values = postedValues(request.body)
      try {
        const meeting = await createMeeting(deps, actor, request.params.childId, meetingDraft(values))
        setFlash(reply, { key: 'meetings.flash.created', kind: 'success' })
        return reply.redirect(paths.meeting(request.params.childId, meeting.id), 303)
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'INVALID_INPUT') throw error
        const child = await getChild(deps, actor, request.params.childId)
        return sendPage(
          reply,
          400,
          ui(request, reply),
          <MeetingFormPage child={child} values={values} problems={error.problems} />,
        )
      }
    },
  )

  app.get<MeetingParams>(
    '/children/:childId/meetings/:meetingId',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const view = await getMeeting(deps, actor, request.params.childId, request.params.meetingId)
      const evidence = await gatherRecordEvidence(deps, actor, view.child, today(deps))
      const events = await heldEvents(deps, view.meeting)
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <MeetingPage {...view} suggestions={meetingSuggestions(evidence, view.team)} events={events} />,
      )
    },
  )

  app.get<MeetingParams>(
    '/children/:childId/meetings/:meetingId/edit',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { child, meeting } = await findMeetingOfChild(
        deps,
        actorOf(request),
        request.params.childId,
        request.params.meetingId,
        'edit',
      )
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <MeetingFormPage
          child={child}
          meeting={meeting}
          values={meetingValues(meeting)}
          version={meeting.version}
        />,
      )
    },
  )

  app.post<MeetingParams>(
    '/children/:childId/meetings/:meetingId/edit',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, meetingId } = request.params
      const values = postedValues(request.body)
      const version = versionOf(values)
      const result = await trySave(() =>
        editMeetingDetails(deps, actor, childId, meetingId, version, meetingDraft(values)),
      )
      if (!result.problems && !result.conflict) {
        setFlash(reply, { key: 'meetings.flash.saved', kind: 'success' })
        return reply.redirect(paths.meeting(childId, meetingId), 303)
      }
      const { child, meeting } = await findMeetingOfChild(deps, actor, childId, meetingId, 'edit')
      return sendPage(
        reply,
        result.conflict ? 409 : 400,
        ui(request, reply),
        <MeetingFormPage
          child={child}
          meeting={meeting}
          values={values}
          version={result.conflict ? meeting.version : version}
          problems={result.problems}
          conflict={result.conflict}
        />,
      )
    },
  )

  app.get<MeetingParams>(
    '/children/:childId/meetings/:meetingId/prepare',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const view = await getMeeting(deps, actor, request.params.childId, request.params.meetingId)
      const evidence = await gatherRecordEvidence(deps, actor, view.child, today(deps))
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <PrepPage
          child={view.child}
          meeting={view.meeting}
          values={prepValues(view.meeting)}
          version={view.meeting.version}
          suggestions={meetingSuggestions(evidence, view.team)}
          progress={evidence.progress}
        />,
      )
    },
  )

  app.post<MeetingParams>(
    '/children/:childId/meetings/:meetingId/prepare',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, meetingId } = request.params
      const values = postedValues(request.body)
      const version = versionOf(values)
      const draft = {
        concerns: values.concerns ?? '',
        strengths: values.strengths ?? '',
        questions: values.questions ?? '',
        requests: values.requests ?? '',
      }
      const result = await trySave(() => saveMeetingPrep(deps, actor, childId, meetingId, version, draft))
      if (!result.problems && !result.conflict) {
        setFlash(reply, { key: 'meetings.flash.prepSaved', kind: 'success' })
        return reply.redirect(paths.meeting(childId, meetingId), 303)
      }
      const view = await getMeeting(deps, actor, childId, meetingId)
      const evidence = await gatherRecordEvidence(deps, actor, view.child, today(deps))
      return sendPage(
        reply,
        result.conflict ? 409 : 400,
        ui(request, reply),
        <PrepPage
          child={view.child}
          meeting={view.meeting}
          values={values}
          version={result.conflict ? view.meeting.version : version}
          suggestions={meetingSuggestions(evidence, view.team)}
          progress={evidence.progress}
          problems={result.problems}
          conflict={result.conflict}
        />,
      )
    },
  )

  app.get<MeetingParams>(
    '/children/:childId/meetings/:meetingId/record',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { child, meeting } = await findMeetingOfChild(
        deps,
        actorOf(request),
        request.params.childId,
        request.params.meetingId,
        'edit',
      )
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <RecordMeetingPage
          child={child}
          meeting={meeting}
          values={outcomeValues(meeting, today(deps))}
          version={meeting.version}
        />,
      )
    },
  )

  app.post<MeetingParams>(
    '/children/:childId/meetings/:meetingId/record',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, meetingId } = request.params
      const values = postedValues(request.body)
      const version = versionOf(values)
      const draft = {
        heldOn: values.heldOn ?? '',
        notes: values.notes ?? '',
        decisions: values.decisions ?? '',
        schoolProposedChange: values.schoolProposedChange ?? '',
        followUps: Array.from({ length: followUpRows(values) }, (_, i) => ({
          task: values[`followUps[${i}].task`] ?? '',
          owner: values[`followUps[${i}].owner`] ?? '',
          dueOn: values[`followUps[${i}].dueOn`] ?? '',
          done: values[`followUps[${i}].done`] ?? '',
        })),
      }
      const result = await trySave(() => recordMeetingHeld(deps, actor, childId, meetingId, version, draft))
      if (!result.problems && !result.conflict) {
        setFlash(reply, { key: 'meetings.flash.recorded', kind: 'success' })
        return reply.redirect(paths.meeting(childId, meetingId), 303)
      }
      const { child, meeting } = await findMeetingOfChild(deps, actor, childId, meetingId, 'edit')
      return sendPage(
        reply,
        result.conflict ? 409 : 400,
        ui(request, reply),
        <RecordMeetingPage
          child={child}
          meeting={meeting}
          values={values}
          version={result.conflict ? meeting.version : version}
          problems={result.problems}
          conflict={result.conflict}
        />,
      )
    },
  )

  app.get<MeetingParams>(
    '/children/:childId/meetings/:meetingId/delete',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { child, meeting } = await findMeetingOfChild(
        deps,
        actorOf(request),
        request.params.childId,
        request.params.meetingId,
        'edit',
      )
      return sendPage(reply, 200, ui(request, reply), <DeleteMeetingPage child={child} meeting={meeting} />)
    },
  )

  app.post<MeetingParams>(
    '/children/:childId/meetings/:meetingId/delete',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      await deleteMeeting(deps, actorOf(request), request.params.childId, request.params.meetingId)
      setFlash(reply, { key: 'meetings.flash.deleted', kind: 'success' })
      return reply.redirect(paths.meetings(request.params.childId), 303)
    },
  )

  app.get<MeetingParams>(
    '/children/:childId/meetings/:meetingId/packet.pdf',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const { pdf } = await meetingPacketPdf(
        deps,
        actorOf(request),
        request.params.childId,
        request.params.meetingId,
        request.lang,
      )
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', contentDisposition('meeting-preparation.pdf'))
        .header('cache-control', 'private, no-store')
        .send(pdf)
    },
  )

  app.get<MeetingParams>(
    '/children/:childId/meetings/:meetingId/meeting.ics',
    { config: { access: 'child-read' } },
    async (request, reply) => {
      const { ics } = await meetingCalendarFile(
        deps,
        actorOf(request),
        request.params.childId,
        request.params.meetingId,
        request.lang,
      )
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', contentDisposition('meeting.ics'))
        .header('cache-control', 'private, no-store')
        .send(ics)
    },
  )

  // The letter confirming what was agreed: the letters page's own form, filled from the meeting.
  app.get<MeetingParams>(
    '/children/:childId/meetings/:meetingId/letter',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const { child, meeting } = await findMeetingOfChild(
        deps,
        actorOf(request),
        request.params.childId,
        request.params.meetingId,
        'edit',
      )
      const values = {
        language: request.lang,
        parentName: request.signedIn?.user.name ?? '',
        meetingDate: meeting.outcome?.heldOn ?? meeting.date,
        attendees: meeting.participants
          .filter((p) => !p.excused)
          .map((p) => p.name)
          .join(', '),
        agreements: meeting.outcome?.decisions ?? '',
      }
      return sendPage(
        reply,
        200,
        ui(request, reply),
        <NewLetterPage child={child} template={letterTemplate('meeting-confirmation')} values={values} />,
      )
    },
  )
}
