import type { UserActor } from '../../domain/access/actor.ts'
import {
  type Availability,
  type AvailabilityException,
  checkAvailability,
  parseEndTime,
  parseStartTime,
  WEEKDAYS,
  type Weekday,
  type WeeklyHours,
} from '../../domain/consultations/availability.ts'
import { isTimeZone } from '../../domain/consultations/zone-clock.ts'
import { type LocalDate, parseLocalDate } from '../../domain/dates/local-date.ts'
import { canTakeConsultations } from '../../domain/practices/practice.ts'
import { DomainError, invalidInput, type Problem, problem } from '../../domain/problems.ts'
import { findAdvocateProfileOfUser, updateAdvocateProfile } from '../../storage/practices-store.ts'
import type { AdvocateProfileTable } from '../../storage/tables.ts'
import type { Deps } from '../deps.ts'
import { getPracticeContext, requireRole } from '../practices/practices.ts'
import { AvailabilitySchema } from './compute-slots.ts'

/** Meeting lengths an advocate can tick on the settings page. */
export const OFFERED_LENGTHS = [15, 30, 45, 60, 90] as const

/** Time zones offered in lists: the US zones (any IANA zone is accepted by the API). */
export const US_TIME_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
] as const

export interface BookingProfile {
  readonly id: string
  readonly organizationId: string
  readonly userId: string
  readonly slug: string
  readonly displayName: string
  readonly availability: Availability
  readonly intakeQuestion: string | null
  readonly published: boolean
  readonly version: number
}

/** A stored profile as the services use it; the availability JSON is checked again on the way out. */
export function toBookingProfile(row: AdvocateProfileTable): BookingProfile {
  const parsed = AvailabilitySchema.safeParse(JSON.parse(row.availability))
  if (!parsed.success) throw new Error(`Stored availability of profile ${row.id} does not parse`)
  return {
    id: row.id,
    organizationId: row.organization_id,
    userId: row.user_id,
    slug: row.slug,
    displayName: row.display_name,
    availability: parsed.data,
    intakeQuestion: row.intake_question,
    published: row.published_at !== null,
    version: row.version,
  }
}

/** The signed-in advocate's own booking profile (NOT_FOUND for staff, who take no calls). */
export async function getMyBookingProfile(deps: Deps, actor: UserActor): Promise<BookingProfile> {
  const practice = await getPracticeContext(deps, actor)
  requireRole(practice, canTakeConsultations)
  const row = await findAdvocateProfileOfUser(deps.db, practice.organizationId, actor.userId)
  if (!row) throw new DomainError('NOT_FOUND')
  return toBookingProfile(row)
}

/** The settings form as typed: every field a string, so it can be shown back. */

export const AVAILABILITY_FORM_FIELDS = [
  'displayName',
  'timeZone',
  ...WEEKDAYS.flatMap((day) => [`${day}Start`, `${day}End`]),
  'exceptions',
  'bufferMinutes',
  'minimumNoticeMinutes',
  'horizonDays',
  'maxPerDay',
  'intakeQuestion',
  'published',
  'version',
] as const

export interface AvailabilityFormValues {
  readonly fields: Readonly<Record<string, string>>
  readonly lengths: readonly string[]
}

/** The form's values for a saved profile. */
export function availabilityFormValues(profile: BookingProfile): AvailabilityFormValues {
  const a = profile.availability
  const fields: Record<string, string> = {
    displayName: profile.displayName,
    timeZone: a.timeZone,
    exceptions: a.exceptions
      .map((x) => ('available' in x ? `${x.date} off` : `${x.date} ${x.start}-${x.end}`))
      .join('\n'),
    bufferMinutes: String(a.bufferMinutes),
    minimumNoticeMinutes: String(a.minimumNoticeMinutes),
    horizonDays: String(a.horizonDays),
    maxPerDay: String(a.maxPerDay),
    intakeQuestion: profile.intakeQuestion ?? '',
    published: profile.published ? 'yes' : '',
    version: String(profile.version),
  }
  for (const day of WEEKDAYS) {
    const hours = a.weekly.find((w) => w.day === day)
    fields[`${day}Start`] = hours?.start ?? ''
    fields[`${day}End`] = hours?.end ?? ''
  }
  return { fields, lengths: a.lengths.map(String) }
}

const EXCEPTION_LINE = /^(\d{4}-\d{2}-\d{2})\s+(?:(off)|(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2}))$/i

function wholeNumber(text: string): number {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN
}

/**
 * Reads the settings form into an Availability, with every problem named after its form field.
 * One stretch of hours per weekday (blank = no calls that day); exceptions one per line,
 * `2026-12-24 off` or `2026-12-26 10:00-12:00`.
 */
