import { z } from 'zod'
import { GRADES } from '../../domain/children/child.ts'
import { US_STATES } from '../../domain/children/us-states.ts'
import { EVENT_TYPES } from '../../domain/events/event-types.ts'
import { IdSchema, InstantSchema, LocalDateSchema } from './common.schemas.ts'

export const ChildSchema = z
  .object({
    id: z.string(),
    legalName: z.string(),
    preferredName: z.string().nullable(),
    dateOfBirth: LocalDateSchema,
    grade: z.enum(GRADES).nullable(),
    school: z.string().nullable(),
    district: z.string().nullable(),
    state: z.enum(US_STATES.map(([code]) => code) as [string, ...string[]]),
    homeLanguage: z.string().nullable(),
    notes: z.string().nullable(),
    archived: z.boolean(),
    version: z
      .number()
      .int()
      .meta({ description: 'Send it back when you update the child; a newer version gets 409.' }),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
  })
  .meta({ id: 'Child' })

/**
 * What a client sends to create or change a child. Only shapes are checked here; the domain checks
 * meaning (a real date of birth in the past, a known state) and names each field that needs fixing.
 */
export const ChildInputSchema = z
  .object({
    legalName: z.string().max(500),
    preferredName: z.string().max(500).nullish(),
    dateOfBirth: z.string().max(20),
    grade: z.string().max(40).nullish(),
    school: z.string().max(1000).nullish(),
    district: z.string().max(1000).nullish(),
    state: z.string().max(10),
    homeLanguage: z.string().max(1000).nullish(),
    notes: z.string().max(20_000).nullish(),
  })
  .meta({ id: 'ChildDetails' })

export const ChildUpdateSchema = ChildInputSchema.extend({
  version: z.number().int().min(1).meta({
    description: 'The version you read; the update is refused with 409 if the child changed since.',
  }),
}).meta({ id: 'ChildUpdate' })

export const ChildParamsSchema = z.object({ childId: IdSchema })
export const EventParamsSchema = z.object({ childId: IdSchema, eventId: IdSchema })
export const ChildListQuerySchema = z.object({ archived: z.enum(['true', 'false']).optional() })

export const EventSchema = z
  .object({
    id: z.string(),
    childId: z.string(),
    type: z.enum(EVENT_TYPES as [string, ...string[]]),
    date: LocalDateSchema,
    note: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable(),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
  })
  .meta({ id: 'Event' })

export const EventInputSchema = z
  .object({
    type: z
      .string()
      .max(100)
      .meta({ description: 'An event type from the vocabulary (see the Event schema).' }),
    date: z.string().max(20),
    note: z.string().max(10_000).nullish(),
  })
  .meta({ id: 'EventDetails' })
