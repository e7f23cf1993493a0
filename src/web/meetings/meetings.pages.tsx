import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { letterTemplate } from '../../domain/letters/templates.ts'
import type { Meeting, MeetingDraft } from '../../domain/meetings/meeting.ts'
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
import { actorOf } from '../actor-of.ts'
import { contentDisposition } from '../documents/content-disposition.ts'
import { formText, formVersion } from '../forms.ts'
import { NewLetterPage } from '../letters/letters-views.tsx'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import { saveOrShowAgain } from '../save-or-show-again.ts'
import {
  DeleteMeetingPage,
  type FormValues,
  MeetingFormPage,
  MeetingPage,
  MeetingsListPage,
  meetingValues,
  outcomeValues,
  PrepPage,
  prepValues,
  RecordMeetingPage,
  readRows,
} from './meetings-views.tsx'

type ChildParams = { Params: { childId: string } }
type MeetingParams = { Params: { childId: string; meetingId: string } }

/** Every field the form posted, as typed, so a page with problems shows it back. */
function postedValues(body: unknown): FormValues {
  const values: Record<string, string> = {}
  if (typeof body === 'object' && body !== null)
    for (const name of Object.keys(body)) if (name !== '_csrf') values[name] = formText(body, name)
  return values
}

function meetingDraft(values: FormValues): MeetingDraft {
  return {
    kind: values.kind ?? '',
    date: values.date ?? '',
    startTime: values.startTime ?? '',
    durationMinutes: values.durationMinutes ?? '',
    timeZone: values.timeZone ?? '',
    place: values.place ?? '',
    link: values.link ?? '',
    invitedOn: values.invitedOn ?? '',
    participants: readRows(values, 'participants', ['name', 'role', 'excused']),
  }
}

/** Meeting pages: the list, adding and changing a meeting, preparing, recording, the packet, the invitation. */
export function registerMeetingPages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)

  /** A form on one meeting (its details, or what happened); `form` when showing a post again. */
  async function sendMeetingForm(
    request: FastifyRequest<MeetingParams>,
    reply: FastifyReply,
    Form: typeof MeetingFormPage | typeof RecordMeetingPage,
    status: number,
    initialValues: (meeting: Meeting) => FormValues,
    form?: { values: FormValues; version: number; problems: readonly Problem[]; conflict: boolean },
  ) {
    const { childId, meetingId } = request.params
    const { child, meeting } = await findMeetingOfChild(deps, actorOf(request), childId, meetingId, 'edit')
    return sendPage(
      reply,
      status,
      ui(request, reply),
      <Form
        child={child}
        meeting={meeting}
        values={form?.values ?? initialValues(meeting)}
        version={form && !form.conflict ? form.version : meeting.version}
        problems={form?.problems}
        conflict={form?.conflict}
      />,
    )
  }

  /** The preparation page with the record's suggestions and progress; `form` when showing a post again. */
  async function sendPrepPage(
    request: FastifyRequest<MeetingParams>,
    reply: FastifyReply,
    status: number,
    form?: { values: FormValues; version: number; problems: readonly Problem[]; conflict: boolean },
  ) {
    const actor = actorOf(request)
    const view = await getMeeting(deps, actor, request.params.childId, request.params.meetingId)
    const evidence = await gatherRecordEvidence(deps, actor, view.child, today(deps))
    return sendPage(
      reply,
      status,
      ui(request, reply),
      <PrepPage
        child={view.child}
        meeting={view.meeting}
        values={form?.values ?? prepValues(view.meeting)}
        version={form && !form.conflict ? form.version : view.meeting.version}
        suggestions={meetingSuggestions(evidence, view.team)}
        progress={evidence.progress}
        problems={form?.problems}
        conflict={form?.conflict}
      />,
    )
  }

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
      return sendMeetingForm(request, reply, MeetingFormPage, 200, meetingValues)
    },
  )

  app.post<MeetingParams>(
    '/children/:childId/meetings/:meetingId/edit',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, meetingId } = request.params
      const values = postedValues(request.body)
      const version = formVersion(values.version)
      return saveOrShowAgain(reply, {
        save: () => editMeetingDetails(deps, actor, childId, meetingId, version, meetingDraft(values)),
        flash: 'meetings.flash.saved',
        redirectTo: paths.meeting(childId, meetingId),
        showAgain: (refused) =>
          sendMeetingForm(request, reply, MeetingFormPage, refused.status, () => values, {
            values,
            version,
            ...refused,
          }),
      })
    },
  )

  app.get<MeetingParams>(
    '/children/:childId/meetings/:meetingId/prepare',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      return sendPrepPage(request, reply, 200)
    },
  )

  app.post<MeetingParams>(
    '/children/:childId/meetings/:meetingId/prepare',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      const actor = actorOf(request)
      const { childId, meetingId } = request.params
      const values = postedValues(request.body)
      const version = formVersion(values.version)
      const draft = {
        concerns: values.concerns ?? '',
        strengths: values.strengths ?? '',
        questions: values.questions ?? '',
        requests: values.requests ?? '',
      }
      return saveOrShowAgain(reply, {
        save: () => saveMeetingPrep(deps, actor, childId, meetingId, version, draft),
        flash: 'meetings.flash.prepSaved',
        redirectTo: paths.meeting(childId, meetingId),
        showAgain: ({ status, problems, conflict }) =>
          sendPrepPage(request, reply, status, { values, version, problems, conflict }),
      })
    },
  )

  app.get<MeetingParams>(
    '/children/:childId/meetings/:meetingId/record',
    { config: { access: 'child-edit' } },
    async (request, reply) => {
      return sendMeetingForm(request, reply, RecordMeetingPage, 200, (meeting) =>
        outcomeValues(meeting, today(deps)),
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
      const version = formVersion(values.version)
      const draft = {
        heldOn: values.heldOn ?? '',
        notes: values.notes ?? '',
        decisions: values.decisions ?? '',
        schoolProposedChange: values.schoolProposedChange ?? '',
        followUps: readRows(values, 'followUps', ['task', 'owner', 'dueOn', 'done']),
      }
      return saveOrShowAgain(reply, {
        save: () => recordMeetingHeld(deps, actor, childId, meetingId, version, draft),
        flash: 'meetings.flash.recorded',
        redirectTo: paths.meeting(childId, meetingId),
        showAgain: (refused) =>
          sendMeetingForm(request, reply, RecordMeetingPage, refused.status, () => values, {
            values,
            version,
            ...refused,
          }),
      })
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
