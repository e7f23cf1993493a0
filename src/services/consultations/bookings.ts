import type { UserActor } from '../../domain/access/actor.ts'
import { isGrade } from '../../domain/children/child.ts'
import { isStateCode } from '../../domain/children/us-states.ts'
import { parseInstant } from '../../domain/consultations/iso-instant.ts'
import { slotTakenAnswer } from '../../domain/consultations/slot-taken.ts'
import {
  type Booking,
  listOpenSlots,
  type Slot,
  slotUnavailableReason,
} from '../../domain/consultations/slots.ts'
import { isTimeZone } from '../../domain/consultations/zone-clock.ts'
import { addDays, dateInZone, type Instant, type LocalDate } from '../../domain/dates/local-date.ts'
import { isEmailAddress } from '../../domain/practices/practice.ts'
import { DomainError, invalidInput, type Problem, problem } from '../../domain/problems.ts'
import { formatInstant, type Lang, renderMessage, translator } from '../../i18n/i18n.ts'
import { absoluteUrl, paths } from '../../paths.ts'
import { findUserById } from '../../storage/accounts-store.ts'
import {
  type ConsultationRow,
  cancelConsultationRow,
  findConsultation,
  findConsultationByTokenHash,
  insertConsultation,
  isSlotConflict,
  listActiveConsultations,
  moveConsultationRow,
} from '../../storage/consultations-store.ts'
import type { DbOrTx } from '../../storage/database.ts'
import {
  findAdvocateProfile,
  findAdvocateProfileBySlug,
  findOrganizationName,
  lockAdvocateProfile,
  upsertPracticeContact,
} from '../../storage/practices-store.ts'
import { getChildForActor } from '../access/child-access.ts'
import { assertWithinRateLimits } from '../accounts/rate-limit.ts'
import { hashToken, newToken } from '../accounts/secrets.ts'
import type { Deps } from '../deps.ts'
import { enqueueJob, queueEmail } from '../jobs/enqueue.ts'
import { type BookingProfile, toBookingProfile } from './availability-settings.ts'
import { consultationIcs } from './consultation-ics.ts'

/** What the public booking page shows about an advocate. */
export interface PublicAdvocate extends BookingProfile {
  readonly practiceName: string
}

/** A published advocate by their booking link (NOT_FOUND when unknown or not published). */
export async function getPublicAdvocate(deps: Deps, slug: string): Promise<PublicAdvocate> {
  const row = await findAdvocateProfileBySlug(deps.db, slug)
  if (!row || row.published_at === null) throw new DomainError('NOT_FOUND')
  const practiceName = (await findOrganizationName(deps.db, row.organization_id)) ?? ''
  return { ...toBookingProfile(row), practiceName }
}

function activeBookings(rows: readonly ConsultationRow[]): Booking[] {
  return rows.map((r) => ({ start: r.start_at as Instant, end: r.end_at as Instant }))
}

export interface SlotQuery {
  readonly length: number
  readonly viewerTimeZone: string
  readonly from: LocalDate
  readonly to: LocalDate
}

/** Open times of a published advocate for the family's dates, on the family's clock. */
export async function listAdvocateSlots(
  deps: Deps,
  advocate: BookingProfile,
  query: SlotQuery,
  ignoreConsultationId?: string,
): Promise<Slot[]> {
  const now = deps.clock.now()
  if (!advocate.availability.lengths.includes(query.length) || !isTimeZone(query.viewerTimeZone)) return []
  // When moving a consultation, its own time does not block the new one.
  const rows = (await listActiveConsultations(deps.db, advocate.id, now)).filter(
    (r) => r.id !== ignoreConsultationId,
  )
  return listOpenSlots({
    availability: advocate.availability,
    bookings: activeBookings(rows),
    length: query.length,
    now,
    from: query.from,
    to: query.to,
    viewerTimeZone: query.viewerTimeZone,
  })
}

