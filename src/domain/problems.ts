/**
 * How the domain reports what went wrong. Three kinds of failure (STYLE.md §5):
 * - a Problem: input the person can fix; returned (never thrown) so every problem can be shown at once;
 * - a DomainError: an expected condition the person cannot fix here; thrown with a code from the table below;
 * - anything else is a bug or an outage and becomes a 500 with a reference.
 *
 * Messages are not written here: each code's words live in the English and Spanish catalogs
 * (src/i18n/*\/errors.ts under `errors.<CODE>`), and each problem's `message` is a catalog key.
 */

/** Input the person can fix. `field` names the form field or JSON path; `message` is a catalog key. */
export interface Problem {
  readonly field: string
  readonly message: string
  readonly params?: Readonly<Record<string, string | number>>
}

export function problem(field: string, message: string, params?: Record<string, string | number>): Problem {
  return params ? { field, message, params } : { field, message }
}

/** The result of reading a form or a JSON body: the values as typed and every problem found. */
export interface Checked<T> {
  readonly value: T | undefined
  readonly problems: readonly Problem[]
}

/**
 * Every expected error, with the HTTP status the edges use. Comments say when each is raised
 * and what the caller should do.
 */
export const ERROR_CODES = {
  /** The input has problems; the caller shows them next to the fields. */
  INVALID_INPUT: 400,
  /** Not signed in (or the token is wrong); the caller asks the person to sign in. */
  UNAUTHENTICATED: 401,
  /** Any record that does not exist *or* that the person may not see: never say which (privacy). */
  NOT_FOUND: 404,
  /** Someone else saved a newer version first; the caller shows the newer one and keeps the person's edits. */
  VERSION_CONFLICT: 409,
  /** The e-mail address is taken. Only raised where revealing it is safe (never on sign-up). */
  EMAIL_TAKEN: 409,
  /** The link (verification, reset, invitation) is unknown, used or expired; the caller offers a new one. */
  LINK_EXPIRED: 410,
  /** Too many attempts in a short time; the caller waits. */
  RATE_LIMITED: 429,
  /** A payload that is too large (uploads); the caller names the limit. */
  TOO_LARGE: 413,
  /** The action is not possible in the record's current state (e.g. restoring a child that is not archived). */
  INVALID_STATE: 409,
  /**
   * A plan cannot take that step from its current status (e.g. agreeing to a draft nobody proposed,
   * or proposing a superseded plan). details: { from, action }. The caller shows the steps that are
   * possible (allowedPlanActions).
   */
  PLAN_TRANSITION_NOT_ALLOWED: 409,
  /**
   * The plan is in effect or superseded, so its content cannot be edited; only a correction of what
   * was copied in can be saved. The caller offers to start an amendment (a new plan linked to this one).
   */
  PLAN_NOT_EDITABLE: 409,
  /** The consultation time was booked by someone else first; details.nearest lists the nearest open times. */
  SLOT_TAKEN: 409,
} as const

export type ErrorCode = keyof typeof ERROR_CODES

/** An expected condition, thrown from services and turned into a status and a plain message at the edge. */
export class DomainError extends Error {
  readonly code: ErrorCode
  readonly details: Readonly<Record<string, unknown>> | undefined
  readonly problems: readonly Problem[]

  constructor(code: ErrorCode, details?: Record<string, unknown>, problems: readonly Problem[] = []) {
    super(code)
    this.name = 'DomainError'
    this.code = code
    this.details = details
    this.problems = problems
  }

  get status(): number {
    return ERROR_CODES[this.code]
  }
}

/** Raised when input read by a service has problems; pages re-render with them, the API answers 400. */
export function invalidInput(problems: readonly Problem[]): DomainError {
  return new DomainError('INVALID_INPUT', undefined, problems)
}
