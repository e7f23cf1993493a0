import { z } from 'zod'
import {
  type Availability,
  type AvailabilityException,
  parseEndTime,
  parseStartTime,
  WEEKDAYS,
} from '../../domain/consultations/availability.ts'
import { parseInstant } from '../../domain/consultations/iso-instant.ts'
import {
  checkSlotRequest,
  listOpenSlots,
  type Slot,
  type SlotRequest,
} from '../../domain/consultations/slots.ts'
import { isTimeZone } from '../../domain/consultations/zone-clock.ts'
import { type Instant, type LocalDate, parseLocalDate } from '../../domain/dates/local-date.ts'
import type { Problem } from '../../domain/problems.ts'
import { parseInput } from '../validation.ts'

const DateSchema = z
  .string()
  .refine((text) => parseLocalDate(text) !== undefined, 'errors.input.date')
  .transform((text) => text as LocalDate)

/** Any ISO 8601 moment with `Z` or an offset; read into an Instant in UTC. */
const InstantSchema = z
  .string()
  .refine((text) => parseInstant(text) !== undefined, 'booking.problems.instant')
  .transform((text) => parseInstant(text) as Instant)

const TimeZoneSchema = z.string().refine(isTimeZone, 'booking.problems.timeZone')
const StartTimeSchema = z
  .string()
  .refine((text) => parseStartTime(text) !== undefined, 'booking.problems.startTime')
const EndTimeSchema = z
  .string()
  .refine((text) => parseEndTime(text) !== undefined, 'booking.problems.endTime')

const WeeklyHoursSchema = z.strictObject({
  day: z.enum(WEEKDAYS),
  start: StartTimeSchema,
  end: EndTimeSchema,
})

/** `{ date, available: false }` (a day off) or `{ date, start, end }` (hours replacing the weekly ones). */
const ExceptionSchema = z
  .strictObject({
    date: DateSchema,
    available: z.literal(false).optional(),
    start: StartTimeSchema.optional(),
    end: EndTimeSchema.optional(),
  })
  .superRefine((exception, context) => {
    const hasHours = exception.start !== undefined || exception.end !== undefined
    if (exception.available === false && hasHours) {
      context.addIssue({ code: 'custom', path: ['available'], message: 'booking.problems.dayOffWithHours' })
    }
    if (exception.available === undefined) {
      for (const name of ['start', 'end'] as const) {
        if (exception[name] === undefined) {
          context.addIssue({ code: 'custom', path: [name], message: 'booking.problems.exceptionShape' })
        }
      }
    }
  })
  .transform(
    (exception): AvailabilityException =>
      exception.available === false
        ? { date: exception.date, available: false }
        : { date: exception.date, start: exception.start ?? '', end: exception.end ?? '' },
  )

/**
 * An advocate's published availability. Numbers are checked for range by the domain
 * (checkAvailability), so every range problem reads the same on a page and in the API.
 */
export const AvailabilitySchema = z.strictObject({
  timeZone: TimeZoneSchema,
  weekly: z.array(WeeklyHoursSchema),
  exceptions: z.array(ExceptionSchema).default([]),
  lengths: z.array(z.number()),
  bufferMinutes: z.number(),
  minimumNoticeMinutes: z.number(),
  horizonDays: z.number(),
  maxPerDay: z.number(),
})

const BookingSchema = z.strictObject({ start: InstantSchema, end: InstantSchema })

/**
 * The input of `pathway slots` and of the slots API route. `from` and `to` are dates on the viewer's
 * calendar (inclusive); `now` and bookings are moments with an offset. See docs/consultations.md.
 */
export const ComputeSlotsInputSchema = z.strictObject({
  availability: AvailabilitySchema,
  bookings: z.array(BookingSchema).default([]),
  length: z.number(),
  now: InstantSchema,
  from: DateSchema,
  to: DateSchema,
  viewerTimeZone: TimeZoneSchema,
})
export type ComputeSlotsInput = z.input<typeof ComputeSlotsInputSchema>

/** The answer: open slots in time order, each written with the viewer's offset at that moment. */
export const ComputeSlotsOutputSchema = z.object({
  slots: z.array(z.object({ start: z.string(), end: z.string() })),
})
export interface ComputeSlotsOutput {
  readonly slots: readonly Slot[]
}

export type ComputeSlotsResult =
  | { readonly ok: true; readonly value: ComputeSlotsOutput }
  | { readonly ok: false; readonly problems: readonly Problem[] }

/** Reads untrusted JSON, checks it (shape, then meaning), and lists the open slots. */
export function computeSlots(data: unknown): ComputeSlotsResult {
  const parsed = parseInput(ComputeSlotsInputSchema, data)
  if (!parsed.ok) return { ok: false, problems: parsed.problems }
  const availability: Availability = parsed.value.availability
  const request: SlotRequest = { ...parsed.value, availability }
  const problems = checkSlotRequest(request)
  if (problems.length > 0) return { ok: false, problems }
  return { ok: true, value: { slots: listOpenSlots(request) } }
}
