import { type LocalDate, parseLocalDate } from '../dates/local-date.ts'
import { type Problem, problem } from '../problems.ts'
import { isSessionStatus, type SessionStatus } from './session-status.ts'

/**
 * Who a session's record comes from: the family's own log, the school's log (or its provider
 * through a data-entry link), or what the child said at home ("no speech today"). What the child
 * reports is kept as unconfirmed: shown beside the figures, never counted in them.
 */
export const SESSION_SOURCES = ['family', 'school', 'child-report'] as const
export type SessionSource = (typeof SESSION_SOURCES)[number]

export const MAX_SESSION_MINUTES = 600
export const MAX_PROVIDER = 200
export const MAX_SESSION_NOTE = 2000

/** One line of the service log as it is saved. */
export interface SessionDetails {
  readonly serviceId: string
  readonly date: LocalDate
  readonly minutes: number
  readonly status: SessionStatus
  readonly provider: string | null
  readonly note: string | null
  readonly source: SessionSource
}

/** What was typed, every field as text. */
export interface SessionDraft {
  readonly serviceId: string
  readonly date: string
  readonly minutes: string
  readonly status: string
  readonly provider: string
  readonly note: string
  readonly source: string
}

/** A session from what the child reports is never counted. */
export function isUnconfirmedSource(source: SessionSource): boolean {
  return source === 'child-report'
}

function optional(text: string): string | null {
  const trimmed = text.trim()
  return trimmed === '' ? null : trimmed
}

/**
 * Checks one session. `serviceIds` are the services the session may be logged against; `field`
 * turns a field name into the name problems point at (a grid cell, a CSV column). Returns every
 * problem at once.
 */
export function checkSessionDraft(
  draft: SessionDraft,
  context: {
    readonly serviceIds: readonly string[]
    readonly today: LocalDate
    readonly field?: (name: keyof SessionDraft) => string
  },
): { value: SessionDetails | undefined; problems: Problem[] } {
  const at = context.field ?? ((name: string) => name)
  const problems: Problem[] = []

  const serviceId = draft.serviceId.trim()
  if (serviceId === '') problems.push(problem(at('serviceId'), 'services.log.problems.serviceMissing'))
  else if (!context.serviceIds.includes(serviceId))
    problems.push(problem(at('serviceId'), 'services.log.problems.serviceUnknown'))

  const dateText = draft.date.trim()
  const date = parseLocalDate(dateText)
  if (dateText === '') problems.push(problem(at('date'), 'services.log.problems.dateMissing'))
  else if (date === undefined) problems.push(problem(at('date'), 'services.log.problems.dateInvalid'))
  else if (date.slice(0, 4) < '2000') problems.push(problem(at('date'), 'services.log.problems.dateTooEarly'))
  else if (date > context.today) problems.push(problem(at('date'), 'services.log.problems.dateInFuture'))

  const minutesText = draft.minutes.trim()
  const minutes = /^\d{1,4}$/.test(minutesText) ? Number(minutesText) : Number.NaN
  if (minutesText === '') problems.push(problem(at('minutes'), 'services.log.problems.minutesMissing'))
  else if (Number.isNaN(minutes))
    problems.push(problem(at('minutes'), 'services.log.problems.minutesNotNumber'))
  else if (minutes < 1 || minutes > MAX_SESSION_MINUTES)
    problems.push(problem(at('minutes'), 'services.log.problems.minutesRange', { max: MAX_SESSION_MINUTES }))

  const status = draft.status.trim()
  if (!isSessionStatus(status)) problems.push(problem(at('status'), 'services.log.problems.statusMissing'))

  const source = draft.source.trim()
  if (!(SESSION_SOURCES as readonly string[]).includes(source))
    problems.push(problem(at('source'), 'services.log.problems.sourceMissing'))

  const provider = optional(draft.provider)
  if (provider && provider.length > MAX_PROVIDER)
    problems.push(problem(at('provider'), 'services.log.problems.providerTooLong', { max: MAX_PROVIDER }))
  const note = optional(draft.note)
  if (note && note.length > MAX_SESSION_NOTE)
    problems.push(problem(at('note'), 'services.log.problems.noteTooLong', { max: MAX_SESSION_NOTE }))

  if (problems.length > 0 || date === undefined || !isSessionStatus(status))
    return { value: undefined, problems }
  return {
    value: {
      serviceId,
      date,
      minutes,
      status,
      provider,
      note,
      source: source as SessionSource,
    },
    problems,
  }
}
