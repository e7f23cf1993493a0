import { z } from 'zod'
import { CLOSURE_KINDS } from '../../domain/school-calendars/school-year.ts'
import { IdSchema, InstantSchema, LocalDateSchema } from './common.schemas.ts'

export const ClosedDaysSchema = z
  .object({
    from: LocalDateSchema,
    to: LocalDateSchema,
    kind: z
      .enum(CLOSURE_KINDS)
      .meta({ description: '`holiday` days are also skipped by business-day counts' }),
    name: z.string().nullable(),
  })
  .meta({ id: 'ClosedDays' })

export const SchoolYearSchema = z
  .object({
    id: z.string(),
    firstDay: LocalDateSchema,
    lastDay: LocalDateSchema,
    closedDays: z.array(ClosedDaysSchema),
  })
  .meta({ id: 'SchoolYear' })

export const SchoolCalendarSchema = z
  .object({
    id: z.string(),
    organizationId: z.string().meta({ description: 'The household or practice that keeps the calendar' }),
    name: z.string(),
    version: z.number().int().meta({
      description:
        'Send it back when you change the calendar; a newer version (any change to it or its years) gets 409.',
    }),
    years: z.array(SchoolYearSchema).meta({ description: 'Earliest first' }),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
  })
  .meta({ id: 'SchoolCalendar' })

export const SchoolCalendarSummarySchema = SchoolCalendarSchema.omit({ years: true }).meta({
  id: 'SchoolCalendarSummary',
})

/** Shapes only; the domain checks meaning (dates in order, no overlap) and names each field. */
export const SchoolCalendarInputSchema = z
  .object({
    name: z.string().max(1000),
    organizationId: z
      .string()
      .max(100)
      .optional()
      .meta({ description: 'One of your organizations (see /api/v1/me); your first when left out' }),
  })
  .meta({ id: 'NewSchoolCalendar' })

export const SchoolYearInputSchema = z
  .object({
    firstDay: z.string().max(20),
    lastDay: z.string().max(20),
    closedDays: z
      .array(
        z.object({
          from: z.string().max(20),
          to: z
            .string()
            .max(20)
            .optional()
            .meta({ description: 'The last day of a break; `from` when left out' }),
          kind: z.enum(CLOSURE_KINDS).optional().meta({ description: '`closed` when left out' }),
          name: z.string().max(120).nullish(),
        }),
      )
      .max(200),
  })
  .meta({ id: 'SchoolYearChange' })

export const SchoolCalendarUpdateSchema = z
  .object({
    version: z.number().int().min(1).meta({
      description: 'The version you read; the change is refused with 409 if the calendar changed since.',
    }),
    name: z.string().max(1000),
    years: z
      .array(SchoolYearInputSchema)
      .max(20)
      .meta({ description: 'Every school year: they replace the ones saved' }),
  })
  .meta({ id: 'SchoolCalendarUpdate' })

export const SchoolCalendarParamsSchema = z.object({ calendarId: IdSchema })

export const ChildCalendarLinkSchema = z
  .object({ calendarId: z.string().max(100) })
  .meta({ id: 'ChildCalendarLink' })

export const ChildCalendarSchema = z
  .object({
    childId: z.string(),
    calendar: SchoolCalendarSchema.nullable().meta({
      description: 'null when the child uses no calendar yet',
    }),
    editable: z
      .boolean()
      .meta({ description: 'Whether you may change the calendar’s years through this child' }),
  })
  .meta({ id: 'ChildSchoolCalendar' })
