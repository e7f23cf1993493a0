import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { Dispute } from '../../domain/disputes/dispute.ts'
import type { Meeting, MeetingDraft } from '../../domain/meetings/meeting.ts'
import { deadlineJson } from '../../services/deadlines/compute-deadlines.ts'
import type { Deps } from '../../services/deps.ts'
import {
  getDispute,
  listDisputes,
  openDispute,
  recordDisputeOutcome,
  recordStage,
} from '../../services/disputes/disputes.ts'
import {
  createMeeting,
  getMeeting,
  listMeetings,
  recordMeetingHeld,
  saveMeetingPrep,
} from '../../services/meetings/meetings.ts'
import { apiActor } from './children.routes.ts'
import { ChildParamsSchema } from './children.schemas.ts'
import { ProblemDocumentSchema, STANDARD_ERRORS } from './common.schemas.ts'
import {
  DisputeInputSchema,
  DisputeOutcomeInputSchema,
  DisputeParamsSchema,
  DisputeSchema,
  DisputeViewSchema,
  MeetingInputSchema,
  MeetingParamsSchema,
  MeetingSchema,
  MeetingViewSchema,
  OutcomeInputSchema,
  PrepInputSchema,
  StageInputSchema,
} from './meetings.schemas.ts'

const security = [{ bearerAuth: [] }]
const CONFLICTS = { 409: ProblemDocumentSchema }

function meetingJson(meeting: Meeting) {
  const { organizationId: _organization, ...rest } = meeting
  return rest as unknown as z.output<typeof MeetingSchema>
}

function disputeJson(dispute: Dispute) {
  const { organizationId: _organization, ...rest } = dispute
  return rest as unknown as z.output<typeof DisputeSchema>
}

/** The JSON a client sends, as the form-shaped draft the domain checks (so both edges give the same problems). */
function meetingDraft(input: z.output<typeof MeetingInputSchema>): MeetingDraft {
  return {
    kind: input.kind,
    date: input.date,
    startTime: input.startTime,
    durationMinutes: String(input.durationMinutes),
    timeZone: input.timeZone,
    place: input.place ?? '',
    link: input.link ?? '',
    invitedOn: input.invitedOn ?? '',
    participants: input.participants.map((p) => ({
      name: p.name,
      role: p.role,
      excused: p.excused ? 'yes' : '',
    })),
  }
}