/** The first and last dates a family may see: the horizon, on the family's calendar. */
export function bookableDates(deps: Deps, advocate: BookingProfile, viewerTimeZone: string) {
  const now = deps.clock.now()
  const zone = isTimeZone(viewerTimeZone) ? viewerTimeZone : advocate.availability.timeZone
  const from = dateInZone(now, zone)
  return { from, to: addDays(from, advocate.availability.horizonDays) }
}

export const BOOKING_FORM_FIELDS = [
  'start',
  'length',
  'timeZone',
  'name',
  'email',
  'phone',
  'grade',
  'state',
  'reason',
  'childId',
] as const
export type BookingForm = Record<(typeof BOOKING_FORM_FIELDS)[number], string>

interface CheckedBooking {
  readonly start: Instant
  readonly length: number
  readonly timeZone: string
  readonly name: string
  readonly email: string
  readonly phone: string | null
  readonly grade: string | null
  readonly state: string | null
  readonly reason: string
  readonly childId: string | null
}

/** Every problem with the booking form, each naming its field. */
export function checkBookingForm(
  form: BookingForm,
  advocate: BookingProfile,
): {
  value: CheckedBooking
  problems: Problem[]
} {
  const problems: Problem[] = []
  const start = parseInstant(form.start.trim())
  if (!start) problems.push(problem('start', 'booking.form.problems.start'))
  const length = Number(form.length)
  if (!advocate.availability.lengths.includes(length)) {
    problems.push(
      problem('length', 'booking.problems.lengthNotOffered', {
        lengths: [...advocate.availability.lengths].sort((a, b) => a - b).join(', '),
      }),
    )
  }
  const timeZone = form.timeZone.trim()
  if (!isTimeZone(timeZone)) problems.push(problem('timeZone', 'booking.problems.timeZone'))
  const name = form.name.trim()
  if (name === '') problems.push(problem('name', 'booking.form.problems.nameMissing'))
  else if (name.length > 120)
    problems.push(problem('name', 'booking.form.problems.tooLong', { maximum: 120 }))
  const email = form.email.trim()
  if (email === '') problems.push(problem('email', 'booking.form.problems.emailMissing'))
  else if (!isEmailAddress(email)) problems.push(problem('email', 'booking.form.problems.emailFormat'))
  const phone = form.phone.trim()
  if (phone.length > 40) problems.push(problem('phone', 'booking.form.problems.tooLong', { maximum: 40 }))
  const grade = form.grade.trim()
  if (grade !== '' && !isGrade(grade)) problems.push(problem('grade', 'booking.form.problems.grade'))
  const state = form.state.trim()
  if (state !== '' && !isStateCode(state)) problems.push(problem('state', 'booking.form.problems.state'))
  const reason = form.reason.trim()
  if (reason === '') problems.push(problem('reason', 'booking.form.problems.reasonMissing'))
  else if (reason.length > 4000)
    problems.push(problem('reason', 'booking.form.problems.tooLong', { maximum: 4000 }))
  return {
    value: {
      start: (start ?? '') as Instant,
      length,
      timeZone,
      name,
      email: email.toLowerCase(),
      phone: phone || null,
      grade: grade || null,
      state: state || null,
      reason,
      childId: form.childId.trim() || null,
    },
    problems,
  }
}

/** A SLOT_TAKEN error carrying the nearest open times on the family's clock. */
function slotTaken(
  advocate: BookingProfile,
  bookings: readonly Booking[],
  booking: CheckedBooking,
  now: Instant,
) {
  const answer = slotTakenAnswer(
    advocate.availability,
    bookings,
    booking.start,
    booking.length,
    now,
    booking.timeZone,
  )
  return new DomainError('SLOT_TAKEN', { nearest: answer.nearest, message: answer.message })
}

/**
 * Counts a booking attempt (page or API), before anything is checked: twenty an hour from one network
 * address and two hundred an hour for one advocate, so a script cannot fill a calendar or send a flood
 * of e-mails. Throws RATE_LIMITED (429 with Retry-After).
 */
