import { z } from 'zod'
import { DISPUTE_STATUSES } from '../../domain/disputes/dispute.ts'
import { FORMAL_ROAD_IDS } from '../../domain/disputes/roads.ts'
import { MEETING_KINDS, PARTICIPANT_ROLES } from '../../domain/meetings/meeting.ts'
import { REQUIRED_IEP_ROLES } from '../../domain/meetings/team-check.ts'
import { DeadlineJsonSchema } from '../../services/deadlines/compute-deadlines.ts'
import { IdSchema, InstantSchema } from './common.schemas.ts'

export const MeetingParamsSchema = z.object({ childId: IdSchema, meetingId: IdSchema })
export const DisputeParamsSchema = z.object({ childId: IdSchema, disputeId: IdSchema })

const DateText = z
  .string()
  .max(20)
  .meta({ description: 'A calendar date, YYYY-MM-DD', example: '2026-12-10' })

const ParticipantSchema = z.object({
  name: z.string().max(300),
  role: z.enum(PARTICIPANT_ROLES),
  excused: z.boolean().default(false),
})

const FollowUpSchema = z.object({
  task: z.string().max(300),
  owner: z.string().max(300),
  dueOn: z.string().max(20).nullable(),
  done: z.boolean(),
})

/** What a client sends to add or change a meeting. The domain checks the values (problems name each field). */
export const MeetingInputSchema = z.object({
  kind: z.enum(MEETING_KINDS),
  date: DateText,
  startTime: z.string().max(5).meta({ description: 'Wall-clock start, HH:MM', example: '15:30' }),
  durationMinutes: z.int().min(5).max(600).default(60),
  timeZone: z.string().max(64).meta({ example: 'America/Chicago' }),
  place: z.string().max(300).nullable().default(null),
  link: z.string().max(1000).nullable().default(null),
  invitedOn: DateText.nullable().default(null),
  participants: z.array(ParticipantSchema).max(30).default([]),
})

export const MeetingSchema = z
  .object({
    id: z.string(),
    childId: z.string(),
    kind: z.enum(MEETING_KINDS),
    date: z.string(),
    startTime: z.string(),
    durationMinutes: z.number(),
    timeZone: z.string(),
    place: z.string().nullable(),
    link: z.string().nullable(),
    invitedOn: z.string().nullable(),
    participants: z.array(
      z.object({ name: z.string(), role: z.enum(PARTICIPANT_ROLES), excused: z.boolean() }),
    ),
    prep: z.object({
      concerns: z.string(),
      strengths: z.string(),
      questions: z.array(z.string()),
      requests: z.array(z.string()),
    }),
    outcome: z
      .object({
        heldOn: z.string(),
        notes: z.string(),
        decisions: z.string(),
        followUps: z.array(
          z.object({ task: z.string(), owner: z.string(), dueOn: z.string().nullable(), done: z.boolean() }),
        ),
        schoolProposedChange: z.boolean(),
      })
      .nullable(),
    version: z.number(),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
  })
  .meta({ id: 'Meeting' })

export const MeetingViewSchema = z.object({
  meeting: MeetingSchema,
  team: z
    .array(
      z.object({
        role: z.enum(REQUIRED_IEP_ROLES),
        status: z.enum(['missing', 'excused']),
        citation: z.string(),
      }),
    )
    .meta({ description: 'Required IEP team members (34 CFR 300.321) missing from the list or excused' }),
  notice: DeadlineJsonSchema.nullable().meta({
    description:
      'The meeting-notice rule checked against the invitation date; null when the rule does not cover the kind',
  }),
})

export const PrepInputSchema = z.object({
  version: z.int().min(1),
  concerns: z.string().max(10_000).default(''),
  strengths: z.string().max(10_000).default(''),
  questions: z.array(z.string().max(1000)).max(50).default([]),
  requests: z.array(z.string().max(1000)).max(50).default([]),
})

export const OutcomeInputSchema = z.object({
  version: z.int().min(1),
  heldOn: DateText,
  notes: z.string().max(10_000).default(''),
  decisions: z.string().max(10_000).default(''),
  followUps: z.array(FollowUpSchema).max(30).default([]),
  /** The school proposed or refused a change: starts the prior-written-notice rule. */
  schoolProposedChange: z.boolean().default(false),
})

export const DisputeInputSchema = z.object({
  road: z.enum(FORMAL_ROAD_IDS as [string, ...string[]]),
  title: z.string().max(300),
  violationOn: DateText,
  knewOn: DateText.nullable().default(null),
})

export const DisputeSchema = z
  .object({
    id: z.string(),
    childId: z.string(),
    road: z.string(),
    title: z.string(),
    status: z.enum(DISPUTE_STATUSES),
    violationOn: z.string(),
    knewOn: z.string().nullable(),
    stages: z.array(z.object({ stage: z.string(), date: z.string(), eventIds: z.array(z.string()) })),
    outcome: z.string(),
    agreementTerms: z.array(z.string()),
    version: z.number(),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
  })
  .meta({ id: 'Dispute' })

export const DisputeViewSchema = z.object({
  dispute: DisputeSchema,
  filingLimits: z.array(DeadlineJsonSchema),
  stages: z.array(
    z.object({
      id: z.string(),
      recorded: z.object({ stage: z.string(), date: z.string(), eventIds: z.array(z.string()) }).nullable(),
      deadlines: z.array(DeadlineJsonSchema),
    }),
  ),
  needsSchoolCalendar: z.boolean(),
})

export const StageInputSchema = z.object({
  version: z.int().min(1),
  stage: z.string().max(50),
  date: DateText,
})

export const DisputeOutcomeInputSchema = z.object({
  version: z.int().min(1),
  status: z.enum(DISPUTE_STATUSES),
  outcome: z.string().max(10_000).default(''),
  agreementTerms: z.array(z.string().max(300)).max(50).default([]),
})