/** Meetings and disputes: the same operations as the pages, through the same services and access check. */
export function registerMeetingsApi(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>()

  api.get(
    '/api/v1/children/:childId/meetings',
    {
      config: { access: 'child-read' },
      schema: {
        tags: ['Meetings'],
        security,
        summary: 'List a child’s meetings, soonest first',
        params: ChildParamsSchema,
        response: { 200: z.object({ meetings: z.array(MeetingSchema) }), ...STANDARD_ERRORS },
      },
    },
    async (request) => ({
      meetings: (await listMeetings(deps, apiActor(request), request.params.childId)).map(meetingJson),
    }),
  )

  api.post(
    '/api/v1/children/:childId/meetings',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Meetings'],
        security,
        summary: 'Add a meeting',
        params: ChildParamsSchema,
        body: MeetingInputSchema,
        response: { 201: MeetingSchema, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const meeting = await createMeeting(
        deps,
        apiActor(request),
        request.params.childId,
        meetingDraft(request.body),
      )
      return reply.status(201).send(meetingJson(meeting))
    },
  )

  api.get(
    '/api/v1/children/:childId/meetings/:meetingId',
    {
      config: { access: 'child-read' },
      schema: {
        tags: ['Meetings'],
        security,
        summary: 'Read a meeting with its IEP team check and invitation check',
        params: MeetingParamsSchema,
        response: { 200: MeetingViewSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const view = await getMeeting(deps, apiActor(request), request.params.childId, request.params.meetingId)
      return {
        meeting: meetingJson(view.meeting),
        team: [...view.team],
        notice: view.notice ? deadlineJson(view.notice, request.lang) : null,
      }
    },
  )

  api.put(
    '/api/v1/children/:childId/meetings/:meetingId/prep',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Meetings'],
        security,
        summary: 'Save the parent’s concerns, strengths, questions and requests',
        params: MeetingParamsSchema,
        body: PrepInputSchema,
        response: { 200: MeetingSchema, ...STANDARD_ERRORS, ...CONFLICTS },
      },
    },
    async (request) => {
      const { version, questions, requests, ...text } = request.body
      const meeting = await saveMeetingPrep(
        deps,
        apiActor(request),
        request.params.childId,
        request.params.meetingId,
        version,
        {
          ...text,
          questions: questions.join('\n'),
          requests: requests.join('\n'),
        },
      )
      return meetingJson(meeting)
    },
  )

  api.put(
    '/api/v1/children/:childId/meetings/:meetingId/outcome',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Meetings'],
        security,
        summary: 'Record the meeting as held, with notes, decisions and follow-up tasks',
        description:
          'The first time, adds the events that meet and restart the deadline clocks (an annual review adds annual-iep-review-held and iep-meeting-held); saving again moves them to the new date.',
        params: MeetingParamsSchema,
        body: OutcomeInputSchema,
        response: { 200: MeetingSchema, ...STANDARD_ERRORS, ...CONFLICTS },
      },
    },
    async (request) => {
      const { version, followUps, schoolProposedChange, ...rest } = request.body
      const meeting = await recordMeetingHeld(
        deps,
        apiActor(request),
        request.params.childId,
        request.params.meetingId,
        version,
        {
          ...rest,
          followUps: followUps.map((f) => ({
            task: f.task,
            owner: f.owner,
            dueOn: f.dueOn ?? '',
            done: f.done ? 'yes' : '',
          })),
          schoolProposedChange: schoolProposedChange ? 'yes' : '',
        },
      )
      return meetingJson(meeting)
    },
  )

  api.get(
    '/api/v1/children/:childId/disputes',
    {
      config: { access: 'child-read' },
      schema: {
        tags: ['Disputes'],
        security,
        summary: 'List a child’s disputes, newest first',
        params: ChildParamsSchema,
        response: { 200: z.object({ disputes: z.array(DisputeSchema) }), ...STANDARD_ERRORS },
      },
    },
    async (request) => ({
      disputes: (await listDisputes(deps, apiActor(request), request.params.childId)).map(disputeJson),
    }),
  )

  api.post(
    '/api/v1/children/:childId/disputes',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Disputes'],
        security,
        summary: 'Open a dispute on one formal road',
        description:
          'Records the day of the problem and the day the family knew as events, which start the filing limits (state complaint, due process with the state’s own limit, OCR).',
        params: ChildParamsSchema,
        body: DisputeInputSchema,
        response: { 201: DisputeSchema, ...STANDARD_ERRORS },
      },
    },
    async (request, reply) => {
      const dispute = await openDispute(deps, apiActor(request), request.params.childId, {
        road: request.body.road,
        title: request.body.title,
        violationOn: request.body.violationOn,
        knewOn: request.body.knewOn ?? '',
      })
      return reply.status(201).send(disputeJson(dispute))
    },
  )

  api.get(
    '/api/v1/children/:childId/disputes/:disputeId',
    {
      config: { access: 'child-read' },
      schema: {
        tags: ['Disputes'],
        security,
        summary: 'Read a dispute with its filing limits and each stage’s deadlines, explained',
        params: DisputeParamsSchema,
        response: { 200: DisputeViewSchema, ...STANDARD_ERRORS },
      },
    },
    async (request) => {
      const view = await getDispute(deps, apiActor(request), request.params.childId, request.params.disputeId)
      return {
        dispute: disputeJson(view.dispute),
        filingLimits: view.filingLimits.map((d) => deadlineJson(d, request.lang)),
        stages: view.stages.map((stage) => ({
          id: stage.id,
          recorded: stage.recorded ? { ...stage.recorded, eventIds: [...stage.recorded.eventIds] } : null,
          deadlines: stage.deadlines.map((d) => deadlineJson(d, request.lang)),
        })),
        needsSchoolCalendar: view.needsSchoolCalendar,
      }
    },
  )

  api.post(
    '/api/v1/children/:childId/disputes/:disputeId/stages',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Disputes'],
        security,
        summary: 'Record a stage of the dispute (its events start the next clocks)',
        params: DisputeParamsSchema,
        body: StageInputSchema,
        response: { 200: DisputeSchema, ...STANDARD_ERRORS, ...CONFLICTS },
      },
    },
    async (request) => {
      const { version, ...draft } = request.body
      return disputeJson(
        await recordStage(
          deps,
          apiActor(request),
          request.params.childId,
          request.params.disputeId,
          version,
          draft,
        ),
      )
    },
  )

  api.put(
    '/api/v1/children/:childId/disputes/:disputeId/outcome',
    {
      config: { access: 'child-edit' },
      schema: {
        tags: ['Disputes'],
        security,
        summary: 'Record the outcome, the status and an agreement’s terms',
        params: DisputeParamsSchema,
        body: DisputeOutcomeInputSchema,
        response: { 200: DisputeSchema, ...STANDARD_ERRORS, ...CONFLICTS },
      },
    },
    async (request) => {
      const { version, agreementTerms, ...rest } = request.body
      return disputeJson(
        await recordDisputeOutcome(
          deps,
          apiActor(request),
          request.params.childId,
          request.params.disputeId,
          version,
          {
            ...rest,
            agreementTerms: agreementTerms.join('\n'),
          },
        ),
      )
    },
  )
}