export async function limitBookingAttempts(deps: Deps, advocate: PublicAdvocate, ip: string): Promise<void> {
  await assertWithinRateLimits(deps, [
    { key: `booking:ip:${hashToken(ip)}`, limit: 20, windowSeconds: 3600 },
    { key: `booking:advocate:${advocate.id}`, limit: 200, windowSeconds: 3600 },
  ])
}

export interface BookedConsultation {
  readonly id: string
  readonly manageToken: string
  readonly startAt: string
  readonly endAt: string
}

/**
 * Books a consultation. No account needed; a signed-in family may attach one of their children.
 * Never double-books: the time is checked again inside a write transaction that holds the advocate's
 * row (PostgreSQL) or the database (SQLite), and the database refuses overlapping rows anyway.
 * Throws SLOT_TAKEN (details.nearest) when the time is no longer open, INVALID_INPUT for form problems.
 */
export async function bookConsultation(
  deps: Deps,
  actor: UserActor | undefined,
  advocate: PublicAdvocate,
  form: BookingForm,
  lang: Lang,
): Promise<BookedConsultation> {
  const { value: booking, problems } = checkBookingForm(form, advocate)
  if (booking.childId !== null) {
    if (!actor) problems.push(problem('childId', 'booking.form.problems.child'))
    else await getChildForActor(deps.db, actor, booking.childId, 'read')
  }
  if (problems.length > 0) throw invalidInput(problems)
  const token = newToken()
  const id = deps.newId()
  const endAt = new Date(Date.parse(booking.start) + booking.length * 60_000).toISOString()
  try {
    await deps.db.transaction().execute(async (tx) => {
      const now = deps.clock.now()
      await lockAdvocateProfile(tx, advocate.id, deps.dialect)
      const bookings = activeBookings(await listActiveConsultations(tx, advocate.id, now))
      if (slotUnavailableReason(advocate.availability, bookings, booking.start, booking.length, now)) {
        throw slotTaken(advocate, bookings, booking, now)
      }
      await insertConsultation(tx, {
        id,
        organization_id: advocate.organizationId,
        advocate_id: advocate.id,
        start_at: booking.start,
        end_at: endAt,
        length_minutes: booking.length,
        family_name: booking.name,
        family_email: booking.email,
        family_phone: booking.phone,
        child_grade: booking.grade,
        child_state: booking.state,
        reason: booking.reason,
        viewer_time_zone: booking.timeZone,
        language: lang,
        child_id: booking.childId,
        child_detached_at: null,
        booked_by: actor?.userId ?? null,
        manage_token_hash: hashToken(token),
        manage_expires_at: booking.start,
        sequence: 0,
        cancelled_at: null,
        created_at: now,
        updated_at: now,
      })
      await upsertPracticeContact(tx, {
        id: deps.newId(),
        organizationId: advocate.organizationId,
        name: booking.name,
        email: booking.email,
        phone: booking.phone,
        now,
      })
      await notifyBoth(deps, tx, id, token, 'booked')
    })
  } catch (error) {
    if (isSlotConflict(error)) {
      const now = deps.clock.now()
      const bookings = activeBookings(await listActiveConsultations(deps.db, advocate.id, now))
      throw slotTaken(advocate, bookings, booking, now)
    }
    throw error
  }
  return { id, manageToken: token, startAt: booking.start, endAt }
}

export interface ManagedConsultation {
  readonly consultation: ConsultationRow
  readonly advocate: PublicAdvocate
}

/** The consultation behind a reschedule/cancel link; LINK_EXPIRED once it has started or was cancelled. */
export async function getManagedConsultation(deps: Deps, token: string): Promise<ManagedConsultation> {
  const consultation = await findConsultationByTokenHash(deps.db, hashToken(token))
  if (
    !consultation ||
    consultation.cancelled_at !== null ||
    consultation.manage_expires_at <= deps.clock.now()
  ) {
    throw new DomainError('LINK_EXPIRED')
  }
  const row = await findAdvocateProfile(deps.db, consultation.advocate_id)
  if (!row) throw new DomainError('LINK_EXPIRED')
  const practiceName = (await findOrganizationName(deps.db, row.organization_id)) ?? ''
  return { consultation, advocate: { ...toBookingProfile(row), practiceName } }
}

