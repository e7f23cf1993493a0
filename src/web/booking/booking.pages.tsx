import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { displayName } from '../../domain/children/child.ts'
import type { Slot } from '../../domain/consultations/slots.ts'
import { isTimeZone } from '../../domain/consultations/zone-clock.ts'
import {
  addDays,
  compareDates,
  type LocalDate,
  minDate,
  parseLocalDate,
} from '../../domain/dates/local-date.ts'
import { DomainError, problem } from '../../domain/problems.ts'
import { setFlash } from '../../http/plugins/request-context.ts'
import { paths } from '../../paths.ts'
import { listChildren } from '../../services/children/children.ts'
import {
  BOOKING_FORM_FIELDS,
  type BookingForm,
  bookableDates,
  bookConsultation,
  cancelConsultation,
  getManagedConsultation,
  getPublicAdvocate,
  limitBookingAttempts,
  listAdvocateSlots,
  type PublicAdvocate,
  rescheduleConsultation,
  slotTakenMessage,
} from '../../services/consultations/bookings.ts'
import type { Deps } from '../../services/deps.ts'
import { formText, readForm } from '../forms.ts'
import { type RenderSettings, sendPage, uiFor } from '../render.tsx'
import {
  BookingCancelledPage,
  BookingConfirmedPage,
  BookingDetailsPage,
  BookingPage,
  type ChildChoice,
  ManageBookingPage,
  type SlotWindow,
} from './booking-views.tsx'

/** Days of open times shown at once. */
const DAYS_PER_PAGE = 7

type SlugParams = { Params: { slug: string }; Querystring: Record<string, string | undefined> }
type TokenParams = { Params: { token: string }; Querystring: Record<string, string | undefined> }

/** The length, time zone and first date asked for in the query, with sensible defaults. */
async function slotWindow(
  deps: Deps,
  advocate: PublicAdvocate,
  query: Record<string, string | undefined>,
  link: (params: Record<string, string | number | undefined>) => string,
  ignoreConsultationId?: string,
): Promise<SlotWindow> {
  const lengths = advocate.availability.lengths
  const asked = Number(query.length)
  const length = lengths.includes(asked) ? asked : (lengths[0] ?? 30)
  const timeZone = query.tz && isTimeZone(query.tz) ? query.tz : advocate.availability.timeZone
  const open = bookableDates(deps, advocate, timeZone)
  const askedFrom = query.from ? parseLocalDate(query.from) : undefined
  const from =
    askedFrom && compareDates(askedFrom, open.from) > 0 && compareDates(askedFrom, open.to) <= 0
      ? askedFrom
      : open.from
  const to = minDate(addDays(from, DAYS_PER_PAGE - 1), open.to)
  const slots: Slot[] = await listAdvocateSlots(
    deps,
    advocate,
    { length, viewerTimeZone: timeZone, from, to },
    ignoreConsultationId,
  )
  const earlierFrom = addDays(from, -DAYS_PER_PAGE)
  return {
    slots,
    length,
    timeZone,
    from,
    to,
    earlier:
      compareDates(from, open.from) > 0
        ? link({
            length,
            tz: timeZone,
            from: compareDates(earlierFrom, open.from) < 0 ? open.from : earlierFrom,
          })
        : undefined,
    later:
      compareDates(to, open.to) < 0
        ? link({ length, tz: timeZone, from: addDays(to, 1) as LocalDate })
        : undefined,
  }
}