export function readAvailabilityForm(values: AvailabilityFormValues): {
  availability: Availability
  problems: Problem[]
} {
  const f = values.fields
  const problems: Problem[] = []
  const text = (name: string) => (f[name] ?? '').trim()
  const timeZone = text('timeZone')
  if (!isTimeZone(timeZone)) problems.push(problem('timeZone', 'booking.problems.timeZone'))
  const weekly: WeeklyHours[] = []
  const weeklyDays: Weekday[] = []
  for (const day of WEEKDAYS) {
    const start = text(`${day}Start`)
    const end = text(`${day}End`)
    if (start === '' && end === '') continue
    if (parseStartTime(start) === undefined)
      problems.push(problem(`${day}Start`, 'booking.problems.startTime'))
    if (parseEndTime(end) === undefined) problems.push(problem(`${day}End`, 'booking.problems.endTime'))
    weekly.push({ day, start, end })
    weeklyDays.push(day)
  }
  const exceptions: AvailabilityException[] = []
  const lines = text('exceptions')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
  for (const line of lines) {
    const match = EXCEPTION_LINE.exec(line)
    const date = match?.[1] ? parseLocalDate(match[1]) : undefined
    if (!match || !date) {
      problems.push(problem('exceptions', 'advocates.problems.exceptionLine', { line }))
      continue
    }
    if (match[2]) exceptions.push({ date: date as LocalDate, available: false })
    else
      exceptions.push({
        date: date as LocalDate,
        start: padTime(match[3] ?? ''),
        end: padTime(match[4] ?? ''),
      })
  }
  const lengths = values.lengths.map(wholeNumber).filter((n) => Number.isFinite(n))
  const availability: Availability = {
    timeZone,
    weekly,
    exceptions,
    lengths,
    bufferMinutes: wholeNumber(text('bufferMinutes')),
    minimumNoticeMinutes: wholeNumber(text('minimumNoticeMinutes')),
    horizonDays: wholeNumber(text('horizonDays')),
    maxPerDay: wholeNumber(text('maxPerDay')),
  }
  if (problems.length === 0) {
    for (const found of checkAvailability(availability)) problems.push(toFormProblem(found, weeklyDays))
  }
  if (text('displayName') === '')
    problems.push(problem('displayName', 'advocates.problems.displayNameMissing'))
  if (text('intakeQuestion').length > 500)
    problems.push(problem('intakeQuestion', 'advocates.problems.tooLong'))
  return { availability, problems: dedupe(problems) }
}

function padTime(time: string): string {
  return time.length === 4 ? `0${time}` : time
}

/** `availability.weekly[2].end` → `wednesdayEnd`; `availability.lengths[1]` → `lengths` … */
function toFormProblem(found: Problem, weeklyDays: readonly Weekday[]): Problem {
  const weekly = /^availability\.weekly\[(\d+)\]\.(start|end)/.exec(found.field)
  if (weekly) {
    const day = weeklyDays[Number(weekly[1])] ?? 'monday'
    return { ...found, field: `${day}${weekly[2] === 'start' ? 'Start' : 'End'}` }
  }
  const weeklyDay = /^availability\.weekly\[(\d+)\]/.exec(found.field)
  if (weeklyDay) return { ...found, field: `${weeklyDays[Number(weeklyDay[1])] ?? 'monday'}Start` }
  const name = /^availability\.([a-zA-Z]+)/.exec(found.field)?.[1] ?? 'timeZone'
  return { ...found, field: name }
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>()
  return problems.filter((p) => {
    const key = `${p.field}|${p.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Saves the advocate's availability and booking page settings; VERSION_CONFLICT if someone saved first. */
export async function saveAvailabilitySettings(
  deps: Deps,
  actor: UserActor,
  values: AvailabilityFormValues,
): Promise<BookingProfile> {
  const profile = await getMyBookingProfile(deps, actor)
  const { availability, problems } = readAvailabilityForm(values)
  if (problems.length > 0) throw invalidInput(problems)
  const version = Number(values.fields.version ?? '')
  const f = values.fields
  const saved = await updateAdvocateProfile(
    deps.db,
    profile.id,
    version,
    {
      display_name: (f.displayName ?? '').trim(),
      availability: JSON.stringify(availability),
      intake_question: (f.intakeQuestion ?? '').trim() || null,
      published_at: f.published === 'yes' ? deps.clock.now() : null,
    },
    deps.clock.now(),
  )
  if (!saved) throw new DomainError('VERSION_CONFLICT')
  return getMyBookingProfile(deps, actor)
}
