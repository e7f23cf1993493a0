import { type Message, message } from '../messages.ts'
import type { PlannedService } from './planned-service.ts'

/**
 * The counting rules, one plain sentence each, in the order a parent needs them. The services page
 * and the printable summary show them under "How we count"; docs/services-delivered.md is the long form.
 */
export const DELIVERY_CONVENTIONS = [
  'schoolDays',
  'partialWeek',
  'closedDay',
  'emptyWeek',
  'perMonth',
  'perDay',
  'planDates',
  'sessionsOnDaysOff',
  'sessionsOutsideDates',
  'schoolReasons',
  'studentReasons',
  'unknownReason',
  'unconfirmed',
  'makeUp',
  'owed',
  'unrecorded',
  'rounding',
  'alert',
] as const
export type DeliveryConvention = (typeof DELIVERY_CONVENTIONS)[number]

/** The heading, then every counting rule as a message. */
export function explainDeliveryConventions(): Message[] {
  return [
    message('services.conventions.title'),
    ...DELIVERY_CONVENTIONS.map((name) => message(`services.conventions.${name}`)),
  ]
}

/** The plan's promise in words: "30 minutes each week". */
export function describeServiceAmount(service: Pick<PlannedService, 'minutes' | 'per'>): Message {
  return message(`services.amount.${service.per}`, { minutes: service.minutes })
}