/** Public booking pages (no account needed) and the family's manage link. */
export function registerBookingPages(app: FastifyInstance, deps: Deps, settings: RenderSettings): void {
  const ui = (request: FastifyRequest, reply: FastifyReply) => uiFor(request, reply, settings)

  const childChoices = async (request: FastifyRequest): Promise<ChildChoice[]> => {
    if (!request.signedIn) return []
    const children = await listChildren(deps, request.signedIn.actor, { archived: false })
    return children.map((c) => ({ id: c.id, name: displayName(c) }))
  }

  app.get<SlugParams>('/book/:slug', { config: { access: 'public' } }, async (request, reply) => {
    const advocate = await getPublicAdvocate(deps, request.params.slug)
    const window = await slotWindow(deps, advocate, request.query, (params) =>
      paths.bookConsultation(advocate.slug, params),
    )
    return sendPage(reply, 200, ui(request, reply), <BookingPage advocate={advocate} window={window} />)
  })

  app.get<SlugParams>('/book/:slug/details', { config: { access: 'public' } }, async (request, reply) => {
    const advocate = await getPublicAdvocate(deps, request.params.slug)
    const values: BookingForm = {
      ...readForm({}, BOOKING_FORM_FIELDS),
      start: request.query.start ?? '',
      length: request.query.length ?? '',
      timeZone: request.query.tz ?? advocate.availability.timeZone,
    }
    if (values.start === '' || Number.isNaN(Date.parse(values.start))) {
      return reply.redirect(
        paths.bookConsultation(advocate.slug, { length: values.length, tz: values.timeZone }),
        303,
      )
    }
    return sendPage(
      reply,
      200,
      ui(request, reply),
      <BookingDetailsPage advocate={advocate} values={values} children={await childChoices(request)} />,
    )
  })

  app.post<SlugParams>('/book/:slug/details', { config: { access: 'public' } }, async (request, reply) => {
    const advocate = await getPublicAdvocate(deps, request.params.slug)
    await limitBookingAttempts(deps, advocate, request.ip)
    const values = readForm(request.body, BOOKING_FORM_FIELDS)
    try {
      const booked = await bookConsultation(deps, request.signedIn?.actor, advocate, values, request.lang)
      return reply.redirect(
        `${paths.bookingConfirmed(advocate.slug)}?start=${encodeURIComponent(booked.startAt)}&tz=${encodeURIComponent(values.timeZone)}`,
        303,
      )
    } catch (error) {
      if (!(error instanceof DomainError)) throw error
      if (error.code === 'INVALID_INPUT') {
        return sendPage(
          reply,
          400,
          ui(request, reply),
          <BookingDetailsPage
            advocate={advocate}
            values={values}
            children={await childChoices(request)}
            problems={error.problems}
          />,
        )
      }
      if (error.code === 'SLOT_TAKEN') {
        const nearest = (error.details?.nearest ?? []) as Slot[]
        return sendPage(
          reply,
          409,
          ui(request, reply),
          <BookingDetailsPage
            advocate={advocate}
            values={{ ...values, start: '' }}
            children={await childChoices(request)}
            taken={{ message: slotTakenMessage(request.lang, error), nearest }}
          />,
        )
      }
      throw error
    }
  })

  app.get<SlugParams>('/book/:slug/booked', { config: { access: 'public' } }, async (request, reply) => {
    const advocate = await getPublicAdvocate(deps, request.params.slug)
    const timeZone =
      request.query.tz && isTimeZone(request.query.tz) ? request.query.tz : advocate.availability.timeZone
    return sendPage(
      reply,
      200,
      ui(request, reply),
      <BookingConfirmedPage advocate={advocate} start={request.query.start ?? ''} timeZone={timeZone} />,
    )
  })

  const manage = async (
    request: FastifyRequest<TokenParams>,
    reply: FastifyReply,
    status: number,
    extra: {
      problems?: ReturnType<typeof problem>[]
      taken?: string
      query?: Record<string, string | undefined>
    } = {},
  ) => {
    const { token } = request.params
    const { consultation, advocate } = await getManagedConsultation(deps, token)
    const query = {
      tz: consultation.viewer_time_zone,
      length: String(consultation.length_minutes),
      ...(extra.query ?? request.query),
    }
    const window = await slotWindow(
      deps,
      advocate,
      query,
      (params) => paths.manageBooking(token, params),
      consultation.id,
    )
    return sendPage(
      reply,
      status,
      ui(request, reply),
      <ManageBookingPage
        advocate={advocate}
        token={token}
        startAt={consultation.start_at}
        lengthMinutes={consultation.length_minutes}
        window={window}
        problems={extra.problems}
        taken={extra.taken}
      />,
    )
  }

  app.get<TokenParams>('/bookings/:token', { config: { access: 'public' } }, (request, reply) =>
    manage(request, reply, 200),
  )

  app.post<TokenParams>(
    '/bookings/:token/reschedule',
    { config: { access: 'public' } },
    async (request, reply) => {
      const start = formText(request.body, 'start')
      const length = formText(request.body, 'length')
      const query = { length, tz: formText(request.body, 'tz') }
      if (start === '') {
        return manage(request, reply, 400, {
          problems: [problem('start', 'booking.form.problems.chooseTime')],
          query,
        })
      }
      try {
        await rescheduleConsultation(deps, request.params.token, { start, length })
      } catch (error) {
        if (error instanceof DomainError && error.code === 'SLOT_TAKEN') {
          return manage(request, reply, 409, { taken: slotTakenMessage(request.lang, error), query })
        }
        if (error instanceof DomainError && error.code === 'INVALID_INPUT') {
          return manage(request, reply, 400, { problems: [...error.problems], query })
        }
        throw error
      }
      setFlash(reply, { key: 'booking.manage.moved', kind: 'success' })
      return reply.redirect(paths.manageBooking(request.params.token), 303)
    },
  )

  app.post<TokenParams>(
    '/bookings/:token/cancel',
    { config: { access: 'public' } },
    async (request, reply) => {
      const { advocate } = await getManagedConsultation(deps, request.params.token)
      await cancelConsultation(deps, request.params.token)
      return sendPage(reply, 200, ui(request, reply), <BookingCancelledPage advocate={advocate} />)
    },
  )
}
