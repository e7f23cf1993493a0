import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { Slot } from '../../domain/consultations/slots.ts'
import type { LocalDate } from '../../domain/dates/local-date.ts'
import { DomainError } from '../../domain/problems.ts'
import {
  bookableDates,
  bookConsultation,
  getPublicAdvocate,
  limitBookingAttempts,
  listAdvocateSlots,
  slotTakenMessage,
} from '../../services/consultations/bookings.ts'
import type { Deps } from '../../services/deps.ts'
import { LocalDateSchema, ProblemDocumentSchema } from './common.schemas.ts'

const SlugParamsSchema = z.object({ slug: z.string().min(1).max(100) })
const SlotSchema = z
  .object({
    start: z.string().meta({ example: '2026-03-09T07:00:00-07:00' }),
    end: z.string().meta({ example: '2026-03-09T07:30:00-07:00' }),
  })
  .meta({ id: 'ConsultationSlot' })

const SlotsQuerySchema = z.object({
  length: z.coerce.number().int().optional(),
  timeZone: z
    .string()
    .optional()
    .meta({ description: 'The family’s IANA time zone; the advocate’s by default' }),
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
})

const BookingBodySchema = z.object({
  start: z
    .string()
    .meta({ description: 'A slot start, with its offset', example: '2026-03-09T07:00:00-07:00' }),
  length: z.number().int(),
  timeZone: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string().optional(),
  grade: z.string().optional(),
  state: z.string().optional(),
  reason: z.string(),
})

const SlotTakenSchema = z
  .object({
    code: z.literal('SLOT_TAKEN'),
    message: z.string(),
    nearest: z.array(SlotSchema),
  })
  .meta({ id: 'SlotTaken' })

/** Public consultation booking: an advocate's open slots, and booking one (no account needed). */
export function registerConsultationsApi(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>()

  api.get(
    '/api/v1/advocates/:slug/slots',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Consultations'],
        summary: 'Open consultation times of a published advocate, on the family’s clock',
        params: SlugParamsSchema,
        querystring: SlotsQuerySchema,
        response: {
          200: z.object({ length: z.number(), timeZone: z.string(), slots: z.array(SlotSchema) }),
          400: ProblemDocumentSchema,
          404: ProblemDocumentSchema,
        },
      },
    },
    async (request) => {
      const advocate = await getPublicAdvocate(deps, request.params.slug)
      const length = request.query.length ?? advocate.availability.lengths[0] ?? 30
      const timeZone = request.query.timeZone ?? advocate.availability.timeZone
      const open = bookableDates(deps, advocate, timeZone)
      const slots = await listAdvocateSlots(deps, advocate, {
        length,
        viewerTimeZone: timeZone,
        from: (request.query.from as LocalDate | undefined) ?? open.from,
        to: (request.query.to as LocalDate | undefined) ?? open.to,
      })
      return { length, timeZone, slots: slots.map((s: Slot) => ({ start: s.start, end: s.end })) }
    },
  )

  api.post(
    '/api/v1/advocates/:slug/consultations',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Consultations'],
        summary: 'Book a consultation; answers 409 with the nearest open times when the time was just taken',
        params: SlugParamsSchema,
        body: BookingBodySchema,
        response: {
          201: z.object({ id: z.string(), start: z.string(), end: z.string() }),
          400: ProblemDocumentSchema,
          404: ProblemDocumentSchema,
          409: SlotTakenSchema,
        },
      },
    },
    async (request, reply) => {
      const advocate = await getPublicAdvocate(deps, request.params.slug)
      await limitBookingAttempts(deps, advocate, request.ip)
      const body = request.body
      try {
        const booked = await bookConsultation(
          deps,
          undefined,
          advocate,
          {
            start: body.start,
            length: String(body.length),
            timeZone: body.timeZone,
            name: body.name,
            email: body.email,
            phone: body.phone ?? '',
            grade: body.grade ?? '',
            state: body.state ?? '',
            reason: body.reason,
            childId: '',
          },
          request.lang,
        )
        return reply.status(201).send({ id: booked.id, start: booked.startAt, end: booked.endAt })
      } catch (error) {
        if (error instanceof DomainError && error.code === 'SLOT_TAKEN') {
          const nearest = (error.details?.nearest ?? []) as Slot[]
          return reply.status(409).send({
            code: 'SLOT_TAKEN' as const,
            message: slotTakenMessage(request.lang, error),
            nearest: nearest.map((s) => ({ start: s.start, end: s.end })),
          })
        }
        throw error
      }
    },
  )
}
