import { type Message, message } from '../messages.ts'
import type { Frequency, Service } from './plan.ts'

/**
 * How services given per day, week or month are put on one scale so two versions can be compared.
 * Everything becomes minutes per week:
 * - per day: × the school days in a week (5 unless the plan's school says otherwise);
 * - per week: as is;
 * - per month: × 12 / 52, because a year has 12 months and 52 weeks (a month ≈ 4.33 weeks).
 *   So "4 times a month" is a little less than "once a week": a monthly schedule lets the fifth
 *   week of a long month go without the service, and the diff says so instead of hiding it.
 * See docs/plans.md.
 */
export interface MinutesScale {
  readonly schoolDaysPerWeek: number
  readonly weeksPerMonth: number
}

export const DEFAULT_MINUTES_SCALE: MinutesScale = { schoolDaysPerWeek: 5, weeksPerMonth: 52 / 12 }

/** Sessions per week for a frequency. */
export function sessionsPerWeek(frequency: Frequency, scale: MinutesScale = DEFAULT_MINUTES_SCALE): number {
  switch (frequency.per) {
    case 'day':
      return frequency.times * scale.schoolDaysPerWeek
    case 'week':
      return frequency.times
    case 'month':
      return frequency.times / scale.weeksPerMonth
  }
}

/** Minutes per week of a service, or undefined when its minutes or frequency is not written down. */
export function minutesPerWeek(
  service: Pick<Service, 'minutes' | 'frequency'>,
  scale: MinutesScale = DEFAULT_MINUTES_SCALE,
): number | undefined {
  if (service.minutes === undefined || service.frequency === undefined) return undefined
  return service.minutes * sessionsPerWeek(service.frequency, scale)
}

/** A figure for people: one decimal place at most (55.38… → 55.4, 60 → 60). */
export function roundMinutes(minutes: number): number {
  return Math.round(minutes * 10) / 10
}

/** "30 minutes, 2 times a week" as a Message (`plans.amount.<per>`, plural on the count), or undefined without an amount. */
export function serviceAmountMessage(service: Pick<Service, 'minutes' | 'frequency'>): Message | undefined {
  if (service.minutes === undefined || service.frequency === undefined) return undefined
  return message(`plans.amount.${service.frequency.per}`, {
    minutes: service.minutes,
    count: service.frequency.times,
  })
}