/** Cancels by the family's link; both get a cancellation with METHOD:CANCEL. */
export async function cancelConsultation(deps: Deps, token: string): Promise<void> {
  const { consultation } = await getManagedConsultation(deps, token)
  await deps.db.transaction().execute(async (tx) => {
    await cancelConsultationRow(tx, consultation.id, deps.clock.now())
    await notifyBoth(deps, tx, consultation.id, undefined, 'cancelled')
  })
}

/** Moves the consultation to a new open time (same rules as booking); the invitation is updated. */
export async function rescheduleConsultation(
  deps: Deps,
  token: string,
  change: { start: string; length: string },
): Promise<void> {
  const { consultation, advocate } = await getManagedConsultation(deps, token)
  const start = parseInstant(change.start.trim())
  const length = Number(change.length)
  if (!start) throw invalidInput([problem('start', 'booking.form.problems.start')])
  if (!advocate.availability.lengths.includes(length)) {
    throw invalidInput([
      problem('length', 'booking.problems.lengthNotOffered', {
        lengths: advocate.availability.lengths.join(', '),
      }),
    ])
  }
  const endAt = new Date(Date.parse(start) + length * 60_000).toISOString()
  const wanted = {
    start,
    length,
    timeZone: consultation.viewer_time_zone,
  } as CheckedBooking
  try {
    await deps.db.transaction().execute(async (tx) => {
      const now = deps.clock.now()
      await lockAdvocateProfile(tx, advocate.id, deps.dialect)
      // The consultation being moved does not block its own new time.
      const others = (await listActiveConsultations(tx, advocate.id, now)).filter(
        (r) => r.id !== consultation.id,
      )
      const bookings = activeBookings(others)
      if (slotUnavailableReason(advocate.availability, bookings, start, length, now)) {
        throw slotTaken(advocate, bookings, wanted, now)
      }
      await moveConsultationRow(tx, consultation.id, { startAt: start, endAt, lengthMinutes: length, now })
      await notifyBoth(deps, tx, consultation.id, token, 'rescheduled')
    })
  } catch (error) {
    if (isSlotConflict(error)) {
      const now = deps.clock.now()
      const others = (await listActiveConsultations(deps.db, advocate.id, now)).filter(
        (r) => r.id !== consultation.id,
      )
      throw slotTaken(advocate, activeBookings(others), wanted, now)
    }
    throw error
  }
}

type Change = 'booked' | 'rescheduled' | 'cancelled' | 'reminder'

/**
 * Queues the e-mails about a consultation to the family and the advocate, each in their language
 * and time zone, with the invitation attached. Reminders are queued for the day before.
 */
