import type { LocalDate } from '../dates/local-date.ts'
import type { SessionStatus } from './session-status.ts'

/** How often the plan's amount recurs: "30 minutes per week" has `per: 'week'`. */
export const SERVICE_FREQUENCIES = ['day', 'week', 'month'] as const
export type ServiceFrequency = (typeof SERVICE_FREQUENCIES)[number]

/**
 * A service as the plan promises it (34 CFR 300.320(a)(7): frequency, duration, start date).
 * `start` and `end` are inclusive: the first and last day the plan says the service runs.
 */
export interface PlannedService {
  readonly id: string
  readonly name: string
  readonly minutes: number
  readonly per: ServiceFrequency
  readonly start: LocalDate
  readonly end: LocalDate
}

/**
 * One line of the service log. `minutes` is what was given (delivered) or what was scheduled and
 * not given (any missed status). `confirmed: false` marks what the family heard from the child:
 * it is shown beside the figures but never counted in them.
 */
export interface ServiceSession {
  readonly service: string
  readonly date: LocalDate
  readonly minutes: number
  readonly status: SessionStatus
  readonly confirmed: boolean
}

/** The dates a computation covers, both ends included. */
export interface Period {
  readonly from: LocalDate
  readonly to: LocalDate
}
