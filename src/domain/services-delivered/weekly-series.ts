import { fromEpochDay, type LocalDate } from '../dates/local-date.ts'
import { tallyDelivery } from './delivery-tally.ts'
import { isoWeekLabel } from './iso-week.ts'
import { roundMinutes } from './rounding.ts'
import type { ServiceDeliveryInput } from './service-delivery.ts'

/** One bar of the services chart: a week's required minutes against what was logged. */
export interface WeekOfDelivery {
  /** ISO week label, `2026-W37`. */
  readonly week: string
  /** The Monday that starts the week. */
  readonly monday: LocalDate
  /** School days in session that week inside the service's dates (0 in a break week). */
  readonly schoolDays: number
  readonly requiredMinutes: number
  readonly deliveredMinutes: number
  readonly missedSchoolMinutes: number
  readonly missedStudentMinutes: number
  readonly missedUnknownMinutes: number
}

/**
 * Required against delivered minutes per ISO week over the period, for a chart and the table
 * beside it. Every week that touches the period and the service's dates is listed, break weeks
 * too (with 0 school days), so the chart shows the gaps. For a per-month service a week's
 * requirement is the month's amount spread over the month's weekdays; the owed figure still
 * settles by month (see computeServiceDelivery), so weekly shortfalls of such a service are a
 * guide, not a debt. Weekly figures are rounded one by one and may differ by a minute from the
 * rounded total.
 */
export function computeWeeklyDelivery(input: ServiceDeliveryInput): WeekOfDelivery[] {
  const tally = tallyDelivery(input.service, input.sessions, input.calendar, input.period)
  return tally.weeks.map((unit) => {
    const monday = fromEpochDay(unit.start)
    return {
      week: isoWeekLabel(monday),
      monday,
      schoolDays: unit.schoolDays,
      requiredMinutes: roundMinutes(unit.required),
      deliveredMinutes: unit.delivered,
      missedSchoolMinutes: unit.missedSchool,
      missedStudentMinutes: unit.missedStudent,
      missedUnknownMinutes: unit.missedUnknown,
    }
  })
}