async function notifyBoth(
  deps: Deps,
  tx: DbOrTx,
  consultationId: string,
  manageToken: string | undefined,
  change: Change,
): Promise<void> {
  const consultation = await findConsultation(tx, consultationId)
  if (!consultation) throw new Error('The consultation just written is missing')
  const profile = await findAdvocateProfile(tx, consultation.advocate_id)
  if (!profile) throw new Error('The consultation has no advocate')
  const advocateUser = await findUserById(tx, profile.user_id)
  const advocate = toBookingProfile(profile)
  const advocateEmail = advocateUser?.email ?? ''
  const ics = consultationIcs({
    id: consultation.id,
    startAt: consultation.start_at,
    endAt: consultation.end_at,
    sequence: consultation.sequence,
    title: translator(consultation.language === 'es' ? 'es' : 'en')('booking.mail.eventTitle', {
      advocate: advocate.displayName,
      family: consultation.family_name,
    }),
    description: consultation.reason,
    advocate: { name: advocate.displayName, email: advocateEmail },
    family: { name: consultation.family_name, email: consultation.family_email },
    cancelled: change === 'cancelled',
  })
  const attachment = [
    {
      filename: 'consultation.ics',
      contentType: `text/calendar; charset=utf-8; method=${change === 'cancelled' ? 'CANCEL' : 'REQUEST'}`,
      content: ics,
    },
  ]
  const familyLang: Lang = consultation.language === 'es' ? 'es' : 'en'
  const advocateLang: Lang = advocateUser?.locale === 'es' ? 'es' : 'en'
  const manageUrl = manageToken ? absoluteUrl(deps.config.baseUrl, paths.manageBooking(manageToken)) : ''
  const mailDeps = { ...deps, db: tx }
  const family = mailText(familyLang, change, 'family', {
    when: whenText(familyLang, consultation.start_at, consultation.viewer_time_zone),
    other: advocate.displayName,
    length: consultation.length_minutes,
    manageUrl,
  })
  await queueEmail(
    mailDeps,
    { to: consultation.family_email, ...family, attachments: change === 'reminder' ? [] : attachment },
    { organizationId: consultation.organization_id },
  )
  if (advocateEmail !== '') {
    const forAdvocate = mailText(advocateLang, change, 'advocate', {
      when: whenText(advocateLang, consultation.start_at, advocate.availability.timeZone),
      other: consultation.family_name,
      length: consultation.length_minutes,
      manageUrl: absoluteUrl(deps.config.baseUrl, paths.caseload()),
    })
    await queueEmail(
      mailDeps,
      { to: advocateEmail, ...forAdvocate, attachments: change === 'reminder' ? [] : attachment },
      { organizationId: consultation.organization_id },
    )
  }
  if (change === 'booked' || change === 'rescheduled') {
    const dayBefore = Math.max(
      Date.parse(consultation.start_at) - 24 * 60 * 60_000,
      Date.parse(deps.clock.now()),
    )
    await enqueueJob(mailDeps, {
      kind: 'consultation-reminder',
      payload: { consultationId: consultation.id, sequence: consultation.sequence },
      runAt: new Date(dayBefore).toISOString(),
      dedupeKey: `consultation-reminder:${consultation.id}:${consultation.sequence}`,
      organizationId: consultation.organization_id,
    })
  }
}

function whenText(lang: Lang, instant: string, timeZone: string): string {
  return `${formatInstant(lang, instant, timeZone)} (${timeZone.replace(/_/g, ' ')})`
}

function mailText(
  lang: Lang,
  change: Change,
  to: 'family' | 'advocate',
  params: { when: string; other: string; length: number; manageUrl: string },
): { subject: string; text: string } {
  const t = translator(lang)
  const base = `booking.mail.${change}.${to}`
  const text = [t(`${base}.body`, params), params.manageUrl ? t(`booking.mail.link.${to}`, params) : '']
    .filter((line) => line !== '')
    .join('\n\n')
  return { subject: t(`${base}.subject`, params), text }
}

/**
 * The reminder the day before, sent by the job queued at booking. A reminder for an older version
 * (rescheduled since) or a cancelled consultation sends nothing.
 */
export async function sendConsultationReminder(
  deps: Deps,
  consultationId: string,
  sequence: number,
): Promise<boolean> {
  const consultation = await findConsultation(deps.db, consultationId)
  if (!consultation || consultation.cancelled_at !== null || consultation.sequence !== sequence) return false
  await deps.db.transaction().execute((tx) => notifyBoth(deps, tx, consultationId, undefined, 'reminder'))
  return true
}

/** The words of a SLOT_TAKEN answer in a language (for pages and the API). */
export function slotTakenMessage(lang: Lang, error: DomainError): string {
  const message = error.details?.message as Parameters<typeof renderMessage>[1] | undefined
  return message ? renderMessage(lang, message) : translator(lang)('errors.SLOT_TAKEN')
}

/** The signed-in advocate's next calls (their own booking profile). */
export async function listMyUpcomingConsultations(
  deps: Deps,
  profile: BookingProfile,
): Promise<ConsultationRow[]> {
  return listActiveConsultations(deps.db, profile.id, deps.clock.now())
}
